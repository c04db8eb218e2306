// SPDX-FileCopyrightText: Annalist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui_test_support.h"

#include "annalist/ui/article_view.h"
#include "annalist/ui/display_text.h"
#include "annalist/ui/entity_style.h"
#include "annalist/ui/library_controller.h"
#include "annalist/ui/main_window.h"
#include "annalist/ui/note_dialog.h"
#include "annalist/ui/note_list_model.h"
#include "annalist/ui/note_style.h"
#include "annalist/ui/notes_panel.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QLineEdit>
#include <QListView>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QStatusBar>
#include <QTabWidget>
#include <QTest>

#include <catch2/catch.hpp>

#include <algorithm>
#include <memory>

using namespace annalist;
using annalist::ui::test::TestServices;

namespace {

/// A shown, active window with the model article open.
struct NotesWindow {
    NotesWindow() : window(services.controller, services.dialogs) {
        window.resize(1400, 900);
        window.show();
        window.activateWindow();
        REQUIRE(QTest::qWaitForWindowActive(&window));
        REQUIRE(window.openFile(ui::test::seedArticlePath()));
        stored = services.library.load(*window.currentArticleId());
        REQUIRE(stored);
        text = stored->article.text();
    }

    [[nodiscard]] ui::ArticleView& view() const { return *window.findChild<ui::ArticleView*>(); }
    [[nodiscard]] ui::NotesPanel& panel() const { return *window.findChild<ui::NotesPanel*>(); }
    [[nodiscard]] QListView& list() const { return *window.findChild<QListView*>(QStringLiteral("notesList")); }
    template <typename T> [[nodiscard]] T& child(const char* name) const {
        T* widget = window.findChild<T*>(QString::fromLatin1(name));
        REQUIRE(widget != nullptr);
        return *widget;
    }

    /// Code point span of the `nth` occurrence of `needle` in the article text.
    [[nodiscard]] core::Span spanOf(const std::string& needle, std::size_t nth = 0) const {
        std::size_t byte = text.find(needle);
        for (std::size_t i = 0; i < nth && byte != std::string::npos; ++i) {
            byte = text.find(needle, byte + 1);
        }
        REQUIRE(byte != std::string::npos);
        const std::size_t start = static_cast<std::size_t>(ui::toQString(text.substr(0, byte)).toUcs4().size());
        return core::Span{start, start + static_cast<std::size_t>(ui::toQString(needle).toUcs4().size())};
    }

    /// Selects a passage in the view, as dragging the mouse over it would.
    void select(core::Span span) const {
        const auto ranges = view().offsetMap().toDocumentRanges(span);
        REQUIRE_FALSE(ranges.empty());
        QTextCursor cursor(view().document());
        cursor.setPosition(ranges.front().first);
        cursor.setPosition(ranges.back().second, QTextCursor::KeepAnchor);
        view().setTextCursor(cursor);
    }

    void press(const QKeySequence& keys) const { QTest::keySequence(&view(), keys); }

    /// Background of the character `offset` code points into a span.
    [[nodiscard]] QColor backgroundAt(core::Span span, std::size_t offset = 0) const {
        const auto position = view().offsetMap().toDocument(span.start + offset);
        REQUIRE(position);
        QTextCursor cursor(view().document());
        cursor.setPosition(*position + 1);
        return cursor.charFormat().background().color();
    }

    void clickRow(int row) const {
        window.findChild<QTabWidget*>(QStringLiteral("sideTabs"))->setCurrentWidget(&panel());
        const QModelIndex index = list().model()->index(row, 0);
        list().scrollTo(index);
        QTest::mouseClick(list().viewport(), Qt::LeftButton, {}, list().visualRect(index).center());
    }

    [[nodiscard]] std::vector<core::ReaderNote> stored_notes() const { return services.library.notes(stored->id); }

    TestServices services;
    ui::MainWindow window;
    std::optional<core::StoredArticle> stored;
    std::string text;
};

const QKeySequence kHighlight(Qt::CTRL | Qt::SHIFT | Qt::Key_H);
const QKeySequence kAddNote(Qt::CTRL | Qt::SHIFT | Qt::Key_N);

const std::string kPassage = "Trattato di partenariato strategico globale";

/// Fills and accepts the Add note dialog the window has open.
void answerNoteDialog(const QWidget& window, const QString& note, const QString& tags) {
    // A dialog closed earlier may still await deletion; the open one is the visible one.
    ui::NoteDialog* dialog = nullptr;
    for (ui::NoteDialog* candidate : window.findChildren<ui::NoteDialog*>()) {
        dialog = candidate->isVisible() ? candidate : dialog;
    }
    REQUIRE(dialog != nullptr);
    QTest::keyClicks(dialog->findChild<QPlainTextEdit*>(QStringLiteral("noteDialogText")), note);
    QTest::keyClicks(dialog->findChild<QLineEdit*>(QStringLiteral("noteDialogTags")), tags);
    QTest::mouseClick(dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok), Qt::LeftButton);
}

} // namespace

