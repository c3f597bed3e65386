// Reuters-21578 SGML (reut2-NNN.sgm, ../shared/corpora/reuters21578): each <REUTERS> story with
// a <BODY> is one document, with its <TITLE>, <DATE> and <DATELINE>. The files are Latin-1 with
// SGML entities (&lt; &amp; &#3; …) and control-character noise from the wire.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "ingest/document.h"

namespace dyad {

// One story of a Reuters-21578 file, or why it is not a document.
struct ReutersStory {
  std::size_t offset = 0;  // of its <REUTERS> tag in the file
  std::optional<Document> document;
  std::string problem;       // when there is no document: the cause, one line
  bool not_article = false;  // no document because the story holds no article (tables)
};

// Every <REUTERS> story in `sgml`, in file order. A document's id is "reuters-<NEWID>" (unique
// across the corpus), its origin "<path>@<offset>", its text the dateline ("SALVADOR, Feb 26 -")
// then the body, hard-wrapped lines joined into paragraphs; title and date (<DATE>
// 26-FEB-1987 → 1987-02-26) go to meta, source "Reuters". A brief (TYPE="BRIEF": a headline
// over "Blah blah blah.") is a document whose text is its headline. Unprocessed stories
// (TYPE="UNPROC": tables, not_article set) and stories whose tags are not closed come back with
// a problem and no document.
std::vector<ReutersStory> read_reuters_sgml(std::string_view sgml, const std::string& path);

// Whether `bytes` (a file's start) is Reuters-21578 SGML.
bool looks_like_reuters_sgml(std::string_view bytes);

// Latin-1 bytes (ASCII is a subset) → UTF-8, decoding the SGML entities Reuters-21578 uses:
// &lt; &gt; &amp; &quot; &apos; and numeric &#N; / &#xN;. An '&' that starts no known entity is
// kept as is. Control characters are cleaned as append_clean() says.
std::string decode_sgml_latin1(std::string_view in);

// What one code point becomes in cleaned corpus text, appended to `out` as UTF-8: C0 controls
// other than tab, newline and carriage return are dropped (Reuters wraps stories in &#2; … &#3;
// and has &#5;, &#22;, &#31; line noise); DEL (&#127;, 49 times in Reuters, where a character was
// lost on the wire — "dlr&#127;untied") becomes a space; C1 controls are dropped; surrogates and
// values past U+10FFFF become U+FFFD; everything else is kept.
void append_clean(std::string& out, std::uint32_t cp);

// "26-FEB-1987 15:01:01.79" (day may be one digit or space-padded) → "1987-02-26"; nullopt when
// the text does not start with DD-MON-YYYY.
std::optional<std::string> reuters_date(std::string_view text);

}  // namespace dyad
