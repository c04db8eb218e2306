// SPDX-FileCopyrightText: Annalist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The reading page: text size, themes, highlight styles, tooltips, stepping through mentions, translation.
#include "ui_test_support.h"

#include "annalist/core/notes/note_rules.h"
#include "annalist/ui/article_document_builder.h"
#include "annalist/ui/article_view.h"
#include "annalist/ui/display_text.h"
#include "annalist/ui/entity_card.h"
#include "annalist/ui/entity_style.h"
#include "annalist/ui/interface_translation.h"
#include "annalist/ui/legend_bar.h"
#include "annalist/ui/main_window.h"
#include "annalist/ui/note_style.h"
#include "annalist/ui/view_menu.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QHelpEvent>
#include <QMenuBar>
#include <QSettings>
#include <QTest>
#include <QTextBlock>
#include <QTextLayout>
#include <QToolTip>

#include <catch2/catch.hpp>

#include <memory>
#include <numeric>
#include <set>

using namespace annalist;
using annalist::ui::MentionRef;
using annalist::ui::PageTheme;

namespace {

/// Forgets the View menu's choices before and after a test, so no test sees another's.
struct FreshViewSettings {
    FreshViewSettings() { clear(); }
    ~FreshViewSettings() { clear(); }
    FreshViewSettings(const FreshViewSettings&) = delete;
    FreshViewSettings& operator=(const FreshViewSettings&) = delete;
    static void clear() {
        QSettings settings;
        settings.remove(ui::ViewMenu::textSizeKey());
        settings.remove(ui::ViewMenu::themeKey());
    }
};

/// A shown window with the model article open, on fresh view settings.
struct ReadingWindow {
    ReadingWindow() { open(); }

    void open() {
        window = std::make_unique<ui::MainWindow>(services.controller, services.dialogs);
        window->resize(1400, 900);
        window->show();
        REQUIRE(QTest::qWaitForWindowExposed(window.get()));
        // Menu shortcuts reach only the active window.
        window->activateWindow();
        REQUIRE(QTest::qWaitForWindowActive(window.get()));
        if (!article) {
            REQUIRE(window->openFile(ui::test::seedArticlePath()));
            article = *window->currentArticleId();
            stored = services.library.load(*article);
            REQUIRE(stored);
        } else {
            REQUIRE(window->showArticle(*article));
        }
    }

    [[nodiscard]] ui::ArticleView& view() const { return *window->findChild<ui::ArticleView*>(); }
    [[nodiscard]] ui::EntityCard& card() const { return *window->findChild<ui::EntityCard*>(); }

    [[nodiscard]] QAction& action(const char* name) const {
        auto* found = window->findChild<QAction*>(QString::fromLatin1(name));
        REQUIRE(found != nullptr);
        return *found;
    }

    [[nodiscard]] const core::Entity& entity(int index) const {
        return stored->annotation.entities[static_cast<std::size_t>(index)];
    }

    /// The first entity of a type, or of any type when `describedOnly` asks for one with a description.
    [[nodiscard]] int firstOfType(core::EntityType type, bool describedOnly = false) const {
        const auto& entities = stored->annotation.entities;
        for (std::size_t i = 0; i < entities.size(); ++i) {
            if (entities[i].type == type && (!describedOnly || !entities[i].description.empty())) {
                return static_cast<int>(i);
            }
        }
        return -1;
    }

    /// The character format inside the first mention of an entity.
    [[nodiscard]] QTextCharFormat formatOf(MentionRef ref) const {
        const auto range = view().mentionRange(ref);
        REQUIRE(range);
        QTextCursor cursor(view().document());
        cursor.setPosition(range->first + 1);
        return cursor.charFormat();
    }

    /// Point size of the body text: the last block is a paragraph.
    [[nodiscard]] qreal bodyPointSize() const {
        QTextCursor cursor(view().document());
        cursor.movePosition(QTextCursor::End);
        cursor.movePosition(QTextCursor::StartOfBlock);
        cursor.movePosition(QTextCursor::NextCharacter);
        return cursor.charFormat().fontPointSize();
    }

    FreshViewSettings settings;
    ui::test::TestServices services;
    std::unique_ptr<ui::MainWindow> window;
    std::optional<core::ArticleId> article;
    std::optional<core::StoredArticle> stored;
};

/// Characters on each full line of the longest paragraph, as laid out now.
std::vector<int> lineLengths(const ui::ArticleView& view) {
    QTextBlock longest;
    for (QTextBlock block = view.document()->begin(); block.isValid(); block = block.next()) {
        if (!longest.isValid() || block.length() > longest.length()) {
            longest = block;
        }
    }
    std::vector<int> lengths;
    const QTextLayout* layout = longest.layout();
    // The last line of a paragraph is usually short, so only the full lines count.
    for (int i = 0; i + 1 < layout->lineCount(); ++i) {
        lengths.push_back(layout->lineAt(i).textLength());
    }
    return lengths;
}

} // namespace

