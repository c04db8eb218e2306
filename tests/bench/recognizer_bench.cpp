// SPDX-FileCopyrightText: Annalist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// annalist_bench: how fast the recogniser's resources load, how fast one thread annotates news text and how
// much memory that takes. It prints numbers and never judges them; see README.md beside this file.
#include <annalist/core/ner/gazetteer.h>
#include <annalist/core/ner/recognizer.h>
#include <annalist/core/pipeline.h>

#include <sys/resource.h>

#include <algorithm>
#include <array>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

namespace annalist::bench {
namespace {

namespace fs = std::filesystem;
using Clock = std::chrono::steady_clock;

constexpr int kLoadRuns = 5;
constexpr double kBytesPerMegabyte = 1024.0 * 1024.0;
// Long inputs are cut at paragraph breaks into documents of about a news article's size.
constexpr std::size_t kMaxDocumentBytes = std::size_t{8} * 1024;
constexpr const char* kUsage = "usage: annalist_bench [--min-mb N] [--write-jsonl FILE] [TEXT_FILE...]\n";

struct Options {
    std::vector<fs::path> files;
    double minMegabytes = 20.0;
    fs::path jsonlOut;
};

/// The corpus: each document is a view into one of `texts`, repeated until the corpus is large enough.
struct Corpus {
    std::vector<std::string> texts;
    std::vector<std::string_view> documents;
    std::size_t bytes = 0;
};

struct Throughput {
    std::size_t tokens = 0;
    std::size_t mentions = 0;
    double seconds = 0.0;
};

std::vector<fs::path> defaultFiles() {
    std::vector<fs::path> files;
    for (const fs::directory_entry& entry : fs::directory_iterator(fs::path(ANNALIST_RESOURCE_DIR) / "samples")) {
        if (entry.path().extension() == ".txt") {
            files.push_back(entry.path());
        }
    }
    std::sort(files.begin(), files.end());
    files.emplace_back(ANNALIST_SEED_ARTICLE);
    return files;
}

Options parseOptions(const std::vector<std::string>& args) {
    Options options;
    for (std::size_t i = 0; i < args.size(); ++i) {
        const bool hasValue = i + 1 < args.size();
        if (args[i] == "--help" || args[i] == "-h") {
            std::fputs(kUsage, stdout);
            std::exit(0);
        } else if (args[i] == "--min-mb" && hasValue) {
            options.minMegabytes = std::stod(args[++i]);
        } else if (args[i] == "--write-jsonl" && hasValue) {
            options.jsonlOut = args[++i];
        } else if (args[i].starts_with("-")) {
            throw std::invalid_argument("unknown or incomplete option " + args[i]);
        } else {
            options.files.emplace_back(args[i]);
        }
    }
    if (options.files.empty()) {
        options.files = defaultFiles();
    }
    return options;
}

std::string readFile(const fs::path& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in) {
        throw std::runtime_error("cannot read " + path.string());
    }
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

/// Splits a text at blank lines into pieces of at most about kMaxDocumentBytes (a longer paragraph stays whole).
std::vector<std::string_view> splitDocuments(std::string_view text) {
    std::vector<std::string_view> documents;
    std::size_t start = 0;
    while (start < text.size()) {
        std::size_t end = text.size();
        if (end - start > kMaxDocumentBytes) {
            const std::size_t cut = text.rfind("\n\n", start + kMaxDocumentBytes);
            end = cut != std::string_view::npos && cut > start ? cut + 2 : text.find("\n\n", start + kMaxDocumentBytes);
            end = std::min(end, text.size());
        }
        documents.push_back(text.substr(start, end - start));
        start = end;
    }
    return documents;
}

Corpus buildCorpus(const std::vector<fs::path>& files, double minMegabytes) {
    Corpus corpus;
    for (const fs::path& file : files) {
        corpus.texts.push_back(readFile(file));
    }
    std::vector<std::string_view> pieces;
    for (const std::string& text : corpus.texts) {
        const std::vector<std::string_view> split = splitDocuments(text);
        pieces.insert(pieces.end(), split.begin(), split.end());
    }
    if (pieces.empty()) {
        throw std::runtime_error("the corpus files hold no text");
    }
    const auto minBytes = static_cast<std::size_t>(minMegabytes * kBytesPerMegabyte);
    for (std::size_t i = 0; corpus.bytes < minBytes || i < pieces.size(); ++i) {
        corpus.documents.push_back(pieces[i % pieces.size()]);
        corpus.bytes += pieces[i % pieces.size()].size();
    }
    return corpus;
}

std::size_t countWords(std::string_view text) {
    std::size_t words = 0;
    bool inWord = false;
    for (const char c : text) {
        const bool space = c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f' || c == '\v';
        words += !space && !inWord ? 1 : 0;
        inWord = !space;
    }
    return words;
}

double millisecondsSince(Clock::time_point start) {
    return std::chrono::duration<double, std::milli>(Clock::now() - start).count();
}

double medianLoadMilliseconds(const fs::path& resourceDir) {
    std::vector<double> runs;
    for (int run = 0; run < kLoadRuns; ++run) {
        const Clock::time_point start = Clock::now();
        const auto gazetteer = core::Gazetteer::load(resourceDir, {"it", "en"});
        runs.push_back(millisecondsSince(start));
    }
    std::sort(runs.begin(), runs.end());
    return runs[runs.size() / 2];
}

Throughput measureThroughput(const core::Recognizer& recognizer, const Corpus& corpus) {
    Throughput result;
    const Clock::time_point start = Clock::now();
    for (const std::string_view document : corpus.documents) {
        result.mentions += recognizer.annotate(document, "auto").mentionCount();
    }
    result.seconds = millisecondsSince(start) / 1000.0;
    for (const std::string_view document : corpus.documents) {
        result.tokens += countWords(document);
    }
    return result;
}

double peakRssMegabytes() {
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return static_cast<double>(usage.ru_maxrss) / 1024.0; // Linux reports kilobytes
}

std::string jsonString(std::string_view text) {
    std::string out = "\"";
    for (const char c : text) {
        const auto byte = static_cast<unsigned char>(c);
        if (c == '"' || c == '\\') {
            out += '\\';
            out += c;
        } else if (c == '\n') {
            out += "\\n";
        } else if (byte < 0x20) {
            std::array<char, 8> escape{};
            std::snprintf(escape.data(), escape.size(), "\\u%04x", static_cast<unsigned>(byte));
            out += escape.data();
        } else {
            out += c;
        }
    }
    return out + "\"";
}

/// Writes the corpus as the CLI's batch input, one {"id", "text"} object per document.
void writeJsonl(const fs::path& path, const Corpus& corpus) {
    std::ofstream out(path, std::ios::binary);
    for (std::size_t i = 0; i < corpus.documents.size(); ++i) {
        out << "{\"id\":\"doc-" << i << "\",\"text\":" << jsonString(corpus.documents[i]) << "}\n";
    }
    if (!out) {
        throw std::runtime_error("cannot write " + path.string());
    }
}

void printThroughput(const Corpus& corpus, const Throughput& throughput) {
    const double megabytes = static_cast<double>(corpus.bytes) / kBytesPerMegabyte;
    std::printf("documents %zu\n", corpus.documents.size());
    std::printf("corpus_mb %.1f\n", megabytes);
    std::printf("tokens %zu\n", throughput.tokens);
    std::printf("mentions %zu\n", throughput.mentions);
    std::printf("seconds %.2f\n", throughput.seconds);
    std::printf("tokens_per_second %.0f\n", static_cast<double>(throughput.tokens) / throughput.seconds);
    std::printf("mb_per_second %.2f\n", megabytes / throughput.seconds);
}

int run(const std::vector<std::string>& args) {
    const Options options = parseOptions(args);
    const fs::path resourceDir = ANNALIST_RESOURCE_DIR;
    if (!fs::exists(resourceDir / core::Gazetteer::kCompiledFileName)) {
        throw std::runtime_error("no compiled gazetteer in " + resourceDir.string() +
                                 " (build the annalist_data target first)");
    }
    std::printf("load_ms %.3f\n", medianLoadMilliseconds(resourceDir));
    std::fflush(stdout);
    const Corpus corpus = buildCorpus(options.files, options.minMegabytes);
    if (!options.jsonlOut.empty()) {
        writeJsonl(options.jsonlOut, corpus);
    }
    const core::Recognizer recognizer(core::Gazetteer::load(resourceDir, {"it", "en"}));
    // A memory-mapped gazetteer loads at once and is paged in on first use: the first document shows that cost.
    const Clock::time_point first = Clock::now();
    static_cast<void>(recognizer.annotate(corpus.documents.front(), "auto"));
    std::printf("first_document_ms %.3f\n", millisecondsSince(first));
    printThroughput(corpus, measureThroughput(recognizer, corpus));
    std::printf("peak_rss_mb %.0f\n", peakRssMegabytes());
    return 0;
}

} // namespace
} // namespace annalist::bench

int main(int argc, char** argv) {
    // Measured under the same allocator settings as annalist-cli's batch mode.
    annalist::core::tuneAllocatorForBatch();
    try {
        return annalist::bench::run(std::vector<std::string>(argv + 1, argv + argc));
    } catch (const std::exception& error) {
        std::fprintf(stderr, "annalist_bench: %s\n", error.what());
        std::fputs(annalist::bench::kUsage, stderr);
        return 1;
    }
}
