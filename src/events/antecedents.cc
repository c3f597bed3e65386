#include "events/antecedents.h"

namespace dyad {

void Antecedents::resolve_from(const Latest& latest, SyntaxActors& role) {
  if (!role.refers_back || !role.actors.empty()) return;
  if (role.group && !latest.group.empty())
    role.actors = latest.group;
  else if (!role.group && latest.subjects.size() == 1)
    role.actors = latest.subjects;
  if (!role.actors.empty()) role.path += " (refers back)";
}

void Antecedents::record(Latest& latest, const SyntaxActors& main) {
  if (!main.stated) return;
  SyntaxActors resolved = main;  // a subject that refers back stands for its antecedent
  resolve_from(latest, resolved);
  if (!resolved.actors.empty()) latest.subjects = resolved.actors;
  if (resolved.actors.size() >= 2) latest.group = resolved.actors;
}

void Antecedents::resolve(SyntaxActors& role, std::size_t end) const {
  if (!role.refers_back || !role.actors.empty()) return;
  resolve_from(before(end, role.group), role);
}

const Antecedents::Latest& Antecedents::before(std::size_t end, bool group) const {
  const auto key = std::make_pair(end, group);
  if (const auto found = latest_.find(key); found != latest_.end()) return found->second;
  // Back to the latest sentence whose subject names enough actors (two for a group). It sets
  // the latest subjects (and the group, when a group is asked for), so nothing before it can
  // change the answer; a sentence after it whose subject is a group referring back asks it for
  // a group too. Only the sentences from there on need a parse.
  std::size_t needed = group ? 2 : 1;
  std::size_t start = 0;
  for (std::size_t s = end; s-- > 0;) {
    const SyntaxActors& subject = main_subject(s);
    if (subject.stated && subject.actors.size() >= needed) {
      start = s;
      break;
    }
    if (subject.stated && subject.refers_back && subject.group) needed = 2;
  }
  Latest latest;
  for (std::size_t s = start; s < end; ++s) record(latest, main_subject(s));
  return latest_.emplace(key, std::move(latest)).first->second;
}

const SyntaxActors& Antecedents::main_subject(std::size_t s) const {
  if (!subjects_[s]) {
    if (parser_) parser_->parse(s);
    subjects_[s] = SentenceSyntax(sentences_[s], mentions_, s).main_subject();
  }
  return *subjects_[s];
}

}  // namespace dyad