TEST_CASE("view: larger and smaller text resize the page and are remembered", "[view]") {
    ReadingWindow reading;
    const qreal normal = reading.bodyPointSize();
    REQUIRE(normal > 0);

    reading.action("largerTextAction").trigger();
    reading.action("largerTextAction").trigger();
    CHECK(reading.bodyPointSize() == Approx(normal * 1.2));
    // The shortcut the menu shows works from the window.
    QTest::keyClick(reading.window.get(), Qt::Key_Minus, Qt::ControlModifier);
    CHECK(reading.bodyPointSize() == Approx(normal * 1.1));

    // A new window, as at the next start, shows the text at the size the reader left it.
    reading.window.reset();
    reading.open();
    CHECK(reading.view().textSizeStep() == 1);
    CHECK(reading.bodyPointSize() == Approx(normal * 1.1));

    QTest::keyClick(reading.window.get(), Qt::Key_0, Qt::ControlModifier);
    CHECK(reading.bodyPointSize() == Approx(normal));
    CHECK(QSettings().value(ui::ViewMenu::textSizeKey()).toInt() == 0);
}

TEST_CASE("view: body lines hold about 65 to 75 characters at every text size", "[view]") {
    ReadingWindow reading;
    const auto averageLine = [&](int step) {
        reading.view().setTextSizeStep(step);
        const std::vector<int> lengths = lineLengths(reading.view());
        REQUIRE(lengths.size() >= 2);
        return std::accumulate(lengths.begin(), lengths.end(), 0.0) / static_cast<double>(lengths.size());
    };
    for (const int step : {0, -2}) {
        INFO("text size step " << step);
        const double average = averageLine(step);
        CHECK(average >= 65);
        CHECK(average <= 75);
    }
    // Large text in a narrow centre pane fills the pane: the lines get shorter, never longer.
    const double large = averageLine(3);
    CHECK(large <= 75);
    CHECK(large >= 45);
}

TEST_CASE("view: the dark theme redraws the page, the highlights and the legend", "[view]") {
    ReadingWindow reading;
    const int person = reading.firstOfType(core::EntityType::Person);
    REQUIRE(person >= 0);
    REQUIRE(reading.view().pageTheme() == PageTheme::Light);
    const QColor lightTint = reading.formatOf({person, 0}).background().color();
    CHECK(lightTint == ui::entityStyle(core::EntityType::Person, PageTheme::Light).background);

    reading.action("theme-dark").trigger();

    CHECK(reading.view().pageTheme() == PageTheme::Dark);
    CHECK(reading.view().palette().color(QPalette::Base) == ui::pageColours(PageTheme::Dark).page);
    const QTextCharFormat dark = reading.formatOf({person, 0});
    CHECK(dark.background().color() == ui::entityStyle(core::EntityType::Person, PageTheme::Dark).background);
    CHECK(dark.background().color() != lightTint);
    CHECK(dark.underlineColor() == ui::entityStyle(core::EntityType::Person, PageTheme::Dark).underline);
    CHECK(dark.foreground().color() == ui::pageColours(PageTheme::Dark).ink);
    CHECK(reading.window->findChild<ui::LegendBar*>()->pageTheme() == PageTheme::Dark);
    CHECK(QSettings().value(ui::ViewMenu::themeKey()).toString() == QStringLiteral("dark"));

    // At the next start the page is dark again, and the menu says so.
    reading.window.reset();
    reading.open();
    CHECK(reading.view().pageTheme() == PageTheme::Dark);
    CHECK(reading.action("theme-dark").isChecked());

    reading.action("theme-light").trigger();
    CHECK(reading.formatOf({person, 0}).background().color() == lightTint);
}

TEST_CASE("view: following the system, the page turns dark with a dark desktop palette", "[view]") {
    ReadingWindow reading;
    REQUIRE(reading.view().themeChoice() == ui::ThemeChoice::System);
    const QPalette original = QApplication::palette();
    QPalette dark = original;
    dark.setColor(QPalette::Window, QColor(0x2b, 0x2b, 0x2b));
    dark.setColor(QPalette::WindowText, QColor(0xee, 0xee, 0xee));
    dark.setColor(QPalette::Base, QColor(0x20, 0x20, 0x20));
    dark.setColor(QPalette::Text, QColor(0xee, 0xee, 0xee));

    QApplication::setPalette(dark);
    const PageTheme underDark = reading.view().pageTheme();
    QApplication::setPalette(original);

    CHECK(underDark == PageTheme::Dark);
    CHECK(reading.view().pageTheme() == PageTheme::Light);
}

