// Little-endian byte buffers for binary data files (the parser model, cached parsed data): a writer
// that appends, and a reader that checks every read against the end so a damaged file is an error,
// never an out-of-bounds read.
#pragma once

#include <bit>
#include <cstdint>
#include <cstring>
#include <stdexcept>
#include <string>
#include <string_view>
#include <type_traits>
#include <vector>

namespace dyad {

class ByteWriter {
 public:
  template <typename T>
  void put(T value) {
    static_assert(std::is_arithmetic_v<T>);
    char bytes[sizeof(T)];
    std::memcpy(bytes, &value, sizeof(T));
    out_.append(bytes, sizeof(T));
  }
  void put_string(std::string_view text) {
    put<std::uint32_t>(static_cast<std::uint32_t>(text.size()));
    out_.append(text);
  }
  // Arithmetic values, or structs of them without padding (their bytes are the file's bytes).
  template <typename T, typename Allocator>
  void put_array(const std::vector<T, Allocator>& values) {
    static_assert(std::is_trivially_copyable_v<T> && std::has_unique_object_representations_v<T>);
    put<std::uint64_t>(values.size());
    out_.append(reinterpret_cast<const char*>(values.data()), values.size() * sizeof(T));
  }
  const std::string& bytes() const { return out_; }

 private:
  std::string out_;
};

// Thrown on a read past the end or an impossible value; the reader names the file.
struct CorruptData : std::runtime_error {
  using std::runtime_error::runtime_error;
};

class ByteReader {
 public:
  explicit ByteReader(std::string_view bytes) : in_(bytes) {}
  template <typename T>
  T get() {
    static_assert(std::is_arithmetic_v<T>);
    need(sizeof(T));
    T value;
    std::memcpy(&value, in_.data() + at_, sizeof(T));
    at_ += sizeof(T);
    return value;
  }
  std::string get_string() { return std::string(get_string_view()); }
  // A string where it lies.
  std::string_view get_string_view() { return get_bytes(get<std::uint32_t>()); }
  template <typename T>
  std::vector<T> get_array() {
    const std::string_view bytes = get_array_bytes(sizeof(T));
    std::vector<T> values(bytes.size() / sizeof(T));
    if (!bytes.empty()) std::memcpy(values.data(), bytes.data(), bytes.size());  // none: no data()
    return values;
  }
  // An array's bytes where they lie (no copy); elements are read from it with memcpy.
  std::string_view get_array_bytes(std::size_t element_size) {
    const auto size = get<std::uint64_t>();
    if (size > (in_.size() - at_) / element_size) throw CorruptData("array longer than the file");
    const std::string_view bytes = in_.substr(at_, size * element_size);
    at_ += bytes.size();
    return bytes;
  }
  // A bool written as one byte, 0 or 1.
  bool get_flag() {
    const auto value = get<std::uint8_t>();
    if (value > 1) throw CorruptData("a flag that is neither 0 nor 1");
    return value == 1;
  }
  // A count of items each written in at least `min_item_bytes`: a count the rest of the data
  // cannot hold is corrupt (and never becomes a huge allocation).
  std::size_t get_count(std::size_t min_item_bytes) {
    const auto count = get<std::uint32_t>();
    if (count > (in_.size() - at_) / min_item_bytes) throw CorruptData("count past the end");
    return count;
  }
  // The next `size` bytes where they lie.
  std::string_view get_bytes(std::uint64_t size) {
    need(size);
    const std::string_view bytes = in_.substr(at_, size);
    at_ += bytes.size();
    return bytes;
  }
  bool at_end() const { return at_ == in_.size(); }

 private:
  void need(std::size_t size) const {
    if (size > in_.size() - at_) throw CorruptData("data ends early");
  }
  std::string_view in_;
  std::size_t at_ = 0;
};

// The checksum of binary data files: four independent multiply-rotate lanes over 8-byte words (the
// round of xxHash64), folded at the end. Byte-at-a-time FNV-1a is a chain of dependent multiplies,
// ~35 ms over a 12 MB model here; this is ~20 times faster, and still changes with any byte.
inline std::uint64_t checksum64(std::string_view bytes) {
  constexpr std::uint64_t kPrime1 = 0x9e3779b185ebca87ULL, kPrime2 = 0xc2b2ae3d27d4eb4fULL;
  auto round = [](std::uint64_t lane, std::uint64_t word) {
    return std::rotl(lane + word * kPrime2, 31) * kPrime1;
  };
  std::uint64_t lanes[4] = {kPrime1 + kPrime2, kPrime2, 0, 0 - kPrime1};
  std::size_t at = 0;
  for (; at + 32 <= bytes.size(); at += 32)
    for (std::size_t lane = 0; lane < 4; ++lane) {
      std::uint64_t word;
      std::memcpy(&word, bytes.data() + at + 8 * lane, sizeof(word));
      lanes[lane] = round(lanes[lane], word);
    }
  std::uint64_t hash = bytes.size();
  for (const std::uint64_t lane : lanes) hash = round(hash ^ lane, lane);
  for (; at < bytes.size(); ++at) hash = round(hash, static_cast<unsigned char>(bytes[at]));
  hash ^= hash >> 33;
  hash *= kPrime2;
  hash ^= hash >> 29;
  return hash;
}

}  // namespace dyad
