// The parse stage: dyad's tokens get part of speech, lemma, head and UD relation from our own
// tagger and parser (src/parse, docs/parsing.md).
#pragma once

#include <string_view>
#include <vector>

#include "parse/model.h"
#include "pipeline/stages.h"

namespace dyad {

// Parses one sentence's tokens (views of `text`) and writes the analysis onto them. A token the
// parser splits ("don't" → "do" "n't", "Al-Zaman") takes the word of the piece the others hang
// on; tokens joined into one word ("." "." ".") all take it, the later ones attached to the first.
// Heads point at tokens; the root's head is -1.
void parse_tokens(const parse::Model& model, std::string_view text, std::vector<Token>& tokens);

// Reads sentences and mentions; adds the syntax fields of the tokens of every sentence that can
// hold an event: one with all the words of some pattern, naming two actors with different codes
// or a group named before ("they", "the two countries"). The rest of an article (most of it:
// quotes, background, captions) is never parsed, which keeps coding fast. It runs after the
// actor stage only to know which sentences those are; actors do not read the parse.
class ParseStage final : public Stage {
 public:
  ParseStage(const parse::Model& model, const PatternBook& patterns)
      : model_(model), patterns_(patterns) {}
  std::string_view name() const override { return "parse"; }
  void run(AnalyzedDocument& doc) const override;

 private:
  const parse::Model& model_;
  const PatternBook& patterns_;  // a sentence without any pattern's words is not parsed
};

}  // namespace dyad
