// Verb and noun patterns (data/events/*.tsv), parsed and indexed by their anchor words.
#pragma once

#include <filesystem>
#include <functional>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <vector>

namespace dyad {

struct PatternElement {
  enum class Kind { kWords, kVerb, kTarget, kSource };
  Kind kind = Kind::kWords;
  std::unordered_set<std::string> words;  // lower-case; for kVerb, every inflection
  bool optional = false;
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
};

class PatternBook {
 public:
  // Loads data/events/irregular_verbs*.tsv, then every other data/events/*.tsv, checking each
  // code against `known_code`. Throws std::runtime_error("file:line: …") on a malformed line.
  PatternBook(const std::filesystem::path& data_dir,
              const std::function<bool(const std::string&)>& known_code);

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
  // Patterns whose anchor element matches this lower-case token.
  const std::vector<std::size_t>* anchored_at(const std::string& token) const;

  // Every inflection of a verb lemma: regular forms, plus irregular ones from the data.
  std::unordered_set<std::string> inflections(const std::string& lemma) const;

 private:
  EventPattern parse(const std::string& code, const std::string& text,
                     const std::string& rule) const;

  std::unordered_map<std::string, std::vector<std::string>> irregular_;
  std::vector<EventPattern> patterns_;
  std::unordered_map<std::string, std::vector<std::size_t>> by_anchor_;
};

}  // namespace dyad
