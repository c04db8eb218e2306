// SPDX-FileCopyrightText: Annalist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "library_test_support.h"

#include "annalist/ui/article_opener.h"
#include "annalist/ui/article_view.h"
#include "annalist/ui/library_panel.h"
#include "annalist/ui/main_window.h"
#include "annalist/ui/reannotation_job.h"
#include "annalist/ui/recent_files_menu.h"
#include "annalist/ui/task_progress.h"

#include <QAction>
#include <QApplication>
#include <QMimeData>
#include <QProgressBar>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>
#include <QToolButton>

#include <catch2/catch.hpp>

using namespace annalist;
using annalist::ui::test::LibraryWindow;
using annalist::ui::test::TestServices;

namespace {

constexpr int kLongWaitMs = 120000;

/// Stores `count` short distinct articles with no annotation, straight into the library.
void fillLibrary(core::Library& library, int count) {
    for (int i = 0; i < count; ++i) {
        core::Article article;
        article.title = "Vertice numero " + std::to_string(i);
        article.language = "it";
        article.blocks = {{core::BlockKind::Title, article.title},
                          {core::BlockKind::Paragraph, "Vladimir Putin ha incontrato Kim Jong-un a Pyongyang, "
                                                       "in Corea del Nord (copia " +
                                                           std::to_string(i) + ")."}};
        library.importArticle(article, core::Annotation{});
    }
}

std::size_t annotatedCount(const core::Library& library) {
    std::size_t annotated = 0;
    for (const core::ArticleSummary& summary : library.list()) {
        annotated += summary.entityCount > 0 ? 1 : 0;
    }
    return annotated;
}

QAction* actionNamed(const QWidget& window, const QString& text) {
    for (QAction* action : window.findChildren<QAction*>()) {
        if (action->text().remove(QLatin1Char('&')) == text) {
            return action;
        }
    }
    return nullptr;
}

} // namespace

TEST_CASE("library: Delete removes the article and Undo brings it back with its notes", "[library][undo]") {
    LibraryWindow fixture;
    const auto id = fixture.window.currentArticleId();
    REQUIRE(id);
    const auto before = fixture.services.library.load(*id);
    REQUIRE(before);
    core::ReaderNote note;
    note.articleId = *id;
    note.span = {0, 4};
    note.quote = "Uno ";
    note.note = "da rileggere";
    fixture.services.library.addNote(note);

    QAction* remove = ui::test::actionWithShortcut(fixture.window, QKeySequence::Delete);
    QAction* undo = ui::test::actionWithShortcut(fixture.window, QKeySequence::Undo);
    REQUIRE(remove != nullptr);
    REQUIRE(undo != nullptr);
    CHECK_FALSE(undo->isEnabled());
    remove->trigger();
    CHECK(fixture.titles().size() == 2);
    CHECK_FALSE(fixture.titles().contains(QString::fromStdString(before->article.title)));
    CHECK_FALSE(fixture.window.currentArticleId());
    CHECK(undo->isEnabled());
    CHECK(undo->text().contains(QString::fromStdString(before->article.title)));

    undo->trigger();
    CHECK(fixture.titles().size() == 3);
    const auto restoredId = fixture.window.currentArticleId();
    REQUIRE(restoredId);
    const auto restored = fixture.services.library.load(*restoredId);
    REQUIRE(restored);
    CHECK(restored->article.text() == before->article.text());
    CHECK(restored->annotation.entities.size() == before->annotation.entities.size());
    const auto notes = fixture.services.library.notes(*restoredId);
    REQUIRE(notes.size() == 1);
    CHECK(notes[0].note == "da rileggere");

    // Redo deletes it again.
    QAction* redo = ui::test::actionWithShortcut(fixture.window, QKeySequence::Redo);
    REQUIRE(redo != nullptr);
    redo->trigger();
    CHECK(fixture.titles().size() == 2);
}

