// The clause layer's noun phrases: which actors a phrase names (its mention, its country and
// possessor modifiers, what a quantity counts, what a thing's maker is), the conjuncts of an
// actor, and the role a phrase fills (relative pronouns, "it"/"they", groups).
#include <algorithm>
#include <string>
#include <unordered_set>

#include "events/syntax.h"
#include "events/syntax_detail.h"
#include "segment/word_classes.h"

namespace dyad {

using syntax_detail::kMaxDepth;
using syntax_detail::kNone;
using syntax_detail::sort_unique;

std::size_t SentenceSyntax::counted_by(std::size_t word) const {
  if (!token(word).is(WordClass::kQuantityNoun)) return kNone;
  for (const std::size_t c : children_[word])
    if (relation_is(c, "nmod") && case_word(c) == "of") return c;
  return kNone;
}

namespace {

// People named by what they do or are, who belong to the organisation or country their "from",
// "affiliated with" or "loyal to" phrase names: "activists from the ruling party", "workers
// affiliated with the union", "militants loyal to the cleric". (Not "officials" or "experts",
// whose "from" the actor stage reads where it names their country, at the head of a sentence:
// elsewhere they are mostly talked about in general, "officials from six countries talking
// behind closed doors can reach decisions".)
bool member_noun(const std::string& word) {
  static const std::unordered_set<std::string> kMembers = {
      "activists",  "supporters", "members",    "followers",    "loyalists",
      "volunteers", "doctors",    "workers",    "employees",    "militants",
      "fighters",   "gunmen",     "students",   "delegates",    "representatives",
      "youths",     "protesters", "protestors", "demonstrators"};
  return kMembers.contains(word);
}

// Places where people live or stay, which stand for the people their "for" phrase names: what
// is done to "a camp for Congolese refugees" or "a school for Palestinian children" is done to
// them.
bool dwelling_noun(const std::string& word) {
  static const std::unordered_set<std::string> kDwellings = {
      "camp", "camps", "shelter", "shelters", "hostel", "hostels",
      "home", "homes", "school",  "schools",  "base",   "bases"};
  return kDwellings.contains(word);
}

}  // namespace

void SentenceSyntax::add_phrase(std::size_t word, std::vector<std::size_t>& out, int depth) const {
  if (depth > kMaxDepth) return;
  if (const std::size_t m = mention_at_[word]; m != kNone) {
    out.push_back(m);
    // "US, British and French forces": the mention is "French forces"; the coordinated
    // modifiers before it name the other actors.
    // So do those the parser hung on the noun itself, beside the list's "and" ("French and
    // Egyptian warships" read as two modifiers and a conjunction of "warships").
    auto coordinated_before = [&](std::size_t modifier) {
      return std::any_of(children_[word].begin(), children_[word].end(), [&](std::size_t cc) {
        return relation_is(cc, "cc") && cc > modifier && cc < mentions_[m].first_token;
      });
    };
    for (const std::size_t c : children_[word])
      if (mention_at_[c] != m && (relation_is(c, "amod") || relation_is(c, "compound")) &&
          (std::any_of(children_[c].begin(), children_[c].end(),
                       [&](std::size_t g) { return relation_is(g, "conj"); }) ||
           (mention_at_[c] != kNone && coordinated_before(c))))
        add_phrase(c, out, depth + 1);
  } else if (const std::size_t counted = counted_by(word); counted != kNone) {
    // "met a group of Iranian diplomats", "dozens of Russian soldiers": the quantity stands for
    // what it counts.
    add_phrase(counted, out, depth + 1);
  } else {
    // "US sanctions", "Russian strikes", "Iran's army", "the Syrian regime targets"; an
    // apposition renames the head ("his main foreign backer, Russian president Vladimir Putin").
    for (const std::size_t c : children_[word])
      if (relation_is(c, "nmod:poss") || relation_is(c, "amod") || relation_is(c, "compound") ||
          relation_is(c, "nummod") || relation_is(c, "flat") || relation_is(c, "appos"))
        add_phrase(c, out, depth + 1);
    // "the event, conceived by the US", "the plan drawn up by Moscow": a thing stands for
    // whoever made it.
    for (const std::size_t c : children_[word])
      if (relation_is(c, "acl") && !relation_is(c, "acl:relcl") && token(c).xpos == "VBN")
        for (const std::size_t by : children_[c])
          if (relation_is(by, "obl:agent") || (relation_is(by, "obl") && case_word(by) == "by"))
            add_phrase(by, out, depth + 1);
    // "activists from the Fatah party", "workers affiliated with the union", "militants loyal
    // to al-Qaeda": members stand for what they belong to.
    // So do members "of" it ("a member of the Syrian parliament"); not supporters or followers
    // "of" someone, who are not that person.
    const std::string& noun = token(word).norm;
    const bool member_of = noun == "member" || noun == "members";
    if (member_of || member_noun(noun))
      for (const std::size_t c : children_[word]) {
        if (relation_is(c, "nmod") &&
            (case_word(c) == "from" || (member_of && case_word(c) == "of")))
          add_phrase(c, out, depth + 1);
        const std::string& lemma = token(c).lemma;
        if ((relation_is(c, "acl") || relation_is(c, "amod")) &&
            (lemma == "affiliate" || lemma == "affiliated" || lemma == "loyal"))
          for (const std::size_t to : children_[c])
            if (relation_is(to, "obl") && (case_word(to) == "with" || case_word(to) == "to"))
              add_phrase(to, out, depth + 1);
      }
    // "a camp for Congolese refugees was attacked": a place stands for the people it is for.
    if (dwelling_noun(noun))
      for (const std::size_t c : children_[word])
        if (relation_is(c, "nmod") && case_word(c) == "for") add_phrase(c, out, depth + 1);
  }
  for (const std::size_t c : children_[word])
    if (relation_is(c, "conj")) add_phrase(c, out, depth + 1);
  // "Courts in France, Germany and Sweden": the mention "Courts in France" ends in a list
  // whose other members hang on its country.
  if (const std::size_t m = mention_at_[word]; m != kNone)
    for (std::size_t t = mentions_[m].first_token; t <= mentions_[m].last_token; ++t)
      if (t != word && t < children_.size())
        for (const std::size_t c : children_[t])
          if (relation_is(c, "conj") && mention_at_[c] != m) add_phrase(c, out, depth + 1);
}

std::vector<std::size_t> SentenceSyntax::phrase_actors(std::size_t word) const {
  std::vector<std::size_t> out;
  if (!parsed_ || word >= mention_at_.size()) return out;
  add_phrase(word, out, 0);
  sort_unique(out);
  return out;
}

std::size_t mention_head(const Sentence& sentence, const ActorMention& mention) {
  const auto& tokens = sentence.tokens;
  for (std::size_t t = mention.first_token; t <= mention.last_token && t < tokens.size(); ++t) {
    const int h = tokens[t].head;
    if (h < static_cast<int>(mention.first_token) || h > static_cast<int>(mention.last_token))
      return t;
  }
  return kNone;
}

std::vector<std::size_t> SentenceSyntax::with_conjuncts(std::size_t mention) const {
  std::vector<std::size_t> out{mention};
  if (!parsed_) return out;
  if (const std::size_t head = mention_head(sentence_, mentions_[mention]); head != kNone)
    for (const std::size_t c : children_[head])
      if (relation_is(c, "conj")) add_phrase(c, out, 1);
  sort_unique(out);
  return out;
}

SyntaxActors SentenceSyntax::phrase_role(std::size_t word, std::string path) const {
  SyntaxActors role;
  role.stated = true;
  role.path = std::move(path);
  if (token(word).is(WordClass::kFirstPerson)) {
    role.first_person = true;
    return role;
  }
  // A relative pronoun stands for the noun its clause describes: "the UAE, which has set up…".
  const bool relative = token(word).is(WordClass::kRelativePronoun) || token(word).norm == "that";
  const std::size_t whose = child(word, "nmod:poss");
  const bool whose_phrase = whose != kNone && token(whose).norm == "whose";
  if (relative || whose_phrase) {
    std::size_t clause = word;
    while (head(clause) >= 0 && !relation_is(clause, "acl")) {
      if (relation_is(clause, "nsubj") || relation_is(clause, "conj") ||
          relation_is(clause, "nmod") || relation_is(clause, "obj"))
        clause = static_cast<std::size_t>(head(clause));
      else
        break;
    }
    // ", whom …" or ", which …" right after an actor stands for that actor, wherever the
    // parser hung the clause ("the backing of Saudi Arabia's crown prince, whom Turkey
    // accuses": the prince, not the backing; "welcomed Qatar, which has condemned …").
    const bool after_actor =
        relative && word >= 2 && token(word - 1).norm == "," && mention_at_[word - 2] != kNone;
    const bool attached = relation_is(clause, "acl") && head(clause) >= 0;
    if (attached && !after_actor) {
      role.actors = phrase_actors(static_cast<std::size_t>(head(clause)));
      role.path += " > acl:relcl > head";
    } else if (after_actor) {
      role.actors = with_conjuncts(mention_at_[word - 2]);
      role.path += " > the actor before the comma";
    }
    return role;
  }
  role.actors = phrase_actors(word);
  if (role.actors.empty() && token(word).is(WordClass::kReferringPronoun)) {
    role.refers_back = true;
    role.group = token(word).norm == "they";
  } else if (role.actors.size() < 2 && mention_at_[word] == kNone &&
             token(word).is(WordClass::kGroupNoun)) {
    // "the two countries", "both sides", "the three nations": a counted or "both" group; "the
    // two Nato allies" too, where Nato is what they belong to, not who they are. Not a group
    // an actor names itself: "Seven opposition parties in Nepal" are those parties.
    for (const std::size_t c : children_[word])
      if ((relation_is(c, "det") || relation_is(c, "nummod")) &&
          (token(c).norm == "both" || token(c).upos == "NUM"))
        role.refers_back = role.group = true;
    if (role.refers_back) role.actors.clear();
  }
  return role;
}

bool SentenceSyntax::ends_phrase_of(std::size_t word, std::size_t head_word) const {
  std::size_t t = word;
  for (int step = 0; step < kMaxDepth && t != head_word && head(t) >= 0; ++step)
    t = static_cast<std::size_t>(head(t));
  return t == head_word;
}

bool SentenceSyntax::subject_above(std::size_t mention, std::size_t word) const {
  if (!parsed_ || mention >= mentions_.size() || word >= sentence_.tokens.size()) return false;
  const ActorMention& m = mentions_[mention];
  // Every token of the mention whose head lies outside it (a parse may hang "the" of "the U.S."
  // apart from "U.S."), up from a conjunct, an apposition or a modifier of the subject noun
  // ("Canadian and Egyptian negotiators") to the phrase that holds the relation.
  for (std::size_t t = m.first_token; t <= m.last_token && t < sentence_.tokens.size(); ++t) {
    const int h = head(t);
    if (h >= static_cast<int>(m.first_token) && h <= static_cast<int>(m.last_token)) continue;
    std::size_t up = t;
    for (int step = 0; step < kMaxDepth && head(up) >= 0 && !relation_is(up, "nsubj"); ++step) {
      const bool inside_subject = relation_is(up, "conj") || relation_is(up, "appos") ||
                                  relation_is(up, "amod") || relation_is(up, "compound") ||
                                  relation_is(up, "flat") || relation_is(up, "nmod");
      if (!inside_subject) break;
      up = static_cast<std::size_t>(head(up));
    }
    if (relation_is(up, "nsubj") && head(up) >= 0 &&
        ends_phrase_of(word, static_cast<std::size_t>(head(up))))
      return true;
  }
  return false;
}

std::vector<std::size_t> SentenceSyntax::countries_in(std::size_t word) const {
  std::vector<std::size_t> out;
  std::vector<std::size_t> phrase = {word};  // "a hospital and a school in Syria": the list's too
  for (const std::size_t c : children_[word])
    if (relation_is(c, "conj")) phrase.push_back(c);
  for (const std::size_t w : phrase)
    for (const std::size_t in : children_[w])
      if ((relation_is(in, "nmod") || relation_is(in, "obl")) && case_word(in) == "in")
        for (const std::size_t m : phrase_actors(in))
          if (mentions_[m].agent.empty()) out.push_back(m);  // the country, not its people
  return out;
}

std::vector<std::size_t> SentenceSyntax::object_words(std::size_t verb) const {
  std::vector<std::size_t> out;
  if (!parsed_ || verb >= children_.size()) return out;
  for (const std::size_t o : children_[verb]) {
    if (!relation_is(o, "obj")) continue;
    out.push_back(o);
    // (Not past a modifier of the object's own: in "disappointment with Russian and Iranian
    // support" the conjunct belongs to the modifier's phrase, whatever the parse says.)
    for (const std::size_t c : children_[o])
      if (relation_is(c, "conj") &&
          std::none_of(children_[o].begin(), children_[o].end(),
                       [&](std::size_t m) { return relation_is(m, "nmod") && o < m && m < c; }))
        out.push_back(c);
  }
  return out;
}

}  // namespace dyad
