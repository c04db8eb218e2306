// SPDX-FileCopyrightText: Annalist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Build step: compiles what the knowledge base, the gazetteers and the world map know about each entity
// (offices, coordinates, a treaty's parties and dates) into the facts file the entity card reads.
#include "annalist/core/kb/entity_facts.h"

#include <exception>
#include <iostream>

int main(int argc, char** argv) {
    if (argc != 3) {
        std::cerr << "usage: annalist-compile-facts RESOURCE_DIR OUTPUT_FILE\n";
        return 2;
    }
    try {
        const auto book = annalist::core::FactsBook::fromSources(argv[1]);
        book.save(argv[2]);
        std::cout << "compiled the facts of " << book.size() << " entities into " << argv[2] << '\n';
    } catch (const std::exception& error) {
        std::cerr << "annalist-compile-facts: " << error.what() << '\n';
        return 1;
    }
    return 0;
}
