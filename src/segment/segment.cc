#include "segment/segment.h"

#include <unicode/brkiter.h>
#include <unicode/uchar.h>
#include <unicode/utext.h>
#include <unicode/utf8.h>

#include <cctype>
#include <fstream>
#include <stdexcept>

#include "util/utf8.h"

namespace dyad {

namespace {

Token token_at(std::size_t begin, std::size_t end) {
  Token token;
  token.span = {begin, end};
  return token;
}

UChar32 code_point_at(std::string_view text, std::size_t at, std::size_t& next) {
  auto i = static_cast<int32_t>(at);
  UChar32 c;
  U8_NEXT(reinterpret_cast<const uint8_t*>(text.data()), i, static_cast<int32_t>(text.size()), c);
  next = static_cast<std::size_t>(i);
  return c;
}

bool is_word_char(UChar32 c) {
  return c >= 0 && (u_isalnum(c) || u_charType(c) == U_NON_SPACING_MARK);
}

bool is_apostrophe(UChar32 c) {
  return c == '\'' || c == 0x2019;
}

bool is_hyphen(UChar32 c) {
  return c == '-' || c == 0x2010 || c == 0x2011;
}

// Length of a possessive "'s" or "’s" starting at `at` (followed by a non-word), else 0.
std::size_t possessive_length(std::string_view text, std::size_t at) {
  std::size_t after_quote = 0;
  if (!is_apostrophe(code_point_at(text, at, after_quote))) return 0;
  if (after_quote >= text.size() || (text[after_quote] != 's' && text[after_quote] != 'S'))
    return 0;
  const std::size_t end = after_quote + 1;
  std::size_t ignored = 0;
  if (end < text.size() && is_word_char(code_point_at(text, end, ignored))) return 0;
  return end - at;
}

}  // namespace

Segmenter::Segmenter(const std::filesystem::path& data_dir) : classes_(data_dir) {
  const auto file = data_dir / "segment" / "abbreviations.txt";
  std::ifstream in(file);
  if (!in) throw std::runtime_error(file.string() + ": cannot open");
  std::string line;
  int number = 0;
  while (std::getline(in, line)) {
    ++number;
    const auto entry = trim(line);
    if (entry.empty() || entry.front() == '#') continue;
    if (!entry.ends_with('.') || entry.find(' ') != std::string_view::npos)
      throw std::runtime_error(file.string() + ":" + std::to_string(number) +
                               ": an abbreviation is one word ending in '.'");
    abbreviations_.emplace(entry);
  }
  UErrorCode status = U_ZERO_ERROR;
  prototype_.reset(
      icu::BreakIterator::createSentenceInstance(icu::Locale("en@ss=standard"), status));
  if (U_FAILURE(status)) throw std::runtime_error("ICU sentence iterator unavailable");
}

Segmenter::~Segmenter() = default;
Segmenter::Segmenter(Segmenter&&) noexcept = default;

bool Segmenter::ends_with_abbreviation(std::string_view before) const {
  before = trim(before);
  const auto space = before.find_last_of(" \t\n(\"“");
  const std::string_view word = space == std::string_view::npos ? before : before.substr(space + 1);
  if (word.size() == 2 && word[1] == '.' && word[0] >= 'A' && word[0] <= 'Z')
    return true;  // an initial: "George H. W. Bush"
  return abbreviations_.contains(std::string(word));
}

std::vector<Token> Segmenter::tokenize(std::string_view text, std::size_t base) {
  std::vector<Token> tokens;
  std::size_t i = 0;
  while (i < text.size()) {
    std::size_t next = 0;
    const UChar32 c = code_point_at(text, i, next);
    if (c < 0 || u_isUWhiteSpace(c)) {
      i = next;
      continue;
    }
    if (!is_word_char(c)) {
      if (const std::size_t length = possessive_length(text, i); length > 0) {
        tokens.push_back(token_at(base + i, base + i + length));  // "'s" is a token of its own
        i += length;
        continue;
      }
      tokens.push_back(token_at(base + i, base + next));
      i = next;
      continue;
    }
    const std::size_t start = i;
    std::size_t end = next;
    while (end < text.size()) {
      std::size_t after = 0;
      const UChar32 d = code_point_at(text, end, after);
      if (is_word_char(d)) {
        end = after;
        continue;
      }
      // Inner hyphens, periods (U.S.) and apostrophes (O'Brien, couldn't) keep the word whole,
      // but not the possessive 's.
      if ((is_hyphen(d) || d == '.' || is_apostrophe(d)) && after < text.size() &&
          possessive_length(text, end) == 0) {
        std::size_t ignored = 0;
        if (is_word_char(code_point_at(text, after, ignored))) {
          end = after;
          continue;
        }
      }
      // "U.S." keeps its final period when the word is an abbreviation of single letters.
      if (d == '.' && end - start >= 3 && text[end - 2] == '.') end = after;
      break;
    }
    tokens.push_back(token_at(base + start, base + end));
    i = end;
  }
  return tokens;
}

namespace {

// Where to cut a run of text longer than kMaxSentenceBytes: after the last clause mark (; : ,)
// in its second half, else after the last space, else at a character boundary.
std::size_t overlong_sentence_cut(std::string_view text) {
  const std::string_view window = text.substr(0, kMaxSentenceBytes);
  for (const char* marks : {";:", ",", " "}) {
    const std::size_t at = window.find_last_of(marks);
    if (at != std::string_view::npos && at >= kMaxSentenceBytes / 2) return at + 1;
  }
  std::size_t cut = kMaxSentenceBytes;
  while (cut > 0 && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80) --cut;
  return cut;
}

}  // namespace

void Segmenter::annotate(std::string_view text, std::vector<Token>& tokens) const {
  for (std::size_t t = 0; t < tokens.size(); ++t) {
    Token& token = tokens[t];
    // Lower case, with the typographic apostrophe as ASCII: "Iran’s" and "Iran's" match alike.
    const std::string_view raw = text.substr(token.span.begin, token.span.end - token.span.begin);
    std::string& word = token.norm;
    word.clear();
    word.reserve(raw.size());
    for (std::size_t i = 0; i < raw.size(); ++i) {
      if (raw.substr(i, 3) == "’") {
        word += '\'';
        i += 2;
      } else {
        word += static_cast<char>(std::tolower(static_cast<unsigned char>(raw[i])));
      }
    }
    // "the United States' support": a bare apostrophe after -s is the possessive.
    if (word == "'" && t > 0 && tokens[t - 1].norm.ends_with('s')) word = "'s";
    token.classes = classes_.of(word);
  }
}

std::vector<Sentence> Segmenter::split(const Article& article) const {
  std::vector<Sentence> sentences;
  std::unique_ptr<icu::BreakIterator> iterator(prototype_->clone());
  const std::string_view text = article.text;
  auto add_piece = [&](Sentence::Kind kind, std::size_t block, std::string_view piece) {
    piece = trim(piece);
    if (piece.empty()) return;
    const std::size_t start = static_cast<std::size_t>(piece.data() - text.data());
    Sentence sentence;
    sentence.kind = kind;
    sentence.span = {start, start + piece.size()};
    sentence.paragraph = block;
    sentence.tokens = tokenize(piece, start);
    annotate(text, sentence.tokens);
    sentences.push_back(std::move(sentence));
  };
  auto add = [&](Sentence::Kind kind, std::size_t block, std::size_t begin, std::size_t end) {
    std::string_view rest = text.substr(begin, end - begin);
    while (rest.size() > kMaxSentenceBytes) {
      const std::size_t cut = overlong_sentence_cut(rest);
      add_piece(kind, block, rest.substr(0, cut));
      rest.remove_prefix(cut);
    }
    add_piece(kind, block, rest);
  };
  for (std::size_t b = 0; b < article.blocks.size(); ++b) {
    const Block& block = article.blocks[b];
    std::size_t begin = block.span.begin;
    if (block.kind == Block::Kind::kTitle) {
      add(Sentence::Kind::kTitle, b, begin, block.span.end);
      continue;
    }
    if (article.dateline && article.dateline->span.begin == begin) {
      add(Sentence::Kind::kDateline, b, begin, article.dateline->span.end);
      begin = article.dateline->span.end;
    }
    UErrorCode status = U_ZERO_ERROR;
    UText* utext = utext_openUTF8(nullptr, text.data() + begin,
                                  static_cast<int64_t>(block.span.end - begin), &status);
    if (U_FAILURE(status)) continue;
    iterator->setText(utext, status);
    std::size_t sentence_start = begin;
    for (int32_t boundary = iterator->next(); boundary != icu::BreakIterator::DONE;
         boundary = iterator->next()) {
      const std::size_t at = begin + static_cast<std::size_t>(boundary);
      if (at < block.span.end &&
          ends_with_abbreviation(text.substr(sentence_start, at - sentence_start)))
        continue;  // "Gen. Ahadi": not a sentence end
      add(Sentence::Kind::kBody, b, sentence_start, at);
      sentence_start = at;
    }
    if (sentence_start < block.span.end)
      add(Sentence::Kind::kBody, b, sentence_start, block.span.end);
    utext_close(utext);
  }
  return sentences;
}

}  // namespace dyad
