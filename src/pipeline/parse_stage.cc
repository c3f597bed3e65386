#include "pipeline/parse_stage.h"

#include <algorithm>

#include "events/coder.h"
#include "events/pattern_outlook.h"
#include "parse/words.h"
#include "util/utf8.h"

namespace dyad {

void parse_tokens(const parse::Model& model, std::string_view text, std::vector<Token>& tokens) {
  // Per-thread working memory, reused from sentence to sentence.
  thread_local std::vector<std::string_view> views, forms;
  thread_local std::vector<parse::ParserWord> words;
  thread_local std::vector<parse::WordAnalysis> analysis;
  thread_local std::vector<int> main_word;  // per token: the word that speaks for it
  thread_local std::vector<std::string> folded;

  views.clear();
  for (const Token& t : tokens)
    views.push_back(text.substr(t.span.begin, t.span.end - t.span.begin));
  parse::parser_words(views, words);
  forms.clear();
  if (folded.size() < words.size()) folded.resize(words.size());  // before any view into it
  for (std::size_t w = 0; w < words.size(); ++w) {
    if (!is_ascii(words[w].text)) {
      // The treebank the parser learnt from is nearly all ASCII, so a name such as "Erdoğan"
      // looks to it like no word it knows (it was tagged AUX): it reads "Erdogan".
      fold_accents(words[w].text, folded[w]);
      forms.push_back(folded[w]);
    } else {
      forms.push_back(words[w].text);
    }
  }
  model.analyze(forms, analysis);

  // A token's main word is the first of its words whose head lies outside the token.
  main_word.assign(tokens.size(), -1);
  for (std::size_t w = 0; w < words.size(); ++w) {
    const auto& word = words[w];
    const int head = analysis[w].head;
    const bool head_inside = head != parse::kRoot && words[head].first_token >= word.first_token &&
                             words[head].last_token <= word.last_token &&
                             word.first_token == word.last_token;
    for (std::size_t t = word.first_token; t <= word.last_token && t < tokens.size(); ++t)
      if (main_word[t] < 0 && !head_inside) main_word[t] = static_cast<int>(w);
  }
  for (std::size_t w = 0; w < words.size(); ++w)  // a token all of whose words hang inside it
    for (std::size_t t = words[w].first_token; t <= words[w].last_token && t < tokens.size(); ++t)
      if (main_word[t] < 0) main_word[t] = static_cast<int>(w);

  for (std::size_t t = 0; t < tokens.size(); ++t) {
    Token& token = tokens[t];
    const int w = main_word[t];
    if (w < 0) continue;
    const auto& a = analysis[w];
    token.upos = a.upos;
    token.xpos = a.xpos;
    token.lemma = a.lemma;
    if (words[w].first_token != t) {  // the later tokens of a joined word
      token.deprel = "goeswith";
      token.head = static_cast<int>(words[w].first_token);
      continue;
    }
    token.deprel = a.deprel;
    token.head = a.head == parse::kRoot ? -1 : static_cast<int>(words[a.head].first_token);
    if (token.head == static_cast<int>(t)) {  // a head inside the token's own joined word
      token.head = -1;
      token.deprel = "root";
    }
  }
}

void parse_sentence(const parse::Model& model, AnalyzedDocument& doc, std::size_t s) {
  auto& tokens = doc.sentences[s].tokens;
  parse_tokens(model, doc.article.text, tokens);
  ++doc.sentences_parsed;
  doc.tokens_parsed += tokens.size();
}

void OnDemandParser::parse(std::size_t s) const {
  if (s >= doc_.parse_on_demand.size() || !doc_.parse_on_demand[s]) return;
  doc_.parse_on_demand[s] = false;
  parse_sentence(model_.get(), doc_, s);
}

void ParseStage::run(AnalyzedDocument& doc) const {
  // Parsed: sentences where some pattern has all its words (not just its event word: "held"
  // alone is no event, "held talks with" may be) and could take its actors — by the word
  // matcher, or by the parse within the reach of its phrases (events/pattern_outlook.h) — and
  // that name two actors with different codes or where a group named earlier may act ("they",
  // "the two countries"). Parsing is most of the cost of coding, so the rest are not parsed;
  // their events (one actor and an "it" or a quoted "we" standing for another) are read by the
  // word rules.
  // A sentence that refers back ("they", "it", "the two countries") takes its actors from the
  // parsed subject of an earlier sentence with two actors and some event word, which may hold no
  // event itself: such sentences are parsed only when the coder reads their subjects
  // (events/antecedents.h), which it does for few of them (docs/parsing.md).
  std::vector<std::vector<const std::string*>> codes(doc.sentences.size());
  for (const auto& mention : doc.mentions)
    if ((!mention.location || mention.place) && !mention.code.empty() &&
        mention.sentence < codes.size()) {  // a town may be the target of force (ActorMention)
      auto& list = codes[mention.sentence];
      if (std::none_of(list.begin(), list.end(),
                       [&](const std::string* c) { return *c == mention.code; }))
        list.push_back(&mention.code);
    }
  doc.parse_on_demand.assign(doc.sentences.size(), false);
  for (std::size_t s = 0; s < doc.sentences.size(); ++s) {
    const auto& tokens = doc.sentences[s].tokens;
    bool group = false;
    for (const Token& t : tokens) group |= t.is(WordClass::kGroupNoun) || t.norm == "they";
    // A one-sided event has one actor; any other event two.
    if (codes[s].size() < (doc.one_sided ? 1u : 2u) && !group) continue;
    const PatternOutlook outlook =
        pattern_outlook(doc.sentences[s], doc.mentions, s, patterns_, doc.one_sided);
    const bool event_word = outlook.event_word;
    bool event_possible = outlook.may_match;
    // "Bahrain followed suit": the coder repeats the previous sentence's events with the
    // subject of "followed" as their source.
    for (std::size_t t = 0; event_word && !event_possible && t < tokens.size(); ++t)
      event_possible = follows_suit_at(tokens, t);
    if (event_possible)
      parse_sentence(model_.get(), doc, s);
    else
      doc.parse_on_demand[s] = event_word;
  }
}

}  // namespace dyad