TEST_CASE("notes: a selected passage is highlighted with the shortcut, beneath the entity highlights", "[notes]") {
    NotesWindow opened;
    const core::Span passage = opened.spanOf("quello vietnamita To Lam sono cominciati");
    CHECK_FALSE(opened.window.findChild<QAction*>(QStringLiteral("highlightAction"))->isEnabled());
    opened.select(passage);
    CHECK(opened.window.findChild<QAction*>(QStringLiteral("highlightAction"))->isEnabled());
    opened.press(kHighlight);

    const auto notes = opened.stored_notes();
    REQUIRE(notes.size() == 1);
    CHECK(notes[0].quote == "quello vietnamita To Lam sono cominciati");
    CHECK(notes[0].color == "yellow");
    CHECK(notes[0].prefix.find("capo del Cremlino e ") != std::string::npos);
    CHECK(notes[0].span == passage);
    CHECK(opened.backgroundAt(passage, 0) == ui::noteTint("yellow"));
    // "To Lam" inside the passage keeps the colour of a person.
    const core::Span toLam = opened.spanOf("To Lam");
    CHECK(opened.backgroundAt(toLam, 0) == ui::entityStyle(core::EntityType::Person).background);
    CHECK(opened.panel().model().rowCount() == 1);
    CHECK(opened.panel().model().index(0).data().toString().contains(QStringLiteral("quello vietnamita")));
}

TEST_CASE("notes: a colour picked from the menu is used and becomes the shortcut's colour", "[notes]") {
    NotesWindow opened;
    opened.select(opened.spanOf("Il patto di mutua assistenza"));
    opened.window.findChild<QAction*>(QStringLiteral("highlight-green"))->trigger();
    opened.select(opened.spanOf("il rischio nucleare"));
    opened.press(kHighlight);

    const auto notes = opened.stored_notes();
    REQUIRE(notes.size() == 2);
    CHECK(notes[0].color == "green");
    CHECK(notes[1].color == "green");
    CHECK(opened.backgroundAt(notes[0].span, 2) == ui::noteTint("green"));
}

TEST_CASE("notes: Add note stores the note and tags typed in its dialog", "[notes]") {
    NotesWindow opened;
    opened.select(opened.spanOf("Il patto di mutua assistenza"));
    opened.press(kAddNote);
    answerNoteDialog(opened.window, QStringLiteral("Il trattato del 19 giugno"), QStringLiteral("trattati, #corea"));

    const auto notes = opened.stored_notes();
    REQUIRE(notes.size() == 1);
    CHECK(notes[0].note == "Il trattato del 19 giugno");
    CHECK(notes[0].tags == std::vector<std::string>{"trattati", "corea"});
    CHECK(notes[0].quote == "Il patto di mutua assistenza");
    // The new note is shown in the Notes tab, selected, ready to be edited.
    CHECK(opened.window.findChild<QTabWidget*>(QStringLiteral("sideTabs"))->currentWidget() == &opened.panel());
    CHECK(opened.panel().currentNoteId() == notes[0].id);
    CHECK(opened.child<QPlainTextEdit>("noteText").toPlainText() == QStringLiteral("Il trattato del 19 giugno"));
    const QString row = opened.panel().model().index(0).data().toString();
    CHECK(row.contains(QStringLiteral("Il trattato del 19 giugno")));
    CHECK(row.contains(QStringLiteral("#trattati")));
    CHECK(opened.child<QComboBox>("noteTagFilter").findData(QStringLiteral("corea")) > 0);

    SECTION("and the Markdown export lists it with its tags") {
        const QString path = opened.services.folder.filePath(QStringLiteral("notes.md"));
        REQUIRE(opened.window.exportMarkdown(path));
        QFile file(path);
        REQUIRE(file.open(QIODevice::ReadOnly));
        const QString markdown = QString::fromUtf8(file.readAll());
        CHECK(markdown.contains(QStringLiteral("tags: [\"trattati\", \"corea\"]")));
        CHECK(markdown.contains(QStringLiteral("## Notes")));
        CHECK(markdown.contains(QStringLiteral("> “Il patto di mutua assistenza”")));
        CHECK(markdown.contains(QStringLiteral("Highlight: yellow #trattati #corea")));
    }
}

