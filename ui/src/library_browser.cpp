// SPDX-FileCopyrightText: Annalist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "annalist/ui/library_browser.h"

#include "annalist/ui/display_text.h"
#include "annalist/ui/library_controller.h"
#include "annalist/ui/library_filter_bar.h"
#include "annalist/ui/library_panel.h"

#include <QUndoCommand>
#include <QUndoStack>

#include <utility>

namespace annalist::ui {

namespace {

/// Deleting one article. The library hands back a snapshot of everything stored about it, and undo
/// stores the snapshot again; the restored article may get a new id, which the command follows.
class DeleteArticleCommand final : public QUndoCommand {
public:
    DeleteArticleCommand(LibraryController& controller, LibraryBrowser& browser, core::ArticleSnapshot snapshot)
        : QUndoCommand(LibraryBrowser::tr("Delete “%1”").arg(toQString(snapshot.stored.article.title).left(40))),
          m_controller(controller), m_browser(browser), m_id(snapshot.stored.id), m_snapshot(std::move(snapshot)) {}

    void redo() override {
        // The first redo runs as the command is pushed, after the deletion it records.
        if (!std::exchange(m_alreadyDone, false)) {
            std::optional<core::ArticleSnapshot> snapshot = m_controller.removeArticle(m_id);
            if (!snapshot) {
                return;
            }
            m_snapshot = std::move(*snapshot);
        }
        m_browser.refresh();
        emit m_browser.articleDeleted(m_id);
    }

    void undo() override {
        if (const auto id = m_controller.restoreArticle(m_snapshot)) {
            m_id = *id;
            m_browser.refresh();
            emit m_browser.articleRestored(m_id);
        }
    }

private:
    LibraryController& m_controller;
    LibraryBrowser& m_browser;
    core::ArticleId m_id;
    core::ArticleSnapshot m_snapshot;
    bool m_alreadyDone = true;
};

} // namespace

LibraryBrowser::LibraryBrowser(LibraryController& controller, LibraryPanel& panel, QObject* parent)
    : QObject(parent), m_controller(controller), m_panel(panel), m_undoStack(new QUndoStack(this)) {
    connect(&m_panel.filterBar(), &LibraryFilterBar::filterChanged, this, &LibraryBrowser::showMatches);
}

void LibraryBrowser::refresh() {
    m_panel.filterBar().setChoices(m_controller.entities(), m_controller.sources());
    showMatches();
}

void LibraryBrowser::showMatches() {
    m_panel.setArticles(m_controller.articles(m_panel.filterBar().filter()));
}

bool LibraryBrowser::deleteArticle(core::ArticleId id) {
    std::optional<core::ArticleSnapshot> snapshot = m_controller.removeArticle(id);
    if (!snapshot) {
        return false;
    }
    m_undoStack->push(new DeleteArticleCommand(m_controller, *this, std::move(*snapshot)));
    return true;
}

} // namespace annalist::ui
