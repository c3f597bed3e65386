// WARC: any record is a document, skipped, or one error that ends the file.
#include "fuzz/fuzz_input.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  return dyad::fuzz::ingest_as("input.warc", dyad::fuzz::as_text(data, size));
}
