#include "parse/words.h"

#include <algorithm>
#include <array>

namespace dyad::parse {

namespace {

bool is_letter(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

char lower(char c) {
  return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c;
}

bool iequals(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  for (std::size_t i = 0; i < a.size(); ++i)
    if (lower(a[i]) != lower(b[i])) return false;
  return true;
}

bool iends_with(std::string_view text, std::string_view suffix) {
  return text.size() >= suffix.size() && iequals(text.substr(text.size() - suffix.size()), suffix);
}

// The byte length of an apostrophe (' or ’) at `at`, else 0.
std::size_t apostrophe_at(std::string_view text, std::size_t at) {
  if (at < text.size() && text[at] == '\'') return 1;
  if (text.substr(at, 3) == "\xE2\x80\x99") return 3;
  return 0;
}

// Where a clitic starts in `token` ("do|n't", "I|'m", "can|not", "gon|na"), or 0 for none.
std::size_t clitic_start(std::string_view token) {
  // "n't" / "n’t" after at least one letter.
  for (const std::size_t quote : {std::size_t{1}, std::size_t{3}}) {
    const std::size_t length = 2 + quote;  // n + quote + t
    if (token.size() > length && lower(token[token.size() - length]) == 'n' &&
        apostrophe_at(token, token.size() - length + 1) == quote && lower(token.back()) == 't' &&
        is_letter(token[token.size() - length - 1]))
      return token.size() - length;
  }
  // 'm 're 've 'll 'd 's after a word.
  static constexpr std::array<std::string_view, 6> kClitics = {"m", "re", "ve", "ll", "d", "s"};
  for (const std::string_view clitic : kClitics) {
    if (!iends_with(token, clitic)) continue;
    const std::size_t rest = token.size() - clitic.size();
    for (const std::size_t quote : {std::size_t{1}, std::size_t{3}})
      if (rest > quote && apostrophe_at(token, rest - quote) == quote &&
          is_letter(token[rest - quote - 1]))
        return rest - quote;
  }
  if (iequals(token, "cannot")) return 3;
  if (iequals(token, "gonna") || iequals(token, "wanna") || iequals(token, "gotta")) return 3;
  return 0;
}

// UD keeps a word whole after these prefixes ("e-mail", "non-profit", "anti-war").
bool is_kept_prefix(std::string_view word) {
  static constexpr std::array<std::string_view, 19> kPrefixes = {
      "e",     "non", "pre", "anti", "re",  "mid",   "post",  "co",    "over", "pro",
      "multi", "ex",  "sub", "semi", "neo", "cross", "micro", "intra", "vice"};
  for (const std::string_view prefix : kPrefixes)
    if (iequals(word, prefix)) return true;
  return false;
}

bool is_digits(std::string_view text) {
  return !text.empty() &&
         std::all_of(text.begin(), text.end(), [](char c) { return c >= '0' && c <= '9'; });
}

bool is_punctuation(std::string_view token) {
  return token.size() == 1 && !is_letter(token[0]) && !(token[0] >= '0' && token[0] <= '9') &&
         static_cast<unsigned char>(token[0]) < 0x80;
}

}  // namespace

void parser_words(std::span<const std::string_view> tokens, std::vector<ParserWord>& out) {
  out.clear();
  for (std::size_t t = 0; t < tokens.size(); ++t) {
    const std::string_view token = tokens[t];
    // "..." "!!" "--": dyad has one token per mark; UD one word for the run.
    if (is_punctuation(token) && !out.empty() && out.back().last_token + 1 == t &&
        out.back().text.back() == token[0] && is_punctuation(out.back().text.substr(0, 1)) &&
        out.back().text.data() + out.back().text.size() == token.data() &&
        out.back().text.find_first_not_of(token[0]) == std::string_view::npos) {
      out.back().text = std::string_view(out.back().text.data(), out.back().text.size() + 1);
      out.back().last_token = t;
      continue;
    }
    // "256" "," "000": one number in UD.
    if (t + 2 < tokens.size() && is_digits(token) && tokens[t + 1] == "," &&
        tokens[t + 2].size() == 3 && is_digits(tokens[t + 2]) &&
        token.data() + token.size() == tokens[t + 1].data() &&
        tokens[t + 1].data() + 1 == tokens[t + 2].data()) {
      std::size_t last = t + 2;
      while (last + 2 < tokens.size() && tokens[last + 1] == "," && tokens[last + 2].size() == 3 &&
             is_digits(tokens[last + 2]) &&
             tokens[last].data() + tokens[last].size() == tokens[last + 1].data() &&
             tokens[last + 1].data() + 1 == tokens[last + 2].data())
        last += 2;
      const char* end = tokens[last].data() + tokens[last].size();
      out.push_back(
          {std::string_view(token.data(), static_cast<std::size_t>(end - token.data())), t, last});
      t = last;
      continue;
    }
    // Hyphenated compounds: letters-hyphen-letters are split at each hyphen, except after a
    // prefix UD keeps ("e-mail").
    std::size_t start = 0;
    for (std::size_t i = 1; i + 1 < token.size(); ++i) {
      if (token[i] == '-' && is_letter(token[i - 1]) && is_letter(token[i + 1]) &&
          !(start == 0 && is_kept_prefix(token.substr(0, i)))) {
        out.push_back({token.substr(start, i - start), t, t});
        out.push_back({token.substr(i, 1), t, t});
        start = i + 1;
      }
    }
    const std::string_view rest = token.substr(start);
    const std::size_t clitic = clitic_start(rest);
    if (clitic > 0) {
      out.push_back({rest.substr(0, clitic), t, t});
      out.push_back({rest.substr(clitic), t, t});
    } else {
      out.push_back({rest, t, t});
    }
  }
}

}  // namespace dyad::parse
