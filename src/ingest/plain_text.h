// Plain text written with a line break every ~65-80 characters (wire copy, e-mail, Reuters):
// the paragraphs under the line breaks, rebuilt.
#pragma once

#include <cstddef>
#include <string>

namespace dyad {

// When `text` is hard-wrapped, replaces each line break inside a paragraph with a space, in
// place: offsets into the text are unchanged. A paragraph ends at a blank line, before an
// indented line, and after a line that is short for the wrap width (a paragraph's last line,
// a headline, a sign-off). Text that is not hard-wrapped (one paragraph per line, short lists)
// is left alone. Returns how many line breaks were replaced.
std::size_t unwrap_hard_wrapped(std::string& text);

}  // namespace dyad
