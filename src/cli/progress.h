// Progress line on stderr for long runs, shown only when stderr is a terminal.
#pragma once

#include <unistd.h>

#include <chrono>
#include <cstddef>
#include <cstdio>

namespace dyad::cli {

class Progress {
 public:
  Progress() : enabled_(isatty(STDERR_FILENO) == 1), start_(Clock::now()), last_(start_) {}
  ~Progress() { finish(); }

  void add(std::size_t documents, std::size_t bytes) {
    documents_ += documents;
    bytes_ += bytes;
    if (!enabled_) return;
    const auto now = Clock::now();
    // Stay quiet for the first two seconds: short runs need no progress line.
    if (now - start_ < std::chrono::seconds(2) || now - last_ < std::chrono::milliseconds(250))
      return;
    last_ = now;
    const double seconds = std::chrono::duration<double>(now - start_).count();
    std::fprintf(stderr, "\r%zu documents, %.1f MB, %.0f docs/s ", documents_,
                 static_cast<double>(bytes_) / 1e6, static_cast<double>(documents_) / seconds);
    shown_ = true;
  }

  void finish() {
    if (shown_) std::fputc('\n', stderr);
    shown_ = false;
  }

 private:
  using Clock = std::chrono::steady_clock;
  bool enabled_;
  bool shown_ = false;
  std::size_t documents_ = 0;
  std::size_t bytes_ = 0;
  Clock::time_point start_;
  Clock::time_point last_;
};

}  // namespace dyad::cli