TEST_CASE("library: re-annotating replaces every annotation and shows progress", "[library][reannotate]") {
    TestServices services;
    fillLibrary(services.library, 12);
    REQUIRE(annotatedCount(services.library) == 0);
    ui::MainWindow window(services.controller, services.dialogs);
    window.show();
    auto* job = window.findChild<ui::ReannotationJob*>();
    REQUIRE(job != nullptr);
    QSignalSpy progressed(job, &ui::ReannotationJob::progressed);
    QSignalSpy finished(job, &ui::ReannotationJob::finished);

    QAction* reannotate = actionNamed(window, QStringLiteral("Re-annotate the Library"));
    REQUIRE(reannotate != nullptr);
    reannotate->trigger();
    CHECK(window.findChild<ui::TaskProgress*>()->isVisible());
    REQUIRE(finished.wait(kLongWaitMs));
    CHECK(finished.first().at(0).toInt() == 12);
    CHECK_FALSE(finished.first().at(2).toBool());
    CHECK(progressed.size() == 13); // 0 of 12, then one per article
    CHECK(progressed.last().at(0).toInt() == 12);
    CHECK_FALSE(window.findChild<ui::TaskProgress*>()->isVisible());
    CHECK(annotatedCount(services.library) == 12);
}

TEST_CASE("library: Cancel stops re-annotation between articles and keeps what was done", "[library][reannotate]") {
    TestServices services;
    fillLibrary(services.library, 200);
    ui::MainWindow window(services.controller, services.dialogs);
    window.show();
    auto* job = window.findChild<ui::ReannotationJob*>();
    QSignalSpy finished(job, &ui::ReannotationJob::finished);
    // Cancel through the button as soon as the first article is done.
    auto* cancel = window.findChild<QToolButton*>(QStringLiteral("taskCancel"));
    REQUIRE(cancel != nullptr);
    QObject::connect(job, &ui::ReannotationJob::progressed, cancel, [cancel](int done) {
        if (done == 1 && cancel->isEnabled()) {
            cancel->click();
        }
    });
    window.reannotateLibrary();
    REQUIRE(finished.wait(kLongWaitMs));
    const int done = finished.first().at(0).toInt();
    CHECK(finished.first().at(2).toBool());
    CHECK(done >= 1);
    CHECK(done < 200);
    CHECK(annotatedCount(services.library) == static_cast<std::size_t>(done));
    CHECK_FALSE(job->isRunning());
}

TEST_CASE("library: the window keeps handling events while 1,000 articles are re-annotated", "[library][reannotate]") {
    TestServices services;
    fillLibrary(services.library, 1000);
    ui::MainWindow window(services.controller, services.dialogs);
    window.show();
    auto* job = window.findChild<ui::ReannotationJob*>();
    QSignalSpy finished(job, &ui::ReannotationJob::finished);
    int ticks = 0;
    int ticksWhileRunning = 0;
    QTimer heartbeat;
    heartbeat.setInterval(1);
    QObject::connect(&heartbeat, &QTimer::timeout, [&] {
        ++ticks;
        ticksWhileRunning += job->isRunning() ? 1 : 0;
    });
    int progressSeen = 0;
    QObject::connect(job, &ui::ReannotationJob::progressed,
                     [&](int done) { progressSeen = std::max(progressSeen, done); });
    heartbeat.start();
    window.reannotateLibrary();
    REQUIRE(job->isRunning());
    // The library list still answers the user while the job runs.
    window.refreshLibrary();
    REQUIRE(finished.wait(kLongWaitMs * 3));
    CHECK(finished.first().at(0).toInt() == 1000);
    CHECK(progressSeen == 1000);
    // The event loop ran many times during the job instead of freezing until it ended.
    CHECK(ticksWhileRunning > 10);
    CHECK(annotatedCount(services.library) == 1000);
}

