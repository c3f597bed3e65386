// A file mapped read-only: a loader reads the page cache where it lies, without copying the file
// or having the kernel zero fresh memory for it (on this kind of machine, most of a load's time).
#pragma once

#include <filesystem>
#include <string>
#include <string_view>

namespace dyad {

class MappedFile {
 public:
  // Never throws: failed() says whether the file could not be opened or read, error() why.
  explicit MappedFile(const std::filesystem::path& file);
  ~MappedFile();
  MappedFile(const MappedFile&) = delete;
  MappedFile& operator=(const MappedFile&) = delete;

  enum class Failure { kNone, kOpen, kRead };
  Failure failed() const { return failed_; }
  const std::string& error() const { return error_; }  // strerror of the failure
  std::string_view bytes() const { return {data_, size_}; }

 private:
  const char* data_ = nullptr;
  std::size_t size_ = 0;
  Failure failed_ = Failure::kNone;
  std::string error_;
};

}  // namespace dyad
