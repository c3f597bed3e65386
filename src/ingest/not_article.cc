#include "ingest/not_article.h"

#include <algorithm>
#include <array>
#include <cctype>

#include "ingest/html.h"

namespace dyad {

namespace {

bool is_space(char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
}

std::size_t word_count(std::string_view line) {
  std::size_t words = 0;
  bool in_word = false;
  for (const char c : line) {
    if (is_space(c)) {
      in_word = false;
    } else if (!in_word) {
      in_word = true;
      ++words;
    }
  }
  return words;
}

// A sentence ends here: a lower-case letter, digit or ')' before . ! or ?, then closing quotes,
// then a space or the end. "Dr." inside a name list would count too, which is harmless here.
bool has_sentence_end(std::string_view line) {
  for (std::size_t i = 1; i < line.size(); ++i) {
    if (line[i] != '.' && line[i] != '!' && line[i] != '?') continue;
    const auto before = static_cast<unsigned char>(line[i - 1]);
    if (!std::islower(before) && !std::isdigit(before) && before != ')') continue;
    std::size_t after = i + 1;
    while (after < line.size() &&
           (line[after] == '"' || line[after] == '\'' || line[after] == ')' ||
            static_cast<unsigned char>(line[after]) >= 0x80))
      ++after;
    if (after == line.size() || is_space(line[after])) return true;
  }
  return false;
}

// Notes that travel with data sets and code, named the way those conventions name them.
bool is_note_name(const std::filesystem::path& path) {
  std::string stem = path.stem().string();
  std::transform(stem.begin(), stem.end(), stem.begin(),
                 [](unsigned char c) { return static_cast<char>(std::toupper(c)); });
  static constexpr std::array<std::string_view, 9> kNotes = {"SOURCE",  "README",    "LICENSE",
                                                             "LICENCE", "COPYING",   "NOTICE",
                                                             "AUTHORS", "CHANGELOG", "CITATION"};
  return std::find(kNotes.begin(), kNotes.end(), stem) != kNotes.end();
}

}  // namespace

std::string not_an_article(const std::filesystem::path& path, std::string_view text) {
  std::size_t start = 0;
  while (start < text.size() && is_space(text[start])) ++start;
  const std::string_view rest = text.substr(start);
  if (rest.starts_with("<") && !looks_like_html(rest))
    return "SGML/XML markup that dyad has no reader for, not article text";
  if (is_note_name(path)) return "a " + path.stem().string() + " note, not an article";
  // Articles are mostly prose: lines of several words holding sentences. Lists, tables and
  // dictionaries are mostly short lines without one.
  std::size_t words = 0, prose_words = 0, lines = 0;
  for (std::size_t begin = 0; begin < text.size();) {
    std::size_t end = text.find('\n', begin);
    if (end == std::string_view::npos) end = text.size();
    const std::string_view line = text.substr(begin, end - begin);
    const std::size_t line_words = word_count(line);
    if (line_words > 0) ++lines;
    words += line_words;
    if (line_words >= 8 && has_sentence_end(line)) prose_words += line_words;
    begin = end + 1;
  }
  // A headline and a sentence or two is an article however short; a real list has many lines.
  constexpr std::size_t kListLines = 8;
  constexpr double kMinProseShare = 0.3;
  if (lines >= kListLines &&
      static_cast<double>(prose_words) < kMinProseShare * static_cast<double>(words))
    return "a list or table (" + std::to_string(lines) + " lines, " +
           std::to_string(100 * prose_words / std::max<std::size_t>(words, 1)) +
           "% of words in sentences), not an article";
  return {};
}

}  // namespace dyad
