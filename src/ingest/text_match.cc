#include "ingest/text_match.h"

#include <functional>
#include <string>
#include <vector>

namespace dyad {

namespace {

struct Word {
  std::uint64_t hash;
  std::size_t chars;  // code points
};

// Words: runs of ASCII letters and digits and of non-ASCII characters (accented and non-Latin
// letters), ASCII-lower-cased; punctuation and spaces separate them and are not counted.
std::vector<Word> words_of(std::string_view text) {
  std::vector<Word> words;
  std::string current;
  std::size_t chars = 0;
  auto flush = [&] {
    if (!current.empty()) words.push_back({std::hash<std::string>{}(current), chars});
    current.clear();
    chars = 0;
  };
  for (const char c : text) {
    const auto u = static_cast<unsigned char>(c);
    const bool ascii_word =
        (u >= '0' && u <= '9') || (u >= 'a' && u <= 'z') || (u >= 'A' && u <= 'Z');
    // U+00A0 (C2 A0) is a space in running text, not part of a word.
    if (u == 0xA0 && !current.empty() && static_cast<unsigned char>(current.back()) == 0xC2) {
      current.pop_back();
      --chars;
      flush();
      continue;
    }
    if (ascii_word || u >= 0x80) {
      current += static_cast<char>(u >= 'A' && u <= 'Z' ? u + 32 : u);
      chars += (u & 0xC0) != 0x80;
    } else {
      flush();
    }
  }
  flush();
  return words;
}

std::uint64_t trigram(const Word* w) {
  return w[0].hash * 0x9E3779B97F4A7C15ULL ^ (w[1].hash * 0xC2B2AE3D27D4EB4FULL + 0x165667B1) ^
         (w[2].hash + 0x27D4EB2F165667C5ULL) * 0x94D049BB133111EBULL;
}

}  // namespace

TextMatcher::TextMatcher(std::string_view reference) {
  const std::vector<Word> words = words_of(reference);
  for (std::size_t i = 0; i < words.size(); ++i) {
    words_.insert(words[i].hash);
    reference_chars_ += words[i].chars;
    if (i + 2 < words.size()) trigrams_.insert(trigram(&words[i]));
  }
}

std::size_t TextMatcher::matched_chars(std::string_view text) const {
  const std::vector<Word> words = words_of(text);
  std::size_t matched = 0;
  if (words.size() < 3) {
    for (const Word& w : words)
      if (!words_.count(w.hash)) return 0;
    for (const Word& w : words) matched += w.chars;
    return matched;
  }
  std::size_t covered_until = 0;  // words before this index are already counted
  for (std::size_t i = 0; i + 2 < words.size(); ++i) {
    if (!trigrams_.count(trigram(&words[i]))) continue;
    for (std::size_t k = std::max(i, covered_until); k < i + 3; ++k) matched += words[k].chars;
    covered_until = i + 3;
  }
  return matched;
}

}  // namespace dyad
