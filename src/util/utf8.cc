#include "util/utf8.h"

#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <cctype>
#include <cstdint>
#include <cstring>

namespace dyad {

namespace {

constexpr std::string_view kReplacement = "\xEF\xBF\xBD";  // U+FFFD
constexpr std::uint64_t kHighBits = 0x8080808080808080;    // the top bit of each of eight bytes

// Calls visit(start, valid) for each non-ASCII sequence in order, until visit returns false.
template <typename Visit>
void for_each_non_ascii(std::string_view text, Visit visit) {
  const auto* bytes = reinterpret_cast<const uint8_t*>(text.data());
  const auto length = static_cast<int32_t>(text.size());
  int32_t i = 0;
  while (i < length) {
    // Eight bytes at a time while they are all ASCII: most of a page is ASCII markup.
    while (i + 8 <= length) {
      std::uint64_t word = 0;
      std::memcpy(&word, bytes + i, sizeof word);
      if (word & kHighBits) break;
      i += 8;
    }
    if (i == length) return;
    if (bytes[i] < 0x80) {
      ++i;
      continue;
    }
    const int32_t start = i;
    UChar32 c;
    U8_NEXT(bytes, i, length, c);
    if (!visit(static_cast<std::size_t>(start), c >= 0)) return;
  }
}

// Index of the first invalid sequence, or size() when the text is valid.
std::size_t first_invalid(std::string_view text) {
  std::size_t found = text.size();
  for_each_non_ascii(text, [&](std::size_t start, bool valid) {
    if (!valid) found = start;
    return valid;
  });
  return found;
}

}  // namespace

Utf8Census utf8_census(std::string_view text) {
  Utf8Census census;
  for_each_non_ascii(text, [&](std::size_t, bool valid) {
    ++(valid ? census.multibyte : census.invalid);
    return true;
  });
  return census;
}

bool is_valid_utf8(std::string_view text) {
  return first_invalid(text) == text.size();
}

std::size_t repair_utf8(std::string& text) {
  std::size_t bad = first_invalid(text);
  if (bad == text.size()) return 0;
  std::string out(text, 0, bad);
  out.reserve(text.size() + 16);
  const auto* bytes = reinterpret_cast<const uint8_t*>(text.data());
  const auto length = static_cast<int32_t>(text.size());
  auto i = static_cast<int32_t>(bad);
  std::size_t replaced = 0;
  while (i < length) {
    const int32_t start = i;
    UChar32 c;
    U8_NEXT(bytes, i, length, c);
    if (c < 0) {
      out += kReplacement;
      ++replaced;
    } else {
      out.append(text, static_cast<std::size_t>(start), static_cast<std::size_t>(i - start));
    }
  }
  text = std::move(out);
  return replaced;
}

std::string printable_name(std::string_view name) {
  const auto* bytes = reinterpret_cast<const uint8_t*>(name.data());
  const auto length = static_cast<int32_t>(name.size());
  std::string out;
  out.reserve(name.size());
  auto escape = [&out](uint8_t byte) {
    static constexpr char kHex[] = "0123456789ABCDEF";
    out += "\\x";
    out += kHex[byte >> 4];
    out += kHex[byte & 0xF];
  };
  int32_t i = 0;
  while (i < length) {
    const int32_t start = i;
    UChar32 c;
    U8_NEXT(bytes, i, length, c);
    if (c < 0) {
      for (int32_t b = start; b < i; ++b) escape(bytes[b]);
    } else if (c < 0x20 || c == 0x7F) {
      escape(static_cast<uint8_t>(c));
    } else {
      out.append(name.substr(static_cast<std::size_t>(start), static_cast<std::size_t>(i - start)));
    }
  }
  return out;
}

std::string shorten_utf8(std::string_view text, std::size_t max_bytes) {
  if (text.size() <= max_bytes) return std::string(text);
  std::size_t cut = max_bytes;
  // Step back over continuation bytes so the cut lands on a character boundary.
  while (cut > 0 && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80) --cut;
  return std::string(text.substr(0, cut)) + "…";
}

void fold_accents(std::string_view word, std::string& out) {
  out.clear();
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* nfd = icu::Normalizer2::getNFDInstance(status);
  if (U_FAILURE(status)) {
    out.assign(word);
    return;
  }
  const icu::UnicodeString decomposed =
      nfd->normalize(icu::UnicodeString::fromUTF8(
                         icu::StringPiece(word.data(), static_cast<int32_t>(word.size()))),
                     status);
  if (U_FAILURE(status)) {
    out.assign(word);
    return;
  }
  icu::UnicodeString kept;
  for (int32_t i = 0; i < decomposed.length();) {
    const UChar32 c = decomposed.char32At(i);
    if (u_charType(c) != U_NON_SPACING_MARK) kept.append(c);
    i += U16_LENGTH(c);
  }
  kept.toUTF8String(out);
}

bool is_capitalized(std::string_view word) {
  if (word.empty()) return false;
  int32_t i = 0;
  UChar32 c;
  U8_NEXT(reinterpret_cast<const uint8_t*>(word.data()), i, static_cast<int32_t>(word.size()), c);
  return c >= 0 && u_isupper(c);
}

bool is_ascii(std::string_view text) {
  return std::all_of(text.begin(), text.end(),
                     [](char c) { return static_cast<unsigned char>(c) < 0x80; });
}

std::string lower_ascii(std::string_view text) {
  std::string out(text);
  for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

std::string upper_ascii(std::string_view text) {
  std::string out(text);
  for (char& c : out) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  return out;
}

std::string_view trim(std::string_view text) {
  auto is_space_at_front = [](std::string_view t) -> std::size_t {
    if (t.empty()) return 0;
    const char c = t.front();
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v') return 1;
    if (t.starts_with("\xC2\xA0")) return 2;      // U+00A0
    if (t.starts_with("\xE2\x80\xAF")) return 3;  // U+202F
    if (t.starts_with("\xEF\xBB\xBF")) return 3;  // BOM / ZWNBSP
    return 0;
  };
  auto is_space_at_back = [](std::string_view t) -> std::size_t {
    if (t.empty()) return 0;
    const char c = t.back();
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v') return 1;
    if (t.ends_with("\xC2\xA0")) return 2;
    if (t.ends_with("\xE2\x80\xAF")) return 3;
    return 0;
  };
  while (std::size_t n = is_space_at_front(text)) text.remove_prefix(n);
  while (std::size_t n = is_space_at_back(text)) text.remove_suffix(n);
  return text;
}

std::size_t code_points(std::string_view text) {
  std::size_t count = 0;
  for (const char c : text)
    if ((static_cast<unsigned char>(c) & 0xC0) != 0x80) ++count;  // not a continuation byte
  return count;
}

void append_utf8(std::string& out, std::uint32_t cp) {
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

}  // namespace dyad
