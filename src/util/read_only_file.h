// A file's bytes, read-only, got the cheapest way on the virtual machines dyad runs on, where each
// first touch of a 4 KB page traps into the hypervisor (microseconds: most of a load's time was
// these traps). A small file is mapped from the page cache (no copy, one trap per page touched);
// a large one is read into memory on transparent huge pages (one trap per 2 MB): the 17.7 MB
// parser model maps in ~11 ms of CPU and reads in ~4.5 ms.
#pragma once

#include <cstddef>
#include <filesystem>
#include <string>
#include <string_view>

namespace dyad {

class ReadOnlyFile {
 public:
  // Never throws: failed() says whether the file could not be opened or read (a directory or a
  // device cannot), error() why.
  explicit ReadOnlyFile(const std::filesystem::path& file);
  ~ReadOnlyFile();
  ReadOnlyFile(const ReadOnlyFile&) = delete;
  ReadOnlyFile& operator=(const ReadOnlyFile&) = delete;

  enum class Failure { kNone, kOpen, kRead };
  Failure failed() const { return failed_; }
  const std::string& error() const { return error_; }  // strerror of the failure
  std::string_view bytes() const { return {data_, size_}; }

  // Files from this size on are read into huge pages rather than mapped.
  static constexpr std::size_t kReadFrom = std::size_t{1} << 20;

 private:
  bool read_into_huge_pages(int fd);

  const char* data_ = nullptr;
  std::size_t size_ = 0;
  void* region_ = nullptr;  // the mapping to unmap: the file's, or the memory it was read into
  std::size_t region_size_ = 0;
  Failure failed_ = Failure::kNone;
  std::string error_;
};

}  // namespace dyad
