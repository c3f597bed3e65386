// The hashed views of a word that the tagger's and the parser's features are built from.
#pragma once

#include <cstdint>
#include <span>
#include <string_view>
#include <vector>

namespace dyad::parse {

struct WordKeys {
  std::uint64_t form = 0;        // exact bytes
  std::uint64_t norm = 0;        // ASCII lower-cased, digits → 0 ("2005" and "1999" alike)
  std::uint64_t suffix[4] = {};  // last 1..4 bytes of `norm`'s text
  std::uint64_t prefix1 = 0;     // first byte, case kept
  std::uint64_t prefix3 = 0;     // first 3 bytes, lower-cased
  std::uint64_t shape = 0;       // X/x/d classes with runs collapsed: "Xx", "d.d", "XX"
  bool capitalized = false;
};

// Keys for words not in the sentence (before the start, after the end) and for the root.
WordKeys padding_keys(std::uint64_t which);

void compute_word_keys(std::span<const std::string_view> forms, std::vector<WordKeys>& out);

// The `norm` hash of one form (the tag dictionary's key).
std::uint64_t norm_key(std::string_view form);

}  // namespace dyad::parse