TEST_CASE("notes: a note edited in the panel is saved, and undo and redo step through the change", "[notes]") {
    NotesWindow opened;
    opened.select(opened.spanOf("Il patto di mutua assistenza"));
    opened.press(kHighlight);
    opened.clickRow(0);

    auto& text = opened.child<QPlainTextEdit>("noteText");
    auto& save = opened.child<QPushButton>("noteSave");
    CHECK_FALSE(save.isEnabled());
    QTest::keyClicks(&text, QStringLiteral("Firmato a Pyongyang"));
    QTest::keyClicks(&opened.child<QLineEdit>("noteTags"), QStringLiteral("corea"));
    opened.child<QComboBox>("noteColor").setCurrentIndex(opened.child<QComboBox>("noteColor").findData("pink"));
    REQUIRE(save.isEnabled());
    QTest::mouseClick(&save, Qt::LeftButton);

    auto notes = opened.stored_notes();
    REQUIRE(notes.size() == 1);
    CHECK(notes[0].note == "Firmato a Pyongyang");
    CHECK(notes[0].tags == std::vector<std::string>{"corea"});
    CHECK(notes[0].color == "pink");
    CHECK(opened.backgroundAt(notes[0].span, 2) == ui::noteTint("pink"));
    CHECK_FALSE(save.isEnabled());

    opened.press(QKeySequence::Undo);
    notes = opened.stored_notes();
    REQUIRE(notes.size() == 1);
    CHECK(notes[0].note.empty());
    CHECK(notes[0].tags.empty());
    CHECK(opened.backgroundAt(notes[0].span, 2) == ui::noteTint("yellow"));
    opened.press(QKeySequence::Redo);
    CHECK(opened.stored_notes().at(0).note == "Firmato a Pyongyang");
    opened.press(QKeySequence::Undo);
    opened.press(QKeySequence::Undo);
    CHECK(opened.stored_notes().empty());
    CHECK(opened.panel().model().rowCount() == 0);
}

TEST_CASE("notes: a deleted note comes back with undo, with its id, text and tags", "[notes]") {
    NotesWindow opened;
    const core::Span passage = opened.spanOf("Il patto di mutua assistenza");
    opened.select(passage);
    opened.press(kAddNote);
    answerNoteDialog(opened.window, QStringLiteral("Da rileggere"), QStringLiteral("trattati"));
    const std::int64_t id = opened.stored_notes().at(0).id;
    opened.clickRow(0);
    QTest::mouseClick(&opened.child<QPushButton>("noteDelete"), Qt::LeftButton);

    CHECK(opened.stored_notes().empty());
    CHECK(opened.panel().model().rowCount() == 0);
    CHECK(opened.backgroundAt(passage, 2) != ui::noteTint("yellow"));

    opened.press(QKeySequence::Undo);
    const auto notes = opened.stored_notes();
    REQUIRE(notes.size() == 1);
    CHECK(notes[0].id == id);
    CHECK(notes[0].note == "Da rileggere");
    CHECK(notes[0].tags == std::vector<std::string>{"trattati"});
    CHECK(opened.backgroundAt(passage, 2) == ui::noteTint("yellow"));
    CHECK(opened.panel().model().rowCount() == 1);
}

TEST_CASE("notes: activating a note in the panel scrolls to its passage and selects it", "[notes]") {
    NotesWindow opened;
    const core::Span passage = opened.spanOf("proteggere la sovranità");
    opened.select(passage);
    opened.press(kHighlight);
    opened.view().verticalScrollBar()->setValue(0);
    opened.view().setTextCursor(QTextCursor(opened.view().document()));
    REQUIRE(opened.view().verticalScrollBar()->maximum() > 0);

    opened.clickRow(0);
    QTest::mouseDClick(opened.list().viewport(), Qt::LeftButton, {},
                       opened.list().visualRect(opened.list().model()->index(0, 0)).center());

    const QTextCursor cursor = opened.view().textCursor();
    CHECK(cursor.selectedText() == QStringLiteral("proteggere la sovranità"));
    CHECK(opened.view().verticalScrollBar()->value() > 0);
    CHECK(opened.view().viewport()->rect().contains(opened.view().cursorRect(cursor).center()));
}

TEST_CASE("notes: the panel filters notes by tag", "[notes]") {
    NotesWindow opened;
    opened.select(opened.spanOf("Il patto di mutua assistenza"));
    opened.press(kAddNote);
    answerNoteDialog(opened.window, QStringLiteral("uno"), QStringLiteral("trattati"));
    opened.select(opened.spanOf("il rischio nucleare"));
    opened.press(kAddNote);
    answerNoteDialog(opened.window, QStringLiteral("due"), QStringLiteral("nucleare, corea"));
    REQUIRE(opened.panel().model().rowCount() == 2);

    opened.window.findChild<QTabWidget*>(QStringLiteral("sideTabs"))->setCurrentWidget(&opened.panel());
    auto& filter = opened.child<QComboBox>("noteTagFilter");
    REQUIRE(filter.isEnabled());
    // The filter lists "All tags", then the tags sorted: corea, nucleare, trattati.
    CHECK(filter.count() == 4);
    filter.setFocus();
    QTest::keyClick(&filter, Qt::Key_Down);
    QTest::keyClick(&filter, Qt::Key_Down);
    REQUIRE(filter.currentData().toString() == QStringLiteral("nucleare"));
    REQUIRE(opened.panel().model().rowCount() == 1);
    CHECK(opened.panel().model().index(0).data(ui::NoteListModel::NoteTextRole).toString() == QStringLiteral("due"));
    QTest::keyClick(&filter, Qt::Key_Home);
    CHECK(opened.panel().model().rowCount() == 2);
}

