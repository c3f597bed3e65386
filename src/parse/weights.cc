#include "parse/weights.h"

#include <immintrin.h>
#include <sys/mman.h>

#include <algorithm>
#include <bit>
#include <cmath>
#include <cstring>
#include <iterator>
#include <stdexcept>

namespace dyad::parse {

template <typename T>
T* HugePageAllocator<T>::allocate(std::size_t n) {
  constexpr std::size_t kHugePage = std::size_t{2} << 20;
  const std::size_t bytes = (n * sizeof(T) + kHugePage - 1) / kHugePage * kHugePage;
  void* memory = std::aligned_alloc(kHugePage, bytes);
  if (memory == nullptr) throw std::bad_alloc();
  madvise(memory, bytes, MADV_HUGEPAGE);  // advice only: without huge pages, normal pages
  return static_cast<T*>(memory);
}

namespace {

// Adding the dense rows is most of scoring's work: over half the features found are dense (tags,
// tag pairs, distances: ~30 in each tagger pass and parser step), each a row of ~100 classes'
// weights. With AVX2 the sums of eight classes stay in one register while every row is added.
template <int kBlocks>
__attribute__((target("avx2"))) void add_row_blocks_avx2(const std::int16_t* const* rows,
                                                         std::size_t count, std::size_t first,
                                                         std::int32_t* scores) {
  __m256i sums[kBlocks];
  for (int b = 0; b < kBlocks; ++b)
    sums[b] = _mm256_loadu_si256(reinterpret_cast<const __m256i*>(scores + first + 8 * b));
  for (std::size_t r = 0; r < count; ++r)
    for (int b = 0; b < kBlocks; ++b) {
      const auto* weights = reinterpret_cast<const __m128i*>(rows[r] + first + 8 * b);
      sums[b] = _mm256_add_epi32(sums[b], _mm256_cvtepi16_epi32(_mm_loadu_si128(weights)));
    }
  for (int b = 0; b < kBlocks; ++b)
    _mm256_storeu_si256(reinterpret_cast<__m256i*>(scores + first + 8 * b), sums[b]);
}

// The `blocks` (fewer than kMost) blocks of eight classes from `first`, with as many registers.
template <int kMost>
__attribute__((target("avx2"))) void add_last_blocks_avx2(const std::int16_t* const* rows,
                                                          std::size_t count, std::size_t first,
                                                          std::size_t blocks,
                                                          std::int32_t* scores) {
  if constexpr (kMost > 0) {
    if (blocks == kMost) return add_row_blocks_avx2<kMost>(rows, count, first, scores);
    add_last_blocks_avx2<kMost - 1>(rows, count, first, blocks, scores);
  }
}

__attribute__((target("avx2"))) void add_rows_avx2(const std::int16_t* const* rows,
                                                   std::size_t count, std::size_t classes,
                                                   std::int32_t* scores) {
  // Eight registers of sums at a time (64 classes), then the blocks of eight left, then the rest.
  std::size_t first = 0;
  for (; first + 64 <= classes; first += 64) add_row_blocks_avx2<8>(rows, count, first, scores);
  add_last_blocks_avx2<7>(rows, count, first, (classes - first) / 8, scores);
  first += (classes - first) / 8 * 8;
  for (std::size_t r = 0; r < count; ++r)
    for (std::size_t c = first; c < classes; ++c) scores[c] += rows[r][c];
}

void add_rows_portable(const std::int16_t* const* rows, std::size_t count, std::size_t classes,
                       std::int32_t* scores) {
  for (std::size_t r = 0; r < count; ++r)
    for (std::size_t c = 0; c < classes; ++c) scores[c] += rows[r][c];  // vectorised
}

using AddRows = void (*)(const std::int16_t* const*, std::size_t, std::size_t, std::int32_t*);
const AddRows add_rows = __builtin_cpu_supports("avx2") ? add_rows_avx2 : add_rows_portable;

}  // namespace

void FrozenWeights::score(std::span<const std::uint64_t> features, std::int32_t* scores) const {
  // The lookups are independent cache misses: prefetch every slot first, so the memory system
  // fetches them in parallel instead of one after another.
  const std::size_t mask = table_.size() - 1;
  const int shift = shift_;
  const auto classes = static_cast<std::size_t>(class_count_);
  constexpr std::size_t kChunk = 128;
  struct Elsewhere {
    std::uint32_t at, count;
  };
  Elsewhere sparse[kChunk];
  const std::int16_t* dense[kChunk];
  for (std::size_t first = 0; first < features.size(); first += kChunk) {
    const std::size_t count = std::min(kChunk, features.size() - first);
    for (std::size_t f = 0; f < count; ++f)
      __builtin_prefetch(&table_[features[first + f] >> shift]);
    std::size_t sparse_count = 0, dense_count = 0;
    for (std::size_t f = 0; f < count; ++f) {
      const std::uint64_t key = features[first + f];
      const auto check = static_cast<std::uint32_t>(key);
      for (std::size_t at = key >> shift;; at = (at + 1) & mask) {
        const Slot& slot = table_[at];
        if (slot.classes[0] == kEmptySlot) break;
        if ((slot.check | 1) != check) continue;
        if (slot.check & 1) {
          for (int i = 0; i < kInline; ++i) scores[slot.classes[i]] += slot.values[i];
          break;
        }
        Elsewhere where;
        std::memcpy(&where, slot.values, sizeof(where));
        if (slot.classes[1] == kDense) {
          dense[dense_count] = &dense_[where.at * classes];
          __builtin_prefetch(dense[dense_count++]);
        } else {
          sparse[sparse_count++] = where;
          __builtin_prefetch(&sparse_[where.at]);
        }
        break;
      }
    }
    for (std::size_t f = 0; f < sparse_count; ++f) {
      const SparseWeight* w = &sparse_[sparse[f].at];
      for (const SparseWeight* end = w + sparse[f].count; w != end; ++w) scores[w->cls] += w->value;
    }
    add_rows(dense, dense_count, classes, scores);
  }
}

template struct HugePageAllocator<FrozenWeights::Slot>;

void FrozenWeights::build_table() {
  // A slot is chosen by the key's top bits, so the sorted keys fill the table front to back
  // (sequential writes: loading stays fast).
  const std::size_t size = std::bit_ceil(std::max<std::size_t>(16, keys_.size() * 2));
  table_.assign(size, Slot{});
  sparse_.clear();
  dense_.clear();
  shift_ = 64 - std::countr_zero(size);
  const std::size_t mask = size - 1;
  for (std::size_t i = 0; i < keys_.size(); ++i) {
    std::size_t at = keys_[i] >> shift_;
    while (table_[at].classes[0] != kEmptySlot) at = (at + 1) & mask;
    Slot& slot = table_[at];
    const std::uint32_t begin = begin_[i], count = begin_[i + 1] - begin;
    slot.check = static_cast<std::uint32_t>(keys_[i]);
    slot.classes[0] = 0;
    if (count <= kInline) {
      for (std::uint32_t w = 0; w < count; ++w) {
        slot.classes[w] = classes_[begin + w];
        slot.values[w] = values_[begin + w];
      }
      continue;
    }
    slot.check &= ~1u;
    std::uint32_t where[2] = {static_cast<std::uint32_t>(sparse_.size()), count};
    if (count >= kDenseFrom) {
      slot.classes[1] = kDense;
      const std::size_t row = dense_.size();
      where[0] = static_cast<std::uint32_t>(row / static_cast<std::size_t>(class_count_));
      dense_.resize(row + static_cast<std::size_t>(class_count_), 0);
      for (std::uint32_t w = begin; w < begin + count; ++w) dense_[row + classes_[w]] = values_[w];
    } else {
      slot.classes[1] = kSparse;
      for (std::uint32_t w = begin; w < begin + count; ++w)
        sparse_.push_back({values_[w], classes_[w]});
    }
    std::memcpy(slot.values, where, sizeof(where));
  }
}

std::size_t FrozenWeights::feature_count() const {
  return static_cast<std::size_t>(std::count_if(table_.begin(), table_.end(), [](const Slot& slot) {
    return slot.classes[0] != kEmptySlot;
  }));
}

std::size_t FrozenWeights::weight_count() const {
  // A trained weight is never 0 (freeze() drops those), so the zeros are unused places.
  std::size_t count = sparse_.size();
  for (const Slot& slot : table_)
    if (slot.classes[0] != kEmptySlot && (slot.check & 1))
      count += static_cast<std::size_t>(std::count_if(
          std::begin(slot.values), std::end(slot.values), [](std::int16_t v) { return v != 0; }));
  return count + static_cast<std::size_t>(std::count_if(dense_.begin(), dense_.end(),
                                                        [](std::int16_t v) { return v != 0; }));
}

std::vector<std::pair<int, int>> FrozenWeights::trained_weights(std::uint64_t key) const {
  std::vector<std::pair<int, int>> out;
  const auto found = std::lower_bound(keys_.begin(), keys_.end(), key);
  if (found == keys_.end() || *found != key) return out;
  const auto f = static_cast<std::size_t>(found - keys_.begin());
  for (std::uint32_t w = begin_[f]; w < begin_[f + 1]; ++w)
    out.emplace_back(classes_[w], values_[w]);
  return out;
}

FrozenWeights FrozenWeights::pruned(int min_magnitude) const {
  if (keys_.empty() && !table_.empty())
    throw std::logic_error("pruning needs the weights as trained, not a loaded model's");
  FrozenWeights out;
  out.class_count_ = class_count_;
  out.begin_.push_back(0);
  for (std::size_t f = 0; f < keys_.size(); ++f) {
    const std::size_t before = out.values_.size();
    for (std::uint32_t i = begin_[f]; i < begin_[f + 1]; ++i)
      if (std::abs(static_cast<int>(values_[i])) >= min_magnitude) {
        out.classes_.push_back(classes_[i]);
        out.values_.push_back(values_[i]);
      }
    if (out.values_.size() == before) continue;
    out.keys_.push_back(keys_[f]);
    out.begin_.push_back(static_cast<std::uint32_t>(out.values_.size()));
  }
  out.build_table();
  return out;
}

void FrozenWeights::write(ByteWriter& out) const {
  // The table as scoring reads it, without its empty slots: each used slot and its place.
  // Loading puts them back in one pass; nothing is hashed, sorted or rebuilt.
  std::vector<std::uint32_t> places;
  std::vector<Slot> slots;
  for (std::size_t at = 0; at < table_.size(); ++at)
    if (table_[at].classes[0] != kEmptySlot) {
      places.push_back(static_cast<std::uint32_t>(at));
      slots.push_back(table_[at]);
    }
  std::vector<std::int16_t> sparse_values;
  std::vector<std::uint8_t> sparse_classes;
  for (const SparseWeight& w : sparse_) {
    sparse_values.push_back(w.value);
    sparse_classes.push_back(w.cls);
  }
  out.put<std::uint32_t>(static_cast<std::uint32_t>(64 - shift_));  // log2 of the table size
  out.put_array(places);
  out.put_array(slots);
  out.put_array(sparse_values);
  out.put_array(sparse_classes);
  out.put_array(dense_);
}

FrozenWeights FrozenWeights::read(ByteReader& in, int class_count) {
  FrozenWeights w;
  w.class_count_ = class_count;
  const auto size_bits = in.get<std::uint32_t>();
  if (size_bits < 4 || size_bits > 32) throw CorruptData("bad weight table size");
  const std::size_t size = std::size_t{1} << size_bits;
  w.shift_ = 64 - static_cast<int>(size_bits);
  const std::string_view places = in.get_array_bytes(sizeof(std::uint32_t));
  const std::string_view slots = in.get_array_bytes(sizeof(Slot));
  const auto sparse_values = in.get_array<std::int16_t>();
  const auto sparse_classes = in.get_array<std::uint8_t>();
  w.dense_ = in.get_array<std::int16_t>();
  const std::size_t used = slots.size() / sizeof(Slot);
  // At most half full, so every lookup meets an empty slot and stops.
  if (places.size() / sizeof(std::uint32_t) != used || used > size / 2)
    throw CorruptData("weight table sizes disagree");
  if (sparse_values.size() != sparse_classes.size() ||
      w.dense_.size() % static_cast<std::size_t>(class_count) != 0)
    throw CorruptData("weight table sizes disagree");
  w.sparse_.resize(sparse_values.size());
  for (std::size_t i = 0; i < sparse_values.size(); ++i) {
    if (sparse_classes[i] >= class_count) throw CorruptData("weight for an unknown class");
    w.sparse_[i] = {sparse_values[i], sparse_classes[i]};
  }
  const std::size_t dense_rows = w.dense_.size() / static_cast<std::size_t>(class_count);
  w.table_.assign(size, Slot{});
  for (std::size_t i = 0; i < used; ++i) {
    std::uint32_t at;
    std::memcpy(&at, places.data() + i * sizeof(at), sizeof(at));
    Slot slot;
    std::memcpy(&slot, slots.data() + i * sizeof(Slot), sizeof(Slot));
    if (at >= size || w.table_[at].classes[0] != kEmptySlot || slot.classes[0] == kEmptySlot)
      throw CorruptData("weight table out of order");
    // Every index scoring follows stays inside its array.
    if (slot.check & 1) {
      for (const std::uint8_t cls : slot.classes)
        if (cls >= class_count) throw CorruptData("weight for an unknown class");
    } else {
      std::uint32_t where[2];
      std::memcpy(where, slot.values, sizeof(where));
      const bool fits = slot.classes[1] == kDense
                            ? where[0] < dense_rows
                            : slot.classes[1] == kSparse && where[0] <= w.sparse_.size() &&
                                  where[1] <= w.sparse_.size() - where[0];
      if (!fits) throw CorruptData("weight table out of order");
    }
    w.table_[at] = slot;
  }
  return w;
}

void TrainingWeights::score(std::span<const std::uint64_t> features, std::int64_t* scores) const {
  for (const std::uint64_t key : features) {
    const auto found = features_.find(key);
    if (found == features_.end()) continue;
    for (const Entry& e : found->second) scores[e.cls] += e.weight;
  }
}

void TrainingWeights::add(std::vector<Entry>& entries, int cls, int delta) {
  auto found =
      std::find_if(entries.begin(), entries.end(), [cls](const Entry& e) { return e.cls == cls; });
  if (found == entries.end()) {
    entries.push_back({static_cast<std::uint16_t>(cls), 0, 0, clock_});
    found = entries.end() - 1;
  }
  found->total += (clock_ - found->stamp) * found->weight;
  found->stamp = clock_;
  found->weight += delta;
}

void TrainingWeights::update(std::span<const std::uint64_t> features, int truth, int guess) {
  if (truth == guess) return;
  for (const std::uint64_t key : features) {
    auto& entries = features_[key];
    add(entries, truth, 1);
    add(entries, guess, -1);
  }
}

FrozenWeights TrainingWeights::freeze() const {
  // Averages, then one quantisation step for all weights: the largest maps to ±32000.
  const double clock = static_cast<double>(std::max<std::int64_t>(clock_, 1));
  auto average = [&](const Entry& e) {
    return static_cast<double>(e.total + (clock_ - e.stamp) * e.weight) / clock;
  };
  double largest = 0;
  for (const auto& [key, entries] : features_)
    for (const Entry& e : entries) largest = std::max(largest, std::abs(average(e)));
  const double step = largest > 0 ? largest / 32000.0 : 1.0;

  std::vector<std::uint64_t> keys;
  keys.reserve(features_.size());
  for (const auto& [key, entries] : features_) keys.push_back(key);
  std::sort(keys.begin(), keys.end());  // the file's order, independent of the hash map's

  FrozenWeights out;
  out.class_count_ = class_count_;
  out.begin_.push_back(0);
  for (const std::uint64_t key : keys) {
    auto entries = features_.at(key);
    std::sort(entries.begin(), entries.end(),
              [](const Entry& a, const Entry& b) { return a.cls < b.cls; });
    const std::size_t before = out.values_.size();
    for (const Entry& e : entries) {
      const long q = std::lround(average(e) / step);
      if (q == 0) continue;
      out.classes_.push_back(static_cast<std::uint8_t>(e.cls));
      out.values_.push_back(static_cast<std::int16_t>(q));
    }
    if (out.values_.size() == before) continue;  // every weight rounded to zero
    out.keys_.push_back(key);
    out.begin_.push_back(static_cast<std::uint32_t>(out.values_.size()));
  }
  out.build_table();
  return out;
}

}  // namespace dyad::parse
