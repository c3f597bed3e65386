// Constants and helpers shared by the clause layer's translation units (syntax.cc, the roles;
// syntax_words.cc, words and clauses; syntax_phrases.cc, the noun phrases).
#pragma once

#include <algorithm>
#include <cstddef>
#include <vector>

namespace dyad::syntax_detail {

constexpr std::size_t kNone = static_cast<std::size_t>(-1);
constexpr int kMaxClimb = 5;  // predicates walked up for a subject ("conj > xcomp > …")
constexpr int kMaxDepth = 4;  // modifiers walked down inside a noun phrase

inline void sort_unique(std::vector<std::size_t>& v) {
  std::sort(v.begin(), v.end());
  v.erase(std::unique(v.begin(), v.end()), v.end());
}

}  // namespace dyad::syntax_detail
