// Discards: phrases that mark a sentence, or a whole article, as outside event coding — sports
// results ("beat Germany 2-1 in the World Cup semi-final"), games, historical chronologies. A
// sentence that names one gives no event; an article that names a story-level one gives none at
// all. dyad's own list is data/events/discards.tsv; PETRARCH's discard files are read into the
// same list (compat/foreign_dictionaries.h). Format and matching: docs/dictionaries.md.
#pragma once

#include <filesystem>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace dyad {

struct DiscardPhrase {
  std::string phrase;  // upper-case ASCII, words separated by one space
  bool story = false;  // discards the whole article, not only its sentence
  bool stem = false;   // the last word may go on ("BASEBALL" matches "baseballs")
  std::string rule;    // "data/events/discards.tsv:12"
};

class DiscardList {
 public:
  DiscardList() = default;
  // dyad's own list, data/events/discards.tsv (columns: scope `sentence` or `story`, phrase,
  // why); phrases match whole words. An empty list when the file is absent; a malformed row
  // throws std::runtime_error("file:line: …").
  static DiscardList load(const std::filesystem::path& data_dir);

  // Adds a phrase (any case; runs of spaces count as one). Throws std::runtime_error when it
  // holds no word.
  void add(std::string_view phrase, bool story, bool stem, std::string rule);

  // The first phrase the text names, starting at a word start, case-insensitively; nullptr when
  // none.
  const DiscardPhrase* find(std::string_view text) const;

  bool empty() const { return phrases_.empty(); }
  std::size_t size() const { return phrases_.size(); }

 private:
  // Phrases by the first (up to) four letters of their first word: a word of the text looks up
  // its first one to four letters, so a lookup per word start finds every candidate.
  static constexpr std::size_t kKeyLength = 4;
  std::vector<DiscardPhrase> phrases_;
  std::unordered_map<std::string, std::vector<std::size_t>> by_key_;
};

}  // namespace dyad
