// Averaged-perceptron weights over hashed features (64-bit feature keys, one weight per class).
// TrainingWeights learns with integer updates and lazy averaging (exact, so training is
// deterministic); freeze() averages, quantises to int16 and drops the weights that round to
// zero, giving the compact read-only FrozenWeights the model file stores.
#pragma once

#include <cstdint>
#include <span>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "parse/binary_io.h"

namespace dyad::parse {

inline std::uint64_t mix64(std::uint64_t x) {
  x ^= x >> 33;
  x *= 0xff51afd7ed558ccdULL;
  x ^= x >> 33;
  x *= 0xc4ceb9fe1a85ec53ULL;
  x ^= x >> 33;
  return x;
}

// FNV-1a: word and string hashes, and the model file's checksum.
inline std::uint64_t fnv1a(std::string_view bytes, std::uint64_t hash = 0xcbf29ce484222325ULL) {
  for (const unsigned char c : bytes) {
    hash ^= c;
    hash *= 0x100000001b3ULL;
  }
  return hash;
}

// The key of feature template `id` over up to three values. Never 0 (0 marks an empty slot).
inline std::uint64_t feature_key(std::uint64_t id, std::uint64_t a, std::uint64_t b = 0,
                                 std::uint64_t c = 0) {
  std::uint64_t h = mix64(id * 0x9e3779b97f4a7c15ULL + a);
  h = mix64(h ^ (b * 0xbf58476d1ce4e5b9ULL));
  h = mix64(h ^ (c * 0x94d049bb133111ebULL));
  return h | 1;
}

class FrozenWeights {
 public:
  FrozenWeights() = default;
  // Adds each feature's class weights to `scores` (one per class, zeroed by the caller).
  void score(std::span<const std::uint64_t> features, std::int32_t* scores) const;
  std::size_t feature_count() const { return keys_.size(); }
  std::size_t weight_count() const { return weights_.size(); }
  // A copy without the weights smaller than `min_magnitude` (quantised units), and without the
  // features left with none: a smaller model for a little accuracy.
  FrozenWeights pruned(int min_magnitude) const;

  void write(ByteWriter& out) const;
  static FrozenWeights read(ByteReader& in, int class_count);  // throws CorruptData

 private:
  friend class TrainingWeights;
  void build_table();

  // Feature i has the weights [begin_[i], begin_[i + 1]) of weights_. Class and value side by
  // side: one cache line fetch per feature when scoring.
  struct Weight {
    std::int16_t value;
    std::uint8_t cls;
    std::uint8_t last;  // 1 on a feature's last weight
  };
  std::vector<std::uint64_t> keys_;
  std::vector<std::uint32_t> begin_;
  std::vector<Weight> weights_;
  // 8 bytes: the key's low 32 bits (its top bits chose the slot; a false match among absent
  // features needs all 64 bits alike, about 2^-32 per probe) and the first weight.
  static constexpr std::uint32_t kEmpty = 0xffffffff;
  struct Slot {
    std::uint32_t check = 0;
    std::uint32_t begin = kEmpty;
  };
  std::vector<Slot> table_;  // open addressing, power-of-two size, at most half full
  int shift_ = 60;           // slot of a key: key >> shift_
};

class TrainingWeights {
 public:
  explicit TrainingWeights(int class_count) : class_count_(class_count) {}
  void score(std::span<const std::uint64_t> features, std::int64_t* scores) const;
  // One training instance seen (the averaging clock).
  void tick() { ++clock_; }
  // +1 to `truth`, -1 to `guess` for every feature.
  void update(std::span<const std::uint64_t> features, int truth, int guess);
  FrozenWeights freeze() const;
  int class_count() const { return class_count_; }

 private:
  struct Entry {
    std::uint16_t cls;
    std::int32_t weight;
    std::int64_t total;  // sum of the weight over the clock ticks up to `stamp`
    std::int64_t stamp;
  };
  void add(std::vector<Entry>& entries, int cls, int delta);

  int class_count_;
  std::int64_t clock_ = 0;
  std::unordered_map<std::uint64_t, std::vector<Entry>> features_;
};

}  // namespace dyad::parse
