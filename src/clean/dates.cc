#include "clean/dates.h"

#include <unicode/dtfmtsym.h>
#include <unicode/locid.h>
#include <unicode/unistr.h>

#include <array>
#include <cctype>
#include <chrono>
#include <string>
#include <vector>

#include "util/utf8.h"

namespace dyad {

namespace {

// English month and weekday names (full and abbreviated), lower-cased, from ICU.
struct CalendarNames {
  std::vector<std::pair<std::string, unsigned>> months;  // name → 1..12
  std::vector<std::string> weekdays;

  CalendarNames() {
    UErrorCode status = U_ZERO_ERROR;
    icu::DateFormatSymbols symbols(icu::Locale::getEnglish(), status);
    auto add_months = [&](const icu::UnicodeString* names, int32_t count) {
      for (int32_t i = 0; i < count && i < 12; ++i) {
        std::string name;
        names[i].toUTF8String(name);
        months.emplace_back(lower_ascii(name), static_cast<unsigned>(i + 1));
      }
    };
    auto add_weekdays = [&](const icu::UnicodeString* names, int32_t count) {
      for (int32_t i = 1; i < count; ++i) {  // index 0 is empty in ICU's weekday arrays
        std::string name;
        names[i].toUTF8String(name);
        weekdays.push_back(lower_ascii(name));
      }
    };
    if (U_FAILURE(status)) return;  // no ICU data: only ISO dates will parse
    int32_t count = 0;
    const icu::UnicodeString* list = symbols.getMonths(count);
    add_months(list, count);
    list = symbols.getShortMonths(count);
    add_months(list, count);
    list = symbols.getWeekdays(count);
    add_weekdays(list, count);
    list = symbols.getShortWeekdays(count);
    add_weekdays(list, count);
    months.emplace_back("sept", 9u);  // common in news copy, not in ICU's English symbols
  }
};

const CalendarNames& names() {
  static const CalendarNames instance;
  return instance;
}

// Splits into word and number tokens, lower-cased; punctuation separates.
std::vector<std::string> tokens_of(std::string_view text) {
  std::vector<std::string> tokens;
  std::string current;
  auto flush = [&] {
    if (!current.empty()) tokens.push_back(std::move(current));
    current.clear();
  };
  for (const char c : text) {
    const auto u = static_cast<unsigned char>(c);
    if (std::isalnum(u)) {
      current += static_cast<char>(std::tolower(u));
    } else {
      flush();
    }
  }
  flush();
  return tokens;
}

std::optional<unsigned> month_of(const std::string& token) {
  for (const auto& [name, month] : names().months)
    if (token == name) return month;
  return std::nullopt;
}

bool is_weekday(const std::string& token) {
  for (const auto& name : names().weekdays)
    if (token == name) return true;
  return false;
}

// "20", "20th", "1st" → day number.
std::optional<unsigned> day_of(const std::string& token) {
  std::size_t digits = 0;
  while (digits < token.size() && std::isdigit(static_cast<unsigned char>(token[digits]))) ++digits;
  if (digits == 0 || digits > 2) return std::nullopt;
  const std::string suffix = token.substr(digits);
  if (!suffix.empty() && suffix != "st" && suffix != "nd" && suffix != "rd" && suffix != "th")
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
  std::optional<unsigned> day, month, year;
  // Month-first: "april 20 2024".
  if (i + 2 < tokens.size() && (month = month_of(tokens[i])) && (day = day_of(tokens[i + 1])) &&
      (year = year_of(tokens[i + 2]))) {
    i += 3;
  } else {
    // Day-first: "20 april 2024", "20th of april 2024".
    i = start;
    month.reset();
    if (i < tokens.size() && (day = day_of(tokens[i]))) {
      ++i;
      if (i < tokens.size() && tokens[i] == "of") ++i;
      if (i + 1 < tokens.size() && (month = month_of(tokens[i])) && (year = year_of(tokens[i + 1])))
        i += 2;
      else
        return std::nullopt;
    } else {
      return std::nullopt;
    }
  }
  auto date = format_ymd(*year, *month, *day);
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
