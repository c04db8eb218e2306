// SPDX-FileCopyrightText: Annalist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli_app.h"

#include <annalist/core/pipeline.h>

#include <string>
#include <vector>

int main(int argc, char** argv) {
    // The command line's heavy use is batch mode, which annotates text after text.
    annalist::core::tuneAllocatorForBatch();
    const std::vector<std::string> args(argv + 1, argv + argc);
    return annalist::cli::CliApp(annalist::cli::CliApp::executableDir(argv[0])).run(args);
}
