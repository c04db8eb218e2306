// SPDX-FileCopyrightText: Annalist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui_test_support.h"

#include "annalist/core/text/unicode.h"
#include "annalist/ui/article_list_model.h"
#include "annalist/ui/article_opener.h"
#include "annalist/ui/article_view.h"
#include "annalist/ui/display_text.h"
#include "annalist/ui/entity_card.h"
#include "annalist/ui/entity_panel.h"
#include "annalist/ui/entity_style.h"
#include "annalist/ui/library_panel.h"
#include "annalist/ui/main_window.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QFile>
#include <QLabel>
#include <QMimeData>
#include <QScrollBar>
#include <QTest>
#include <QTextBrowser>

#include <catch2/catch.hpp>

#include <algorithm>

using namespace annalist;
using annalist::ui::MentionRef;
using annalist::ui::test::TestServices;

namespace {

/// A shown window with the model article open.
struct OpenedWindow {
    OpenedWindow() : window(services.controller, services.dialogs) {
        window.resize(1400, 900);
        window.show();
        REQUIRE(QTest::qWaitForWindowExposed(&window));
        REQUIRE(window.openFile(ui::test::seedArticlePath()));
        stored = services.library.load(*window.currentArticleId());
        REQUIRE(stored);
    }

    [[nodiscard]] ui::ArticleView& view() const { return *window.findChild<ui::ArticleView*>(); }
    [[nodiscard]] ui::EntityCard& card() const { return *window.findChild<ui::EntityCard*>(); }

    /// The entity of a type with the most mentions.
    [[nodiscard]] int mostMentioned(core::EntityType type) const {
        int best = -1;
        const auto& entities = stored->annotation.entities;
        for (std::size_t i = 0; i < entities.size(); ++i) {
            if (entities[i].type == type &&
                (best < 0 || entities[i].mentions.size() > entities[static_cast<std::size_t>(best)].mentions.size())) {
                best = static_cast<int>(i);
            }
        }
        return best;
    }

    [[nodiscard]] QString labelText(const char* name) const {
        return window.findChild<QLabel*>(QString::fromLatin1(name))->text();
    }

    void clickMention(MentionRef ref) const {
        const auto range = view().mentionRange(ref);
        REQUIRE(range);
        const QPoint point = ui::test::pointInside(view(), range->first, range->second);
        QTest::mouseClick(view().viewport(), Qt::LeftButton, {}, point);
    }

    TestServices services;
    ui::MainWindow window;
    std::optional<core::StoredArticle> stored;
};

QAction* actionWithShortcut(const QWidget& window, const QKeySequence& shortcut) {
    const auto actions = window.findChildren<QAction*>();
    const auto it = std::find_if(actions.begin(), actions.end(),
                                 [&](const QAction* action) { return action->shortcut() == shortcut; });
    return it == actions.end() ? nullptr : *it;
}

QString readAll(const QString& path) {
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return QString::fromUtf8(file.readAll());
}

} // namespace

TEST_CASE("window: the model article is listed in the library and shown", "[window]") {
    const OpenedWindow opened;
    const auto& model = opened.window.findChild<ui::LibraryPanel*>()->model();
    REQUIRE(model.rowCount() == 1);
    const QModelIndex row = model.index(0);
    CHECK(row.data(Qt::DisplayRole).toString() == ui::toQString(opened.stored->article.title));
    CHECK(row.data(ui::ArticleListModel::IdRole).value<qint64>() == opened.stored->id);
    CHECK(row.data(ui::ArticleListModel::DateRole).toString().contains(QStringLiteral("2024")));
    CHECK_FALSE(row.data(ui::ArticleListModel::LanguageRole).toString().isEmpty());
    CHECK(opened.view().toPlainText().contains(ui::toQString(opened.stored->article.blocks.back().text)));
}

