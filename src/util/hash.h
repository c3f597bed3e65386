// FNV-1a 64: a small, stable, dependency-free hash for change detection (document content,
// the data fingerprint, compiled-automaton cache keys). Not for security.
#pragma once

#include <cstdint>
#include <cstdio>
#include <optional>
#include <string>
#include <string_view>

namespace dyad {

class Fnv1a64 {
 public:
  void add(std::string_view text) {
    for (const char c : text) {
      hash_ ^= static_cast<unsigned char>(c);
      hash_ *= 1099511628211ull;
    }
  }
  // A field separator no UTF-8 text contains, so ("ab", "c") and ("a", "bc") differ.
  void add_field(const std::optional<std::string>& field) {
    add(field ? std::string_view(*field) : std::string_view("\xff\xfe"));
    add("\xff");
  }
  void add_field(std::string_view field) {
    add(field);
    add("\xff");
  }
  void add_field(const std::string& field) { add_field(std::string_view(field)); }
  void add_field(const char* field) { add_field(std::string_view(field)); }
  std::uint64_t value() const { return hash_; }
  std::string hex() const {
    char out[17];
    std::snprintf(out, sizeof out, "%016llx", static_cast<unsigned long long>(hash_));
    return out;
  }

 private:
  std::uint64_t hash_ = 14695981039346656037ull;
};

}  // namespace dyad