TEST_CASE("library: opened files are listed under Open Recent and reopen from there", "[library][recent]") {
    LibraryWindow fixture;
    auto* recent = fixture.window.findChild<ui::RecentFilesMenu*>();
    REQUIRE(recent != nullptr);
    REQUIRE(recent->files().size() >= 3);
    CHECK(recent->files().front().endsWith(QStringLiteral("citta.txt")));
    CHECK(recent->files().at(1).endsWith(QStringLiteral("nato.txt")));

    // The menu's second entry reopens the Nato article in the background.
    const QList<QAction*> entries = recent->actions();
    REQUIRE(entries.size() > 2);
    CHECK(entries.at(1)->text().contains(QStringLiteral("nato.txt")));
    entries.at(1)->trigger();
    REQUIRE(QTest::qWaitFor([&] {
        return !fixture.window.findChild<ui::ArticleOpener*>()->isBusy() &&
               fixture.window.windowTitle().startsWith(QStringLiteral("La Nato a Vilnius"));
    }));
    CHECK(recent->files().front().endsWith(QStringLiteral("nato.txt")));

    // A second menu sees the same list: it lives in the settings.
    ui::RecentFilesMenu another;
    CHECK(another.files() == recent->files());
    recent->clearFiles();
    CHECK(recent->files().isEmpty());
    CHECK(ui::RecentFilesMenu().files().isEmpty());
}

TEST_CASE("library: a file that no longer opens leaves Open Recent with a warning", "[library][recent]") {
    LibraryWindow fixture;
    auto* recent = fixture.window.findChild<ui::RecentFilesMenu*>();
    const QString missing = fixture.services.folder.filePath(QStringLiteral("gone.txt"));
    recent->addFile(missing);
    REQUIRE(recent->files().front() == missing);
    recent->actions().front()->trigger();
    REQUIRE(QTest::qWaitFor([&] { return !fixture.services.dialogs.warnings.isEmpty(); }));
    CHECK(fixture.services.dialogs.warnings.front().contains(QStringLiteral("gone.txt")));
    CHECK_FALSE(recent->files().contains(missing));
    recent->clearFiles();
}

TEST_CASE("library: a dropped file is annotated in the background with a busy indicator", "[library][open]") {
    TestServices services;
    ui::MainWindow window(services.controller, services.dialogs);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    auto* opener = window.findChild<ui::ArticleOpener*>();
    QSignalSpy busy(opener, &ui::ArticleOpener::busyChanged);

    QMimeData mime;
    mime.setUrls({QUrl::fromLocalFile(ui::test::seedArticlePath())});
    QDragEnterEvent enter(QPoint(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(&window, &enter);
    CHECK(enter.isAccepted());
    QDropEvent drop(QPointF(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(&window, &drop);
    // The drop returns before the article is annotated; the status bar shows the work.
    CHECK(opener->isBusy());
    CHECK(window.findChild<ui::TaskProgress*>()->isVisible());
    REQUIRE(QTest::qWaitFor([&] { return window.currentArticleId().has_value(); }, kLongWaitMs));
    CHECK_FALSE(opener->isBusy());
    CHECK_FALSE(window.findChild<ui::TaskProgress*>()->isVisible());
    CHECK(busy.size() == 2);
    CHECK(services.library.articleCount() == 1);
    CHECK_FALSE(window.findChild<ui::ArticleView*>()->toPlainText().isEmpty());
    window.findChild<ui::RecentFilesMenu*>()->clearFiles();
}

TEST_CASE("library: deleting articles while the library is re-annotated does not stop the job",
          "[library][reannotate][undo]") {
    TestServices services;
    fillLibrary(services.library, 60);
    ui::MainWindow window(services.controller, services.dialogs);
    window.show();
    window.refreshLibrary();
    window.showNewestArticle();
    auto* job = window.findChild<ui::ReannotationJob*>();
    QSignalSpy finished(job, &ui::ReannotationJob::finished);
    int deleted = 0;
    QObject::connect(job, &ui::ReannotationJob::progressed, &window, [&](int done) {
        // Delete the shown article a few times while the worker runs; each delete shows no article,
        // so show the newest one again for the next.
        if (done > 0 && deleted < 3 && window.currentArticleId()) {
            window.deleteSelectedArticle();
            ++deleted;
            window.showNewestArticle();
        }
    });
    window.reannotateLibrary();
    REQUIRE(finished.wait(kLongWaitMs));
    CHECK(finished.first().at(3).toString().isEmpty());
    CHECK_FALSE(finished.first().at(2).toBool());
    CHECK(deleted == 3);
    CHECK(services.library.articleCount() == 57);
    CHECK(annotatedCount(services.library) == 57);
    CHECK(services.dialogs.warnings.isEmpty());
}
