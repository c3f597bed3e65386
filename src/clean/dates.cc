#include "clean/dates.h"

#include <unicode/dtfmtsym.h>
#include <unicode/locid.h>
#include <unicode/unistr.h>

#include <cctype>
#include <chrono>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "util/utf8.h"

namespace dyad {

namespace {

// Month and weekday names (full and abbreviated), lower-cased, from ICU, in the languages of the
// news pages dyad meets most: a German byline says "am 21. April 2020", a Spanish one
// "21 de abril de 2020". English first, so that its names win where languages share one.
constexpr const char* kDateLanguages[] = {"en", "de", "fr", "es", "it", "pt", "nl"};

std::string lower_utf8(const icu::UnicodeString& name) {
  std::string out;
  icu::UnicodeString(name).toLower(icu::Locale::getRoot()).toUTF8String(out);
  while (!out.empty() && out.back() == '.') out.pop_back();  // "janv." → "janv"
  return out;
}

struct CalendarNames {
  std::unordered_map<std::string, unsigned> months;  // name → 1..12
  std::unordered_set<std::string> weekdays;

  CalendarNames() {
    for (const char* language : kDateLanguages) add_language(icu::Locale(language));
    months.emplace("sept", 9u);  // common in news copy, not in ICU's English symbols
  }

