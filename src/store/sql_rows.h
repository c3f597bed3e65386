// Reading the columns of SqlEventStore rows (every column comes back as text; NULL = nullopt).
#pragma once

#include <cstdint>
#include <optional>
#include <string>

namespace dyad {

inline std::int64_t integer(const std::optional<std::string>& field) {
  return field ? std::stoll(*field) : 0;
}

inline double real(const std::optional<std::string>& field) {
  return field ? std::stod(*field) : 0.0;
}

inline std::string text(const std::optional<std::string>& field) {
  return field.value_or("");
}

}  // namespace dyad
