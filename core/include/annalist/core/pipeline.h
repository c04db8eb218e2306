// SPDX-FileCopyrightText: Annalist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "annalist/core/article.h"
#include "annalist/core/document/article_reader.h"
#include "annalist/core/ner/annotation.h"
#include "annalist/core/ner/recognizer.h"

#include <filesystem>
#include <memory>
#include <string>
#include <string_view>

namespace annalist::core {

/// An article with what the recogniser found in its text.
struct AnnotatedArticle {
    Article article;
    Annotation annotation;
};

/// Reads and annotates articles: the one path the CLI and the GUI share.
class Pipeline {
public:
    explicit Pipeline(std::shared_ptr<const Gazetteer> gazetteer);

    /// Reads a file and annotates it. `language` is a code or "auto" (the article's own header wins
    /// over "auto"). Throws InputError for bad input.
    [[nodiscard]] AnnotatedArticle openFile(const std::filesystem::path& path, std::string_view language = "auto",
                                            const ReadOptions& options = {}) const;
    /// Annotates an article already read.
    [[nodiscard]] AnnotatedArticle annotate(Article article, std::string_view language = "auto") const;
    /// The recogniser, for plain-text batch use.
    [[nodiscard]] const Recognizer& recognizer() const { return m_recognizer; }

private:
    Recognizer m_recognizer;
};

/// Finds the resource folder: $ANNALIST_RESOURCE_DIR, then `<exeDir>/../share/annalist` when it holds the compiled
/// gazetteer (an installed or built tree), then the source tree's resources/ recorded at build time (slow: the
/// gazetteer is then built from its sources). Throws StoreError when none exists.
[[nodiscard]] std::filesystem::path locateResources(const std::filesystem::path& executableDir);

/// Sets the C library's allocator up for annotating many texts in a row (batch mode, benchmarks): the token
/// arrays of each text then stay in the heap instead of being returned to the system and faulted in again.
/// Call once at start-up, before any thread starts; it does nothing where the allocator cannot be tuned.
void tuneAllocatorForBatch();

} // namespace annalist::core
