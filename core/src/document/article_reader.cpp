// SPDX-FileCopyrightText: Annalist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "annalist/core/document/article_reader.h"

#include "annalist/core/error.h"
#include "annalist/core/text/encoding.h"
#include "document/block_text.h"

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <fstream>
#include <system_error>

namespace annalist::core {

namespace {

namespace fs = std::filesystem;

ArticleFormat formatFor(const std::string& name, ArticleFormat requested) {
    if (requested != ArticleFormat::Auto) {
        return requested;
    }
    const std::string extension = detail::asciiLower(fs::path(name).extension().string());
    const bool markdown =
        extension == ".md" || extension == ".markdown" || extension == ".mdown" || extension == ".mkd";
    return markdown ? ArticleFormat::Markdown : ArticleFormat::PlainText;
}

std::string sizeText(std::uintmax_t bytes) {
    return std::to_string(bytes) + " bytes";
}

void checkFileBeforeReading(const fs::path& path, const std::string& name, std::size_t maxBytes) {
    std::error_code error;
    const fs::file_status status = fs::status(path, error);
    if (status.type() == fs::file_type::not_found) {
        throw InputError(InputProblem::NotFound, name, "no such file");
    }
    if (error) {
        throw InputError(InputProblem::Unreadable, name, error.message());
    }
    if (fs::is_directory(status)) {
        throw InputError(InputProblem::Unreadable, name, "is a directory");
    }
    if (!fs::is_regular_file(status)) {
        return; // pipes and devices have no size; the read below enforces the limit
    }
    const std::uintmax_t size = fs::file_size(path, error);
    if (error) {
        throw InputError(InputProblem::Unreadable, name, error.message());
    }
    if (size > maxBytes) {
        throw InputError(InputProblem::TooLarge, name, sizeText(size) + ", limit " + sizeText(maxBytes));
    }
}

/// Reads at most maxBytes + 1 bytes, so an input that grows or has no size still cannot exhaust memory.
std::string readLimited(const fs::path& path, const std::string& name, std::size_t maxBytes) {
    std::ifstream in(path, std::ios::binary);
    if (!in) {
        throw InputError(InputProblem::Unreadable, name, std::strerror(errno));
    }
    std::string bytes;
    constexpr std::size_t kChunk = 64 * 1024;
    while (in && bytes.size() <= maxBytes) {
        const std::size_t offset = bytes.size();
        bytes.resize(offset + kChunk);
        in.read(bytes.data() + offset, static_cast<std::streamsize>(kChunk));
        bytes.resize(offset + static_cast<std::size_t>(in.gcount()));
    }
    if (in.bad()) {
        throw InputError(InputProblem::Unreadable, name, "read error");
    }
    if (bytes.size() > maxBytes) {
        throw InputError(InputProblem::TooLarge, name, "more than " + sizeText(maxBytes));
    }
    return bytes;
}

} // namespace

Article readArticleFile(const std::filesystem::path& path, const ReadOptions& options) {
    const std::string name = path.string();
    checkFileBeforeReading(path, name, options.maxBytes);
    const std::string bytes = readLimited(path, name, options.maxBytes);
    return readArticleBytes(bytes, name, options);
}

Article readArticleBytes(std::string_view bytes, const std::string& name, const ReadOptions& options) {
    if (bytes.size() > options.maxBytes) {
        throw InputError(InputProblem::TooLarge, name,
                         sizeText(bytes.size()) + ", limit " + sizeText(options.maxBytes));
    }
    const DecodedText decoded = decodeText(bytes, name);
    Article article = formatFor(name, options.format) == ArticleFormat::Markdown ? readMarkdown(decoded.utf8)
                                                                                 : readPlainText(decoded.utf8);
    const bool hasBody = std::any_of(article.blocks.begin(), article.blocks.end(),
                                     [](const Block& block) { return block.kind != BlockKind::Title; });
    if (!hasBody) {
        throw InputError(InputProblem::Empty, name, "no article text besides the header");
    }
    article.sourceEncoding = decoded.encoding;
    return article;
}

} // namespace annalist::core
