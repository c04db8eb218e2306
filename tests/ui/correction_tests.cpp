// SPDX-FileCopyrightText: Annalist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui_test_support.h"

#include "annalist/core/correct/corrector.h"
#include "annalist/core/text/unicode.h"
#include "annalist/ui/article_view.h"
#include "annalist/ui/correction_commands.h"
#include "annalist/ui/correction_menu.h"
#include "annalist/ui/correction_prompts.h"
#include "annalist/ui/display_text.h"
#include "annalist/ui/entity_picker_dialog.h"
#include "annalist/ui/entity_style.h"
#include "annalist/ui/entity_tree_model.h"
#include "annalist/ui/main_window.h"

#include <QAction>
#include <QCheckBox>
#include <QFile>
#include <QMenu>
#include <QMenuBar>
#include <QTest>
#include <QTimer>
#include <QTreeView>
#include <QUndoStack>

#include <catch2/catch.hpp>

#include <memory>

using namespace annalist;
using annalist::ui::test::TestServices;

namespace {

/// Answers the correction dialogs from prepared values and records what they were asked.
class RecordingPrompts final : public ui::CorrectionPrompts {
public:
    std::optional<core::EntityRecord> chooseEntity(QWidget* /*parent*/, const QString& surface,
                                                   const std::vector<core::EntityRecord>& candidates) override {
        askedAbout = surface;
        offered = candidates;
        for (const core::EntityRecord& candidate : candidates) {
            if (candidate.key == keyToChoose) {
                return candidate;
            }
        }
        return std::nullopt;
    }
    std::optional<QString> askName(QWidget* /*parent*/, const QString& current) override {
        askedAbout = current;
        return nameToGive.isEmpty() ? std::nullopt : std::optional<QString>(nameToGive);
    }

    std::string keyToChoose;
    QString nameToGive;
    QString askedAbout;
    std::vector<core::EntityRecord> offered;
};

const char* const kPurinArticle = "Vertice a Pyongyang\n\nIl presidente russo Vladimir Putin è arrivato a Pyongyang. "
                                  "Secondo il Cremlino, il presidente Purin ha firmato il patto con Kim Jong-un.\n";

/// A shown window over a library holding the model article, with the correction dialogs answered by the test.
struct CorrectingWindow {
    CorrectingWindow() : window(services.controller, services.dialogs) {
        window.resize(1400, 900);
        window.show();
        REQUIRE(QTest::qWaitForWindowExposed(&window));
        REQUIRE(window.openFile(ui::test::seedArticlePath()));
        menu().setPrompts(prompts);
    }

    [[nodiscard]] ui::CorrectionMenu& menu() const { return *window.findChild<ui::CorrectionMenu*>(); }
    [[nodiscard]] ui::ArticleView& view() const { return *window.findChild<ui::ArticleView*>(); }
    [[nodiscard]] core::StoredArticle shown() const { return *services.library.load(*window.currentArticleId()); }

    /// Opens a second article (written to the test's folder) and returns its id.
    core::ArticleId openSecond(const char* text) {
        const QString path = services.folder.filePath(QStringLiteral("second.txt"));
        QFile file(path);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write(text);
        file.close();
        REQUIRE(window.openFile(path));
        return *window.currentArticleId();
    }

    /// The index of the shown entity with a mention of exactly `surface`, and that mention's index.
    [[nodiscard]] ui::MentionRef find(std::string_view surface) const {
        const auto annotation = shown().annotation;
        for (std::size_t e = 0; e < annotation.entities.size(); ++e) {
            for (std::size_t m = 0; m < annotation.entities[e].mentions.size(); ++m) {
                if (annotation.entities[e].mentions[m].text == surface) {
                    return {static_cast<int>(e), static_cast<int>(m)};
                }
            }
        }
        return {};
    }

