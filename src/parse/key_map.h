// A map from 64-bit word hashes to small values in one flat array (open addressing), for the
// tagger's per-word lookups (its tag dictionary and ambiguity classes): a node-based
// std::unordered_map costs a division and a pointer chase on every one of them.
#pragma once

#include <cstdint>
#include <unordered_map>
#include <vector>

#include "parse/weights.h"

namespace dyad::parse {

template <typename V>
class KeyMap {
 public:
  struct Entry {
    std::uint64_t key = 0;
    V value{};
    bool used = false;
  };

  KeyMap() = default;
  KeyMap(const std::unordered_map<std::uint64_t, V>& from) {  // NOLINT: implicit by design
    for (const auto& [key, value] : from) emplace(key, value);
  }

  // Adds the pair unless the key is there already.
  void emplace(std::uint64_t key, V value) {
    if (find(key) != nullptr) return;
    if ((size_ + 1) * 2 > slots_.size()) grow();
    place({key, value, true});
    ++size_;
  }
  // Room for `count` pairs without growing (loading knows how many are coming).
  void reserve(std::size_t count) {
    std::size_t slots = slots_.empty() ? 16 : slots_.size();
    while (count * 2 > slots) slots *= 2;
    if (slots == slots_.size()) return;
    std::vector<Entry> old = std::move(slots_);
    slots_.assign(slots, Entry{});
    for (const Entry& e : old)
      if (e.used) place(e);
  }
  const V* find(std::uint64_t key) const {
    if (slots_.empty()) return nullptr;
    const std::size_t mask = slots_.size() - 1;
    for (std::size_t at = mix64(key) & mask;; at = (at + 1) & mask) {
      const Entry& e = slots_[at];
      if (!e.used) return nullptr;
      if (e.key == key) return &e.value;
    }
  }
  std::size_t size() const { return size_; }
  // Every pair, in no particular order.
  std::vector<std::pair<std::uint64_t, V>> pairs() const {
    std::vector<std::pair<std::uint64_t, V>> out;
    out.reserve(size_);
    for (const Entry& e : slots_)
      if (e.used) out.emplace_back(e.key, e.value);
    return out;
  }

 private:
  void place(const Entry& entry) {
    const std::size_t mask = slots_.size() - 1;
    std::size_t at = mix64(entry.key) & mask;
    while (slots_[at].used) at = (at + 1) & mask;
    slots_[at] = entry;
  }
  void grow() { reserve(slots_.empty() ? 8 : slots_.size()); }

  std::vector<Entry> slots_;  // power-of-two size, at most half full
  std::size_t size_ = 0;
};

}  // namespace dyad::parse
