// SPDX-FileCopyrightText: Annalist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace annalist::ui {

/// The project version the application was built as, e.g. "0.1.0".
[[nodiscard]] QString applicationVersion();

} // namespace annalist::ui
