// Document: one article as ingested, before cleaning. The first type a newcomer reads.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

namespace dyad {

// A byte range [begin, end) into some text (which text is said where the span is used).
struct Span {
  std::size_t begin = 0;
  std::size_t end = 0;
  bool operator==(const Span&) const = default;
};

// Something taken out of an article on the way to its body, and why.
struct Removed {
  std::string text;          // what was removed (may be shortened for very long blocks)
  std::string rule;          // id of the rule that removed it, e.g. "furniture.top_of_page"
  std::string reason;        // one short sentence a reader understands
  std::optional<Span> span;  // where it was in Document::text, when it was there at all
};

// What the source itself says about the article (HTML meta tags, JSONL fields, WARC headers).
struct DocumentMeta {
  std::optional<std::string> title;
  std::optional<std::string> date;  // as given by the source: ISO 8601 or free text
  std::string date_source;          // where in the page the date was, e.g. "JSON-LD datePublished"
  std::optional<std::string> url;
  std::optional<std::string> source;  // outlet / site name
  // A date the user supplied for documents that carry none (`--date`, `--date-from-path`):
  // used only when neither the metadata nor a byline dates the article. YYYY-MM-DD.
  std::optional<std::string> fallback_date;
  std::string fallback_basis;  // where it came from, e.g. "--date", "path 2019/03/14"
};

struct Document {
  std::string id;                  // file stem, JSONL "id", or WARC-Record-ID
  std::string origin;              // where it came from: "path", "path:line", "path@offset"
  std::string format;              // "txt", "html", "jsonl", "warc"
  std::string text;                // valid UTF-8; for HTML, the text extracted from the page
  std::string encoding = "utf-8";  // what the bytes were read as, e.g. "windows-1252"
  std::string encoding_basis;      // what decided it, e.g. "<meta charset>", "detected (...)"
  std::string language = "un";     // ISO 639-1 code of the text's language (CLD2), "un" unknown
  bool language_reliable = false;  // CLD2 was confident: only then is a document "not English"
  DocumentMeta meta;
  std::vector<Removed> removed;       // blocks dropped while extracting text (HTML only)
  std::vector<std::string> warnings;  // repaired problems, e.g. invalid UTF-8 replaced
};

}  // namespace dyad