TEST_CASE("window: people, places and organisations are highlighted in their colours", "[window]") {
    const OpenedWindow opened;
    for (const core::EntityType type :
         {core::EntityType::Person, core::EntityType::Place, core::EntityType::Organization}) {
        const int entity = opened.mostMentioned(type);
        INFO("type " << core::toString(type));
        REQUIRE(entity >= 0);
        const auto range = opened.view().mentionRange({entity, 0});
        REQUIRE(range);
        QTextCursor cursor(opened.view().document());
        cursor.setPosition(range->first + 1);
        const QTextCharFormat format = cursor.charFormat();
        CHECK(format.background().color() == ui::entityStyle(type).background);
        CHECK(format.underlineColor() == ui::entityStyle(type).underline);
        // The highlighted text is exactly the mention's surface form.
        cursor.setPosition(range->first);
        cursor.setPosition(range->second, QTextCursor::KeepAnchor);
        const auto& mention = opened.stored->annotation.entities[static_cast<std::size_t>(entity)].mentions[0];
        CHECK(cursor.selectedText() == ui::toQString(mention.text));
    }
}

TEST_CASE("window: clicking a highlighted person shows its card with every mention", "[window]") {
    const OpenedWindow opened;
    const int person = opened.mostMentioned(core::EntityType::Person);
    REQUIRE(person >= 0);
    const core::Entity& entity = opened.stored->annotation.entities[static_cast<std::size_t>(person)];

    opened.clickMention({person, 0});

    CHECK(opened.card().entityIndex() == person);
    CHECK(opened.labelText("entityName") == ui::toQString(entity.name));
    CHECK(opened.labelText("entityType").compare(ui::entityTypeName(core::EntityType::Person), Qt::CaseInsensitive) ==
          0);
    const auto* mentions = opened.window.findChild<QTextBrowser*>(QStringLiteral("entityMentions"));
    const QString shown = mentions->toPlainText();
    const std::string text = opened.stored->article.text();
    for (std::size_t m = 0; m < entity.mentions.size(); ++m) {
        INFO("mention " << m);
        CHECK(ui::test::findAnchor(*mentions, QStringLiteral("annalist-card:%1").arg(m)));
        // The mention's sentence is shown (its words around the mention, at least).
        const core::Span sentence = opened.stored->annotation.sentences.at(entity.mentions[m].sentence);
        const QString words = ui::toQString(core::substrCodePoints(
            text, entity.mentions[m].span.start, std::min(sentence.end, entity.mentions[m].span.end)));
        CHECK(shown.contains(words));
    }
    CHECK(shown.count(QLatin1Char('\n')) + 1 >= static_cast<int>(entity.mentions.size()));
}

TEST_CASE("window: clicking a mention in the card moves the article to it", "[window]") {
    OpenedWindow opened;
    const int person = opened.mostMentioned(core::EntityType::Person);
    REQUIRE(person >= 0);
    opened.clickMention({person, 0});
    REQUIRE(opened.card().entityIndex() == person);
    const auto& mentions = opened.stored->annotation.entities[static_cast<std::size_t>(person)].mentions;
    const int last = static_cast<int>(mentions.size()) - 1;

    auto* list = opened.window.findChild<QTextBrowser*>(QStringLiteral("entityMentions"));
    const auto anchor = ui::test::findAnchor(*list, QStringLiteral("annalist-card:%1").arg(last));
    REQUIRE(anchor);
    opened.view().verticalScrollBar()->setValue(0);
    QTest::mouseClick(list->viewport(), Qt::LeftButton, {},
                      ui::test::pointInside(*list, anchor->first, anchor->second));

    const auto range = opened.view().mentionRange({person, last});
    REQUIRE(range);
    const QTextCursor cursor = opened.view().textCursor();
    CHECK(cursor.selectionStart() == range->first);
    CHECK(cursor.selectionEnd() == range->second);
    // The mention is inside the visible part of the page.
    const QRect rect = opened.view().cursorRect(cursor);
    CHECK(opened.view().viewport()->rect().contains(rect.center()));
}