    /// The context menu the reader gets by right-clicking the mention `surface` in the article.
    [[nodiscard]] std::unique_ptr<QMenu> menuOnMention(std::string_view surface) const {
        const ui::MentionRef ref = find(surface);
        REQUIRE(ref.entity >= 0);
        const auto range = view().mentionRange(ref);
        REQUIRE(range);
        return std::unique_ptr<QMenu>(
            menu().createViewMenu(ui::test::pointInside(view(), range->first, range->second)));
    }

    /// Selects the code points of `surface` (plus the space after it) in the article view.
    void select(std::string_view surface) const {
        const core::Span span = spanOf(surface);
        const auto range = view().offsetMap().toDocumentRange(core::Span{span.start, span.end + 1});
        REQUIRE(range);
        QTextCursor cursor(view().document());
        cursor.setPosition(range->first);
        cursor.setPosition(range->second, QTextCursor::KeepAnchor);
        view().setTextCursor(cursor);
    }

    [[nodiscard]] core::Span spanOf(std::string_view surface) const {
        const std::string text = shown().article.text();
        const std::size_t byte = text.find(surface);
        REQUIRE(byte != std::string::npos);
        const std::size_t start = core::codePointCount(std::string_view(text).substr(0, byte));
        return {start, start + core::codePointCount(surface)};
    }

    [[nodiscard]] const core::Entity* entityMentioning(std::string_view surface) const {
        const ui::MentionRef ref = find(surface);
        static thread_local core::Annotation keep;
        keep = shown().annotation;
        return ref.entity < 0 ? nullptr : &keep.entities[static_cast<std::size_t>(ref.entity)];
    }

    /// Background colour of the article text at the first code point of `surface`.
    [[nodiscard]] QColor highlightOf(std::string_view surface) const {
        const auto position = view().offsetMap().toDocument(spanOf(surface).start);
        REQUIRE(position);
        QTextCursor cursor(view().document());
        cursor.setPosition(*position + 1);
        return cursor.charFormat().background().color();
    }

    TestServices services;
    RecordingPrompts prompts;
    ui::MainWindow window;
};

void trigger(const QMenu& menu, const char* name) {
    auto* action = menu.findChild<QAction*>(QString::fromLatin1(name));
    REQUIRE(action != nullptr);
    REQUIRE(action->isEnabled());
    action->trigger();
}

void chooseAllArticles(const QMenu& menu) {
    auto* scope = menu.findChild<QCheckBox*>(QStringLiteral("correctionScope"));
    REQUIRE(scope != nullptr);
    CHECK_FALSE(scope->isChecked());
    scope->setChecked(true);
}

QAction* menuBarAction(const ui::MainWindow& window, const char* name) {
    return window.menuBar()->findChild<QAction*>(QString::fromLatin1(name));
}

} // namespace

TEST_CASE("corrections: Change type ▸ on a highlighted mention retypes it, recoloured and stored", "[corrections]") {
    CorrectingWindow opened;
    REQUIRE(opened.entityMentioning("Cremlino")->type == core::EntityType::Organization);
    const auto menu = opened.menuOnMention("Cremlino");
    // The view's own actions stay; the type the mention already has is not offered.
    CHECK(menu->findChild<QAction*>(QStringLiteral("correctionTypeOrganisation"))->isEnabled() == false);

    trigger(*menu, "correctionTypePlace");

    CHECK(opened.entityMentioning("Cremlino")->type == core::EntityType::Place);
    CHECK(opened.highlightOf("Cremlino") == ui::entityStyle(core::EntityType::Place).background);
    const auto corrections = opened.services.library.corrections(opened.shown().id);
    REQUIRE(corrections.size() == 1);
    CHECK(corrections[0].kind == core::CorrectionKind::ChangeType);
    CHECK(corrections[0].scope == core::CorrectionScope::Article);
    CHECK(opened.menu().commands().stack().undoText().contains(QStringLiteral("Cremlino")));
}

