#include "ingest/gzip_reader.h"

#include <algorithm>
#include <cerrno>
#include <cstring>

namespace dyad {

namespace {
constexpr std::size_t kChunk = 1u << 16;
}

CompressedReader::CompressedReader(const std::filesystem::path& path) {
  file_ = gzopen(path.c_str(), "rb");
  if (!file_) {
    open_error_ = errno ? std::strerror(errno) : "cannot open";
    return;
  }
  gzbuffer(file_, 1u << 17);
}

CompressedReader::~CompressedReader() {
  if (file_) gzclose(file_);
}

bool CompressedReader::fill() {
  if (at_end_ || !file_) return false;
  buffer_.erase(0, head_);
  head_ = 0;
  const std::size_t old = buffer_.size();
  buffer_.resize(old + kChunk);
  const int got = gzread(file_, buffer_.data() + old, static_cast<unsigned>(kChunk));
  if (got <= 0) {
    buffer_.resize(old);
    at_end_ = true;
    // A truncated stream ends with 0 bytes read and Z_BUF_ERROR, not always with -1.
    int code = Z_OK;
    const char* message = gzerror(file_, &code);
    if (code == Z_BUF_ERROR)
      stream_error_ = "truncated gzip stream (unexpected end of file)";
    else if (code != Z_OK)
      stream_error_ = std::string("corrupt gzip stream: ") + message;
    return false;
  }
  buffer_.resize(old + static_cast<std::size_t>(got));
  return true;
}

bool CompressedReader::read_line(std::string& line, std::size_t max_bytes, bool& too_long) {
  line.clear();
  too_long = false;
  bool any = false;
  while (true) {
    if (head_ == buffer_.size() && !fill()) return any;
    any = true;
    const char* start = buffer_.data() + head_;
    const std::size_t available = buffer_.size() - head_;
    const void* newline = std::memchr(start, '\n', available);
    const std::size_t take =
        newline ? static_cast<std::size_t>(static_cast<const char*>(newline) - start) : available;
    if (!too_long) {
      const std::size_t room = max_bytes - line.size();
      line.append(start, std::min(take, room));
      if (take > room) too_long = true;
    }
    const std::size_t step = newline ? take + 1 : take;
    head_ += step;
    consumed_ += step;
    if (newline) return true;
  }
}

std::size_t CompressedReader::read(std::string& out, std::size_t n) {
  std::size_t done = 0;
  while (done < n) {
    if (head_ == buffer_.size() && !fill()) break;
    const std::size_t take = std::min(n - done, buffer_.size() - head_);
    out.append(buffer_, head_, take);
    head_ += take;
    done += take;
  }
  consumed_ += done;
  return done;
}

std::size_t CompressedReader::skip(std::size_t n) {
  std::size_t done = 0;
  while (done < n) {
    if (head_ == buffer_.size() && !fill()) break;
    const std::size_t take = std::min(n - done, buffer_.size() - head_);
    head_ += take;
    done += take;
  }
  consumed_ += done;
  return done;
}

}  // namespace dyad
