// Verb and noun patterns (data/events/*.tsv), parsed and indexed by their anchor words.
#pragma once

#include <algorithm>
#include <cstdint>
#include <filesystem>
#include <functional>
#include <initializer_list>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "util/binary_io.h"
#include "util/data_cache.h"

namespace dyad {

// A pattern element's words: a few (alternatives, a verb's inflections), so a sorted vector: one
// allocation per element instead of one per word, the most of loading a large verb dictionary.
class WordSet {
 public:
  WordSet() = default;
  WordSet(std::initializer_list<std::string> words) {
    for (const auto& word : words) insert(word);
  }
  void insert(std::string word) {
    const auto at = std::lower_bound(words_.begin(), words_.end(), word);
    if (at == words_.end() || *at != word) words_.insert(at, std::move(word));
  }
  bool contains(std::string_view word) const {
    return std::binary_search(words_.begin(), words_.end(), word, std::less<>());
  }
  std::size_t size() const { return words_.size(); }
  bool empty() const { return words_.empty(); }
  void reserve(std::size_t size) { words_.reserve(size); }
  auto begin() const { return words_.begin(); }
  auto end() const { return words_.end(); }
  bool operator==(const WordSet&) const = default;

 private:
  std::vector<std::string> words_;  // sorted, unique
};

struct PatternElement {
  // kSkip, TABARI's "^": one actor the pattern steps over without taking it as a party
  // ("celebrated Eid at ^ with $T": the host is not the partner). Optional.
  enum class Kind { kWords, kVerb, kTarget, kSource, kSkip };
  Kind kind = Kind::kWords;
  WordSet words;                        // lower-case; for kVerb, every inflection
  std::vector<std::uint32_t> word_ids;  // the same words as PatternBook::word_id numbers

  bool matches(std::uint32_t id) const {
    return std::find(word_ids.begin(), word_ids.end(), id) != word_ids.end();
  }
  bool optional = false;
  // "a_b" (TABARI's and PETRARCH's "_"): right after the previous element, no word between.
  bool adjacent = false;
  bool anywhere_later =
      false;         // "$T*": the target may come any number of words later in the clause
  std::string text;  // as written, for explanations
};

struct EventPattern {
  std::string code;         // CAMEO code
  std::string paired_code;  // TABARI "[032:033]": also code target → source with this code
  std::string text;         // the pattern as written
  std::string example;      // the sentence that must code as `code`
  std::string rule;         // "data/events/02_appeal.tsv:41"
  std::vector<PatternElement> elements;
  std::size_t anchor = 0;    // index of the element looked up first (first verb, else first word)
  std::size_t literals = 0;  // required word/verb elements: more is more specific
  bool has_source = false;
  bool has_target = false;
  // "-$T": an act complete without a target ("{demonstrate} -$T", "{resign} -$T"), coded with
  // its source alone, and only when asked for (`dyad code --one-sided`, events/one_sided.h).
  bool one_sided = false;

  // Neither $T nor $S: the event holds between every two of its parties ("{meet}", "talks").
  bool mutual() const { return !has_target && !has_source && !one_sided; }
  // Whether one of its word or verb elements matches the word with PatternBook id `id`.
  bool has_word(std::uint32_t id) const {
    return std::any_of(elements.begin(), elements.end(),
                       [&](const PatternElement& e) { return e.matches(id); });
  }
  // Whether its target may come any number of words later ("$T*", TABARI's convention).
  bool target_anywhere_later() const {
    return std::any_of(elements.begin(), elements.end(),
                       [](const PatternElement& e) { return e.anywhere_later; });
  }
};

class PatternBook {
 public:
  // Loads data/events/irregular_verbs*.tsv, then every other data/events/*.tsv, checking each
  // code against `known_code`. Throws std::runtime_error("file:line: …") on a malformed line.
  PatternBook(const std::filesystem::path& data_dir,
              const std::function<bool(const std::string&)>& known_code);

  // The same book, read from the data cache (util/data_cache.h) when it holds one built from the
  // same data/events files and `code_files` (those `known_code` answers from), else built and
  // stored there.
  static PatternBook load(const std::filesystem::path& data_dir,
                          const std::function<bool(const std::string&)>& known_code,
                          const std::vector<std::filesystem::path>& code_files);
  // Where load() keeps the book.
  static DataCacheEntry cache_entry(const std::filesystem::path& data_dir,
                                    const std::vector<std::filesystem::path>& code_files);
  // The finished book as bytes, and back: read() throws CorruptData on anything write() would
  // not have written.
  void write(ByteWriter& out) const;
  static PatternBook read(ByteReader& in);
  // Whether the book was read from the data cache (read()).
  bool loaded_from_cache() const { return loaded_from_cache_; }

  // An empty book for readers of other dictionary formats: add_irregular(), add(), then
  // finish() before use.
  PatternBook() = default;
  void add_irregular(const std::string& lemma, const std::vector<std::string>& forms);
  // Parses `text` in our pattern language (docs/dictionaries.md); throws std::runtime_error.
  void add(const std::string& code, const std::string& text, const std::string& example,
           const std::string& rule);
  // Indexes the patterns by anchor word.
  void finish();

  const std::vector<EventPattern>& patterns() const { return patterns_; }
  // dyad's own dictionaries code what an actor vows or announces ("will launch strikes") as a
  // threat or an intent (CAMEO 13x, 03x: EventCoder); TABARI's and PETRARCH's dictionaries code
  // it as the act itself, and their validation suites expect that.
  bool codes_intentions() const { return codes_intentions_; }
  // dyad's own verbs are no acts where the parse makes them modify a noun ("strike force",
  // "trade surplus with X"); TABARI's dictionaries were written for words alone, and their
  // suite's invented names mislead the tagger ("Estonia arms Libya" read as a compound).
  bool compounds_are_no_acts() const { return codes_intentions_; }
  // dyad's own "{verb}" patterns read the verb's noun too ("the next meeting of A and B", "a
  // visit to X"): an event however it is worded. TABARI's and PETRARCH's are verb dictionaries
  // (PETRARCH codes only what its parse calls a verb): with them, a word in a noun phrase with
  // an article ("during a brief private visit") is no verb.
  bool verbs_read_as_nouns() const { return codes_intentions_; }
  // Every word any pattern uses has a number, so that matching compares integers.
  static constexpr std::uint32_t kUnknownWord = 0xFFFFFFFF;
  std::uint32_t word_id(std::string_view lower_case_word) const;

  // Patterns whose anchor element matches this word (a word_id).
  const std::vector<std::size_t>* anchored_at(std::uint32_t word) const;

  // Every inflection of a verb lemma: regular forms, plus irregular ones from the data.
  WordSet inflections(const std::string& lemma) const;

 private:
  void index_anchors();
  EventPattern parse(const std::string& code, const std::string& text,
                     const std::string& rule) const;

  std::unordered_map<std::string, std::vector<std::string>> irregular_;
  std::vector<EventPattern> patterns_;
  std::unordered_map<std::string, std::uint32_t> vocabulary_;
  std::vector<std::vector<std::size_t>> by_anchor_;  // indexed by word id
  bool codes_intentions_ = false;
  bool loaded_from_cache_ = false;
};

}  // namespace dyad
