#include "util/read_only_file.h"

#include <fcntl.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstdint>
#include <cstring>

namespace dyad {

namespace {

constexpr std::size_t kHugePage = std::size_t{2} << 20;

}  // namespace

ReadOnlyFile::ReadOnlyFile(const std::filesystem::path& file) {
  const int fd = ::open(file.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) {
    failed_ = Failure::kOpen;
    error_ = std::strerror(errno);
    return;
  }
  struct stat info {};
  bool ok = ::fstat(fd, &info) == 0;
  if (ok && !S_ISREG(info.st_mode)) {  // a directory or a device: nothing to map or size
    ok = false;
    errno = S_ISDIR(info.st_mode) ? EISDIR : EINVAL;
  }
  size_ = ok ? static_cast<std::size_t>(info.st_size) : 0;
  if (ok && size_ >= kReadFrom) {
    ok = read_into_huge_pages(fd);
  } else if (ok && size_ > 0) {
    void* mapped = ::mmap(nullptr, size_, PROT_READ, MAP_PRIVATE, fd, 0);
    ok = mapped != MAP_FAILED;
    if (ok) {
      region_ = mapped;
      region_size_ = size_;
      data_ = static_cast<const char*>(mapped);
      ::madvise(mapped, size_, MADV_SEQUENTIAL);  // advice only
    }
  }
  const int error = errno;
  ::close(fd);
  if (!ok) {
    if (region_ != nullptr) ::munmap(region_, region_size_);
    region_ = nullptr;
    data_ = nullptr;
    size_ = 0;
    failed_ = Failure::kRead;
    error_ = std::strerror(error);
  }
}

bool ReadOnlyFile::read_into_huge_pages(int fd) {
  // One huge page more than needed, so that the bytes can start on a huge-page boundary.
  const std::size_t rounded = (size_ + kHugePage - 1) / kHugePage * kHugePage;
  region_size_ = rounded + kHugePage;
  region_ =
      ::mmap(nullptr, region_size_, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
  if (region_ == MAP_FAILED) {
    region_ = nullptr;
    return false;
  }
  const auto start = (reinterpret_cast<std::uintptr_t>(region_) + kHugePage - 1) & ~(kHugePage - 1);
  char* memory = reinterpret_cast<char*>(start);
  ::madvise(memory, rounded, MADV_HUGEPAGE);  // advice only: without huge pages, normal pages
  std::size_t done = 0;
  while (done < size_) {
    const ssize_t got = ::read(fd, memory + done, size_ - done);
    if (got < 0 && errno == EINTR) continue;
    if (got < 0) return false;
    if (got == 0) {  // the file shrank while being read: what there was
      size_ = done;
      break;
    }
    done += static_cast<std::size_t>(got);
  }
  data_ = memory;
  return true;
}

ReadOnlyFile::~ReadOnlyFile() {
  if (region_ != nullptr) ::munmap(region_, region_size_);
}

}  // namespace dyad
