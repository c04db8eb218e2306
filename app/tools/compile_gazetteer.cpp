// SPDX-FileCopyrightText: Annalist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Build step: compiles the gazetteer sources under resources/ (and ICU's locale data) into the one binary
// file the applications load at start-up.
#include "annalist/core/error.h"
#include "annalist/core/ner/gazetteer.h"

#include <chrono>
#include <exception>
#include <iostream>

int main(int argc, char** argv) {
    if (argc != 3) {
        std::cerr << "usage: annalist-compile-gazetteer RESOURCE_DIR OUTPUT_FILE\n";
        return 2;
    }
    try {
        const auto started = std::chrono::steady_clock::now();
        const auto gazetteer = annalist::core::Gazetteer::fromSources(argv[1], {"it", "en", "fr", "de", "es"});
        gazetteer->saveCompiled(argv[2]);
        const auto elapsed =
            std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::steady_clock::now() - started);
        std::cout << "compiled " << gazetteer->nameCount() << " names into " << argv[2] << " in " << elapsed.count()
                  << " ms\n";
    } catch (const std::exception& error) {
        std::cerr << "annalist-compile-gazetteer: " << error.what() << '\n';
        return 1;
    }
    return 0;
}
