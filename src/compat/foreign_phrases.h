// The phrases of TABARI/PETRARCH verb patterns and synonym sets, and their spelling in our
// pattern language (docs/dictionaries.md). A "_" between two words means they follow each
// other; a space lets other words come between (TABARI), except inside a PETRARCH synonym-set
// phrase, whose words always follow each other (peers/petrarch2/dictionaries.rst).
#pragma once

#include <compare>
#include <string>
#include <string_view>
#include <vector>

namespace dyad::foreign {

struct PhraseWord {
  std::string text;     // lower case; "&NAME" for a synonym set not yet expanded
  bool joined = false;  // follows the word before it with no word between
  auto operator<=>(const PhraseWord&) const = default;
};
using Run = std::vector<PhraseWord>;

// "did n't" → "didn't": the dictionaries are written for TreeBank tokens, which split "n't"
// off the word before it; our tokens keep "didn't", "won't" and "can't" whole.
std::string join_contractions(std::string text);

// The words of a phrase ("REALLY_DID_NOT", "ASSURANCES_ON &TIETYPES"), lower case, each marked
// joined when a "_" (or, with `spaces_join`, a space) comes before it. A "_" that ends a word
// before a space is TABARI's "whole word" mark, not a join. "(" and ")" are dropped.
Run phrase_words(std::string_view phrase, bool spaces_join);

// An element of a translated pattern, in our language, and whether it follows the element
// before it with no word between ("_").
struct Element {
  std::string text;
  bool adjacent = false;
};

// A place in a TABARI/PETRARCH pattern: a symbol, or alternatives that are each a run of words
// ("&CURRENCY": dollars, swiss francs, golden goblin galleons).
struct Slot {
  std::string symbol;  // "*", "$T", "$S", "%", "^"; empty for words
  std::vector<Run> runs;
  bool adjacent = false;

  bool is(std::string_view s) const { return symbol == s; }
  // Its elements in our language: the single words together as one "[a|b]", each longer run
  // as its words joined by "_" or " ". Runs with a word our language cannot hold are left out.
  std::vector<std::string> spellings() const;
  // Only the first word of each run: how a pattern with too many spellings is read.
  void shorten();
};

// Every pattern in our language that the places stand for: one spelling of each place
// (Slot::spellings) in every combination. Past `max_patterns` combinations, every place is
// shortened first. Throws std::runtime_error when a place has no usable spelling.
std::vector<std::vector<Element>> spell_out(std::vector<Slot> slots, std::size_t max_patterns);

}  // namespace dyad::foreign
