#include "events/antecedents.h"

#include <algorithm>

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
  // "The White House confirmed that Trump has received an invitation to visit Turkey. The two
  // Nato allies have come to an agreement": a group right after a sentence that names exactly
  // two countries, and whose subject is no group of its own, is those two.
  if (role.group && end > 0) {
    const SyntaxActors& previous = main_subject(end - 1);
    const bool group_subject = previous.stated && (previous.actors.size() >= 2 ||
                                                   (previous.refers_back && previous.group));
    if (!group_subject) {
      if (auto pair = two_countries(end - 1); !pair.empty()) {
        role.actors = std::move(pair);
        role.path += " (refers back to the two countries of the sentence before)";
        return;
      }
    }
  }
  resolve_from(before(end, role.group), role);
}

std::vector<std::size_t> Antecedents::two_countries(std::size_t s) const {
  std::vector<std::size_t> firsts;  // the first mention of each country
  for (std::size_t m = 0; m < mentions_.size(); ++m) {
    const ActorMention& mention = mentions_[m];
    if (mention.sentence != s || mention.country.empty() ||
        !acts_in_sentence(mention, sentences_[s]))
      continue;
    if (std::none_of(firsts.begin(), firsts.end(),
                     [&](std::size_t f) { return mentions_[f].country == mention.country; }))
      firsts.push_back(m);
  }
  return firsts.size() == 2 ? firsts : std::vector<std::size_t>{};
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
  std::vector<std::pair<std::size_t, std::size_t>> passed;  // (sentence, actors needed there)
  for (std::size_t s = end; s-- > 0;) {
    if (const std::size_t known = walk_stop_[s][needed - 1]; known != kUnknown) {
      start = known;
      break;
    }
    passed.emplace_back(s, needed);
    const SyntaxActors& subject = main_subject(s);
    if (subject.stated && subject.actors.size() >= needed) {
      start = s;
      break;
    }
    if (subject.stated && subject.refers_back && subject.group) needed = 2;
  }
  for (const auto& [s, actors] : passed) walk_stop_[s][actors - 1] = start;
  const bool go_on = fold_start_ == start && fold_end_ <= end;
  if (!go_on) fold_ = {};
  for (std::size_t s = go_on ? fold_end_ : start; s < end; ++s) record(fold_, main_subject(s));
  fold_start_ = start;
  fold_end_ = end;
  return latest_.emplace(key, fold_).first->second;
}

const SyntaxActors& Antecedents::main_subject(std::size_t s) const {
  if (!subjects_[s]) {
    if (parser_) parser_->parse(s);
    subjects_[s] = SentenceSyntax(sentences_[s], mentions_, s).main_subject();
  }
  return *subjects_[s];
}

}  // namespace dyad
