// SPDX-FileCopyrightText: Annalist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui_test_support.h"

#include <QDir>
#include <QFile>
#include <QTextBlock>
#include <QTextEdit>

#include <catch2/catch.hpp>

namespace annalist::ui::test {

namespace {

std::filesystem::path libraryFile(const QTemporaryDir& folder) {
    REQUIRE(folder.isValid());
    return std::filesystem::path(QFile::encodeName(folder.filePath(QStringLiteral("library.sqlite"))).toStdString());
}

} // namespace

void RecordingDialogs::warn(QWidget* /*parent*/, const QString& /*title*/, const QString& message) {
    warnings << message;
}

QString RecordingDialogs::chooseFileToOpen(QWidget* /*parent*/, const QString& /*title*/, const QString& /*filter*/) {
    return std::exchange(fileToOpen, {});
}

QString RecordingDialogs::chooseFileToSave(QWidget* /*parent*/, const QString& /*title*/,
                                           const QString& /*suggestedPath*/, const QString& /*filter*/) {
    return std::exchange(fileToSave, {});
}

void RecordingDialogs::showAbout(QWidget* /*parent*/, const QString& /*title*/, const QString& /*text*/) {
    ++aboutShown;
}

TestServices::TestServices()
    : gazetteer(core::Gazetteer::load(ANNALIST_RESOURCE_DIR, {"it", "en"})), pipeline(gazetteer),
      library(libraryFile(folder)), controller(pipeline, library) {}

QString seedArticlePath() {
    return QStringLiteral(ANNALIST_SEED_ARTICLE);
}

QPoint pointInside(QTextEdit& edit, int first, int second) {
    QTextCursor cursor(edit.document());
    cursor.setPosition(first);
    edit.setTextCursor(cursor);
    edit.ensureCursorVisible();
    const QRect start = edit.cursorRect(cursor);
    cursor.setPosition(std::min(second, first + 2));
    const QRect end = edit.cursorRect(cursor);
    // The middle of the first one or two characters: always inside the run, even if it wraps later.
    const int x = end.top() == start.top() ? (start.left() + end.left()) / 2 : start.left() + 2;
    return {x, start.center().y()};
}

std::optional<std::pair<int, int>> findAnchor(const QTextEdit& edit, const QString& href) {
    for (QTextBlock block = edit.document()->begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextFragment fragment = it.fragment();
            if (fragment.isValid() && fragment.charFormat().anchorHref() == href) {
                return std::make_pair(fragment.position(), fragment.position() + fragment.length());
            }
        }
    }
    return std::nullopt;
}

} // namespace annalist::ui::test
