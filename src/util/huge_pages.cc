#include "util/huge_pages.h"

#include <malloc.h>
#include <sys/mman.h>
#include <unistd.h>

#include <algorithm>
#include <cstdint>
#include <cstdlib>
#include <fstream>
#include <string>

namespace dyad {

namespace {

constexpr std::uintptr_t kHugePage = std::uintptr_t{2} << 20;
constexpr int kLargestHeapBlock = 32 << 20;  // glibc's own ceiling for its mmap threshold
constexpr int kDefaultTopPad = 128 << 10;    // glibc's M_TOP_PAD default

// Kept, never read: the block below the first huge page of the heap.
void* volatile below_first_huge_page = nullptr;

bool huge_pages_enabled() {
  std::ifstream setting("/sys/kernel/mm/transparent_hugepage/enabled");
  std::string modes;
  return std::getline(setting, modes) && modes.find("[never]") == std::string::npos;
}

}  // namespace

bool put_heap_on_huge_pages() {
#if defined(__SANITIZE_ADDRESS__)
  return false;
#else
  const char* tunables = std::getenv("GLIBC_TUNABLES");
  if ((tunables && std::string(tunables).find("glibc.malloc.hugetlb") != std::string::npos) ||
      !huge_pages_enabled())
    return false;
  // Large blocks from the heap too (as glibc's dynamic threshold would after the first one was
  // freed), and never a trim that would hand the pad back.
  mallopt(M_MMAP_THRESHOLD, kLargestHeapBlock);
  mallopt(M_TRIM_THRESHOLD, 2 * static_cast<int>(kHugeHeapPad));
  // The next growth of the heap takes the pad with it: a block larger than what the heap has
  // free grows it.
  mallopt(M_TOP_PAD, static_cast<int>(kHugeHeapPad));
  void* const initial_break = sbrk(0);
  const auto before = reinterpret_cast<std::uintptr_t>(initial_break);
  void* const grown = std::malloc(kHugeHeapPad / 4);
  const auto top = reinterpret_cast<std::uintptr_t>(sbrk(0));
  mallopt(M_TOP_PAD, kDefaultTopPad);
  // Huge pages start on a 2 MB boundary. The block shrinks (in place) to end at the first one
  // and is kept, never freed: the rest returns to the heap's free top, from which the next
  // allocations come, and not to the 4 KB pages below it.
  const auto first_free = reinterpret_cast<std::uintptr_t>(grown);
  const std::uintptr_t start = (first_free + kHugePage - 1) & ~(kHugePage - 1);
  below_first_huge_page = std::realloc(grown, std::max<std::uintptr_t>(start - first_free, 1));
  // Only when the heap grew in place (glibc falls back to mappings of its own when it cannot),
  // so that the range advised is the heap's.
  if (initial_break == reinterpret_cast<void*>(-1) || grown == nullptr ||
      top < before + kHugeHeapPad || below_first_huge_page != grown)
    return false;
  return madvise(reinterpret_cast<void*>(start), top - start, MADV_HUGEPAGE) == 0;
#endif
}

}  // namespace dyad
