// gzip (through .jsonl.gz): any compressed stream reads, or ends with one error.
#include "fuzz/fuzz_input.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  return dyad::fuzz::ingest_as("input.jsonl.gz", dyad::fuzz::as_text(data, size));
}
