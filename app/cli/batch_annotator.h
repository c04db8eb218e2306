// SPDX-FileCopyrightText: Annalist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cli_context.h"

#include <annalist/core/export/json_export.h>
#include <annalist/core/ner/recognizer.h>

#include <cstddef>
#include <istream>
#include <string>
#include <vector>

namespace annalist::cli {

/// The JSON-lines batch mode: one {"id", "text", "language"?} record per input line, one result
/// line per record on standard output, in input order. Records are annotated in parallel, a chunk
/// at a time, because the recogniser is thread-safe and corpora are large.
class BatchAnnotator final {
public:
    /// `defaultLanguage` applies to records without a language; `jobs` is the number of threads (≥ 1).
    BatchAnnotator(const core::Recognizer& recognizer, std::string defaultLanguage, unsigned jobs);

    /// Annotates every record of `in`, skipping blank lines. On a malformed line, prints the results
    /// of the lines before it and throws InputError naming `inputName` and the line number.
    void run(std::istream& in, const std::string& inputName, CliContext& context) const;

private:
    struct Record {
        std::size_t lineNumber = 0;
        core::BatchInput input;
    };

    void emit(const std::vector<Record>& chunk, CliContext& context) const;
    /// Appends the result line of `input`, newline included, to `line`.
    void annotate(const core::BatchInput& input, std::string& line) const;

    const core::Recognizer& m_recognizer;
    std::string m_defaultLanguage;
    unsigned m_jobs = 1;
};

} // namespace annalist::cli
