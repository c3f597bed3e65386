// Ingest: files and directories in, Documents out, one at a time (nothing holds the corpus).
#pragma once

#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <functional>
#include <string>
#include <vector>

#include "ingest/document.h"
#include "ingest/encoding.h"

namespace dyad {

// A document (or a whole file) that could not be read. Processing goes on with the rest.
struct IngestError {
  std::string document;  // the document's origin, e.g. "dir/a.jsonl:17"
  std::string message;   // the cause, one line
};

struct IngestOptions {
  // Larger documents are refused with an error instead of being loaded (a 100 MB single-line
  // "article" is a broken scrape, and would stall every later stage).
  std::size_t max_document_bytes = 8u << 20;
};

// A file that is not an article (a note, a list, a format dyad has no reader for): neither
// coded nor an error, but reported so that nothing is skipped silently.
struct NotAnArticle {
  std::string file;
  std::string reason;  // one line
};

struct IngestCallbacks {
  std::function<void(Document&&)> on_document;
  std::function<void(IngestError&&)> on_error;
  std::function<void(NotAnArticle&&)> on_not_article;  // may be empty: then they are ignored
};

// Reads each input (a file, or a directory walked recursively in sorted order) and calls
// on_document / on_error for every document. Formats by extension: .txt, .html/.htm,
// .jsonl/.jsonl.gz, .warc/.warc.gz; other files inside directories are reported to
// on_not_article, other files named explicitly are read as text. Text that is not an article
// (not_an_article()) goes to on_not_article too.
void ingest(const std::vector<std::filesystem::path>& inputs, const IngestOptions& options,
            const IngestCallbacks& callbacks);

// The bytes of every file ingest() would read from `inputs` (for progress estimates).
std::uintmax_t input_bytes(const std::vector<std::filesystem::path>& inputs);

// Turns raw bytes into a Document's text: refuses empty and binary content, converts them to
// UTF-8 from the encoding they are in (encoding.h; sets doc.encoding and doc.encoding_basis),
// repairs what invalid UTF-8 remains (noting it in doc.warnings), normalises CRLF/CR line ends
// to LF. Returns an error message, or an empty string on success.
std::string prepare_text(std::string& bytes, const CharsetHints& hints, Document& doc);

}  // namespace dyad
