// The parse stage: dyad's tokens get part of speech, lemma, head and UD relation from our own
// tagger and parser (src/parse, docs/parsing.md).
#pragma once

#include <string_view>
#include <vector>

#include "parse/lazy_model.h"
#include "parse/model.h"
#include "pipeline/stages.h"

namespace dyad {

// Parses one sentence's tokens (views of `text`) and writes the analysis onto them. A token the
// parser splits ("don't" → "do" "n't", "Al-Zaman") takes the word of the piece the others hang
// on; tokens joined into one word ("." "." ".") all take it, the later ones attached to the first.
// Heads point at tokens; the root's head is -1.
void parse_tokens(const parse::Model& model, std::string_view text, std::vector<Token>& tokens);

// Parses sentence `s` of `doc` and counts it in doc.sentences_parsed and doc.tokens_parsed.
void parse_sentence(const parse::Model& model, AnalyzedDocument& doc, std::size_t s);

// Reads sentences and mentions; adds the syntax fields of the tokens of every sentence that can
// hold an event: one naming two actors with different codes or a group named before ("they",
// "the two countries") where the coder could match some pattern — its words all there, and its
// actors where the word matcher or the parse could take them (events/pattern_outlook.h). A
// sentence with two such actors and an event word but no such pattern is marked in
// doc.parse_on_demand: a later "it" or "they" may take its actors from its subject, and the
// coder has it parsed then (OnDemandParser). The rest
// of an article (most of it: quotes, background, captions) is never parsed, which keeps coding
// fast. It runs after the actor stage only to know which sentences those are; actors do not
// read the parse.
class ParseStage final : public Stage {
 public:
  ParseStage(const parse::LazyModel& model, const PatternBook& patterns)
      : model_(model), patterns_(patterns) {}
  std::string_view name() const override { return "parse"; }
  void run(AnalyzedDocument& doc) const override;

 private:
  const parse::LazyModel& model_;  // loaded by the first sentence parsed
  const PatternBook& patterns_;    // a sentence without any pattern's words is not parsed
};

// Parses, when the coder first reads a subject there, a sentence the parse stage marked in
// doc.parse_on_demand.
class OnDemandParser final : public AntecedentParser {
 public:
  OnDemandParser(const parse::LazyModel& model, AnalyzedDocument& doc) : model_(model), doc_(doc) {}
  void parse(std::size_t s) const override;

 private:
  const parse::LazyModel& model_;
  AnalyzedDocument& doc_;
};

}  // namespace dyad
