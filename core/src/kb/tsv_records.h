// SPDX-FileCopyrightText: Annalist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <filesystem>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

namespace annalist::core::kb {

/// Splits a field on a separator; empty parts are kept, so columns keep their positions.
[[nodiscard]] std::vector<std::string> splitFields(std::string_view text, char separator);

/// Calls `record(fields, lineNumber)` for every line of a tab-separated file that is neither empty nor a
/// `#` comment. A missing file is skipped: not every resource folder has every source.
void forEachTsvRecord(const std::filesystem::path& file,
                      const std::function<void(const std::vector<std::string>&, int)>& record);

/// The `.tsv` files of a folder whose names start with `prefix` ("people" → people-leaders.tsv…), in name order,
/// the order in which the recogniser and the facts read them, so that the first entry of a key wins in both.
[[nodiscard]] std::vector<std::filesystem::path> tsvFilesStartingWith(const std::filesystem::path& folder,
                                                                      std::string_view prefix);

/// Throws StoreError naming the file and the line.
[[noreturn]] void malformedRecord(const std::filesystem::path& file, int lineNumber, const std::string& what);

} // namespace annalist::core::kb
