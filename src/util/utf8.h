// UTF-8 helpers shared by the stages.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace dyad {

// How many valid multi-byte sequences and invalid sequences `text` holds.
struct Utf8Census {
  std::size_t multibyte = 0;  // valid sequences of 2-4 bytes
  std::size_t invalid = 0;
};
Utf8Census utf8_census(std::string_view text);

// Whether `text` is entirely valid UTF-8.
bool is_valid_utf8(std::string_view text);

// Replaces every invalid UTF-8 sequence with U+FFFD. Returns how many were replaced;
// valid input is left untouched (and not copied).
std::size_t repair_utf8(std::string& text);

// A name from outside (a file name, a header value) made safe to print on one line and to store
// as UTF-8 text: each byte of an invalid UTF-8 sequence and each ASCII control character becomes
// "\xHH" (so two names that differ only in such bytes stay different).
std::string printable_name(std::string_view name);

// Cuts `text` to at most `max_bytes` without splitting a character, adding "…" when cut.
std::string shorten_utf8(std::string_view text, std::size_t max_bytes);

// ASCII letters lower-cased (or upper-cased); other bytes, UTF-8 included, unchanged.
// Whether every byte of `text` is ASCII.
bool is_ascii(std::string_view text);
std::string lower_ascii(std::string_view text);
// `word` without its accents ("Erdoğan" → "Erdogan", "Kandahār" → "Kandahar"): decomposed
// (NFD), combining marks dropped. Letters that are no base letter plus a mark stay ("ß", "ı").
void fold_accents(std::string_view word, std::string& out);
// Whether the first character is an upper-case letter (any script: "Şanlıurfa", "Åland").
bool is_capitalized(std::string_view word);
std::string upper_ascii(std::string_view text);

// Code points in `text` (valid UTF-8): the length Python and R give the same string, so a
// byte offset b into text becomes the code-point offset code_points(text.substr(0, b)).
std::size_t code_points(std::string_view text);

// Appends code point `cp` (at most U+10FFFF, not a surrogate) encoded as UTF-8.
void append_utf8(std::string& out, std::uint32_t cp);

// Trims ASCII and Unicode spaces (incl. U+00A0 no-break space) from both ends.
std::string_view trim(std::string_view text);

}  // namespace dyad
