// SPDX-FileCopyrightText: Annalist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "annalist/core/correct/correction.h"
#include "annalist/core/store/library.h"

#include <QObject>
#include <QPoint>

#include <functional>

#include <memory>
#include <optional>

class QCheckBox;
class QUndoStack;
class QMenu;
class QTreeView;
class QWidget;

namespace annalist::ui {

class ArticleView;
class CorrectionCommands;
class CorrectionPrompts;
class EntityPanel;
class LibraryController;
class UserDialogs;

/// The reader's way to correct recognition: context menus on a highlighted mention ("Change type ▸",
/// "Not an entity", "Link to…", "Rename entity…"), on a selection ("Mark as ▸") and on an entity in the entity
/// list, each with a choice between this article and all articles. The corrections become undoable commands.
class CorrectionMenu final : public QObject {
    Q_OBJECT

public:
    /// Hooks the context menus of `view` and of the entity list in `entities`; corrections become steps on `stack`
    /// (the window's, shared with the notes); `window` parents menus and dialogs.
    CorrectionMenu(LibraryController& controller, UserDialogs& dialogs, QUndoStack& stack, ArticleView& view,
                   EntityPanel& entities, QWidget* window);
    ~CorrectionMenu() override;

    /// The article the menus correct; call whenever another article (or a corrected one) is shown.
    void setArticle(const core::StoredArticle& article);

    /// Replaces the dialogs that ask for an entity to link to and for a new name (tests answer them directly).
    void setPrompts(CorrectionPrompts& prompts);

    /// Adds more actions (the notes') after the corrections in the article view's context menu, which this class
    /// owns: the view has one context menu.
    void setViewMenuExtension(std::function<void(QMenu&)> extend);

    /// Adds Undo and Redo of the shared undo stack to an Edit menu.
    void addEditActions(QMenu& edit) const;

    /// The undo history of corrections.
    [[nodiscard]] CorrectionCommands& commands() const { return *m_commands; }

    /// The article view's context menu at a viewport point: the view's own actions, then the corrections of the
    /// mention under the point, or "Mark as ▸" for a selection. The caller owns the menu.
    [[nodiscard]] QMenu* createViewMenu(const QPoint& viewportPos);

    /// The context menu of an entity (index in the shown annotation) in the entity list. The caller owns the menu.
    [[nodiscard]] QMenu* createEntityMenu(int entityIndex);

signals:
    /// A correction was made, undone or redone.
    void changed();

private:
    struct Target;

    void addViewCorrections(QMenu& menu, const QPoint& viewportPos);
    void addTargetActions(QMenu& menu, const Target& target);
    void addTypeMenu(QMenu& menu, const Target& target, QCheckBox* scope);
    void addSelectionActions(QMenu& menu);
    [[nodiscard]] QCheckBox* addScopeChoice(QMenu& menu) const;
    [[nodiscard]] core::Correction correctionFor(core::CorrectionKind kind, const Target& target,
                                                 const QCheckBox* scope) const;
    void link(const Target& target, const QCheckBox* scope);
    void rename(const Target& target, const QCheckBox* scope);
    void markSelection(core::EntityType type, const QCheckBox* scope);
    [[nodiscard]] std::optional<core::Span> selectedSpan() const;
    [[nodiscard]] std::vector<core::EntityRecord> linkCandidates(const std::string& excludedKey) const;
    void apply(const core::Correction& correction, const QString& text);
    void showViewMenu(const QPoint& viewportPos);
    void showEntityMenu(const QPoint& viewportPos);

    LibraryController& m_controller;
    ArticleView& m_view;
    QTreeView* m_entityTree = nullptr;
    QWidget* m_window = nullptr;
    CorrectionCommands* m_commands = nullptr;
    std::unique_ptr<CorrectionPrompts> m_ownPrompts;
    CorrectionPrompts* m_prompts = nullptr;
    std::optional<core::StoredArticle> m_article;
    std::function<void(QMenu&)> m_extendViewMenu;
};

} // namespace annalist::ui
