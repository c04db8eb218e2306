// SPDX-FileCopyrightText: Annalist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "batch_annotator.h"

#include <annalist/core/error.h>

#include <algorithm>
#include <atomic>
#include <exception>
#include <thread>
#include <utility>

namespace annalist::cli {
namespace {

// Large enough to keep every thread busy between the sequential read and write phases, small
// enough that a chunk of long articles stays a few megabytes.
constexpr std::size_t kRecordsPerJob = 128;

bool isBlank(std::string_view line) {
    return line.find_first_not_of(" \t\r\n\f\v") == std::string_view::npos;
}

} // namespace

BatchAnnotator::BatchAnnotator(const core::Recognizer& recognizer, std::string defaultLanguage, unsigned jobs)
    : m_recognizer(recognizer), m_defaultLanguage(std::move(defaultLanguage)), m_jobs(std::max(jobs, 1U)) {}

void BatchAnnotator::run(std::istream& in, const std::string& inputName, CliContext& context) const {
    const std::size_t chunkSize = kRecordsPerJob * m_jobs;
    std::vector<Record> chunk;
    std::exception_ptr failure;
    std::string line;
    std::size_t lineNumber = 0;
    while (!failure && std::getline(in, line)) {
        ++lineNumber;
        if (isBlank(line)) {
            continue;
        }
        try {
            chunk.push_back(
                {lineNumber, core::parseBatchLine(line, inputName + " line " + std::to_string(lineNumber))});
        } catch (const core::InputError&) {
            failure = std::current_exception();
        }
        if (chunk.size() >= chunkSize) {
            emit(chunk, context);
            chunk.clear();
        }
    }
    emit(chunk, context);
    context.flush();
    if (failure) {
        std::rethrow_exception(failure);
    }
    if (in.bad()) {
        throw core::InputError(core::InputProblem::Unreadable, inputName, "read error");
    }
}

void BatchAnnotator::emit(const std::vector<Record>& chunk, CliContext& context) const {
    std::vector<std::string> lines(chunk.size());
    std::vector<std::exception_ptr> errors(chunk.size());
    std::atomic<std::size_t> next{0};
    const auto work = [&] {
        for (std::size_t i = next++; i < chunk.size(); i = next++) {
            try {
                annotate(chunk[i].input, lines[i]);
            } catch (...) {
                errors[i] = std::current_exception();
            }
        }
    };
    {
        std::vector<std::jthread> helpers;
        for (unsigned job = 1; job < std::min<std::size_t>(m_jobs, chunk.size()); ++job) {
            helpers.emplace_back(work);
        }
        work();
    }
    for (std::size_t i = 0; i < chunk.size(); ++i) {
        if (errors[i]) {
            context.flush();
            std::rethrow_exception(errors[i]);
        }
        context.write(lines[i]);
    }
}

void BatchAnnotator::annotate(const core::BatchInput& input, std::string& line) const {
    // The text is annotated exactly as given: the caller's offsets index their own string.
    const std::string& language = input.language.empty() ? m_defaultLanguage : input.language;
    core::appendBatchJsonLine(line, input.id, m_recognizer.annotate(input.text, language));
}

} // namespace annalist::cli
