// Averaged-perceptron weights over hashed features (64-bit feature keys, one weight per class).
// TrainingWeights learns with integer updates and lazy averaging (exact, so training is
// deterministic); freeze() averages, quantises to int16 and drops the weights that round to
// zero, giving the compact read-only FrozenWeights the model file stores.
#pragma once

#include <cstdint>
#include <cstdlib>
#include <new>
#include <span>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

#include "util/binary_io.h"

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

// Memory for the large lookup tables built at load: 2 MB aligned and marked for transparent huge
// pages, so building a table of tens of megabytes takes a few page faults instead of thousands.
template <typename T>
struct HugePageAllocator {
  using value_type = T;
  HugePageAllocator() = default;
  template <typename U>
  HugePageAllocator(const HugePageAllocator<U>&) {}  // NOLINT: rebinding
  T* allocate(std::size_t n);
  void deallocate(T* p, std::size_t) { std::free(p); }
  template <typename U>
  bool operator==(const HugePageAllocator<U>&) const {
    return true;
  }
};

class FrozenWeights {
 public:
  FrozenWeights() = default;
  // Adds each feature's class weights to `scores` (one per class, zeroed by the caller).
  void score(std::span<const std::uint64_t> features, std::int32_t* scores) const;
  std::size_t feature_count() const;
  std::size_t weight_count() const;
  // A copy without the weights smaller than `min_magnitude` (quantised units), and without the
  // features left with none: a smaller model for a little accuracy. Only for weights as trained
  // (from TrainingWeights::freeze()): a loaded model keeps its lookup table, not the full keys.
  FrozenWeights pruned(int min_magnitude) const;
  // A feature's (class, value) pairs as trained, read from the trained arrays, not the table.
  std::vector<std::pair<int, int>> trained_weights(std::uint64_t key) const;

  // The file stores the lookup table itself (below), so loading rebuilds nothing.
  void write(ByteWriter& out) const;
  static FrozenWeights read(ByteReader& in, int class_count);  // throws CorruptData

 private:
  friend class TrainingWeights;
  void build_table();

  // The weights as trained (freeze(), pruned()): feature i has the weights
  // [begin_[i], begin_[i + 1]) of classes_/values_, keys_ sorted. Empty in a loaded model.
  std::vector<std::uint64_t> keys_;
  std::vector<std::uint32_t> begin_;
  std::vector<std::uint8_t> classes_;
  std::vector<std::int16_t> values_;

  // Scoring reads a table built from those after training: open addressing, power-of-two size, at
  // most half full. A slot holds a feature's check bits and, for the nine features in ten with at
  // most kInline weights, the weights themselves: one cache miss per feature instead of two
  // (slot, then weights). The few features with many weights (tags, tag pairs: the ones met at
  // every step) keep a dense row of every class's weight, added with vector instructions;
  // those in between are listed in sparse_.
  static constexpr int kInline = 4;
  static constexpr std::uint32_t kDenseFrom = 12;   // weights that make a feature's row dense
  static constexpr std::uint8_t kEmptySlot = 0xff;  // in classes[0]; never a class (≤ 255)
  enum Place : std::uint8_t { kSparse, kDense };    // in classes[1] of a slot not inline
  struct Slot {
    // The key's low 32 bits (its top bits chose the slot; a false match among absent features
    // needs all 64 bits alike, about 2^-31 per probe). Keys are odd, so bit 0 is free: set when
    // the weights are inline, clear when they are elsewhere.
    std::uint32_t check = 0;
    std::uint8_t classes[kInline] = {kEmptySlot, 0, 0, 0};
    // Inline: the values (unused ones 0, added to class 0 harmlessly). Elsewhere: the index of
    // the first weight in sparse_ or of the row in dense_ (values[0..1]), and the count
    // (values[2..3]).
    std::int16_t values[kInline] = {0, 0, 0, 0};
  };
  static_assert(sizeof(Slot) == 16);
  struct SparseWeight {
    std::int16_t value;
    std::uint8_t cls;
  };
  std::vector<Slot, HugePageAllocator<Slot>> table_;
  std::vector<SparseWeight> sparse_;
  std::vector<std::int16_t> dense_;  // rows of class_count_ weights
  int class_count_ = 0;
  int shift_ = 60;  // slot of a key: key >> shift_
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