TEST_CASE("corrections: Not an entity removes the highlight and the entity from the list", "[corrections]") {
    CorrectingWindow opened;
    const QColor before = opened.highlightOf("Occidente");
    REQUIRE(before == ui::entityStyle(core::EntityType::Place).background);

    trigger(*opened.menuOnMention("Occidente"), "correctionRemove");

    CHECK(opened.entityMentioning("Occidente") == nullptr);
    CHECK(opened.highlightOf("Occidente") != before);
    const auto* tree = opened.window.findChild<QTreeView*>(QStringLiteral("entityTree"));
    const auto matches = tree->model()->match(tree->model()->index(0, 0), Qt::DisplayRole, QStringLiteral("the West"),
                                              1, Qt::MatchRecursive);
    CHECK(matches.isEmpty());
}

TEST_CASE("corrections: Mark as ▸ on a selection adds the reader's mention over what it covers", "[corrections]") {
    CorrectingWindow opened;
    REQUIRE(opened.find("Kim II-sung").entity < 0);
    // The words lie inside the highlight of "piazza Kim II-sung"; right-clicking the selection is about the selection.
    const auto range = opened.view().offsetMap().toDocumentRange(opened.spanOf("Kim II-sung"));
    REQUIRE(range);
    const QPoint inside = ui::test::pointInside(opened.view(), range->first, range->second);
    opened.select("Kim II-sung");
    const auto menu = std::unique_ptr<QMenu>(opened.menu().createViewMenu(inside));
    CHECK(menu->findChild<QAction*>(QStringLiteral("correctionRemove")) == nullptr);

    trigger(*menu, "correctionMarkPerson");

    const core::Entity* added = opened.entityMentioning("Kim II-sung");
    REQUIRE(added != nullptr);
    CHECK(added->type == core::EntityType::Person);
    CHECK(added->mentions.at(0).origin == core::Origin::User);
    // The selection's trailing space is left out of the mention.
    CHECK(added->mentions.at(0).span == opened.spanOf("Kim II-sung"));
    CHECK(opened.find("piazza Kim II-sung").entity < 0);
    CHECK(opened.highlightOf("Kim II-sung") == ui::entityStyle(core::EntityType::Person).background);
}

TEST_CASE("corrections: Link to… puts Purin into Vladimir Putin, chosen among the library's entities",
          "[corrections]") {
    CorrectingWindow opened;
    opened.openSecond(kPurinArticle);
    REQUIRE(opened.entityMentioning("Purin")->id == "person:purin");
    opened.prompts.keyToChoose = "person:vladimir-putin";

    trigger(*opened.menuOnMention("Purin"), "correctionLink");

    CHECK(opened.prompts.askedAbout == QStringLiteral("Purin"));
    // The picker offers the article's entities first and never the entity being linked.
    REQUIRE_FALSE(opened.prompts.offered.empty());
    CHECK(opened.prompts.offered.front().key == opened.shown().annotation.entities.front().id);
    for (const core::EntityRecord& offered : opened.prompts.offered) {
        CHECK(offered.key != "person:purin");
    }
    const core::Entity* putin = opened.entityMentioning("Purin");
    REQUIRE(putin != nullptr);
    CHECK(putin->id == "person:vladimir-putin");
    CHECK(putin->mentions.size() == 2);
    CHECK(opened.highlightOf("Purin") == ui::entityStyle(core::EntityType::Person).background);
}

TEST_CASE("corrections: Rename entity… from the entity list renames it in the list and the library", "[corrections]") {
    CorrectingWindow opened;
    const ui::MentionRef kim = opened.find("Kim Jong-un");
    opened.prompts.nameToGive = QStringLiteral("Kim Jong Un");
    const auto menu = std::unique_ptr<QMenu>(opened.menu().createEntityMenu(kim.entity));

    trigger(*menu, "correctionRename");

    CHECK(opened.prompts.askedAbout == QStringLiteral("Kim Jong-un"));
    CHECK(opened.entityMentioning("Kim Jong-un")->name == "Kim Jong Un");
    const auto* tree = opened.window.findChild<QTreeView*>(QStringLiteral("entityTree"));
    CHECK_FALSE(
        tree->model()
            ->match(tree->model()->index(0, 0), Qt::DisplayRole, QStringLiteral("Kim Jong Un"), 1, Qt::MatchRecursive)
            .isEmpty());
}

