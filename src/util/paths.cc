#include "util/paths.h"

#include <cstdlib>
#include <stdexcept>
#include <string_view>
#include <vector>

namespace dyad {

namespace {

bool holds_data(const std::filesystem::path& dir) {
  std::error_code ec;
  return std::filesystem::is_regular_file(dir / "clean" / "rules.tsv", ec);
}

// The places an installed or build-tree layout keeps `name`: $`variable`, then beside the
// executable's parent (build/src/dyad → build/NAME), then under share/dyad/, then `compiled_in`.
std::vector<std::filesystem::path> candidate_dirs(const char* variable, const std::string& name,
                                                  const std::filesystem::path& compiled_in) {
  std::vector<std::filesystem::path> candidates;
  if (const char* env = std::getenv(variable); env && *env) candidates.emplace_back(env);
  if (auto exe = executable_dir(); !exe.empty()) {
    candidates.push_back(exe.parent_path() / name);
    candidates.push_back(exe.parent_path() / "share" / "dyad" / name);
  }
  candidates.push_back(compiled_in);
  return candidates;
}

}  // namespace

std::filesystem::path executable_dir() {
  std::error_code ec;
  auto self = std::filesystem::read_symlink("/proc/self/exe", ec);
  return ec ? std::filesystem::path() : self.parent_path();
}

std::filesystem::path find_data_dir(const std::string& explicit_dir) {
  if (!explicit_dir.empty()) {
    if (!holds_data(explicit_dir))
      throw std::runtime_error("--data " + explicit_dir + ": no clean/rules.tsv there");
    return explicit_dir;
  }
  std::string tried;
  for (const auto& dir : candidate_dirs("DYAD_DATA", "data", DYAD_DATA_DIR)) {
    if (holds_data(dir)) return dir;
    tried += (tried.empty() ? "" : ", ") + dir.string();
  }
  throw std::runtime_error("cannot find dyad's data directory (tried " + tried +
                           "); pass --data DIR or set DYAD_DATA");
}

bool same_file(const std::filesystem::path& a, const std::filesystem::path& b) {
  std::error_code ec;
  if (std::filesystem::exists(a, ec) && std::filesystem::exists(b, ec))
    return std::filesystem::equivalent(a, b, ec);
  const auto real_a = std::filesystem::weakly_canonical(a, ec);
  if (ec) return false;
  const auto real_b = std::filesystem::weakly_canonical(b, ec);
  return !ec && real_a == real_b;
}

std::filesystem::path cache_dir() {
  if (const char* env = std::getenv("DYAD_CACHE_DIR"); env && *env)
    return std::string_view(env) == "off" ? std::filesystem::path() : std::filesystem::path(env);
  if (const char* xdg = std::getenv("XDG_CACHE_HOME"); xdg && *xdg)
    return std::filesystem::path(xdg) / "dyad";
  if (const char* home = std::getenv("HOME"); home && *home)
    return std::filesystem::path(home) / ".cache" / "dyad";
  return {};
}

std::optional<std::filesystem::path> find_web_dir(const std::string& explicit_dir) {
  const auto holds_page = [](const std::filesystem::path& dir) {
    std::error_code ec;
    return std::filesystem::is_regular_file(dir / "index.html", ec);
  };
  if (!explicit_dir.empty()) {
    if (!holds_page(explicit_dir))
      throw std::runtime_error("--web " + explicit_dir + ": no index.html there");
    return explicit_dir;
  }
  for (const auto& dir : candidate_dirs("DYAD_WEB", "web", DYAD_WEB_DIR))
    if (holds_page(dir)) return dir;
  return std::nullopt;
}

}  // namespace dyad