TEST_CASE("window: a bad file is reported by name and nothing is stored", "[window][errors]") {
    TestServices services;
    ui::MainWindow window(services.controller, services.dialogs);
    const QString binary = services.folder.filePath(QStringLiteral("garbage.txt"));
    {
        QFile file(binary);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write(QByteArray("\x00\x01\x02\x03 not text \x00\xff\xfe", 17));
    }
    const QString missing = services.folder.filePath(QStringLiteral("missing.txt"));

    CHECK_FALSE(window.openFile(binary));
    CHECK_FALSE(window.openFile(missing));

    REQUIRE(services.dialogs.warnings.size() == 2);
    CHECK(services.dialogs.warnings[0].contains(QStringLiteral("garbage.txt")));
    CHECK(services.dialogs.warnings[1].contains(QStringLiteral("missing.txt")));
    CHECK(services.library.articleCount() == 0);
    CHECK_FALSE(window.currentArticleId());
    CHECK(window.findChild<ui::LibraryPanel*>()->model().rowCount() == 0);
}

TEST_CASE("window: File > Open and dropping a file both open the article", "[window]") {
    TestServices services;
    ui::MainWindow window(services.controller, services.dialogs);

    QAction* open = actionWithShortcut(window, QKeySequence::Open);
    REQUIRE(open != nullptr);
    services.dialogs.fileToOpen = ui::test::seedArticlePath();
    open->trigger();
    // The file is annotated in the background; the window shows it when that is done.
    REQUIRE(QTest::qWaitFor([&] { return window.currentArticleId().has_value(); }));
    CHECK(services.library.articleCount() == 1);

    // Dropping the same file again finds it already stored rather than duplicating it.
    QMimeData mime;
    mime.setUrls({QUrl::fromLocalFile(ui::test::seedArticlePath())});
    // Qt delivers a drop only to a widget that accepted the drag entering it, as a real drag does.
    QDragEnterEvent enter(QPoint(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(&window, &enter);
    REQUIRE(enter.isAccepted());
    QDropEvent drop(QPointF(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(&window, &drop);
    auto* opener = window.findChild<ui::ArticleOpener*>();
    CHECK(opener->isBusy());
    REQUIRE(QTest::qWaitFor([&] { return !opener->isBusy(); }));
    CHECK(services.library.articleCount() == 1);
    CHECK(services.dialogs.warnings.isEmpty());
}

TEST_CASE("window: File > Export as Markdown writes the notes with front matter", "[window][export]") {
    OpenedWindow opened;
    QAction* exportAction = actionWithShortcut(opened.window, QKeySequence(Qt::CTRL | Qt::Key_E));
    REQUIRE(exportAction != nullptr);
    const QString path = opened.services.folder.filePath(QStringLiteral("notes.md"));
    opened.services.dialogs.fileToSave = path;
    exportAction->trigger();

    const QString markdown = readAll(path);
    CHECK(markdown.startsWith(QStringLiteral("---\n")));
    CHECK(markdown.indexOf(QStringLiteral("\n---"), 4) > 0);
    CHECK(markdown.contains(QStringLiteral("title:")));
    const int person = opened.mostMentioned(core::EntityType::Person);
    REQUIRE(person >= 0);
    CHECK(markdown.contains(ui::toQString(opened.stored->annotation.entities[static_cast<std::size_t>(person)].name)));
    CHECK(opened.services.dialogs.warnings.isEmpty());
}

TEST_CASE("window: the legend hides and shows a type's highlights", "[window]") {
    const OpenedWindow opened;
    const int place = opened.mostMentioned(core::EntityType::Place);
    REQUIRE(place >= 0);
    auto* toggle = opened.window.findChild<QAbstractButton*>(QStringLiteral("legend-place"));
    REQUIRE(toggle != nullptr);
    const auto backgroundAtPlace = [&] {
        const auto range = opened.view().mentionRange({place, 0});
        QTextCursor cursor(opened.view().document());
        cursor.setPosition(range->first + 1);
        return cursor.charFormat().background().color();
    };
    QTest::mouseClick(toggle, Qt::LeftButton);
    CHECK(backgroundAtPlace() != ui::entityStyle(core::EntityType::Place).background);
    QTest::mouseClick(toggle, Qt::LeftButton);
    CHECK(backgroundAtPlace() == ui::entityStyle(core::EntityType::Place).background);
}