TEST_CASE("entity style: highlights keep 4.5:1 contrast in both themes", "[view]") {
    for (const PageTheme theme : {PageTheme::Light, PageTheme::Dark}) {
        const ui::PageColours page = ui::pageColours(theme);
        INFO("theme " << (theme == PageTheme::Light ? "light" : "dark"));
        CHECK(ui::contrastRatio(page.ink, page.page) >= 7.0);
        CHECK(ui::contrastRatio(page.quietInk, page.page) >= 4.5);
        CHECK(ui::contrastRatio(page.selectionInk, page.selection) >= 4.5);
        for (const core::EntityType type : ui::kDisplayedTypes) {
            INFO("type " << core::toString(type));
            const ui::EntityStyle style = ui::entityStyle(type, theme);
            // The words stay as readable on their tint as on the page, and the underline stands out from both.
            CHECK(ui::contrastRatio(page.ink, style.background) >= 4.5);
            CHECK(ui::contrastRatio(style.underline, page.page) >= 4.5);
            CHECK(style.background != page.page);
        }
    }
    CHECK(ui::contrastRatio(Qt::black, Qt::white) == Approx(21.0));
    // The reader's marker colours too, under the ink of each page.
    for (const std::string_view colour : core::kNoteColors) {
        INFO("note colour " << colour);
        CHECK(ui::contrastRatio(ui::pageColours(PageTheme::Light).ink, ui::noteTint(colour, PageTheme::Light)) >= 4.5);
        CHECK(ui::contrastRatio(ui::pageColours(PageTheme::Dark).ink, ui::noteTint(colour, PageTheme::Dark)) >= 4.5);
    }
}

TEST_CASE("entity style: each type has its own underline, in the legend and in the text", "[view]") {
    std::set<int> styles;
    for (const core::EntityType type : ui::kDisplayedTypes) {
        styles.insert(ui::entityStyle(type).underlineStyle);
        CHECK(ui::entityStyle(type, PageTheme::Dark).underlineStyle == ui::entityStyle(type).underlineStyle);
    }
    CHECK(styles.size() == ui::kDisplayedTypes.size());

    ReadingWindow reading;
    for (const core::EntityType type :
         {core::EntityType::Person, core::EntityType::Place, core::EntityType::Organization}) {
        INFO("type " << core::toString(type));
        const int entity = reading.firstOfType(type);
        REQUIRE(entity >= 0);
        CHECK(reading.formatOf({entity, 0}).underlineStyle() == ui::entityStyle(type).underlineStyle);
    }
}

TEST_CASE("view: hovering a mention shows the entity's name, type and description", "[view]") {
    ReadingWindow reading;
    const int person = reading.firstOfType(core::EntityType::Person, true);
    REQUIRE(person >= 0);
    const core::Entity& entity = reading.entity(person);
    const QString tip = reading.formatOf({person, 0}).toolTip();
    CHECK(tip.contains(ui::toQString(entity.name).toHtmlEscaped()));
    CHECK(tip.contains(ui::entityTypeName(core::EntityType::Person)));
    CHECK(tip.contains(ui::toQString(entity.description).toHtmlEscaped()));

    // The real tooltip event over the words shows it.
    const auto range = reading.view().mentionRange({person, 0});
    const QPoint point = ui::test::pointInside(reading.view(), range->first, range->second);
    QHelpEvent help(QEvent::ToolTip, point, reading.view().viewport()->mapToGlobal(point));
    QApplication::sendEvent(reading.view().viewport(), &help);
    CHECK(QToolTip::isVisible());
    CHECK(QToolTip::text() == tip);
    QToolTip::hideText();
}

