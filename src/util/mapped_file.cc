#include "util/mapped_file.h"

#include <fcntl.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>

namespace dyad {

MappedFile::MappedFile(const std::filesystem::path& file) {
  const int fd = ::open(file.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) {
    failed_ = Failure::kOpen;
    error_ = std::strerror(errno);
    return;
  }
  struct stat info {};
  const bool sized = ::fstat(fd, &info) == 0;
  size_ = sized ? static_cast<std::size_t>(info.st_size) : 0;
  void* mapped =
      sized && size_ > 0 ? ::mmap(nullptr, size_, PROT_READ, MAP_PRIVATE, fd, 0) : MAP_FAILED;
  const int error = errno;
  ::close(fd);
  if (!sized || (size_ > 0 && mapped == MAP_FAILED)) {
    size_ = 0;
    failed_ = Failure::kRead;
    error_ = std::strerror(error);
    return;
  }
  if (size_ > 0) {
    data_ = static_cast<const char*>(mapped);
    ::madvise(mapped, size_, MADV_SEQUENTIAL);  // advice only
  }
}

MappedFile::~MappedFile() {
  if (data_ != nullptr) ::munmap(const_cast<char*>(data_), size_);
}

}  // namespace dyad
