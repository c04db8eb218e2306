// SPDX-FileCopyrightText: Annalist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Widgets need a QApplication before the first test runs, so Catch2 gets a main of our own.
#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include <QApplication>
#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>

int main(int argc, char* argv[]) {
    // Tests must run without a display (CI, ctest); an explicit platform choice still wins.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
    }
    // Keeps QSettings and standard locations away from the user's real configuration, and from the other test
    // processes ctest runs at the same time: each process gets a home of its own.
    QTemporaryDir home;
    if (!home.isValid()) {
        return 1;
    }
    qputenv("HOME", QFile::encodeName(home.path()));
    qunsetenv("XDG_CONFIG_HOME");
    qunsetenv("XDG_DATA_HOME");
    QStandardPaths::setTestModeEnabled(true);
    // Qt would eat arguments it knows; Catch2 gets the command line untouched.
    int qtArgc = 1;
    QApplication app(qtArgc, argv);
    QApplication::setOrganizationName(QStringLiteral("AnnalistTests"));
    QApplication::setApplicationName(QStringLiteral("annalist-ui-tests"));
    return Catch::Session().run(argc, argv);
}
