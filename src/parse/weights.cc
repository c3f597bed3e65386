#include "parse/weights.h"

#include <sys/mman.h>

#include <algorithm>
#include <bit>
#include <cmath>
#include <cstring>

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

void FrozenWeights::score(std::span<const std::uint64_t> features, std::int32_t* scores) const {
  // The lookups are independent cache misses: prefetch every slot first, so the memory system
  // fetches them in parallel instead of one after another.
  const std::size_t mask = table_.size() - 1;
  const int shift = shift_;
  const auto classes = static_cast<std::size_t>(class_count_);
  constexpr std::size_t kChunk = 64;
  struct Elsewhere {
    std::uint32_t at, count;
  };
  Elsewhere sparse[kChunk];
  std::size_t dense[kChunk];
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
          dense[dense_count++] = where.at * classes;
          __builtin_prefetch(&dense_[where.at * classes]);
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
    for (std::size_t f = 0; f < dense_count; ++f) {
      const std::int16_t* row = &dense_[dense[f]];
      for (std::size_t c = 0; c < classes; ++c) scores[c] += row[c];  // vectorised
    }
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

FrozenWeights FrozenWeights::pruned(int min_magnitude) const {
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
  // Per feature its weight count (≤ 255 classes), not its offset: a byte instead of four.
  std::vector<std::uint8_t> counts(keys_.size());
  for (std::size_t i = 0; i < keys_.size(); ++i)
    counts[i] = static_cast<std::uint8_t>(begin_[i + 1] - begin_[i]);
  out.put_array(keys_);
  out.put_array(counts);
  out.put_array(classes_);
  out.put_array(values_);
}

FrozenWeights FrozenWeights::read(ByteReader& in, int class_count) {
  FrozenWeights w;
  w.class_count_ = class_count;
  w.keys_ = in.get_array<std::uint64_t>();
  const auto counts = in.get_array<std::uint8_t>();
  w.classes_ = in.get_array<std::uint8_t>();
  w.values_ = in.get_array<std::int16_t>();
  if (counts.size() != w.keys_.size() || w.classes_.size() != w.values_.size())
    throw CorruptData("weight table sizes disagree");
  w.begin_.resize(counts.size() + 1);
  w.begin_[0] = 0;
  for (std::size_t i = 0; i < counts.size(); ++i) {
    if (counts[i] == 0 || w.keys_[i] == 0 || (i > 0 && w.keys_[i - 1] >= w.keys_[i]))
      throw CorruptData("weight table out of order");
    w.begin_[i + 1] = w.begin_[i] + counts[i];
  }
  if (w.begin_.back() != w.classes_.size()) throw CorruptData("weight table sizes disagree");
  for (const std::uint8_t cls : w.classes_)
    if (cls >= class_count) throw CorruptData("weight for an unknown class");
  w.build_table();
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
