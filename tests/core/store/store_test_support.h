// SPDX-FileCopyrightText: Annalist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "annalist/core/store/library.h"

#include <sqlite3.h>

#include <atomic>
#include <chrono>
#include <cstdint>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <random>
#include <stdexcept>
#include <string>
#include <string_view>

namespace annalist::core::test {

/// A fresh folder under the system temp directory, removed with everything in it afterwards.
class TempFolder final {
public:
    TempFolder() {
        static std::atomic<int> counter{0};
        std::random_device random;
        const auto stamp = std::chrono::steady_clock::now().time_since_epoch().count();
        m_path = std::filesystem::temp_directory_path() / ("annalist-store-test-" + std::to_string(stamp) + "-" +
                                                           std::to_string(random()) + "-" + std::to_string(counter++));
        std::filesystem::create_directories(m_path);
    }
    ~TempFolder() {
        std::error_code ignored;
        std::filesystem::remove_all(m_path, ignored);
    }
    TempFolder(const TempFolder&) = delete;
    TempFolder& operator=(const TempFolder&) = delete;

    [[nodiscard]] const std::filesystem::path& path() const { return m_path; }
    [[nodiscard]] std::filesystem::path libraryFile() const { return m_path / "library.annalist"; }

private:
    std::filesystem::path m_path;
};

/// A second, read-only connection straight to the file, to check what the library really wrote.
class RawDatabase final {
public:
    explicit RawDatabase(const std::filesystem::path& file) {
        if (sqlite3_open_v2(file.string().c_str(), &m_db, SQLITE_OPEN_READONLY, nullptr) != SQLITE_OK) {
            sqlite3_close(m_db);
            throw std::runtime_error("cannot open " + file.string());
        }
    }
    ~RawDatabase() { sqlite3_close(m_db); }
    RawDatabase(const RawDatabase&) = delete;
    RawDatabase& operator=(const RawDatabase&) = delete;

    /// First column of the first row as an integer, with one optional text parameter.
    std::int64_t integer(const std::string& sql, std::string_view parameter = {}) const {
        sqlite3_stmt* stmt = nullptr;
        if (sqlite3_prepare_v2(m_db, sql.c_str(), -1, &stmt, nullptr) != SQLITE_OK) {
            throw std::runtime_error(sqlite3_errmsg(m_db));
        }
        if (sqlite3_bind_parameter_count(stmt) > 0) {
            sqlite3_bind_text(stmt, 1, parameter.data(), static_cast<int>(parameter.size()), SQLITE_TRANSIENT);
        }
        const int rc = sqlite3_step(stmt);
        const std::int64_t value = rc == SQLITE_ROW ? sqlite3_column_int64(stmt, 0) : -1;
        sqlite3_finalize(stmt);
        if (rc != SQLITE_ROW && rc != SQLITE_DONE) {
            throw std::runtime_error(sqlite3_errmsg(m_db));
        }
        return value;
    }

private:
    sqlite3* m_db = nullptr;
};

/// Code point span of the `nth` occurrence of `needle` in UTF-8 `text`; throws when absent.
inline Span spanOf(std::string_view text, std::string_view needle, std::size_t nth = 0) {
    std::size_t byte = text.find(needle);
    for (std::size_t i = 0; i < nth && byte != std::string_view::npos; ++i) {
        byte = text.find(needle, byte + 1);
    }
    if (byte == std::string_view::npos) {
        throw std::logic_error("test text lacks " + std::string(needle));
    }
    const auto codePoints = [](std::string_view s) {
        std::size_t n = 0;
        for (const char c : s) {
            n += (static_cast<unsigned char>(c) & 0xC0) != 0x80 ? 1 : 0;
        }
        return n;
    };
    const std::size_t start = codePoints(text.substr(0, byte));
    return Span{start, start + codePoints(needle)};
}

/// A mention of `surface`'s `nth` occurrence in `text`.
inline Mention mentionOf(std::string_view text, std::string_view surface, std::size_t sentence,
                         Origin origin = Origin::Rule, double confidence = 0.75, std::size_t nth = 0) {
    return Mention{spanOf(text, surface, nth), std::string(surface), sentence, origin, confidence};
}

/// A small two-paragraph article with accents, metadata and a url.
inline Article sampleArticle(std::string url = "https://news.example/vertice-hanoi") {
    Article article;
    article.title = "Vertice a Hà Nội";
    article.lead = "Due leader, un accordo.";
    article.byline = "Maria Rossi";
    article.source = "Il Quotidiano";
    article.url = std::move(url);
    article.language = "it";
    article.published = PartialDate{2024, 6, 19};
    article.blocks = {{BlockKind::Title, "Vertice a Hà Nội"},
                      {BlockKind::Paragraph, "Il presidente Tô Lâm ha accolto Angela Merkel a Hà Nội."},
                      {BlockKind::Heading, "Le parole"},
                      {BlockKind::Paragraph, "«La libertà è un bene comune», ha detto Merkel."}};
    return article;
}

/// The annotation of sampleArticle(): three entities, four sentences, one quote.
inline Annotation sampleAnnotation(const Article& article) {
    const std::string text = article.text();
    Annotation annotation;
    annotation.language = "it";
    for (const Block& block : article.blocks) {
        annotation.sentences.push_back(spanOf(text, block.text));
    }
    annotation.entities.push_back(Entity{"place:hanoi",
                                         EntityType::Place,
                                         "Hanoi",
                                         "Capital of Vietnam",
                                         {mentionOf(text, "Hà Nội", 0, Origin::Gazetteer, 0.9),
                                          mentionOf(text, "Hà Nội", 1, Origin::Gazetteer, 0.9, 1)}});
    annotation.entities.push_back(Entity{
        "person:to-lam", EntityType::Person, "Tô Lâm", "", {mentionOf(text, "Tô Lâm", 1, Origin::KnowledgeBase)}});
    annotation.entities.push_back(Entity{"person:merkel",
                                         EntityType::Person,
                                         "Angela Merkel",
                                         "German politician",
                                         {mentionOf(text, "Angela Merkel", 1, Origin::KnowledgeBase, 1.0),
                                          mentionOf(text, "Merkel", 3, Origin::Rule, 0.5, 1)}});
    annotation.quotes.push_back(Quote{spanOf(text, "La libertà è un bene comune"), "person:merkel"});
    return annotation;
}

/// Every byte of a file, to prove that a refused file was left untouched.
inline std::string readBytes(const std::filesystem::path& file) {
    std::ifstream in(file, std::ios::binary);
    return std::string(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
}

} // namespace annalist::core::test
