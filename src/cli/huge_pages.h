// Start-up on transparent huge pages. On the virtual machines dyad runs on, the first touch of
// each fresh 4 KB page traps into the hypervisor (~16 µs), and loading dyad's data touches
// thousands: a third of the CPU of a short `dyad code` run. glibc's malloc puts its heaps on 2 MB
// transparent huge pages when the tunable glibc.malloc.hugetlb=1 is set, which it reads only
// from the environment as the process starts (docs/performance.md, "Start-up").
#pragma once

namespace dyad::cli {

// For a command that loads the data: runs dyad again (the same arguments, input not yet read)
// with glibc.malloc.hugetlb=1 added to GLIBC_TUNABLES: the second start costs ~10 ms of CPU and
// saves ~30-60. Returns without doing so when GLIBC_TUNABLES already sets glibc.malloc.hugetlb
// (by this or by the user: glibc.malloc.hugetlb=0 turns it off), when the machine has
// transparent huge pages disabled, in a sanitizer build (its allocator is not glibc's), or when
// the exec fails.
void rerun_with_huge_page_heap(char** argv);

}  // namespace dyad::cli
