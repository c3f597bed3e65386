#include "cli/progress.h"

#include <fmt/core.h>
#include <unistd.h>

#include <algorithm>
#include <cstdio>

namespace dyad::cli {

namespace {

std::string duration(double seconds) {
  const auto s = static_cast<long long>(seconds + 0.5);
  if (s >= 3600) return fmt::format("{}h{:02}m", s / 3600, s % 3600 / 60);
  if (s >= 60) return fmt::format("{}m{:02}s", s / 60, s % 60);
  return fmt::format("{}s", s);
}

}  // namespace

std::string origin_file(std::string origin) {
  const auto mark = origin.find_last_of(":@");
  if (mark != std::string::npos && mark + 1 < origin.size() &&
      std::all_of(origin.begin() + static_cast<std::ptrdiff_t>(mark) + 1, origin.end(),
                  [](unsigned char c) { return std::isdigit(c) != 0; }))
    origin.resize(mark);
  return origin;
}

Progress::Progress(std::uintmax_t total_bytes, double interval_seconds)
    : on_terminal_(isatty(STDERR_FILENO) == 1),
      interval_(interval_seconds >= 0 ? interval_seconds
                : on_terminal_        ? 0.25
                                      : 5.0),
      quiet_start_(interval_seconds >= 0 ? interval_seconds
                   : on_terminal_        ? 2.0
                                         : 5.0),
      total_bytes_(total_bytes),
      start_(Clock::now()),
      last_(start_) {}

void Progress::add_document(const std::string& origin, std::size_t text_bytes) {
  ++documents_;
  std::string file = origin_file(origin);
  if (file != current_file_) {
    finished_file_bytes_ += current_file_size_;
    current_file_ = std::move(file);
    std::error_code ec;
    current_file_size_ = std::filesystem::file_size(current_file_, ec);
    if (ec) current_file_size_ = 0;
    current_file_read_ = 0;
  }
  current_file_read_ += text_bytes;
  show();
}

void Progress::add_events(std::size_t events) {
  events_ += events;
}

void Progress::show() {
  if (interval_ <= 0) return;
  const auto now = Clock::now();
  const double elapsed = std::chrono::duration<double>(now - start_).count();
  if (elapsed < quiet_start_ || std::chrono::duration<double>(now - last_).count() < interval_)
    return;
  last_ = now;
  // Text read from the current file stands in for its bytes read (exact for plain text).
  const auto done = finished_file_bytes_ + std::min(current_file_read_, current_file_size_);
  std::string left = "time left unknown";
  if (total_bytes_ > 0 && done > 0) {
    const double fraction =
        std::min(1.0, static_cast<double>(done) / static_cast<double>(total_bytes_));
    left = fmt::format("{:.0f}% of input, about {} left", 100 * fraction,
                       duration(elapsed * (1 - fraction) / fraction));
  }
  const std::string line =
      fmt::format("dyad: {} documents, {} events, {:.0f} documents/s, {:.0f} events/s, {}",
                  documents_, events_, documents_ / elapsed, events_ / elapsed, left);
  if (on_terminal_) {
    std::fprintf(stderr, "\r%s ", line.c_str());
    shown_in_place_ = true;
  } else {
    std::fprintf(stderr, "%s\n", line.c_str());
  }
}

void Progress::finish() {
  if (shown_in_place_) std::fputc('\n', stderr);
  shown_in_place_ = false;
}

}  // namespace dyad::cli
