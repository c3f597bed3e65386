// Small text helpers shared by the corpus converters in bench/ (reuters_to_jsonl,
// guardian_to_jsonl, jsonl_repeat): UTF-8 repair and file reading. (Reuters SGML itself is read
// by the ingest stage's reader, src/ingest/reuters.h.)
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

#include "ingest/reuters.h"  // append_clean, shared with the Reuters reader

namespace dyad::bench {

inline std::string read_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw std::runtime_error("cannot read " + path);
  std::ostringstream buffer;
  buffer << in.rdbuf();
  return buffer.str();
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
    if (b < 0x80)
      len = 1, cp = b;
    else if (b >= 0xC2 && b <= 0xDF)
      len = 2, cp = b & 0x1F;
    else if (b >= 0xE0 && b <= 0xEF)
      len = 3, cp = b & 0x0F;
    else if (b >= 0xF0 && b <= 0xF4)
      len = 4, cp = b & 0x07;
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
      append_clean(out, 0xFFFD);
      ++bad;
      ++i;
      continue;
    }
    append_clean(out, cp);
    i += len;
  }
  return bad;
}

inline std::string_view trim(std::string_view s) {
  while (!s.empty() && static_cast<unsigned char>(s.front()) <= ' ') s.remove_prefix(1);
  while (!s.empty() && static_cast<unsigned char>(s.back()) <= ' ') s.remove_suffix(1);
  return s;
}

}  // namespace dyad::bench
