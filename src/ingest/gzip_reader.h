// Sequential reader for plain or gzip-compressed files (zlib detects which), with line and
// block reads and a clear message when a gzip stream is truncated or corrupt.
#pragma once

#include <zlib.h>

#include <cstddef>
#include <filesystem>
#include <string>

namespace dyad {

class CompressedReader {
 public:
  explicit CompressedReader(const std::filesystem::path& path);
  ~CompressedReader();
  CompressedReader(const CompressedReader&) = delete;
  CompressedReader& operator=(const CompressedReader&) = delete;

  // Empty when the file opened; otherwise why it did not.
  const std::string& open_error() const { return open_error_; }

  // Reads the next line without its '\n'. A line longer than max_bytes is skipped to its end
  // and reported through `too_long` (line then holds its first max_bytes). False at the end.
  bool read_line(std::string& line, std::size_t max_bytes, bool& too_long);

  // Appends up to n bytes to out; returns how many were appended (fewer only at the end).
  std::size_t read(std::string& out, std::size_t n);

  // Skips n bytes; returns how many were skipped.
  std::size_t skip(std::size_t n);

  // Bytes of uncompressed data consumed so far.
  std::size_t position() const { return consumed_; }

  // After the end was reached: empty for a clean end, else the cause (e.g. truncated gzip).
  const std::string& stream_error() const { return stream_error_; }

 private:
  bool fill();

  gzFile file_ = nullptr;
  std::string open_error_;
  std::string stream_error_;
  std::string buffer_;
  std::size_t head_ = 0;  // next unread byte in buffer_
  std::size_t consumed_ = 0;
  bool at_end_ = false;
};

}  // namespace dyad
