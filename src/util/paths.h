// Locating dyad's data/ directory at run time.
#pragma once

#include <filesystem>
#include <optional>
#include <string>

namespace dyad {

// The data directory: `explicit_dir` when non-empty, else $DYAD_DATA, else data/ beside the
// executable's parent (an installed or build-tree layout), else the source tree's data/.
// Throws std::runtime_error naming every place tried when none holds data/clean/rules.tsv.
std::filesystem::path find_data_dir(const std::string& explicit_dir = "");

// The directory of the running executable; empty when /proc/self/exe cannot be read.
std::filesystem::path executable_dir();

// Whether two paths name one file: the same inode when both exist (symbolic and hard links
// included), else the same path once the symbolic links of its existing part are resolved.
bool same_file(const std::filesystem::path& a, const std::filesystem::path& b);

// Where compiled dictionaries are cached between runs: $DYAD_CACHE_DIR ("off" disables the
// cache: an empty path), else $XDG_CACHE_HOME/dyad, else $HOME/.cache/dyad; empty without any.
std::filesystem::path cache_dir();

// The built dashboard (`dyad serve`): `explicit_dir` when non-empty, else $DYAD_WEB, else web/
// beside the executable's parent, else the source tree's web/dist (where web/'s build writes it).
// None when no candidate holds index.html; throws when `explicit_dir` does not.
std::optional<std::filesystem::path> find_web_dir(const std::string& explicit_dir = "");

}  // namespace dyad