TEST_CASE("notes: a note whose passage is gone is listed as orphaned, not lost", "[notes]") {
    NotesWindow opened;
    core::ReaderNote lost;
    lost.articleId = opened.stored->id;
    lost.span = opened.spanOf("Il patto di mutua assistenza");
    lost.quote = "Il patto di non aggressione";
    lost.note = "Passaggio riscritto";
    opened.services.library.addNote(lost);
    REQUIRE(opened.window.showArticle(opened.stored->id));

    REQUIRE(opened.panel().model().rowCount() == 1);
    const QModelIndex row = opened.panel().model().index(0);
    CHECK(row.data(ui::NoteListModel::OrphanedRole).toBool());
    CHECK(row.data().toString().contains(QStringLiteral("no longer in the article")));
    opened.clickRow(0);
    CHECK_FALSE(opened.child<QPushButton>("noteGoTo").isEnabled());
    CHECK(opened.backgroundAt(lost.span, 2) != ui::noteTint("yellow"));
}

TEST_CASE("notes: notes are found again after reopening the library in a new window", "[notes]") {
    QTemporaryDir folder;
    const auto file =
        std::filesystem::path(QFile::encodeName(folder.filePath(QStringLiteral("lib.sqlite"))).toStdString());
    const auto gazetteer = core::Gazetteer::load(ANNALIST_RESOURCE_DIR, {"it", "en"});
    const core::Pipeline pipeline(gazetteer);
    ui::test::RecordingDialogs dialogs;
    core::Span passage;
    {
        core::Library library(file);
        ui::LibraryController controller(pipeline, library);
        ui::MainWindow window(controller, dialogs);
        window.show();
        REQUIRE(window.openFile(ui::test::seedArticlePath()));
        auto& view = *window.findChild<ui::ArticleView*>();
        const QString plain = view.toPlainText();
        const int at = plain.indexOf(QStringLiteral("Il patto di mutua assistenza"));
        REQUIRE(at >= 0);
        QTextCursor cursor(view.document());
        cursor.setPosition(at);
        cursor.setPosition(at + 28, QTextCursor::KeepAnchor);
        view.setTextCursor(cursor);
        window.findChild<QAction*>(QStringLiteral("highlight-blue"))->trigger();
        passage = library.notes(*window.currentArticleId()).at(0).span;
    }
    core::Library reopened(file);
    ui::LibraryController controller(pipeline, reopened);
    ui::MainWindow window(controller, dialogs);
    window.show();
    window.showNewestArticle();
    const auto& model = window.findChild<ui::NotesPanel*>()->model();
    REQUIRE(model.rowCount() == 1);
    CHECK(model.index(0).data(ui::NoteListModel::ColorRole).toString() == QStringLiteral("blue"));
    CHECK(model.index(0).data().toString().contains(QStringLiteral("Il patto di mutua assistenza")));
    const auto position = window.findChild<ui::ArticleView*>()->offsetMap().toDocument(passage.start + 2);
    REQUIRE(position);
    QTextCursor cursor(window.findChild<ui::ArticleView*>()->document());
    cursor.setPosition(*position);
    CHECK(cursor.charFormat().background().color() == ui::noteTint("blue"));
}

TEST_CASE("notes: a note the library refuses is reported and leaves nothing to undo", "[notes]") {
    NotesWindow opened;
    opened.select(opened.spanOf("il rischio nucleare"));
    opened.press(kAddNote);
    ui::NoteDialog* dialog = opened.window.findChild<ui::NoteDialog*>();
    REQUIRE(dialog != nullptr);
    // As if a very long text were pasted: more than the library accepts for one note.
    dialog->findChild<QPlainTextEdit*>(QStringLiteral("noteDialogText"))
        ->setPlainText(QString(70000, QLatin1Char('x')));
    QTest::mouseClick(dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok), Qt::LeftButton);

    CHECK(opened.stored_notes().empty());
    CHECK(opened.window.statusBar()->currentMessage().contains(QStringLiteral("limited")));
    const auto actions = opened.window.findChildren<QAction*>();
    const auto undo = std::find_if(actions.begin(), actions.end(),
                                   [](const QAction* action) { return action->shortcut() == QKeySequence::Undo; });
    REQUIRE(undo != actions.end());
    CHECK_FALSE((*undo)->isEnabled());
}
