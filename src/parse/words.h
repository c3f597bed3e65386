// From dyad's tokens (src/segment) to the words UD English parses: clitics split off
// ("don't" → "do" "n't", "I'm" → "I" "'m", "cannot" → "can" "not"), hyphenated compounds split
// ("Al-Zaman" → "Al" "-" "Zaman"), and runs of the same punctuation joined ("..." "!!").
// Every word remembers the tokens it came from, so a parse maps back onto dyad's tokens.
#pragma once

#include <cstddef>
#include <span>
#include <string_view>
#include <vector>

namespace dyad::parse {

struct ParserWord {
  std::string_view text;  // a piece of one token, or several adjacent tokens joined
  std::size_t first_token = 0, last_token = 0;  // the tokens it covers (inclusive)
};

// `tokens` are views into one text in order (adjacent punctuation is joined only when the
// views are contiguous in memory). `out` is cleared and filled.
void parser_words(std::span<const std::string_view> tokens, std::vector<ParserWord>& out);

}  // namespace dyad::parse