TEST_CASE("corrections: Edit ▸ Undo withdraws the stored correction and Redo stores it again", "[corrections]") {
    CorrectingWindow opened;
    QAction* undo = menuBarAction(opened.window, "undoCorrection");
    QAction* redo = menuBarAction(opened.window, "redoCorrection");
    REQUIRE(undo != nullptr);
    REQUIRE(redo != nullptr);
    CHECK(undo->shortcut() == QKeySequence(QKeySequence::Undo));
    CHECK(redo->shortcuts().contains(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z)));
    CHECK_FALSE(undo->isEnabled());
    const core::ArticleId id = opened.shown().id;

    trigger(*opened.menuOnMention("Occidente"), "correctionRemove");
    REQUIRE(opened.entityMentioning("Occidente") == nullptr);
    CHECK(undo->isEnabled());
    CHECK(undo->text().contains(QStringLiteral("Occidente")));

    undo->trigger();
    CHECK(opened.services.library.corrections(id).empty());
    CHECK(opened.entityMentioning("Occidente") != nullptr);
    CHECK(opened.highlightOf("Occidente") == ui::entityStyle(core::EntityType::Place).background);

    redo->trigger();
    CHECK(opened.services.library.corrections(id).size() == 1);
    CHECK(opened.entityMentioning("Occidente") == nullptr);
}

TEST_CASE("corrections: Apply to all articles reaches the other article; this article only does not",
          "[corrections][scope]") {
    CorrectingWindow opened;
    const core::ArticleId seed = opened.shown().id;
    const core::ArticleId second = opened.openSecond(kPurinArticle);
    const auto secondHas = [&](std::string_view surface) {
        const auto stored = opened.services.library.load(second);
        REQUIRE(stored.has_value());
        for (const core::Entity& entity : stored->annotation.entities) {
            for (const core::Mention& mention : entity.mentions) {
                if (mention.text == surface) {
                    return true;
                }
            }
        }
        return false;
    };
    REQUIRE(opened.window.showArticle(seed));
    REQUIRE(secondHas("Cremlino"));
    REQUIRE(secondHas("Pyongyang"));

    trigger(*opened.menuOnMention("Pyongyang"), "correctionRemove");
    CHECK(secondHas("Pyongyang"));

    const auto menu = opened.menuOnMention("Cremlino");
    chooseAllArticles(*menu);
    trigger(*menu, "correctionRemove");
    CHECK(opened.find("Cremlino").entity < 0);
    CHECK_FALSE(secondHas("Cremlino"));
    CHECK(opened.menu().commands().stack().undoText().contains(QStringLiteral("all articles")));
}

