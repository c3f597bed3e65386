#include "parse/weights.h"

#include <algorithm>
#include <bit>
#include <cmath>

namespace dyad::parse {

void FrozenWeights::score(std::span<const std::uint64_t> features, std::int32_t* scores) const {
  const std::size_t mask = table_.size() - 1;
  for (const std::uint64_t key : features) {
    for (std::size_t at = key & mask;; at = (at + 1) & mask) {
      const Slot& slot = table_[at];
      if (slot.key == key) {
        for (std::uint32_t i = slot.begin; i < slot.end; ++i) scores[classes_[i]] += values_[i];
        break;
      }
      if (slot.key == 0) break;
    }
  }
}

void FrozenWeights::build_table() {
  const std::size_t size = std::bit_ceil(std::max<std::size_t>(16, keys_.size() * 2));
  table_.assign(size, Slot{});
  const std::size_t mask = size - 1;
  for (std::size_t i = 0; i < keys_.size(); ++i) {
    std::size_t at = keys_[i] & mask;
    while (table_[at].key != 0) at = (at + 1) & mask;
    table_[at] = {keys_[i], begin_[i], begin_[i + 1]};
  }
}

FrozenWeights FrozenWeights::pruned(int min_magnitude) const {
  FrozenWeights out;
  out.begin_.push_back(0);
  for (std::size_t f = 0; f < keys_.size(); ++f) {
    const std::size_t before = out.classes_.size();
    for (std::uint32_t i = begin_[f]; i < begin_[f + 1]; ++i) {
      if (std::abs(static_cast<int>(values_[i])) < min_magnitude) continue;
      out.classes_.push_back(classes_[i]);
      out.values_.push_back(values_[i]);
    }
    if (out.classes_.size() == before) continue;
    out.keys_.push_back(keys_[f]);
    out.begin_.push_back(static_cast<std::uint32_t>(out.classes_.size()));
  }
  out.build_table();
  return out;
}

void FrozenWeights::write(ByteWriter& out) const {
  out.put_array(keys_);
  out.put_array(begin_);
  out.put_array(classes_);
  out.put_array(values_);
}

FrozenWeights FrozenWeights::read(ByteReader& in, int class_count) {
  FrozenWeights w;
  w.keys_ = in.get_array<std::uint64_t>();
  w.begin_ = in.get_array<std::uint32_t>();
  w.classes_ = in.get_array<std::uint8_t>();
  w.values_ = in.get_array<std::int16_t>();
  if (w.begin_.size() != w.keys_.size() + 1 || w.classes_.size() != w.values_.size() ||
      w.begin_.front() != 0 || w.begin_.back() != w.classes_.size())
    throw CorruptData("weight table sizes disagree");
  for (std::size_t i = 0; i < w.keys_.size(); ++i)
    if (w.begin_[i] > w.begin_[i + 1] || w.keys_[i] == 0 || (i > 0 && w.keys_[i - 1] >= w.keys_[i]))
      throw CorruptData("weight table out of order");
  for (const auto cls : w.classes_)
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
  auto found = std::find_if(entries.begin(), entries.end(),
                            [cls](const Entry& e) { return e.cls == cls; });
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
  out.begin_.push_back(0);
  for (const std::uint64_t key : keys) {
    auto entries = features_.at(key);
    std::sort(entries.begin(), entries.end(),
              [](const Entry& a, const Entry& b) { return a.cls < b.cls; });
    const std::size_t before = out.classes_.size();
    for (const Entry& e : entries) {
      const long q = std::lround(average(e) / step);
      if (q == 0) continue;
      out.classes_.push_back(static_cast<std::uint8_t>(e.cls));
      out.values_.push_back(static_cast<std::int16_t>(q));
    }
    if (out.classes_.size() == before) continue;  // every weight rounded to zero
    out.keys_.push_back(key);
    out.begin_.push_back(static_cast<std::uint32_t>(out.classes_.size()));
  }
  out.build_table();
  return out;
}

}  // namespace dyad::parse
