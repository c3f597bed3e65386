// JSON Lines: any line is a document or one error.
#include "fuzz/fuzz_input.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  return dyad::fuzz::ingest_as("input.jsonl", dyad::fuzz::as_text(data, size));
}
