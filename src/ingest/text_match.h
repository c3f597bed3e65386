// How much of a piece of text appears in a reference text, word for word: used to find the DOM
// element that holds the article body a page states in its structured data (JSON-LD).
#pragma once

#include <cstddef>
#include <cstdint>
#include <string_view>
#include <unordered_set>

namespace dyad {

class TextMatcher {
 public:
  explicit TextMatcher(std::string_view reference);

  // Non-space characters of `text` that belong to words found in the reference in the same
  // order: each run of three words that the reference also has counts; a text of one or two
  // words (a link, a bold name) counts when each of its words is in the reference.
  std::size_t matched_chars(std::string_view text) const;

  // Non-space characters of the reference.
  std::size_t reference_chars() const { return reference_chars_; }

 private:
  std::unordered_set<std::uint64_t> words_, trigrams_;
  std::size_t reference_chars_ = 0;
};

}  // namespace dyad
