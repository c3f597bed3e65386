#include "cli/huge_pages.h"

#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <string>

namespace dyad::cli {

namespace {

constexpr const char* kTunable = "glibc.malloc.hugetlb";

bool huge_pages_enabled() {
  std::ifstream setting("/sys/kernel/mm/transparent_hugepage/enabled");
  std::string modes;
  return std::getline(setting, modes) && modes.find("[never]") == std::string::npos;
}

}  // namespace

void rerun_with_huge_page_heap(char** argv) {
#if defined(__SANITIZE_ADDRESS__)
  (void)argv;
#else
  const char* tunables = std::getenv("GLIBC_TUNABLES");
  const std::string before = tunables ? tunables : "";
  if (before.find(kTunable) != std::string::npos || !huge_pages_enabled()) return;
  const std::string after = (before.empty() ? "" : before + ":") + kTunable + "=1";
  if (setenv("GLIBC_TUNABLES", after.c_str(), 1) != 0) return;
  // By its path, not /proc/self/exe, so that the process keeps its name (ps, top).
  std::error_code error;
  const auto self = std::filesystem::read_symlink("/proc/self/exe", error);
  if (!error) execv(self.c_str(), argv);
  // Still here: run without (as before).
  if (tunables)
    setenv("GLIBC_TUNABLES", before.c_str(), 1);
  else
    unsetenv("GLIBC_TUNABLES");
#endif
}

}  // namespace dyad::cli
