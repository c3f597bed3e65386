// Parsed data kept between runs in cache_dir(), so that a run with the same data files reads the
// structures back instead of parsing the text again (as the actor automaton is kept).
//
// A cache entry is named by what it holds, a hash of its input files (names and bytes) and the
// identity of the dyad build that wrote it, which its header repeats: an entry written from other
// files or by another build (whose parser may read the same files differently) is never read.
// Writing an entry removes all but the newest few of its kind. The payload carries a checksum, so a
// truncated or damaged entry reads as missing; a reader that finds the payload inconsistent throws
// CorruptData and the data is parsed anew. Caching is best effort: an unwritable cache directory
// only costs the parse.
#pragma once

#include <cstdint>
#include <filesystem>
#include <functional>
#include <optional>
#include <string>
#include <string_view>

#include "util/binary_io.h"

namespace dyad {

// This build of dyad: the executable's GNU build id (it changes with any change to the code).
// Empty when the executable has none; nothing is cached then.
std::string_view build_identity();

class DataCacheEntry {
 public:
  // The entry for `kind` ("patterns", "gazetteer"); add every input file before reading or
  // writing. Empty (nothing read, nothing written) when caching is off (cache_dir()).
  explicit DataCacheEntry(std::string_view kind);
  // Reads `file` into the key; an unreadable file leaves the entry empty (the parse that
  // follows reports it).
  void add_file(const std::filesystem::path& file);
  // Anything else the parsed data depends on.
  void add_text(std::string_view text);

  // Calls `read_payload` on the payload of a whole entry for exactly these inputs and this build
  // and returns true; false without an entry, or when `read_payload` throws CorruptData or
  // leaves bytes unread (what it read must then be thrown away).
  bool read(const std::function<void(ByteReader&)>& read_payload) const;
  // Stores `payload` (written under a temporary name, then renamed: a reader never sees half
  // an entry). Errors are ignored.
  void write(std::string_view payload) const;

  // Where the entry lives; empty when nothing is cached.
  std::filesystem::path file() const;

  static constexpr std::size_t kKeptPerKind = 8;

 private:
  void remove_all_but_newest(std::size_t kept) const;

  std::string kind_;
  std::filesystem::path dir_;
  std::uint64_t inputs_ = 0;  // checksum64 of the input names and bytes, chained
  bool usable_ = false;
};

// `Data` as Data::read reads it from `cache`, else as `build()` makes it, then stored in `cache`
// with Data::write.
template <typename Data, typename Build>
Data read_or_build(const DataCacheEntry& cache, Build&& build) {
  std::optional<Data> cached;
  if (cache.read([&](ByteReader& in) { cached.emplace(Data::read(in)); }))
    return std::move(*cached);
  Data built = build();
  ByteWriter out;
  built.write(out);
  cache.write(out.bytes());
  return built;
}

// Writes `bytes` to `file` under a temporary name, then renames it; best effort.
void write_file_atomically(const std::filesystem::path& file, std::string_view bytes);

}  // namespace dyad
