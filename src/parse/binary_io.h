// Little-endian byte buffers for the model file: a writer that appends, and a reader that checks
// every read against the end so a damaged file is an error, never an out-of-bounds read.
#pragma once

#include <cstdint>
#include <cstring>
#include <stdexcept>
#include <string>
#include <string_view>
#include <type_traits>
#include <vector>

namespace dyad::parse {

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
  template <typename T>
  void put_array(const std::vector<T>& values) {
    static_assert(std::is_arithmetic_v<T>);
    put<std::uint64_t>(values.size());
    out_.append(reinterpret_cast<const char*>(values.data()), values.size() * sizeof(T));
  }
  const std::string& bytes() const { return out_; }

 private:
  std::string out_;
};

// Thrown on a read past the end or an impossible value; the model loader names the file.
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
  std::string get_string() {
    const auto size = get<std::uint32_t>();
    need(size);
    std::string text(in_.substr(at_, size));
    at_ += size;
    return text;
  }
  template <typename T>
  std::vector<T> get_array() {
    const auto size = get<std::uint64_t>();
    if (size > (in_.size() - at_) / sizeof(T)) throw CorruptData("array longer than the file");
    std::vector<T> values(size);
    std::memcpy(values.data(), in_.data() + at_, size * sizeof(T));
    at_ += size * sizeof(T);
    return values;
  }
  bool at_end() const { return at_ == in_.size(); }

 private:
  void need(std::size_t size) const {
    if (size > in_.size() - at_) throw CorruptData("data ends early");
  }
  std::string_view in_;
  std::size_t at_ = 0;
};

}  // namespace dyad::parse
