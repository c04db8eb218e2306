// SPDX-FileCopyrightText: Annalist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli_app.h"

#include <string>
#include <vector>

#if defined(__GLIBC__)
#include <malloc.h>
#endif

namespace {

/// Annotating an article allocates and frees token arrays of a few hundred kilobytes. By default glibc maps
/// each into fresh pages and returns them on free, so batch mode spent a good share of its time in page faults
/// and brk/munmap calls; keeping such blocks in the heap costs a few megabytes of resident memory at most.
void tuneAllocator() {
#if defined(__GLIBC__)
    constexpr int kMegabyte = 1024 * 1024;
    mallopt(M_MMAP_THRESHOLD, 32 * kMegabyte);
    mallopt(M_TRIM_THRESHOLD, 64 * kMegabyte);
    mallopt(M_TOP_PAD, 4 * kMegabyte);
#endif
}

} // namespace

int main(int argc, char** argv) {
    tuneAllocator();
    const std::vector<std::string> args(argv + 1, argv + argc);
    return annalist::cli::CliApp(annalist::cli::CliApp::executableDir(argv[0])).run(args);
}
