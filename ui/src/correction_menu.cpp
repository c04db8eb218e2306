// SPDX-FileCopyrightText: Annalist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "annalist/ui/correction_menu.h"

#include "annalist/core/text/unicode.h"
#include "annalist/ui/article_document_builder.h"
#include "annalist/ui/article_view.h"
#include "annalist/ui/correction_commands.h"
#include "annalist/ui/correction_prompts.h"
#include "annalist/ui/display_text.h"
#include "annalist/ui/entity_panel.h"
#include "annalist/ui/entity_style.h"
#include "annalist/ui/entity_tree_model.h"
#include "annalist/ui/library_controller.h"

#include <QActionGroup>
#include <QCheckBox>
#include <QHBoxLayout>
#include <QMenu>
#include <QScrollBar>
#include <QTextCursor>
#include <QTreeView>
#include <QWidgetAction>

#include <array>
#include <set>

namespace annalist::ui {

namespace {

// A selection longer than this is a passage, not a name.
constexpr std::size_t kMaxMarkedCodePoints = 200;

constexpr std::array kCorrectableTypes = {core::EntityType::Person, core::EntityType::Place,
                                          core::EntityType::Organization, core::EntityType::Treaty};

QString typeActionName(const char* prefix, core::EntityType type) {
    return QString::fromLatin1(prefix) + entityTypeName(type).remove(QLatin1Char(' '));
}

bool libraryWide(const QCheckBox* scope) {
    return scope != nullptr && scope->isChecked();
}

QString withScope(const QString& text, const QCheckBox* scope) {
    return libraryWide(scope) ? CorrectionMenu::tr("%1 (all articles)").arg(text) : text;
}

core::EntityRecord recordOf(const core::Entity& entity) {
    return core::EntityRecord{entity.id, entity.type, entity.name, entity.description, 1};
}

} // namespace

/// What a menu corrects: one mention of an entity, or (mention < 0) the whole entity.
struct CorrectionMenu::Target {
    int entity = -1;
    int mention = -1;
};

CorrectionMenu::CorrectionMenu(LibraryController& controller, UserDialogs& dialogs, QUndoStack& stack,
                               ArticleView& view, EntityPanel& entities, QWidget* window)
    : QObject(window), m_controller(controller), m_view(view),
      m_entityTree(entities.findChild<QTreeView*>(QStringLiteral("entityTree"))), m_window(window),
      m_commands(new CorrectionCommands(controller, dialogs, stack, window)),
      m_ownPrompts(std::make_unique<DialogCorrectionPrompts>()), m_prompts(m_ownPrompts.get()) {
    setObjectName(QStringLiteral("correctionMenu"));
    connect(m_commands, &CorrectionCommands::changed, this, &CorrectionMenu::changed);
    m_view.setContextMenuPolicy(Qt::CustomContextMenu);
    connect(&m_view, &QWidget::customContextMenuRequested, this, &CorrectionMenu::showViewMenu);
    if (m_entityTree != nullptr) {
        m_entityTree->setContextMenuPolicy(Qt::CustomContextMenu);
        connect(m_entityTree, &QWidget::customContextMenuRequested, this, &CorrectionMenu::showEntityMenu);
    }
}

CorrectionMenu::~CorrectionMenu() = default;

void CorrectionMenu::setArticle(const core::StoredArticle& article) {
    m_article = article;
}

void CorrectionMenu::setPrompts(CorrectionPrompts& prompts) {
    m_prompts = &prompts;
}

void CorrectionMenu::setViewMenuExtension(std::function<void(QMenu&)> extend) {
    m_extendViewMenu = std::move(extend);
}

void CorrectionMenu::addEditActions(QMenu& edit) const {
    edit.addAction(m_commands->createUndoAction(&edit));
    edit.addAction(m_commands->createRedoAction(&edit));
}

QMenu* CorrectionMenu::createViewMenu(const QPoint& viewportPos) {
    // The standard menu wants document coordinates, to find a link under the mouse.
    const QPoint documentPos =
        viewportPos + QPoint(m_view.horizontalScrollBar()->value(), m_view.verticalScrollBar()->value());
    QMenu* menu = m_view.createStandardContextMenu(documentPos);
    menu->setObjectName(QStringLiteral("correctionViewMenu"));
    // A mention's link is the view's own address for it, of no use on the clipboard.
    if (auto* copyLink = menu->findChild<QAction*>(QStringLiteral("link-copy"))) {
        menu->removeAction(copyLink);
    }
    if (m_article) {
        addViewCorrections(*menu, viewportPos);
    }
    if (m_extendViewMenu) {
        menu->addSeparator();
        m_extendViewMenu(*menu);
    }
    return menu;
}

void CorrectionMenu::addViewCorrections(QMenu& menu, const QPoint& viewportPos) {
    // A right-click inside a selection is about the selection, even over a highlight: that is how a reader
    // marks "Vladimir Purin" where only "Purin" was found.
    const QTextCursor selection = m_view.textCursor();
    const int clicked = m_view.cursorForPosition(viewportPos).position();
    const bool inSelection =
        selection.hasSelection() && clicked >= selection.selectionStart() && clicked <= selection.selectionEnd();
    const auto ref = ArticleDocumentBuilder::parseMentionUrl(QUrl(m_view.anchorAt(viewportPos)));
    if (ref && !inSelection) {
        addTargetActions(menu, Target{ref->entity, ref->mention});
    } else if (selectedSpan()) {
        addSelectionActions(menu);
    }
}

QMenu* CorrectionMenu::createEntityMenu(int entityIndex) {
    auto* menu = new QMenu(m_window);
    menu->setObjectName(QStringLiteral("correctionEntityMenu"));
    if (m_article && entityIndex >= 0 &&
        static_cast<std::size_t>(entityIndex) < m_article->annotation.entities.size()) {
        addTargetActions(*menu, Target{entityIndex, -1});
    }
    return menu;
}

void CorrectionMenu::addTargetActions(QMenu& menu, const Target& target) {
    const auto& entities = m_article->annotation.entities;
    if (target.entity < 0 || static_cast<std::size_t>(target.entity) >= entities.size()) {
        return;
    }
    const core::Entity& entity = entities[static_cast<std::size_t>(target.entity)];
    const QString shown = target.mention >= 0
                              ? toQString(entity.mentions.at(static_cast<std::size_t>(target.mention)).text)
                              : toQString(entity.name);
    menu.addSection(tr("“%1” · %2").arg(shown, entityTypeName(entity.type)));
    QCheckBox* scope = addScopeChoice(menu);
    addTypeMenu(menu, target, scope);
    QAction* remove = menu.addAction(tr("Not an entity"), this, [this, target, scope, shown] {
        apply(correctionFor(core::CorrectionKind::Remove, target, scope),
              withScope(tr("Not an entity: “%1”").arg(shown), scope));
    });
    remove->setObjectName(QStringLiteral("correctionRemove"));
    QAction* link = menu.addAction(tr("Link to…"), this, [this, target, scope] { this->link(target, scope); });
    link->setObjectName(QStringLiteral("correctionLink"));
    QAction* rename =
        menu.addAction(tr("Rename entity…"), this, [this, target, scope] { this->rename(target, scope); });
    rename->setObjectName(QStringLiteral("correctionRename"));
}

void CorrectionMenu::addTypeMenu(QMenu& menu, const Target& target, QCheckBox* scope) {
    const core::Entity& entity = m_article->annotation.entities.at(static_cast<std::size_t>(target.entity));
    QMenu* types = menu.addMenu(tr("Change type"));
    types->setObjectName(QStringLiteral("correctionTypeMenu"));
    // Radio marks: an entity has exactly one type, and the current one is shown chosen.
    auto* group = new QActionGroup(types);
    for (const core::EntityType type : kCorrectableTypes) {
        QAction* action = types->addAction(entityTypeName(type), this, [this, target, scope, type] {
            core::Correction correction = correctionFor(core::CorrectionKind::ChangeType, target, scope);
            correction.newType = type;
            apply(correction,
                  withScope(tr("Change “%1” to %2").arg(toQString(correction.surface), entityTypeName(type)), scope));
        });
        action->setObjectName(typeActionName("correctionType", type));
        action->setCheckable(true);
        action->setActionGroup(group);
        action->setChecked(type == entity.type);
        action->setEnabled(type != entity.type);
    }
}

QCheckBox* CorrectionMenu::addScopeChoice(QMenu& menu) const {
    // A check box inside the menu, so that choosing the scope does not close the menu.
    auto* row = new QWidget(&menu);
    auto* box = new QCheckBox(tr("Apply to all articles"), row);
    box->setObjectName(QStringLiteral("correctionScope"));
    box->setToolTip(tr("Also correct the same words in every other article of the library, and in future ones"));
    auto* layout = new QHBoxLayout(row);
    // Indented like the menu's items, whose text starts after room for a check mark.
    layout->setContentsMargins(22, 3, 12, 3);
    layout->addWidget(box);
    auto* holder = new QWidgetAction(&menu);
    holder->setDefaultWidget(row);
    menu.addAction(holder);
    return box;
}

void CorrectionMenu::addSelectionActions(QMenu& menu) {
    const auto span = selectedSpan();
    const QString words = toQString(core::substrCodePoints(m_article->article.text(), span->start, span->end));
    menu.addSection(tr("“%1”").arg(menu.fontMetrics().elidedText(words, Qt::ElideMiddle, 240)));
    QCheckBox* scope = addScopeChoice(menu);
    QMenu* mark = menu.addMenu(tr("Mark as"));
    mark->setObjectName(QStringLiteral("correctionMarkMenu"));
    for (const core::EntityType type : kCorrectableTypes) {
        QAction* action =
            mark->addAction(entityTypeName(type), this, [this, type, scope] { markSelection(type, scope); });
        action->setObjectName(typeActionName("correctionMark", type));
    }
}

core::Correction CorrectionMenu::correctionFor(core::CorrectionKind kind, const Target& target,
                                               const QCheckBox* scope) const {
    const core::Entity& entity = m_article->annotation.entities.at(static_cast<std::size_t>(target.entity));
    core::Correction correction;
    correction.kind = kind;
    correction.scope = libraryWide(scope) ? core::CorrectionScope::Library : core::CorrectionScope::Article;
    correction.articleId = libraryWide(scope) ? 0 : m_article->id;
    // A name belongs to the entity, so a rename always targets the entity, even from one of its mentions.
    if (target.mention >= 0 && kind != core::CorrectionKind::Rename) {
        const core::Mention& mention = entity.mentions.at(static_cast<std::size_t>(target.mention));
        correction.span = mention.span;
        correction.surface = mention.text;
    } else {
        correction.entityKey = entity.id;
        correction.surface = entity.name;
    }
    return correction;
}

void CorrectionMenu::link(const Target& target, const QCheckBox* scope) {
    core::Correction correction = correctionFor(core::CorrectionKind::Link, target, scope);
    const core::Entity& entity = m_article->annotation.entities.at(static_cast<std::size_t>(target.entity));
    const auto chosen = m_prompts->chooseEntity(m_window, toQString(correction.surface), linkCandidates(entity.id));
    if (!chosen) {
        return;
    }
    correction.newEntityKey = chosen->key;
    correction.newType = chosen->type;
    correction.newName = chosen->name;
    apply(correction,
          withScope(tr("Link “%1” to %2").arg(toQString(correction.surface), toQString(chosen->name)), scope));
}

void CorrectionMenu::rename(const Target& target, const QCheckBox* scope) {
    core::Correction correction = correctionFor(core::CorrectionKind::Rename, target, scope);
    const auto name = m_prompts->askName(m_window, toQString(correction.surface));
    if (!name || name->toStdString() == correction.surface) {
        return;
    }
    correction.newName = name->toStdString();
    apply(correction, withScope(tr("Rename “%1” to “%2”").arg(toQString(correction.surface), *name), scope));
}

void CorrectionMenu::markSelection(core::EntityType type, const QCheckBox* scope) {
    const auto span = selectedSpan();
    if (!span || !m_article) {
        return;
    }
    core::Correction correction;
    correction.kind = core::CorrectionKind::Add;
    correction.scope = libraryWide(scope) ? core::CorrectionScope::Library : core::CorrectionScope::Article;
    correction.articleId = libraryWide(scope) ? 0 : m_article->id;
    correction.span = *span;
    correction.surface = core::substrCodePoints(m_article->article.text(), span->start, span->end);
    correction.newType = type;
    apply(correction, withScope(tr("Mark “%1” as %2").arg(toQString(correction.surface), entityTypeName(type)), scope));
}

std::optional<core::Span> CorrectionMenu::selectedSpan() const {
    const QTextCursor cursor = m_view.textCursor();
    if (!m_article || !cursor.hasSelection()) {
        return std::nullopt;
    }
    const auto start = m_view.offsetMap().toCodePoint(cursor.selectionStart());
    const auto end = m_view.offsetMap().toCodePoint(cursor.selectionEnd());
    if (!start || !end || *end <= *start || *end - *start > kMaxMarkedCodePoints) {
        return std::nullopt;
    }
    // The reader's selection often catches a space or a comma at its edges; the name is what lies between.
    const QString selected = cursor.selectedText();
    const auto isEdge = [](QChar c) { return c.isSpace() || c.isPunct(); };
    qsizetype lead = 0;
    qsizetype trail = 0;
    while (lead < selected.size() && isEdge(selected[lead])) {
        ++lead;
    }
    while (trail < selected.size() - lead && isEdge(selected[selected.size() - 1 - trail])) {
        ++trail;
    }
    const QString core = selected.mid(lead, selected.size() - lead - trail);
    if (core.isEmpty() || core.contains(QChar::ParagraphSeparator)) {
        return std::nullopt;
    }
    // Each trimmed character is one code point unless it is a surrogate pair, which spaces and punctuation are not.
    return core::Span{*start + static_cast<std::size_t>(lead), *end - static_cast<std::size_t>(trail)};
}

std::vector<core::EntityRecord> CorrectionMenu::linkCandidates(const std::string& excludedKey) const {
    std::vector<core::EntityRecord> candidates;
    std::set<std::string> seen{excludedKey};
    for (const core::Entity& entity : m_article->annotation.entities) {
        if (seen.insert(entity.id).second) {
            candidates.push_back(recordOf(entity));
        }
    }
    for (core::EntityRecord& entity : m_controller.findEntities({})) {
        if (seen.insert(entity.key).second) {
            candidates.push_back(std::move(entity));
        }
    }
    return candidates;
}

void CorrectionMenu::apply(const core::Correction& correction, const QString& text) {
    m_commands->apply(correction, text);
}

void CorrectionMenu::showViewMenu(const QPoint& viewportPos) {
    std::unique_ptr<QMenu> menu(createViewMenu(viewportPos));
    menu->exec(m_view.viewport()->mapToGlobal(viewportPos));
}

void CorrectionMenu::showEntityMenu(const QPoint& viewportPos) {
    const QModelIndex index = m_entityTree->indexAt(viewportPos);
    const int entity = index.isValid() ? index.data(EntityTreeModel::EntityIndexRole).toInt() : -1;
    if (entity < 0) {
        return;
    }
    std::unique_ptr<QMenu> menu(createEntityMenu(entity));
    menu->exec(m_entityTree->viewport()->mapToGlobal(viewportPos));
}

} // namespace annalist::ui
