// Start-up on transparent huge pages. On the virtual machines dyad runs on, the first touch of
// each fresh 4 KB page traps into the hypervisor (~16 µs), and loading dyad's data touches
// thousands: a third of the CPU of a short `dyad code` run (docs/performance.md, "Start-up").
#pragma once

#include <cstddef>

namespace dyad {

// For a command that loads the data, before it does: grows glibc's main heap by kHugeHeapPad at
// once and advises that range MADV_HUGEPAGE, so that what loading allocates lands on 2 MB pages
// (~500 faults instead of ~3,000). Blocks up to 32 MB are then taken from the heap rather than
// mapped on their own, and the heap is not trimmed below the pad. The same effect as glibc's
// tunable glibc.malloc.hugetlb=1 for the main thread, without starting the process again to set
// it (a second start of the dynamic loader costs ~15 ms of CPU). Does nothing when
// GLIBC_TUNABLES sets glibc.malloc.hugetlb (=1: glibc does it; =0: the user turned it off), when
// the machine has transparent huge pages disabled, or in a sanitizer build (its allocator is not
// glibc's). Returns whether the heap was advised.
bool put_heap_on_huge_pages();

inline constexpr std::size_t kHugeHeapPad = std::size_t{64} << 20;

}  // namespace dyad