TEST_CASE("view: F8 and Shift+F8 step through the mentions in reading order and open the card", "[view]") {
    ReadingWindow reading;
    ui::ArticleView& view = reading.view();
    view.setFocus();
    QTextCursor start(view.document());
    view.setTextCursor(start);
    // The mention the selection starts on, read back from the link under it.
    const auto selectedRef = [&]() -> std::optional<MentionRef> {
        QTextCursor inside(view.document());
        inside.setPosition(view.textCursor().selectionStart() + 1);
        return ui::ArticleDocumentBuilder::parseMentionUrl(QUrl(inside.charFormat().anchorHref()));
    };

    QTest::keyClick(&view, Qt::Key_F8);
    const auto first = selectedRef();
    REQUIRE(first);
    const auto& firstMention = reading.entity(first->entity).mentions[static_cast<std::size_t>(first->mention)];
    CHECK(view.textCursor().selectedText() == ui::toQString(firstMention.text));
    CHECK(reading.card().entityIndex() == first->entity);

    QTest::keyClick(&view, Qt::Key_F8);
    const auto second = selectedRef();
    REQUIRE(second);
    CHECK_FALSE(*second == *first);
    CHECK(view.textCursor().selectionStart() > view.mentionRange(*first)->first);
    CHECK(reading.card().entityIndex() == second->entity);

    QTest::keyClick(&view, Qt::Key_F8, Qt::ShiftModifier);
    CHECK(selectedRef() == first);
    CHECK(reading.card().entityIndex() == first->entity);

    // Before the first mention, Previous wraps round to the last one in the article.
    QTest::keyClick(&view, Qt::Key_Up, Qt::AltModifier);
    const auto last = selectedRef();
    REQUIRE(last);
    CHECK(view.textCursor().selectionStart() > view.mentionRange(*second)->first);
}

TEST_CASE("view: a type hidden in the legend loses its highlights and is skipped by F8", "[view]") {
    ReadingWindow reading;
    const int person = reading.firstOfType(core::EntityType::Person);
    REQUIRE(person >= 0);
    auto* toggle = reading.window->findChild<QAbstractButton*>(QStringLiteral("legend-person"));
    REQUIRE(toggle != nullptr);
    CHECK_FALSE(toggle->icon().isNull());
    QTest::mouseClick(toggle, Qt::LeftButton);
    CHECK_FALSE(toggle->isChecked());
    const QTextCharFormat hidden = reading.formatOf({person, 0});
    CHECK(hidden.background().style() == Qt::NoBrush);
    CHECK(hidden.underlineStyle() == QTextCharFormat::NoUnderline);
    CHECK_FALSE(hidden.isAnchor());

    QTextCursor start(reading.view().document());
    reading.view().setTextCursor(start);
    for (int step = 0; step < 15; ++step) {
        reading.action("nextEntityAction").trigger();
        CHECK(reading.entity(reading.card().entityIndex()).type != core::EntityType::Person);
    }
    QTest::mouseClick(toggle, Qt::LeftButton);
    CHECK(reading.formatOf({person, 0}).background().color() == ui::entityStyle(core::EntityType::Person).background);

    // Events and dates have entries only when the article has some.
    for (const core::EntityType type : {core::EntityType::Event, core::EntityType::Date}) {
        INFO("type " << core::toString(type));
        const auto name = QStringLiteral("legend-%1").arg(QString::fromStdString(std::string(core::toString(type))));
        const auto* entry = reading.window->findChild<QAbstractButton*>(name);
        REQUIRE(entry != nullptr);
        CHECK(entry->isVisibleTo(reading.window.get()) == (reading.firstOfType(type) >= 0));
    }
}

TEST_CASE("translation: the Italian translation names the menus and types in Italian", "[view][i18n]") {
    FreshViewSettings settings;
    ui::test::TestServices services;
    const QLocale before;
    ui::InterfaceTranslation translation;
    REQUIRE(translation.install(QLocale(QLocale::Italian, QLocale::Italy)));
    {
        ui::MainWindow window(services.controller, services.dialogs);
        QStringList titles;
        for (const QAction* menu : window.menuBar()->actions()) {
            titles << menu->text();
        }
        CHECK(titles.contains(QStringLiteral("&Visualizza")));
        CHECK(titles.contains(QStringLiteral("&Aiuto")));
        CHECK(ui::entityTypeName(core::EntityType::Person) == QStringLiteral("Persona"));
        CHECK(ui::entityTypePluralName(core::EntityType::Treaty) == QStringLiteral("Trattati"));
        // Dates are written in the interface's language.
        CHECK(ui::formatPartialDate(core::PartialDate{2024, 6, 0}) == QStringLiteral("giugno 2024"));
        CHECK(ui::languageName("en") == QStringLiteral("Inglese"));
    }
    translation.remove();
    CHECK(QLocale() == before);
    CHECK(ui::entityTypeName(core::EntityType::Person) == QStringLiteral("Person"));
    // English is the source language: there is nothing to load for it.
    CHECK_FALSE(translation.install(QLocale(QLocale::English, QLocale::UnitedKingdom)));
}
