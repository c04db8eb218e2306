// SPDX-FileCopyrightText: Annalist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "annalist/core/pipeline.h"

#include "annalist/core/error.h"

#include <cstdlib>

#if defined(__GLIBC__)
#include <malloc.h>
#endif

namespace annalist::core {

Pipeline::Pipeline(std::shared_ptr<const Gazetteer> gazetteer) : m_recognizer(std::move(gazetteer)) {}

AnnotatedArticle Pipeline::openFile(const std::filesystem::path& path, std::string_view language,
                                    const ReadOptions& options) const {
    return annotate(readArticleFile(path, options), language);
}

AnnotatedArticle Pipeline::annotate(Article article, std::string_view language) const {
    const std::string text = article.text();
    // The article's own header names its language; "auto" only decides when it does not.
    const std::string chosen =
        language == "auto" && !article.language.empty() ? article.language : std::string(language);
    AnnotateOptions options;
    options.language = chosen;
    if (article.published.isValid()) {
        options.published = article.published;
    }
    Annotation annotation = m_recognizer.annotate(text, options);
    if (article.language.empty()) {
        article.language = annotation.language;
    }
    return {std::move(article), std::move(annotation)};
}

std::filesystem::path locateResources(const std::filesystem::path& executableDir) {
    std::error_code error;
    if (const char* fromEnvironment = std::getenv("ANNALIST_RESOURCE_DIR"); fromEnvironment != nullptr) {
        if (std::filesystem::is_directory(fromEnvironment, error)) {
            return fromEnvironment;
        }
    }
    const std::filesystem::path installed = executableDir / ".." / ANNALIST_INSTALL_DATADIR;
    if (std::filesystem::is_regular_file(installed / Gazetteer::kCompiledFileName, error)) {
        return std::filesystem::weakly_canonical(installed, error);
    }
    const std::filesystem::path source = ANNALIST_SOURCE_RESOURCE_DIR;
    if (std::filesystem::is_directory(source / "gazetteers", error)) {
        return source;
    }
    throw StoreError("cannot find Annalist's resource folder (looked in $ANNALIST_RESOURCE_DIR, " + installed.string() +
                     " and " + source.string() + ")");
}

void tuneAllocatorForBatch() {
#if defined(__GLIBC__)
    // Annotating an article allocates and frees token arrays of a few hundred kilobytes. By default glibc maps
    // such blocks into fresh pages or trims them off the heap on free, so a batch spent a good share of its time
    // in page faults and brk/munmap calls; keeping them costs a few megabytes of resident memory at most.
    constexpr int kMegabyte = 1024 * 1024;
    mallopt(M_MMAP_THRESHOLD, 32 * kMegabyte);
    mallopt(M_TRIM_THRESHOLD, 64 * kMegabyte);
    mallopt(M_TOP_PAD, 4 * kMegabyte);
#endif
}

} // namespace annalist::core
