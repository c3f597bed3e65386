// Progress on stderr for long runs. On a terminal: one line updated in place. Otherwise (a log
// file, a pipe, a batch job): a full line every few seconds, so a log shows the run is alive and
// when it will end. Each line: documents, events, rates and the estimated time left.
#pragma once

#include <chrono>
#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <string>
#include <vector>

namespace dyad::cli {

class Progress {
 public:
  // `total_bytes`: the size of every input file (for the estimate of time left; 0 = unknown).
  // `interval_seconds`: seconds between lines; negative picks the default (0.25 s in place on
  // a terminal, after 2 quiet seconds; 5 s elsewhere); 0 turns progress off.
  Progress(std::uintmax_t total_bytes, double interval_seconds);
  ~Progress() { finish(); }
  Progress(const Progress&) = delete;
  Progress& operator=(const Progress&) = delete;

  // A document was read from `origin` ("path", "path:line", "path@offset").
  void add_document(const std::string& origin, std::size_t text_bytes);
  // Events were coded (commands that code events call this as results come in).
  void add_events(std::size_t events);
  // Ends an in-place line, so that the next message starts on a line of its own.
  void finish();

 private:
  using Clock = std::chrono::steady_clock;
  void show();

  bool on_terminal_;
  double interval_;
  double quiet_start_;  // seconds before the first line
  std::uintmax_t total_bytes_;
  std::uintmax_t finished_file_bytes_ = 0;  // input files read to the end
  std::string current_file_;
  std::uintmax_t current_file_size_ = 0, current_file_read_ = 0;
  std::size_t documents_ = 0, events_ = 0;
  bool shown_in_place_ = false;
  Clock::time_point start_, last_;
};

// "path:12", "path@345" → "path": the input file a document's origin names.
std::string origin_file(std::string origin);

}  // namespace dyad::cli
