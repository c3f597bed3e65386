// put_heap_on_huge_pages (util/huge_pages.h), in a test executable of its own: it changes how
// this process's malloc works.
#include "util/huge_pages.h"

#include <gtest/gtest.h>

#include <cstdint>
#include <cstdlib>
#include <fstream>
#include <memory>
#include <sstream>
#include <string>
#include <vector>

namespace dyad {
namespace {

bool huge_pages_enabled() {
  std::ifstream setting("/sys/kernel/mm/transparent_hugepage/enabled");
  std::string modes;
  return std::getline(setting, modes) && modes.find("[never]") == std::string::npos;
}

// The VmFlags of the mapping holding `address`, from /proc/self/smaps ("" if none holds it).
std::string mapping_flags(const void* address) {
  const auto at = reinterpret_cast<std::uintptr_t>(address);
  std::ifstream smaps("/proc/self/smaps");
  std::string line;
  bool inside = false;
  while (std::getline(smaps, line)) {
    std::uintptr_t begin = 0;
    std::uintptr_t end = 0;
    char dash = 0;
    std::istringstream range(line);
    if (range >> std::hex >> begin >> dash >> end && dash == '-' && line.find(':') > 20) {
      inside = begin <= at && at < end;
      continue;
    }
    if (inside && line.starts_with("VmFlags:")) return line;
  }
  return "";
}

TEST(HugePages, LoadingAllocatesOnTheAdvisedHeap) {
#if defined(__SANITIZE_ADDRESS__)
  GTEST_SKIP() << "SKIPPED: the sanitizer's allocator is not glibc's";
#endif
  if (!huge_pages_enabled()) GTEST_SKIP() << "SKIPPED: transparent huge pages are off here";
  if (std::getenv("GLIBC_TUNABLES")) GTEST_SKIP() << "SKIPPED: GLIBC_TUNABLES is set";
  const auto before = std::make_unique<char[]>(1000);
  EXPECT_EQ(mapping_flags(before.get()).find(" hg"), std::string::npos)
      << "the heap is advised before put_heap_on_huge_pages";
  ASSERT_TRUE(put_heap_on_huge_pages());
  // Small blocks (once those freed before are used up), and a block of a few megabytes
  // (mapped on its own by default), come from the advised heap.
  std::vector<std::unique_ptr<char[]>> small(20000);
  for (auto& block : small) block = std::make_unique<char[]>(100);
  const auto large = std::make_unique<char[]>(std::size_t{4} << 20);
  EXPECT_NE(mapping_flags(small.back().get()).find(" hg"), std::string::npos)
      << mapping_flags(small.back().get());
  EXPECT_NE(mapping_flags(large.get()).find(" hg"), std::string::npos)
      << mapping_flags(large.get());
}

}  // namespace
}  // namespace dyad
