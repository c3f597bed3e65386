// Small text helpers shared by the corpus converters in bench/ (reuters_to_jsonl,
// guardian_to_jsonl, jsonl_repeat): Latin-1 and UTF-8 repair, SGML entity decoding, dates.
// Header-only so each converter stays one translation unit; tested by tests/bench/.
#pragma once

#include <cstdint>
#include <cstdio>
#include <fstream>
#include <optional>
#include <sstream>
#include <stdexcept>
#include <string>
#include <string_view>

namespace dyad::bench {

inline std::string read_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw std::runtime_error("cannot read " + path);
  std::ostringstream buffer;
  buffer << in.rdbuf();
  return buffer.str();
}

inline void append_utf8(std::string& out, std::uint32_t cp) {
  if (cp < 0x80) {
    out += static_cast<char>(cp);
  } else if (cp < 0x800) {
    out += static_cast<char>(0xC0 | (cp >> 6));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else if (cp < 0x10000) {
    out += static_cast<char>(0xE0 | (cp >> 12));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else {
    out += static_cast<char>(0xF0 | (cp >> 18));
    out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  }
}

// What one code point becomes in the converted text: C0 controls other than tab, newline and
// carriage return are dropped (Reuters wraps stories in &#2; ... &#3; and has &#5;, &#22;,
// &#31; line noise); DEL (&#127;, 49 times in Reuters, where a character was lost on the wire —
// "dlr&#127;untied") becomes a space; C1 controls are dropped; everything else is kept.
inline void append_clean(std::string& out, std::uint32_t cp) {
  if (cp == '\t' || cp == '\n' || cp == '\r') {
    out += static_cast<char>(cp);
  } else if (cp < 0x20 || (cp >= 0x80 && cp < 0xA0)) {
    return;
  } else if (cp == 0x7F) {
    out += ' ';
  } else if (cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) {
    append_utf8(out, 0xFFFD);
  } else {
    append_utf8(out, cp);
  }
}

// Latin-1 bytes (ASCII is a subset) → UTF-8, decoding the SGML entities Reuters-21578 uses:
// &lt; &gt; &amp; &quot; &apos; and numeric &#N; / &#xN;. An '&' that starts no known entity is
// kept as is.
inline std::string decode_sgml_latin1(std::string_view in) {
  std::string out;
  out.reserve(in.size());
  for (std::size_t i = 0; i < in.size(); ++i) {
    const auto byte = static_cast<unsigned char>(in[i]);
    if (byte == '&') {
      const std::size_t semi = in.find(';', i + 1);
      if (semi != std::string_view::npos && semi - i <= 10) {
        const std::string_view name = in.substr(i + 1, semi - i - 1);
        std::optional<std::uint32_t> cp;
        if (name == "lt") cp = '<';
        else if (name == "gt") cp = '>';
        else if (name == "amp") cp = '&';
        else if (name == "quot") cp = '"';
        else if (name == "apos") cp = '\'';
        else if (name.size() >= 2 && name[0] == '#') {
          const bool hex = name[1] == 'x' || name[1] == 'X';
          const std::string_view digits = name.substr(hex ? 2 : 1);
          std::uint32_t value = 0;
          bool ok = !digits.empty();
          for (char c : digits) {
            int d;
            if (c >= '0' && c <= '9') d = c - '0';
            else if (hex && c >= 'a' && c <= 'f') d = c - 'a' + 10;
            else if (hex && c >= 'A' && c <= 'F') d = c - 'A' + 10;
            else { ok = false; break; }
            value = value * (hex ? 16 : 10) + static_cast<std::uint32_t>(d);
            if (value > 0x10FFFF) value = 0x110000;  // clamp; append_clean makes it U+FFFD
          }
          if (ok) cp = value;
        }
        if (cp) {
          append_clean(out, *cp);
          i = semi;
          continue;
        }
      }
    }
    append_clean(out, byte);  // a Latin-1 byte is its own code point
  }
  return out;
}

// Makes `in` valid UTF-8 with no stray control characters: valid sequences are kept, each byte
// of an invalid one becomes U+FFFD. Returns the number of invalid bytes replaced.
inline std::size_t repair_utf8(std::string_view in, std::string& out) {
  out.clear();
  out.reserve(in.size());
  std::size_t bad = 0;
  for (std::size_t i = 0; i < in.size();) {
    const auto b = static_cast<unsigned char>(in[i]);
    std::size_t len = 0;
    std::uint32_t cp = 0;
    if (b < 0x80) len = 1, cp = b;
    else if (b >= 0xC2 && b <= 0xDF) len = 2, cp = b & 0x1F;
    else if (b >= 0xE0 && b <= 0xEF) len = 3, cp = b & 0x0F;
    else if (b >= 0xF0 && b <= 0xF4) len = 4, cp = b & 0x07;
    bool ok = len > 0 && i + len <= in.size();
    for (std::size_t k = 1; ok && k < len; ++k) {
      const auto c = static_cast<unsigned char>(in[i + k]);
      if ((c & 0xC0) != 0x80) ok = false;
      cp = (cp << 6) | (c & 0x3F);
    }
    if (ok && ((len == 3 && cp < 0x800) || (len == 4 && (cp < 0x10000 || cp > 0x10FFFF)) ||
               (cp >= 0xD800 && cp <= 0xDFFF)))
      ok = false;
    if (!ok) {
      append_utf8(out, 0xFFFD);
      ++bad;
      ++i;
      continue;
    }
    append_clean(out, cp);
    i += len;
  }
  return bad;
}

// "26-FEB-1987 15:01:01.79" (day may be one digit or space-padded) → "1987-02-26"; nullopt when
// the text does not start with DD-MON-YYYY.
inline std::optional<std::string> reuters_date(std::string_view text) {
  while (!text.empty() && (text.front() == ' ' || text.front() == '\t')) text.remove_prefix(1);
  const std::size_t dash1 = text.find('-');
  if (dash1 == std::string_view::npos || dash1 == 0 || dash1 > 2) return std::nullopt;
  int day = 0;
  for (std::size_t i = 0; i < dash1; ++i) {
    if (text[i] < '0' || text[i] > '9') return std::nullopt;
    day = day * 10 + (text[i] - '0');
  }
  if (text.size() < dash1 + 9 || text[dash1 + 4] != '-') return std::nullopt;
  std::string mon(text.substr(dash1 + 1, 3));
  for (char& c : mon) c = static_cast<char>(c >= 'a' && c <= 'z' ? c - 32 : c);
  static constexpr std::string_view kMonths[] = {"JAN", "FEB", "MAR", "APR", "MAY", "JUN",
                                                 "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"};
  int month = 0;
  for (int m = 0; m < 12; ++m)
    if (mon == kMonths[m]) month = m + 1;
  const std::string_view year = text.substr(dash1 + 5, 4);
  for (char c : year)
    if (c < '0' || c > '9') return std::nullopt;
  if (month == 0 || day < 1 || day > 31) return std::nullopt;
  char buffer[32];
  std::snprintf(buffer, sizeof buffer, "%.*s-%02d-%02d", 4, year.data(), month, day);
  return std::string(buffer);
}

inline std::string_view trim(std::string_view s) {
  while (!s.empty() && static_cast<unsigned char>(s.front()) <= ' ') s.remove_prefix(1);
  while (!s.empty() && static_cast<unsigned char>(s.back()) <= ' ') s.remove_suffix(1);
  return s;
}

}  // namespace dyad::bench
