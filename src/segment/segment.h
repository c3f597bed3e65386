// Segment: an Article's text → sentences and tokens, with offsets into Article::text.
#pragma once

#include <unicode/brkiter.h>

#include <filesystem>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

#include "clean/article.h"
#include "segment/word_classes.h"

namespace dyad {

// A word or punctuation mark, with what every later stage needs to know about it, worked out
// once. The segment stage fills span, norm and classes; the parse stage (when the pipeline runs
// one) fills the syntax fields.
struct Token {
  Span span;         // in Article::text
  std::string norm;  // matching form: ASCII letters lower-cased, ’ as ', a bare ' after -s as 's
  WordClasses::Mask classes = 0;  // data/grammar/word_classes.tsv classes of `norm`

  // Syntax, from the parse stage; empty (head -1) when no parse was made.
  std::string upos, xpos, lemma, deprel;  // UD part of speech, PTB tag, lemma, UD relation
  int head = -1;  // index of the head token in the sentence; -1 for the root or no parse

  bool is(WordClass c) const { return classes & WordClasses::bit(c); }
};

struct Sentence {
  enum class Kind { kTitle, kDateline, kBody };
  Kind kind = Kind::kBody;
  Span span;                  // in Article::text
  std::size_t paragraph = 0;  // index into Article::blocks
  std::vector<Token> tokens;
};

// The longest sentence the later stages see. Their work grows faster than linearly with a
// sentence's length (every mention against every other), so one 8 MB "paragraph" without a full
// stop — a broken scrape — would take hours; longer runs are cut at clause marks (docs: a real
// news sentence is under 1,000 bytes).
constexpr std::size_t kMaxSentenceBytes = 4096;

class Segmenter {
 public:
  // Loads `<data_dir>/segment/abbreviations.txt` and `<data_dir>/grammar/word_classes.tsv`.
  // Throws std::runtime_error on failure.
  explicit Segmenter(const std::filesystem::path& data_dir);
  ~Segmenter();
  Segmenter(Segmenter&&) noexcept;

  // Thread-safe. The title and the dateline are sentences of their own; every block is split
  // with ICU's sentence iterator (locale en@ss=standard), then breaks after our abbreviations
  // and single initials are undone; runs longer than kMaxSentenceBytes are cut. Tokens carry
  // their norm and word classes.
  std::vector<Sentence> split(const Article& article) const;

  // Fills norm and classes of a sentence's tokens (`text` is the Article::text they index).
  void annotate(std::string_view text, std::vector<Token>& tokens) const;

  const WordClasses& word_classes() const { return classes_; }

  // Words, numbers and punctuation of `text` (offsets relative to `base`). Hyphenated words stay
  // whole ("Bagheri-Kani"); a possessive "'s" / "’s" is a token of its own.
  static std::vector<Token> tokenize(std::string_view text, std::size_t base);

 private:
  bool ends_with_abbreviation(std::string_view before_break) const;

  std::unordered_set<std::string> abbreviations_;
  WordClasses classes_;
  std::unique_ptr<icu::BreakIterator> prototype_;
};

}  // namespace dyad
