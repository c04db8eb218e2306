// SPDX-FileCopyrightText: Annalist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Composition root of the desktop application: it builds the services once and hands them to the
// window through constructors.
#include "qt_user_dialogs.h"

#include "annalist/core/error.h"
#include "annalist/core/kb/entity_facts.h"
#include "annalist/core/kb/world_map.h"
#include "annalist/core/ner/gazetteer.h"
#include "annalist/core/pipeline.h"
#include "annalist/core/store/library.h"
#include "annalist/ui/entity_context.h"
#include "annalist/ui/interface_translation.h"
#include "annalist/ui/library_controller.h"
#include "annalist/ui/main_window.h"
#include "annalist/ui/version.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QIcon>
#include <QLocale>
#include <QMessageBox>
#include <QStandardPaths>

#include <exception>
#include <filesystem>
#include <memory>
#include <optional>

namespace {

struct Options {
    QString libraryPath;
    QString file;
};

Options parseCommandLine(const QApplication& app) {
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QApplication::translate("main", "A news reader that explains who, where and which agreements."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption library(
        QStringLiteral("library"),
        QApplication::translate("main", "Library file to use, created if missing (default: $ANNALIST_LIBRARY, "
                                        "else annalist/library.sqlite in the user data folder)."),
        QApplication::translate("main", "PATH"));
    parser.addOption(library);
    parser.addPositionalArgument(QStringLiteral("FILE"), QApplication::translate("main", "Article to open."),
                                 QStringLiteral("[FILE]"));
    parser.process(app);
    Options options;
    // Same choice as annalist-cli, so both see one library: the option, $ANNALIST_LIBRARY, the default.
    if (parser.isSet(library)) {
        options.libraryPath = parser.value(library);
    } else if (const QString fromEnvironment = qEnvironmentVariable("ANNALIST_LIBRARY"); !fromEnvironment.isEmpty()) {
        options.libraryPath = fromEnvironment;
    } else {
        options.libraryPath = QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) +
                              QStringLiteral("/annalist/library.sqlite");
    }
    if (!parser.positionalArguments().isEmpty()) {
        options.file = parser.positionalArguments().constFirst();
    }
    return options;
}

std::filesystem::path toFsPath(const QString& path) {
    return std::filesystem::path(QFile::encodeName(path).toStdString());
}

QIcon applicationIcon() {
    QIcon icon;
    // PNG renderings first: the SVG needs Qt's optional SVG plugin, which not every system has.
    for (const int size : {16, 32, 48, 64, 128, 256}) {
        icon.addFile(QStringLiteral(":/icons/annalist-%1.png").arg(size), QSize(size, size));
    }
    icon.addFile(QStringLiteral(":/icons/annalist.svg"));
    return icon;
}

int run(QApplication& app, const Options& options) {
    const std::filesystem::path resources = annalist::core::locateResources(toFsPath(app.applicationDirPath()));
    const auto gazetteer = annalist::core::Gazetteer::load(resources, {"it", "en", "fr", "de", "es"});
    const annalist::core::Pipeline pipeline(gazetteer);
    QDir().mkpath(QFileInfo(options.libraryPath).absolutePath());
    annalist::core::Library library(toFsPath(options.libraryPath));
    annalist::ui::LibraryController controller(pipeline, library);
    annalist::app::QtUserDialogs dialogs;
    const auto facts = annalist::core::FactsBook::load(resources);
    const auto worldMap = annalist::core::WorldMap::load(annalist::core::WorldMap::fileIn(resources));
    const annalist::ui::EntityContextSource entityContext(controller, facts, worldMap);

    // First start: a few bundled articles, so that the window never opens empty.
    if (controller.isEmpty()) {
        controller.importFolder(QFile::decodeName((resources / "samples").string().c_str()));
    }
    annalist::ui::MainWindow window(controller, dialogs, entityContext);
    window.refreshLibrary();
    window.show();
    // The newest article first, so the window is not empty behind a warning about FILE.
    window.showNewestArticle();
    if (!options.file.isEmpty()) {
        window.openInBackground(options.file);
    }
    return QApplication::exec();
}

} // namespace

int main(int argc, char* argv[]) {
    Q_INIT_RESOURCE(annalist_ui);
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Annalist"));
    QApplication::setApplicationName(QStringLiteral("annalist"));
    QApplication::setApplicationDisplayName(QStringLiteral("Annalist"));
    // Matches the installed .desktop file, so desktops show its name and icon for the window.
    QApplication::setDesktopFileName(QStringLiteral("io.github.annalist.Annalist"));
    QApplication::setApplicationVersion(annalist::ui::applicationVersion());
    QApplication::setWindowIcon(applicationIcon());
    annalist::ui::InterfaceTranslation translation;
    translation.install(QLocale());
    const Options options = parseCommandLine(app);
    try {
        return run(app, options);
    } catch (const std::exception& error) {
        // Without resources or a usable library there is nothing to show; say why instead of crashing.
        QMessageBox::critical(nullptr, QApplication::translate("main", "Annalist cannot start"),
                              QApplication::translate("main", "Annalist could not start.\n\n%1\n\nLibrary: %2")
                                  .arg(QString::fromUtf8(error.what()), QDir::toNativeSeparators(options.libraryPath)));
        return 1;
    }
}
