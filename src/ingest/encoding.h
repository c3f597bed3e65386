// Character encodings: which one a document's bytes are in, and conversion to UTF-8 (ICU).
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace dyad {

// What the surroundings say about a document's encoding.
struct CharsetHints {
  bool html = false;              // look for <meta charset> / http-equiv in the first bytes
  std::string_view content_type;  // the HTTP Content-Type header (WARC), may be empty
};

// The encoding a document was read in, and what decided it.
struct DecodedCharset {
  std::string encoding;  // WHATWG-style lower-case name: "utf-8", "windows-1252", "shift_jis"
  std::string basis;     // "byte-order mark", "<meta charset>", "HTTP Content-Type",
                         // "detected (confidence N)", "valid UTF-8", "assumed UTF-8"
};

// Converts `bytes` to UTF-8 in place. Order: a byte-order mark; then, when the bytes are not
// valid UTF-8, the page's own <meta> declaration, the HTTP header, and ICU's charset detector
// for pages that declare nothing or declare wrongly. Valid UTF-8 with non-ASCII text is kept as
// UTF-8 whatever the page declares (legacy text is practically never valid UTF-8), and mostly-
// valid UTF-8 with a few broken sequences stays UTF-8 (the caller repairs those).
DecodedCharset decode_to_utf8(std::string& bytes, const CharsetHints& hints);

// The charset parameter of a Content-Type value ("text/html; charset=ISO-8859-2"), lower-cased,
// or empty.
std::string charset_parameter(std::string_view content_type);

// The charset an HTML page declares in its first 4 KB (<meta charset=...> or
// <meta http-equiv="Content-Type" content="...; charset=...">), lower-cased, or empty.
std::string declared_meta_charset(std::string_view html);

}  // namespace dyad
