// SPDX-FileCopyrightText: Annalist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "annalist/core/article.h"

#include <QString>

#include <string>

namespace annalist::ui {

/// A core UTF-8 string as a QString.
[[nodiscard]] inline QString toQString(const std::string& utf8) {
    return QString::fromUtf8(utf8.data(), static_cast<qsizetype>(utf8.size()));
}

/// A partial date the way the user's locale writes it: "2024", "June 2024" or "19 June 2024".
[[nodiscard]] QString formatPartialDate(const core::PartialDate& date);

/// The name of a language in the user's locale ("Italian"); the code itself when unknown.
[[nodiscard]] QString languageName(const std::string& code);

} // namespace annalist::ui
