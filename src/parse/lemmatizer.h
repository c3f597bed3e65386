// Lemmas learned from the treebank: an exception list (form + XPOS → lemma) for the words that
// the suffix rules get wrong, and suffix rules per XPOS ("-ies" + NNS → strip 3, add "y") for
// everything else, including words never seen in training.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "util/binary_io.h"
#include "parse/key_map.h"

namespace dyad::parse {

class Lemmatizer {
 public:
  struct Example {
    std::string_view form, xpos, lemma;
  };
  static Lemmatizer learn(const std::vector<Example>& examples);

  // The lemma of `form` tagged `xpos` (written into `out`, reusing its capacity).
  void lemmatize(std::string_view form, std::string_view xpos, std::string& out) const;

  void write(ByteWriter& out) const;
  static Lemmatizer read(ByteReader& in);  // throws CorruptData
  std::size_t exception_count() const { return exceptions_.size(); }
  std::size_t rule_count() const { return rules_.size(); }

 private:
  struct Rule {
    bool lower = false;      // lower-case the form first
    std::uint8_t strip = 0;  // bytes removed from the end
    std::string append;
  };
  static Rule rule_for(std::string_view form, std::string_view lemma);
  static void apply(const Rule& rule, std::string_view form, std::string& out);
  const Rule* find_rule(std::string_view form, std::string_view xpos) const;

  static constexpr std::size_t kLongestSuffix = 5;

  // Keys "xpos\ttext" → values, found by a 64-bit hash of the key (computed from its two parts,
  // so a lookup builds no string) and checked against the key itself.
  template <typename V>
  class Table {
   public:
    void set(const std::string& key, V value);  // adds, or replaces the value of a known key
    void reserve(std::size_t count) {
      entries_.reserve(count);
      index_.reserve(count);
    }
    const V* find(std::string_view xpos, std::string_view text) const;
    std::size_t size() const { return entries_.size(); }
    bool empty() const { return entries_.empty(); }
    const std::vector<std::pair<std::string, V>>& entries() const { return entries_; }

   private:
    std::vector<std::pair<std::string, V>> entries_;
    KeyMap<std::uint32_t> index_;  // key hash → entry
  };

  Table<std::string> exceptions_;  // "xpos\tform" → lemma
  Table<Rule> rules_;              // "xpos\tsuffix" → rule
};

}  // namespace dyad::parse
