// SPDX-FileCopyrightText: Annalist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "annalist/core/ner/gazetteer.h"
#include "annalist/core/pipeline.h"
#include "annalist/core/store/library.h"
#include "annalist/ui/library_controller.h"
#include "annalist/ui/user_dialogs.h"

#include <QPoint>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

#include <memory>
#include <optional>
#include <utility>

class QTextEdit;

namespace annalist::ui::test {

/// Answers the window's dialogs from prepared values and records every warning.
class RecordingDialogs final : public UserDialogs {
public:
    void warn(QWidget* parent, const QString& title, const QString& message) override;
    [[nodiscard]] QString chooseFileToOpen(QWidget* parent, const QString& title, const QString& filter) override;
    [[nodiscard]] QString chooseFileToSave(QWidget* parent, const QString& title, const QString& suggestedPath,
                                           const QString& filter) override;
    void showAbout(QWidget* parent, const QString& title, const QString& text) override;

    QStringList warnings; ///< messages of every warning, in order
    QString fileToOpen;   ///< answer to the next Open dialog
    QString fileToSave;   ///< answer to the next Save dialog
    int aboutShown = 0;
};

/// The services main.cpp builds, on a fresh library file in a temporary folder removed afterwards.
struct TestServices {
    TestServices();

    QTemporaryDir folder;
    std::shared_ptr<const core::Gazetteer> gazetteer;
    core::Pipeline pipeline;
    core::Library library;
    LibraryController controller;
    RecordingDialogs dialogs;
};

/// The model article shipped with the sources.
[[nodiscard]] QString seedArticlePath();

/// Scrolls a document range into view and returns a viewport point inside its first character run.
[[nodiscard]] QPoint pointInside(QTextEdit& edit, int first, int second);

/// Document range of the first text run whose link target is `href`.
[[nodiscard]] std::optional<std::pair<int, int>> findAnchor(const QTextEdit& edit, const QString& href);

} // namespace annalist::ui::test
