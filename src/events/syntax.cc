// The clause layer's roles: who is the subject, object, passive agent or reporter of a
// predicate, and the parties of an event noun. Questions about single words and clauses are in
// syntax_words.cc, noun phrases in syntax_phrases.cc.
#include "events/syntax.h"

#include <algorithm>

#include "events/syntax_detail.h"
#include "segment/word_classes.h"

namespace dyad {

using syntax_detail::kMaxClimb;
using syntax_detail::kMaxDepth;
using syntax_detail::kNone;
using syntax_detail::sort_unique;

SentenceSyntax::SentenceSyntax(const Sentence& sentence, const std::vector<ActorMention>& mentions,
                               std::size_t index)
    : sentence_(sentence), mentions_(mentions) {
  const std::size_t n = sentence.tokens.size();
  parsed_ = std::any_of(sentence.tokens.begin(), sentence.tokens.end(),
                        [](const Token& t) { return !t.deprel.empty(); });
  if (!parsed_) return;
  mention_at_.assign(n, kNone);
  for (std::size_t m = 0; m < mentions.size(); ++m) {
    const auto& mention = mentions[m];
    if (mention.sentence != index || !acts_in_sentence(mention, sentence)) continue;
    for (std::size_t t = mention.first_token; t <= mention.last_token && t < n; ++t)
      if (mention_at_[t] == kNone) mention_at_[t] = m;
  }
  children_.assign(n, {});
  for (std::size_t t = 0; t < n; ++t) {
    const int h = sentence.tokens[t].head;
    if (h >= 0 && static_cast<std::size_t>(h) < n) children_[h].push_back(t);
    if (is_verb(t)) verbless_ = false;
  }
}

bool SentenceSyntax::relation_is(std::size_t t, std::string_view relation) const {
  const std::string& r = token(t).deprel;
  return r == relation || (r.size() > relation.size() && r.starts_with(relation) &&
                           r[relation.size()] == ':' && relation.find(':') == std::string::npos);
}

std::size_t SentenceSyntax::child(std::size_t t, std::string_view relation) const {
  for (const std::size_t c : children_[t])
    if (token(c).deprel == relation) return c;
  return kNone;
}

std::string_view SentenceSyntax::case_word(std::size_t t) const {
  const std::size_t c = child(t, "case");
  return c == kNone ? std::string_view{} : std::string_view(token(c).norm);
}

SyntaxActors SentenceSyntax::subject_of(std::size_t verb) const {
  SyntaxActors none;
  if (!parsed_ || verb >= mention_at_.size()) return none;
  std::string path;
  std::size_t t = verb;
  for (int step = 0; step < kMaxClimb; ++step) {
    if (const std::size_t s = child(t, "nsubj"); s != kNone) {
      SyntaxActors role = phrase_role(s, path + "nsubj");
      if (role.refers_back && token(s).is(WordClass::kReferringPronoun)) {
        // "Ethiopia indicated it would act", "Russia and Turkey said they would meet": the
        // pronoun is the subject of the clause that reports or governs its own.
        if (SyntaxActors governing = governing_subject(t); !governing.actors.empty()) {
          governing.path = path + "nsubj (" + token(s).norm + ") > " + governing.path;
          return governing;
        } else if (governing.stated && token(s).norm == "they" && governing.group) {
          // "Commerce officials said they were convinced …": "they" is the plural subject that
          // reports it, though it names no actor; not the actors of an earlier sentence.
          SyntaxActors unnamed;
          unnamed.stated = true;
          unnamed.path = path + "nsubj (they) > the reporting subject, no actor";
          return unnamed;
        }
      }
      // "Iran said its troops had attacked …", "the rebels said their forces had withdrawn": a
      // subject owned by "its" or "their", naming no actor itself, is the governing subject's.
      if (role.actors.empty() && !role.refers_back && mention_at_[s] == kNone) {
        const std::size_t owner = child(s, "nmod:poss");
        if (owner != kNone && (token(owner).norm == "its" || token(owner).norm == "their"))
          if (SyntaxActors governing = governing_subject(t); !governing.actors.empty()) {
            governing.path = path + "nsubj (" + token(owner).norm + " …) > " + governing.path;
            return governing;
          }
      }
      // "A suicide bombing claimed by X killed …", "Russian strikes hit …": a subject that is an
      // act names its doer.
      if (role.actors.empty() && !role.refers_back && !role.first_person && is_noun(s) &&
          mention_at_[s] == kNone) {
        if (SyntaxActors doer = noun_agents(s); !doer.actors.empty()) {
          doer.path = path + "nsubj > " + doer.path;
          return doer;
        }
      }
      // Two subjects on one verb are a list the parser split ("Evil Mordor, the awful Fornost,
      // and good Gondor welcomed"): all of them act. Not one right after a preposition of
      // direction: "if a US strike on Syria threatened …" is a strike on Syria, whatever the
      // parse hung "Syria" on ("students throughout Indonesia staged …" are Indonesia's).
      auto after_preposition = [&](std::size_t word) {
        std::size_t start = word;
        while (start > 0 && ends_phrase_of(start - 1, word)) --start;
        if (start == 0 || token(start - 1).upos != "ADP") return false;
        static constexpr std::string_view kDirections[] = {
            "on", "against", "at", "into", "onto", "toward", "towards", "upon", "to"};
        return std::find(std::begin(kDirections), std::end(kDirections), token(start - 1).norm) !=
               std::end(kDirections);
      };
      for (const std::size_t other : children_[t])
        if (other != s && token(other).deprel == "nsubj" && !role.first_person &&
            !after_preposition(other)) {
          const SyntaxActors more = phrase_role(other, role.path);
          role.actors.insert(role.actors.end(), more.actors.begin(), more.actors.end());
        }
      sort_unique(role.actors);
      return role;
    }
    if (Passive p; passive(t, p)) {
      // The doer of a passive is its "by" agent; without one, the subject is what moves toward
      // the pattern's target ("missiles were fired at $T"), so it stands as the source.
      if (p.agent.stated) {
        p.agent.path = path + p.agent.path;
        return p.agent;
      }
      p.patient.path = path + p.patient.path + " (passive without agent)";
      return p.patient;
    }
    const int h = head(t);
    if (h < 0) break;
    const std::string& xpos = token(t).xpos;
    const bool participle = xpos == "VBG" || xpos == "VBN";
    if (relation_is(t, "aux") || relation_is(t, "cop")) {  // "is", "will": the predicate's subject
      path += token(t).deprel + " > ";
    } else if (relation_is(t, "conj")) {  // "pledged …, but warned": one subject for both
      path += "conj > ";
    } else if (relation_is(t, "xcomp")) {
      // "persuaded Russia to hold off": the object of the governing verb does the infinitive;
      // "vowed to expel": its subject does. After "asked/urged/empowered X to" the act has not
      // happened: no one does it.
      if (const std::size_t o = child(h, "obj"); o != kNone) {
        if (done_by_object(t)) return phrase_role(o, path + "xcomp > obj");
        SyntaxActors unstated;
        unstated.stated = true;
        unstated.path =
            path + "xcomp > obj of '" + token(static_cast<std::size_t>(h)).norm + "' (not done)";
        return unstated;
      }
      path += "xcomp > ";
    } else if (relation_is(t, "advcl") && participle && subordinated(t)) {
      path += "advcl (" + std::string(token(child(t, "mark")).norm) + ") > ";  // "after meeting X"
    } else if (relation_is(t, "acl") && participle && subordinated(t)) {
      // "a meeting with the delegation after arriving in Moscow": a participle clause with
      // "after", "while", "when" … is adverbial wherever the parse hangs it; it shares the
      // subject of the clause of the noun it hangs on.
      auto clause = static_cast<std::size_t>(h);
      for (int step = 0; step < kMaxDepth && !is_verb(clause) && head(clause) >= 0; ++step)
        clause = static_cast<std::size_t>(head(clause));
      if (!is_verb(clause)) break;
      path += "acl (" + std::string(token(child(t, "mark")).norm) + ") > clause > ";
      t = clause;
      continue;
    } else if (relation_is(t, "advcl") && participle && child(t, "mark") == kNone) {
      // "leading a delegation touring Washington": an -ing word right after the object, with no
      // comma between, describes the object (a reduced relative clause read as adverbial).
      if (const std::size_t o = child(h, "obj"); xpos == "VBG" && o != kNone && o < t &&
                                                 token(t - 1).norm != "," &&
                                                 ends_phrase_of(t - 1, o)) {
        if (SyntaxActors described = phrase_role(o, path + "advcl > obj (described)");
            !described.actors.empty())
          return described;
      }
      path += "advcl > ";  // "…, accusing the Armenian forces of …": the main subject accuses
    } else if (relation_is(t, "advcl") && done_by_object(t)) {
      return phrase_role(child(static_cast<std::size_t>(h), "obj"), path + "advcl:to > obj");
    } else if (relation_is(t, "advcl") && infinitive(t)) {
      path += "advcl:to > ";  // "ministers gathered … to pledge aid": the gatherers pledge
    } else if (relation_is(t, "acl") && infinitive(t) && taken_steps(static_cast<std::size_t>(h))) {
      // "has taken steps to enhance political freedoms": who takes steps or measures to do a
      // thing does it.
      path += "acl:to > obj of 'take' > ";
      t = static_cast<std::size_t>(head(h));
      continue;
    } else if (relation_is(t, "acl") && infinitive(t)) {
      SyntaxActors none_stated;  // "a way to appeal to X": nobody in particular appeals
      none_stated.stated = true;
      none_stated.path = path + "acl:to";
      return none_stated;
    } else if (misread_main_verb(t)) {
      // The noun it hangs on, or the phrase that noun belongs to ("aircraft including gunships").
      auto noun = static_cast<std::size_t>(h);
      SyntaxActors doer = phrase_role(noun, path + "acl > head (read as the main verb)");
      for (int step = 0;
           step < kMaxDepth && doer.actors.empty() && relation_is(noun, "nmod") && head(noun) >= 0;
           ++step) {
        noun = static_cast<std::size_t>(head(noun));
        doer = phrase_role(noun, path + "acl > head > nmod head (read as the main verb)");
      }
      return doer;
    } else if (relation_is(t, "acl") && !relation_is(t, "acl:relcl") && xpos == "VBG") {
      // "fighters besieging the area": the noun does it; "published a video accusing X": a
      // statement, video or report that is no actor speaks for whoever put it out.
      SyntaxActors role = phrase_role(h, path + "acl > head");
      if (role.actors.empty() && !role.first_person && relation_is(h, "obj") && head(h) >= 0) {
        SyntaxActors author = subject_of(static_cast<std::size_t>(head(h)));
        author.path = path + "acl > obj > " + author.path;
        if (author.stated) return author;
      }
      return role;
    } else {
      break;
    }
    t = static_cast<std::size_t>(h);
  }
  return none;
}

bool SentenceSyntax::subordinated(std::size_t verb) const {
  const std::size_t mark = child(verb, "mark");
  return mark != kNone && mark < verb && token(mark).is(WordClass::kParticipleSubordinator);
}

SyntaxActors SentenceSyntax::main_subject() const {
  if (!parsed_) return {};
  for (std::size_t t = 0; t < sentence_.tokens.size(); ++t)
    if (head(t) < 0 && token(t).deprel == "root") return subject_of(t);
  return {};
}

SyntaxActors SentenceSyntax::reporter_of(std::size_t verb) const {
  if (!parsed_ || verb >= children_.size()) return {};
  // "must" in "$T must return", "there" in "there will be no attack"
  if ((relation_is(verb, "aux") || relation_is(verb, "expl")) && head(verb) >= 0)
    verb = static_cast<std::size_t>(head(verb));
  if (!relation_is(verb, "ccomp") || head(verb) < 0) return {};
  auto speech = static_cast<std::size_t>(head(verb));
  if (!token(speech).is(WordClass::kSpeechVerb)) return {};
  // "X said after the deal was announced that …" with the clause hung on "announced": a
  // passive speech verb reports nothing of its own; the speech verb it depends on reports.
  for (int step = 0; step < kMaxClimb && child(speech, "nsubj:pass") != kNone; ++step) {
    if (head(speech) < 0 || !(relation_is(speech, "ccomp") || relation_is(speech, "advcl")))
      return {};
    speech = static_cast<std::size_t>(head(speech));
    if (!token(speech).is(WordClass::kSpeechVerb)) return {};
  }
  SyntaxActors reporter = subject_of(speech);
  reporter.path = "ccomp > " + reporter.path;
  return reporter;
}

SyntaxActors SentenceSyntax::governing_subject(std::size_t verb) const {
  std::size_t t = verb;
  for (int step = 0; step < kMaxClimb && head(t) >= 0; ++step) {
    if (!(relation_is(t, "ccomp") || relation_is(t, "xcomp") || relation_is(t, "conj") ||
          relation_is(t, "advcl") || relation_is(t, "parataxis")))
      break;
    const std::string relation = token(t).deprel;
    t = static_cast<std::size_t>(head(t));
    if (const std::size_t s = child(t, "nsubj"); s != kNone) {
      SyntaxActors role = phrase_role(s, relation + " > nsubj");
      if (!role.actors.empty()) return role;
      // No actor: say only that a subject is there, and whether it is a plural noun phrase.
      SyntaxActors unnamed;
      unnamed.stated = !role.refers_back && !role.first_person;
      unnamed.group = token(s).xpos == "NNS" || token(s).xpos == "NNPS";
      return unnamed;
    }
  }
  return {};
}

bool SentenceSyntax::passive(std::size_t verb, Passive& out) const {
  if (!parsed_ || verb >= mention_at_.size()) return false;
  if (const std::size_t p = child(verb, "nsubj:pass"); p != kNone) {
    out.patient = phrase_role(p, "nsubj:pass");
  } else if (relation_is(verb, "acl") && !relation_is(verb, "acl:relcl") &&
             token(verb).xpos == "VBN" && head(verb) >= 0 && !misread_main_verb(verb)) {
    out.patient = phrase_role(static_cast<std::size_t>(head(verb)),
                              "acl > head");  // "a truce brokered by Moscow"
  } else {
    return false;
  }
  for (const std::size_t c : children_[verb])
    if (token(c).deprel == "obl:agent" || (relation_is(c, "obl") && case_word(c) == "by")) {
      out.agent = phrase_role(c, "obl:agent");
      break;
    }
  return true;
}

SyntaxActors SentenceSyntax::noun_agents(std::size_t noun) const {
  SyntaxActors role;
  if (!parsed_ || noun >= mention_at_.size()) return role;
  // "Baghdad and Washington are in talks": the noun is the predicate, with its own subject.
  // Without a preposition the subject is the event itself ("They will be difficult
  // negotiations", "The meeting was a summit"), not its parties.
  if (const std::size_t s = child(noun, "nsubj"); s != kNone && child(noun, "case") != kNone)
    return phrase_role(s, "nsubj");
  for (const std::size_t c : children_[noun]) {
    const bool modifier =
        relation_is(c, "nmod:poss") || relation_is(c, "amod") || relation_is(c, "compound");
    const bool by = relation_is(c, "nmod") && case_word(c) == "by";
    if (!modifier && !by) continue;
    std::vector<std::size_t> found = phrase_actors(c);
    if (found.empty()) continue;
    role.actors.insert(role.actors.end(), found.begin(), found.end());
    role.stated = true;
    role.path = token(c).deprel;
  }
  if (role.stated) {
    sort_unique(role.actors);
    return role;
  }
  // "a bombing claimed by X", "strikes carried out by X": a light verb's participle and its agent.
  for (const std::size_t c : children_[noun])
    if (relation_is(c, "acl") && !relation_is(c, "acl:relcl") && token(c).xpos == "VBN" &&
        token(c).is(WordClass::kLightVerb))
      if (Passive p; passive(c, p) && p.agent.stated && !p.agent.actors.empty()) {
        p.agent.path = "acl > " + p.agent.path;
        return p.agent;
      }
  // "Russian forces launched artillery and rocket fire against …" parsed as a noun phrase whose
  // modifier "launched" has a subject of its own: a modifier with a subject is a verb, and the
  // noun its object; a light verb's subject does the act its object names. The event word may
  // be a compound ("rocket" of "rocket fire") or a later member of the list ("… and rocket
  // fire"): the act is that of the phrase's first noun.
  std::size_t phrase = noun;
  for (int step = 0;
       step < kMaxDepth && head(phrase) > static_cast<int>(phrase) &&
       relation_is(phrase, "compound") && is_noun(static_cast<std::size_t>(head(phrase)));
       ++step)
    phrase = static_cast<std::size_t>(head(phrase));
  for (int step = 0; step < kMaxDepth && relation_is(phrase, "conj") && head(phrase) >= 0 &&
                     head(phrase) < static_cast<int>(phrase);
       ++step)
    phrase = static_cast<std::size_t>(head(phrase));
  for (const std::size_t c : children_[phrase])
    if ((relation_is(c, "amod") || (relation_is(c, "acl") && !relation_is(c, "acl:relcl"))) &&
        c < phrase && token(c).is(WordClass::kLightVerb) && child(c, "nsubj") != kNone) {
      SyntaxActors subject = subject_of(c);
      subject.path = token(c).deprel + " (a verb with a subject) > " + subject.path;
      if (!subject.actors.empty()) return subject;
    }
  const int h = head(noun);
  if (h < 0) return role;
  const std::size_t verb = static_cast<std::size_t>(h);
  // "held talks with", "launched strikes on": a light verb's object is the verb's own event.
  // ("had talks": "have" is light only as the main verb, which the parse knows; the word
  // class leaves it out because the auxiliary "had" is far more common.)
  // "announces its readiness to …", "renewed their bombardment": a possessive pronoun on the
  // object names the verb's own subject.
  const std::size_t possessor = child(noun, "nmod:poss");
  const bool own = possessor != kNone && token(possessor).upos == "PRON" &&
                   token(possessor).norm != "whose" &&
                   !token(possessor).is(WordClass::kFirstPerson);
  const bool light = relation_is(noun, "obj") &&
                     (own || token(verb).is(WordClass::kLightVerb) || token(verb).lemma == "have");
  // "in protest against X", "during talks with X": an adverbial of the main clause.
  const std::string_view preposition = case_word(noun);
  const bool adverbial = relation_is(noun, "obl") && !preposition.empty() &&
                         sentence_.tokens[child(noun, "case")].is(WordClass::kAdverbialPreposition);
  // "The agreement was reached by the three countries": a light verb's passive agent.
  if (relation_is(noun, "nsubj:pass") && token(verb).is(WordClass::kLightVerb)) {
    if (Passive p; passive(verb, p) && p.agent.stated) {
      p.agent.path = "nsubj:pass > " + p.agent.path;
      return p.agent;
    }
  }
  if (light || adverbial) {
    SyntaxActors subject = subject_of(verb);
    subject.path = std::string(light ? "obj > " : "obl > ") + subject.path;
    return subject;
  }
  return role;
}

SyntaxActors SentenceSyntax::object_of(std::size_t predicate, const WordSet* prepositions,
                                       bool located) const {
  SyntaxActors role;
  if (!parsed_ || predicate >= mention_at_.size()) return role;
  auto take = [&](std::size_t c, std::string path) {
    // "Mohammed bin Salman, whom Turkey accuses of …": a relative pronoun stands for the noun
    // its clause describes.
    auto found =
        token(c).is(WordClass::kRelativePronoun) ? phrase_role(c, path).actors : phrase_actors(c);
    if (found.empty() && located) {
      found = countries_in(c);
      if (!found.empty()) path += " > nmod:in";
    }
    role.actors.insert(role.actors.end(), found.begin(), found.end());
    role.stated = true;
    role.path = std::move(path);
  };
  if (!prepositions) {
    for (const std::size_t c : children_[predicate])
      if (relation_is(c, "obj") || relation_is(c, "iobj")) take(c, token(c).deprel);
    // "Israeli tanks shelled positions of …" parsed as a noun phrase whose modifier "shelled"
    // has a subject of its own: a modifier with a subject is a verb, and the noun its object.
    if (!role.stated && (relation_is(predicate, "amod") || relation_is(predicate, "acl")) &&
        !relation_is(predicate, "acl:relcl") && head(predicate) > static_cast<int>(predicate) &&
        child(predicate, "nsubj") != kNone)
      take(static_cast<std::size_t>(head(predicate)), token(predicate).deprel + " > head");
  } else {
    bool particle = false;  // "called on X": "on" is the verb's particle, X its object
    for (const std::size_t c : children_[predicate])
      if (token(c).deprel == "compound:prt" && prepositions->contains(token(c).norm))
        particle = true;
    for (const std::size_t c : children_[predicate]) {
      if ((relation_is(c, "obl") || relation_is(c, "nmod")) &&
          prepositions->contains(std::string(case_word(c))))
        take(c, token(c).deprel + ":" + std::string(case_word(c)));
      else if (particle && relation_is(c, "obj"))
        take(c, "compound:prt > obj");
    }
    // "airstrikes by US forces on Syrian targets": the parser may hang the event noun's own
    // phrase on its "by" agent, which takes no such phrase itself.
    // So may the last member of the agent's list ("by Danish, Dutch and Belgian forces on …").
    if (!role.stated && is_noun(predicate))
      for (const std::size_t by : children_[predicate]) {
        if (!relation_is(by, "nmod") || case_word(by) != "by") continue;
        std::vector<std::size_t> agents = {by};
        for (const std::size_t c : children_[by])
          if (relation_is(c, "conj")) agents.push_back(c);
        for (const std::size_t agent : agents)
          for (const std::size_t c : children_[agent])
            if (relation_is(c, "nmod") && prepositions->contains(std::string(case_word(c))))
              take(c, "nmod:by > nmod:" + std::string(case_word(c)));
      }
  }
  // "bombed a hospital and a school in Syria": the place may hang on the verb.
  if (located && role.stated && role.actors.empty()) {
    role.actors = countries_in(predicate);
    if (!role.actors.empty()) role.path += " > obl:in";
  }
  sort_unique(role.actors);
  return role;
}

SyntaxActors SentenceSyntax::clause_subject(std::size_t verb) const {
  if (!parsed_ || verb >= children_.size()) return {};
  for (const std::size_t c : children_[verb])
    if (relation_is(c, "ccomp"))
      if (const std::size_t s = child(c, "nsubj"); s != kNone)
        return phrase_role(s, "ccomp > " + token(s).deprel);
  return {};
}

SyntaxActors SentenceSyntax::between(std::size_t noun) const {
  SyntaxActors role;
  if (!parsed_ || noun >= mention_at_.size()) return role;
  auto look = [&](std::size_t word, const char* path) {
    for (const std::size_t c : children_[word])
      if (!role.stated && (relation_is(c, "nmod") || relation_is(c, "obl")) &&
          case_word(c) == "between") {
        role.actors = phrase_actors(c);
        role.stated = true;
        role.path = path;
      }
  };
  look(noun, "nmod:between");
  // "talks that started last year between A and B": on the clause describing the noun.
  for (const std::size_t c : children_[noun])
    if (!role.stated && relation_is(c, "acl")) look(c, "acl > obl:between");
  // "a feud has ebbed and flowed between A and B", "fighting broke out between A and B": the
  // parties hang on the verb the noun is the subject of (or a verb conjoined to it).
  if (!role.stated && relation_is(noun, "nsubj") && head(noun) >= 0) {
    const auto verb = static_cast<std::size_t>(head(noun));
    look(verb, "nsubj > obl:between");
    for (const std::size_t c : children_[verb])
      if (relation_is(c, "conj")) look(c, "nsubj > conj > obl:between");
  }
  return role;
}

}  // namespace dyad
