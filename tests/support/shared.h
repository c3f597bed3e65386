// Access to ../shared (sample articles, peers' suites, corpora), which a user's clone lacks.
#pragma once

#include <gtest/gtest.h>

#include <filesystem>

namespace dyad::testing {

inline std::filesystem::path shared_dir() {
  return DYAD_SHARED_DIR;
}

// Skips the calling test, with a message saying what is missing, when ../shared/<sub> is absent.
#define DYAD_REQUIRE_SHARED(sub)                                                           \
  do {                                                                                     \
    if (!std::filesystem::exists(::dyad::testing::shared_dir() / (sub)))                   \
      GTEST_SKIP() << "needs " << (::dyad::testing::shared_dir() / (sub)).string()         \
                   << " (the shared test data beside the project root); not present here"; \
  } while (0)

// FNV-1a 64-bit, as 16 hex digits: golden files pin third-party bodies by hash, not by copy.
inline std::string fnv1a_hex(std::string_view text) {
  std::uint64_t hash = 14695981039346656037ull;
  for (const char c : text) {
    hash ^= static_cast<unsigned char>(c);
    hash *= 1099511628211ull;
  }
  char out[17];
  std::snprintf(out, sizeof out, "%016llx", static_cast<unsigned long long>(hash));
  return out;
}

}  // namespace dyad::testing
