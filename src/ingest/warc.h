// WARC (ISO 28500) reader: the HTML pages inside `response` records become Documents.
#pragma once

#include <filesystem>

#include "ingest/ingest.h"

namespace dyad {

// Reads a .warc or .warc.gz file (record-per-member gzip, as Common Crawl writes it).
// Non-response records and non-HTML responses are skipped; a malformed or truncated record
// is reported through on_error and ends the file (a WARC cannot be resynchronised safely).
void read_warc(const std::filesystem::path& path, const IngestOptions& options,
               const IngestCallbacks& callbacks);

}  // namespace dyad
