// Shared by the fuzz targets: the readers under test take files, so each input is written to a
// scratch file (one directory per process, reused for every input).
#pragma once

#include <unistd.h>

#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <fstream>
#include <string>
#include <string_view>

#include "ingest/ingest.h"

namespace dyad::fuzz {

inline const std::filesystem::path& scratch_dir() {
  static const std::filesystem::path dir = [] {
    auto path = std::filesystem::temp_directory_path() / ("dyad-fuzz-" + std::to_string(getpid()));
    std::filesystem::create_directories(path);
    return path;
  }();
  return dir;
}

inline std::filesystem::path write_input(const std::string& name, std::string_view bytes) {
  const auto path = scratch_dir() / name;
  std::ofstream(path, std::ios::binary | std::ios::trunc)
      .write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
  return path;
}

inline std::string_view as_text(const std::uint8_t* data, std::size_t size) {
  return {reinterpret_cast<const char*>(data), size};
}

// Ingests `bytes` as a file called `name` (its extension picks the reader); every document and
// error is dropped: the target checks only that reading never crashes, hangs or leaks.
inline int ingest_as(const std::string& name, std::string_view bytes) {
  IngestOptions options;
  options.max_document_bytes = 1 << 20;
  IngestCallbacks callbacks;
  callbacks.on_document = [](Document&&) {};
  callbacks.on_error = [](IngestError&&) {};
  ingest({write_input(name, bytes)}, options, callbacks);
  return 0;
}

}  // namespace dyad::fuzz
