#include "util/data_cache.h"

#include <elf.h>
#include <link.h>
#include <unistd.h>

#include <algorithm>
#include <cstring>
#include <fstream>
#include <functional>
#include <system_error>
#include <utility>
#include <vector>

#include "util/paths.h"
#include "util/read_only_file.h"

namespace dyad {

namespace fs = std::filesystem;

namespace {

constexpr std::string_view kMagic = "dyad data cache 1\n";

// The NT_GNU_BUILD_ID note of the main program, as hex.
int find_build_id(dl_phdr_info* info, std::size_t, void* data) {
  auto& out = *static_cast<std::string*>(data);
  for (int i = 0; i < info->dlpi_phnum; ++i) {
    const ElfW(Phdr)& header = info->dlpi_phdr[i];
    if (header.p_type != PT_NOTE) continue;
    const char* at = reinterpret_cast<const char*>(info->dlpi_addr + header.p_vaddr);
    const char* end = at + header.p_memsz;
    while (at + sizeof(ElfW(Nhdr)) <= end) {
      ElfW(Nhdr) note;
      std::memcpy(&note, at, sizeof note);
      const char* name = at + sizeof note;
      const char* desc = name + ((note.n_namesz + 3) & ~3u);
      at = desc + ((note.n_descsz + 3) & ~3u);
      if (at > end) break;
      if (note.n_type == NT_GNU_BUILD_ID && note.n_namesz == 4 &&
          std::memcmp(name, "GNU", 4) == 0) {
        static constexpr char kHex[] = "0123456789abcdef";
        for (std::size_t b = 0; b < note.n_descsz; ++b) {
          const auto byte = static_cast<unsigned char>(desc[b]);
          out += kHex[byte >> 4];
          out += kHex[byte & 15];
        }
        return 1;
      }
    }
  }
  return 1;  // the first object reported is the main program: look no further
}

std::uint64_t chain(std::uint64_t hash, std::string_view bytes) {
  const std::uint64_t parts[2] = {hash, checksum64(bytes)};
  return checksum64(std::string_view(reinterpret_cast<const char*>(parts), sizeof parts));
}

std::string hex(std::uint64_t value) {
  std::string out(16, '0');
  static constexpr char kHex[] = "0123456789abcdef";
  for (int i = 15; i >= 0; --i, value >>= 4) out[static_cast<std::size_t>(i)] = kHex[value & 15];
  return out;
}

}  // namespace

std::string_view build_identity() {
  static const std::string identity = [] {
    std::string id;
    dl_iterate_phdr(find_build_id, &id);
    return id;
  }();
  return identity;
}

DataCacheEntry::DataCacheEntry(std::string_view kind)
    : kind_(kind), dir_(cache_dir()), usable_(!dir_.empty() && !build_identity().empty()) {
  inputs_ = chain(0, kind);
}

void DataCacheEntry::add_file(const fs::path& file) {
  if (!usable_) return;
  const ReadOnlyFile contents(file);
  if (contents.failed() != ReadOnlyFile::Failure::kNone) {
    usable_ = false;
    return;
  }
  inputs_ = chain(chain(inputs_, file.filename().string()), contents.bytes());
}

void DataCacheEntry::add_text(std::string_view text) {
  if (usable_) inputs_ = chain(inputs_, text);
}

// Named by the build too, so that two builds run in turn (dyad and its tests) each keep theirs.
fs::path DataCacheEntry::file() const {
  if (!usable_) return {};
  return dir_ / (kind_ + "-" + hex(chain(inputs_, build_identity())) + ".bin");
}

// The entry: magic, build identity, inputs hash, payload size, payload checksum, payload.
bool DataCacheEntry::read(const std::function<void(ByteReader&)>& read_payload) const {
  if (!usable_) return false;
  const ReadOnlyFile contents(file());
  if (contents.failed() != ReadOnlyFile::Failure::kNone) return false;
  const std::string_view bytes = contents.bytes();
  if (!bytes.starts_with(kMagic)) return false;
  try {
    ByteReader in(bytes.substr(kMagic.size()));
    if (in.get_string() != build_identity() || in.get<std::uint64_t>() != inputs_) return false;
    const auto size = in.get<std::uint64_t>();
    const auto checksum = in.get<std::uint64_t>();
    const std::string_view payload = in.get_bytes(size);
    if (!in.at_end() || checksum64(payload) != checksum) return false;
    ByteReader payload_reader(payload);
    read_payload(payload_reader);
    if (!payload_reader.at_end()) throw CorruptData("bytes after the data");
    return true;
  } catch (const CorruptData&) {
    return false;
  }
}

void DataCacheEntry::write(std::string_view payload) const {
  if (!usable_) return;
  ByteWriter out;
  out.put_string(build_identity());
  out.put<std::uint64_t>(inputs_);
  out.put<std::uint64_t>(payload.size());
  out.put<std::uint64_t>(checksum64(payload));
  std::string bytes(kMagic);
  bytes += out.bytes();
  bytes += payload;
  write_file_atomically(file(), bytes);
  remove_all_but_newest(kKeptPerKind - 1);
}

// Every build and every version of the data adds entries: only this one and the newest others of
// its kind stay.
void DataCacheEntry::remove_all_but_newest(std::size_t kept) const {
  std::error_code ec;
  std::vector<std::pair<fs::file_time_type, fs::path>> entries;
  const fs::path own = file();
  for (const auto& entry : fs::directory_iterator(dir_, ec)) {
    if (entry.path() == own) continue;
    const std::string name = entry.path().filename().string();
    if (!name.starts_with(kind_ + "-") || !name.ends_with(".bin")) continue;
    // Another kind whose name begins with this one's ("patterns-x" and "patterns-old-x").
    if (name.find('-', kind_.size() + 1) != std::string::npos) continue;
    const auto written = entry.last_write_time(ec);
    if (!ec) entries.emplace_back(written, entry.path());
  }
  if (entries.size() <= kept) return;
  std::sort(entries.begin(), entries.end(), std::greater<>());
  for (std::size_t i = kept; i < entries.size(); ++i) fs::remove(entries[i].second, ec);
}

void write_file_atomically(const fs::path& file, std::string_view bytes) {
  std::error_code ec;
  fs::create_directories(file.parent_path(), ec);
  const fs::path partial = file.string() + ".partial." + std::to_string(::getpid());
  {
    std::ofstream out(partial, std::ios::binary | std::ios::trunc);
    out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
    if (!out) ec = std::make_error_code(std::errc::io_error);
  }
  if (!ec) fs::rename(partial, file, ec);
  if (ec) fs::remove(partial, ec);
}

}  // namespace dyad
