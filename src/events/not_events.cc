#include "events/not_events.h"

#include <string>

#include "segment/word_classes.h"

namespace dyad {

namespace {

constexpr std::size_t kNoToken = static_cast<std::size_t>(-1);

// How far back a word may stand from the noun it bears on: "boost its domestic demand",
// "ending a lengthy trade dispute".
constexpr std::size_t kMaxQuantityReach = 3;
constexpr std::size_t kMaxEndingReach = 4;

bool indefinite_article(const Token& token) {
  return token.norm == "a" || token.norm == "an";
}

// The subject of the clause headed by `word`, or kNoToken.
std::size_t own_subject(const Sentence& sentence, std::size_t word) {
  for (std::size_t k = 0; k < sentence.tokens.size(); ++k) {
    const Token& token = sentence.tokens[k];
    if (token.head == static_cast<int>(word) &&
        (token.deprel.starts_with("nsubj") || token.deprel == "expl"))
      return k;
  }
  return kNoToken;
}

// Whether a noun or pronoun (the verb's addressee, however the parse hung it) stands between
// the verb at `verb` and token `before`.
bool addressee_between(const Sentence& sentence, std::size_t verb, std::size_t before) {
  for (std::size_t k = verb + 1; k < before && k < sentence.tokens.size(); ++k) {
    const Token& token = sentence.tokens[k];
    if ((token.upos == "NOUN" || token.upos == "PROPN" || token.upos == "PRON") &&
        !token.deprel.starts_with("nmod:poss"))  // "asked their U.S. counterparts to …"
      return true;
  }
  return false;
}

}  // namespace

bool market_demand(const Sentence& sentence, std::size_t word) {
  const auto& tokens = sentence.tokens;
  if (word >= tokens.size() || tokens[word].norm != "demand") return false;
  for (std::size_t k = 1; k <= kMaxQuantityReach && k <= word; ++k) {
    const Token& before = tokens[word - k];
    if (indefinite_article(before) || before.is(WordClass::kClausePunctuation) ||
        before.norm == ",")
      return false;
    if (before.is(WordClass::kMarketQuantity))
      return word - k == 0 || !indefinite_article(tokens[word - k - 1]);
  }
  return false;
}

std::size_t ended_by(const Sentence& sentence, std::size_t word) {
  const auto& tokens = sentence.tokens;
  for (std::size_t k = 1; k <= kMaxEndingReach && k <= word; ++k) {
    const Token& before = tokens[word - k];
    if (before.is(WordClass::kClausePunctuation) || before.norm == ",") break;
    // Parsed, a verb ("ending a dispute", not "Turkish resolve and pressure forcing …") or the
    // noun "end" of "an end to the fighting".
    const bool noun_end = before.norm == "end" && word - k + 1 < tokens.size() &&
                          (tokens[word - k + 1].norm == "to" || tokens[word - k + 1].norm == "of");
    if (before.is(WordClass::kEndingVerb) &&
        (before.upos.empty() || before.upos == "VERB" || noun_end))
      return word - k;
  }
  return kNoToken;
}

bool infinitive_of_own_clause(const Sentence& sentence, std::size_t verb, std::size_t to) {
  const auto& tokens = sentence.tokens;
  if (to >= tokens.size() || tokens[to].norm != "to" || tokens[to].deprel != "mark" ||
      tokens[to].head < 0)
    return false;
  // Up from the infinitive's verb to the pattern's verb: the first clause on the way with a
  // subject of its own, after the verb's addressee, is the infinitive's.
  int governor = tokens[static_cast<std::size_t>(tokens[to].head)].head;
  for (std::size_t step = 0; step < tokens.size() && governor >= 0; ++step) {
    const auto g = static_cast<std::size_t>(governor);
    if (g <= verb || g >= to) return false;
    if (const std::size_t subject = own_subject(sentence, g); subject != kNoToken)
      return subject > verb && addressee_between(sentence, verb, subject);
    governor = tokens[g].head;
  }
  return false;
}

std::string preposition_before(const Sentence& sentence, std::size_t first, std::size_t last) {
  const auto& tokens = sentence.tokens;
  if (first > last || last >= tokens.size()) return {};
  // The mention's head: its token whose head lies outside it.
  std::size_t head = kNoToken;
  for (std::size_t k = first; k <= last; ++k)
    if (tokens[k].head < static_cast<int>(first) || tokens[k].head > static_cast<int>(last))
      head = head == kNoToken ? k : head;
  // Up through the noun phrase the mention modifies ("following the Togolese president's
  // visit"): the preposition of the phrase, before the mention.
  for (std::size_t step = 0; head != kNoToken && step < tokens.size(); ++step) {
    for (std::size_t k = 0; k < first; ++k)
      if (tokens[k].head == static_cast<int>(head) && tokens[k].deprel == "case")
        if (tokens[k].norm != "of") return tokens[k].norm;
    const std::string& relation = tokens[head].deprel;
    const bool modifier = relation.starts_with("nmod") || relation == "compound" ||
                          relation == "amod" || relation == "appos" || relation == "conj";
    if (!modifier || tokens[head].head < 0) break;
    head = static_cast<std::size_t>(tokens[head].head);
  }
  return {};
}

std::string not_reported(const Sentence& sentence, const EventPattern& pattern, std::size_t anchor,
                         std::size_t last, std::size_t target_first, bool parsed) {
  const auto& tokens = sentence.tokens;
  if (anchor >= tokens.size()) return {};
  const std::string root = pattern.code.substr(0, 2);
  const bool anchor_is_verb = pattern.elements[pattern.anchor].kind == PatternElement::Kind::kVerb;
  // A noun: the parse says so, else a noun pattern's word or a verb's word after a determiner.
  const bool noun =
      parsed ? (tokens[anchor].upos == "NOUN" || tokens[anchor].upos == "PROPN")
             : !anchor_is_verb || (anchor > 0 && tokens[anchor - 1].is(WordClass::kDeterminer));
  // "over alleged Canadian subsidies", "the disputed territory": a participle the parse reads as
  // an adjective on the noun after it, right after a preposition or determiner, has no subject
  // of its own (a misread verb would follow its subject: "France froze assets").
  if (parsed && anchor_is_verb && anchor > 0 && tokens[anchor].upos == "ADJ" &&
      tokens[anchor].deprel == "amod" && tokens[anchor].head > static_cast<int>(anchor) &&
      ((tokens[anchor - 1].upos == "ADP" && tokens[anchor - 1].deprel == "case") ||
       tokens[anchor - 1].is(WordClass::kDeterminer)))
    return "the verb's participle is an adjective here";
  if (root == "10" && market_demand(sentence, anchor))
    return "a market's demand (a quantity bought), not a request";
  if (root >= "10" && noun)
    if (const std::size_t verb = ended_by(sentence, anchor); verb != kNoToken)
      return "a conflict ended by '" + tokens[verb].norm + "' is not reported as going on";
  if ((root == "10" || root == "02") && noun && target_first != kNoToken && target_first > 0 &&
      (tokens[target_first - 1].norm == "from" || tokens[target_first - 1].norm == "of"))
    return "the '" + tokens[target_first - 1].norm + "' of an asking noun names who asks, not whom";
  // "{tell} $T to": the infinitive must complete the pattern's own verb.
  const auto& elements = pattern.elements;
  for (std::size_t i = 0; parsed && i + 1 < elements.size(); ++i)
    if (elements[i].kind == PatternElement::Kind::kTarget &&
        elements[i + 1].kind == PatternElement::Kind::kWords && elements[i + 1].words.size() == 1 &&
        elements[i + 1].words.contains("to"))
      for (std::size_t k = anchor + 1; k <= last && k < tokens.size(); ++k)
        if (tokens[k].norm == "to" && tokens[k].deprel == "mark")
          return infinitive_of_own_clause(sentence, anchor, k)
                     ? "the infinitive belongs to a clause with a subject of its own"
                     : std::string();
  return {};
}

}  // namespace dyad