TEST_CASE("corrections: a new window over the same library file shows the corrections", "[corrections]") {
    CorrectingWindow opened;
    opened.prompts.nameToGive = QStringLiteral("Kim Jong Un");
    trigger(*std::unique_ptr<QMenu>(opened.menu().createEntityMenu(opened.find("Kim Jong-un").entity)),
            "correctionRename");
    trigger(*opened.menuOnMention("Cremlino"), "correctionTypePlace");
    const core::ArticleId id = opened.shown().id;
    opened.window.close();

    core::Library reopened(opened.services.library.path());
    ui::LibraryController controller(opened.services.pipeline, reopened);
    ui::MainWindow window(controller, opened.services.dialogs);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    REQUIRE(window.showArticle(id));
    const auto check = [&] {
        int checked = 0;
        const auto stored = reopened.load(id);
        REQUIRE(stored.has_value());
        for (const core::Entity& entity : stored->annotation.entities) {
            if (entity.mentions.front().text == "Kim Jong-un") {
                CHECK(entity.name == "Kim Jong Un");
                ++checked;
            }
            if (entity.mentions.front().text == "Cremlino") {
                CHECK(entity.type == core::EntityType::Place);
                ++checked;
            }
        }
        CHECK(checked == 2);
    };
    check();
    // Recognising the article again from its text keeps the corrections.
    core::Corrector(opened.services.pipeline, reopened).reannotate(id);
    check();
    CHECK(reopened.corrections(id).size() == 2);
    const auto* tree = window.findChild<QTreeView*>(QStringLiteral("entityTree"));
    CHECK_FALSE(
        tree->model()
            ->match(tree->model()->index(0, 0), Qt::DisplayRole, QStringLiteral("Kim Jong Un"), 1, Qt::MatchRecursive)
            .isEmpty());
}

TEST_CASE("corrections: right-clicking a highlight pops up the correction menu", "[corrections]") {
    CorrectingWindow opened;
    const ui::MentionRef ref = opened.find("Occidente");
    const auto range = opened.view().mentionRange(ref);
    REQUIRE(range);
    const QPoint point = ui::test::pointInside(opened.view(), range->first, range->second);
    bool sawMenu = false;
    // The menu runs its own event loop; the check runs inside it and closes it through the chosen action.
    QTimer::singleShot(0, [&] {
        auto* popup = qobject_cast<QMenu*>(QApplication::activePopupWidget());
        if (popup != nullptr && popup->findChild<QAction*>(QStringLiteral("correctionRemove")) != nullptr) {
            sawMenu = true;
            popup->findChild<QAction*>(QStringLiteral("correctionRemove"))->trigger();
        }
        if (popup != nullptr) {
            popup->close();
        }
    });
    emit opened.view().customContextMenuRequested(point);
    CHECK(sawMenu);
    CHECK(opened.entityMentioning("Occidente") == nullptr);
}

TEST_CASE("corrections: the article has one context menu, with the corrections and the note actions", "[corrections]") {
    CorrectingWindow opened;
    const auto onMention = opened.menuOnMention("Occidente");
    CHECK(onMention->findChild<QAction*>(QStringLiteral("correctionRemove")) != nullptr);
    CHECK(onMention->actions().contains(opened.window.findChild<QAction*>(QStringLiteral("highlightAction"))));
    opened.select("Kim II-sung");
    const auto onSelection = std::unique_ptr<QMenu>(opened.menu().createViewMenu(QPoint(1, 1)));
    CHECK(onSelection->findChild<QMenu*>(QStringLiteral("correctionMarkMenu")) != nullptr);
    CHECK(onSelection->actions().contains(opened.window.findChild<QAction*>(QStringLiteral("addNoteAction"))));
}

TEST_CASE("corrections: the entity picker filters by name and returns the chosen entity", "[corrections]") {
    std::vector<core::EntityRecord> candidates = {
        {"person:vladimir-putin", core::EntityType::Person, "Vladimir Putin", "President of Russia", 3},
        {"city:RU:moscow", core::EntityType::Place, "Moscow", "", 2},
        {"person:purin", core::EntityType::Person, "Purin", "", 1}};
    ui::EntityPickerDialog picker(QStringLiteral("Purin"), candidates);
    CHECK(picker.visibleCount() == 3);
    picker.setFilter(QStringLiteral("put"));
    CHECK(picker.visibleCount() == 1);
    REQUIRE(picker.chosen());
    CHECK(picker.chosen()->key == "person:vladimir-putin");
    picker.setFilter(QStringLiteral("nobody"));
    CHECK(picker.visibleCount() == 0);
    CHECK_FALSE(picker.chosen());
}
