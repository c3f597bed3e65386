// Validation suites: a PETRARCH XML records file (first byte even) or a TABARI .text file (odd);
// any content reads or throws one std::runtime_error, never a crash or a leak.
#include "compat/validation_suites.h"
#include "fuzz/fuzz_input.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  if (size == 0) return 0;
  const auto file = dyad::fuzz::write_input(data[0] % 2 == 0 ? "suite.xml" : "suite.text",
                                            dyad::fuzz::as_text(data + 1, size - 1));
  try {
    dyad::read_validation_suite(file);
  } catch (const std::runtime_error&) {
    // a clear error is a fine answer
  }
  return 0;
}
