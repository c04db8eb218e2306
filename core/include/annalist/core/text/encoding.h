// SPDX-FileCopyrightText: Annalist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <string>
#include <string_view>

namespace annalist::core {

/// Result of turning raw bytes into text.
struct DecodedText {
    std::string utf8;     ///< NFC, without a byte-order mark, line endings normalised to '\n'
    std::string encoding; ///< name of the source encoding, e.g. "UTF-8" or "ISO-8859-1"
};

/// Decodes raw file bytes to UTF-8: UTF-8 (with or without BOM) as is, UTF-16 by its BOM, anything
/// else detected through ICU and converted. Throws InputError (Empty, Binary, InvalidEncoding)
/// naming `inputName` when the bytes are not text.
[[nodiscard]] DecodedText decodeText(std::string_view bytes, const std::string& inputName);

} // namespace annalist::core