 private:
  void add_language(const icu::Locale& locale) {
    UErrorCode status = U_ZERO_ERROR;
    icu::DateFormatSymbols symbols(locale, status);
    if (U_FAILURE(status)) return;  // no ICU data for it: its names are not read
    auto add_months = [&](const icu::UnicodeString* names, int32_t count) {
      for (int32_t i = 0; i < count && i < 12; ++i) {
        // emplace keeps the first language's month where two share a name
        if (std::string name = lower_utf8(names[i]); name.size() > 1)
          months.emplace(std::move(name), static_cast<unsigned>(i + 1));
      }
    };
    auto add_weekdays = [&](const icu::UnicodeString* names, int32_t count) {
      for (int32_t i = 1; i < count; ++i)  // index 0 is empty in ICU's weekday arrays
        weekdays.insert(lower_utf8(names[i]));
    };
    int32_t count = 0;
    const icu::UnicodeString* list = symbols.getMonths(count);
    add_months(list, count);
    list = symbols.getShortMonths(count);
    add_months(list, count);
    list = symbols.getWeekdays(count);
    add_weekdays(list, count);
    list = symbols.getShortWeekdays(count);
    add_weekdays(list, count);
  }
};

const CalendarNames& names() {
  static const CalendarNames instance;
  return instance;
}

// Splits into word and number tokens, ASCII-lower-cased; ASCII punctuation separates, non-ASCII
// bytes belong to words ("März"). A capital non-ASCII initial ("Ábril") stays as it is.
std::vector<std::string> tokens_of(std::string_view text) {
  std::vector<std::string> tokens;
  std::string current;
  auto flush = [&] {
    if (!current.empty()) tokens.push_back(std::move(current));
    current.clear();
  };
  for (const char c : text) {
    const auto u = static_cast<unsigned char>(c);
    if (std::isalnum(u) || u >= 0x80) {
      current += static_cast<char>(std::tolower(u));
    } else {
      flush();
    }
  }
  flush();
  return tokens;
}

std::optional<unsigned> month_of(const std::string& token) {
  const auto& months = names().months;
  if (const auto it = months.find(token); it != months.end()) return it->second;
  return std::nullopt;
}

bool is_weekday(const std::string& token) {
  return names().weekdays.count(token) > 0;
}

// Words between day, month and year: "20th of April", "21 de abril de 2020".
bool is_connector(const std::string& token) {
  return token == "of" || token == "de" || token == "del";
}

// "20", "20th", "1st", "1er" → day number.
std::optional<unsigned> day_of(const std::string& token) {
  std::size_t digits = 0;
  while (digits < token.size() && std::isdigit(static_cast<unsigned char>(token[digits]))) ++digits;
  if (digits == 0 || digits > 2) return std::nullopt;
  const std::string suffix = token.substr(digits);
  if (!suffix.empty() && suffix != "st" && suffix != "nd" && suffix != "rd" && suffix != "th" &&
      suffix != "er")
    return std::nullopt;
  return static_cast<unsigned>(std::stoul(token.substr(0, digits)));
}

std::optional<unsigned> year_of(const std::string& token) {
  if (token.size() != 4) return std::nullopt;
  for (const char c : token)
    if (!std::isdigit(static_cast<unsigned char>(c))) return std::nullopt;
  const auto year = static_cast<unsigned>(std::stoul(token));
  if (year < 1800 || year > 2200) return std::nullopt;
  return year;
}

std::optional<std::string> format_ymd(unsigned year, unsigned month, unsigned day) {
  const std::chrono::year_month_day ymd{std::chrono::year(static_cast<int>(year)),
                                        std::chrono::month(month), std::chrono::day(day)};
  if (!ymd.ok()) return std::nullopt;
  char out[32];  // room for any unsigned values, though callers pass valid dates
  std::snprintf(out, sizeof out, "%04u-%02u-%02u", year, month, day);
  return std::string(out);
}

std::optional<std::string> parse_iso(std::string_view text) {
  if (text.size() < 10 || text[4] != '-' || text[7] != '-') return std::nullopt;
  for (const std::size_t i : {0, 1, 2, 3, 5, 6, 8, 9})
    if (!std::isdigit(static_cast<unsigned char>(text[i]))) return std::nullopt;
  if (text.size() > 10 && text[10] != 'T' && text[10] != ' ') return std::nullopt;
  const auto number = [&](std::size_t at, std::size_t n) {
    return static_cast<unsigned>(std::stoul(std::string(text.substr(at, n))));
  };
  return format_ymd(number(0, 4), number(5, 2), number(8, 2));
}

struct Found {
  std::string date;
  std::size_t used = 0;  // tokens that were part of the date (weekday included)
};

std::optional<Found> parse_tokens(const std::vector<std::string>& tokens) {
  std::size_t i = 0;
  if (i < tokens.size() && is_weekday(tokens[i])) ++i;
  const std::size_t start = i;
  // Each reader stores its value and says whether the token was one.
  unsigned day = 0, month = 0, year = 0;
  const auto read = [&](std::optional<unsigned> (*reader)(const std::string&), std::size_t at,
                        unsigned& value) {
    if (at >= tokens.size()) return false;
    const auto got = reader(tokens[at]);
    value = got.value_or(0);
    return got.has_value();
  };
  if (read(month_of, i, month) && read(day_of, i + 1, day) && read(year_of, i + 2, year)) {
    i += 3;  // month first: "april 20 2024"
  } else {
    // Day first: "20 april 2024", "20th of april 2024", "21 de abril de 2020".
    i = start;
    if (!read(day_of, i++, day)) return std::nullopt;
    if (i < tokens.size() && is_connector(tokens[i])) ++i;
    if (!read(month_of, i++, month)) return std::nullopt;
    if (i < tokens.size() && is_connector(tokens[i])) ++i;
    if (!read(year_of, i++, year)) return std::nullopt;
  }
  auto date = format_ymd(year, month, day);
  if (!date) return std::nullopt;
  return Found{*date, i};
}

// Tokens allowed after a date on a date-only line: a time and a zone.
bool is_time_token(const std::string& token) {
  if (token == "am" || token == "pm" || token == "gmt" || token == "utc" || token == "est" ||
      token == "edt" || token == "bst" || token == "cet" || token == "irst" || token == "at")
    return true;
  for (const char c : token)
    if (!std::isdigit(static_cast<unsigned char>(c))) return false;
  return token.size() <= 2;
}

}  // namespace

std::optional<std::string> parse_date(std::string_view text) {
  while (!text.empty() && std::isspace(static_cast<unsigned char>(text.front())))
    text.remove_prefix(1);
  if (auto iso = parse_iso(text)) return iso;
  const auto found = parse_tokens(tokens_of(text));
  if (!found) return std::nullopt;
  return found->date;
}

std::optional<std::string> date_in_url(std::string_view url) {
  const std::size_t scheme = url.find("://");
  const std::size_t path = url.find('/', scheme == std::string_view::npos ? 0 : scheme + 3);
  if (path == std::string_view::npos) return std::nullopt;
  url = url.substr(0, url.find_first_of("?#"));
  // Reads 1-`max` digits at `at`; returns the count read (0 when none).
  const auto digits = [&](std::size_t at, std::size_t max, unsigned& value) {
    std::size_t n = 0;
    value = 0;
    while (at + n < url.size() && n < max && std::isdigit(static_cast<unsigned char>(url[at + n])))
      value = value * 10 + static_cast<unsigned>(url[at + n++] - '0');
    const bool more = at + n < url.size() && std::isdigit(static_cast<unsigned char>(url[at + n]));
    return more ? 0 : n;
  };
  for (std::size_t at = path; at < url.size(); ++at) {
    if (url[at] != '/') continue;
    unsigned year = 0, month = 0, day = 0;
    std::size_t i = at + 1;
    if (digits(i, 4, year) != 4 || year < 1990 || year > 2100 || i + 4 >= url.size()) continue;
    const char separator = url[i + 4];
    if (separator != '/' && separator != '-') continue;
    i += 5;
    const std::size_t month_digits = digits(i, 2, month);
    if (month_digits == 0 || i + month_digits >= url.size() || url[i + month_digits] != separator)
      continue;
    i += month_digits + 1;
    const std::size_t day_digits = digits(i, 2, day);
    if (day_digits == 0) continue;
    i += day_digits;
    if (i < url.size() && url[i] != '/' && url[i] != '-' && url[i] != '.') continue;
    if (auto date = format_ymd(year, month, day)) return date;
  }
  return std::nullopt;
}

bool is_date_line(std::string_view line) {
  const auto tokens = tokens_of(line);
  if (tokens.empty()) return false;
  std::size_t used = 0;
  const auto first = line.find_first_not_of(" \t");
  if (first != std::string_view::npos && parse_iso(line.substr(first))) {
    used = 3;  // yyyy mm dd
  } else if (const auto found = parse_tokens(tokens)) {
    used = found->used;
  } else {
    return false;
  }
  for (std::size_t i = used; i < tokens.size(); ++i)
    if (!is_time_token(tokens[i])) return false;
  return true;
}

}  // namespace dyad
