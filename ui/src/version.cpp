// SPDX-FileCopyrightText: Annalist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "annalist/ui/version.h"

namespace annalist::ui {

QString applicationVersion() {
    return QStringLiteral(ANNALIST_VERSION);
}

} // namespace annalist::ui
