// SPDX-FileCopyrightText: Annalist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "annalist/core/store/library.h"

#include <QMainWindow>

#include <optional>

class QSplitter;
class QTabWidget;

namespace annalist::ui {

class ArticleOpener;
class ArticleView;
class CorrectionMenu;
class EntityPanel;
class LegendBar;
class LibraryBrowser;
class LibraryController;
class LibraryPanel;
class NoteActions;
class NotesPanel;
class ReannotationJob;
class RecentFilesMenu;
class TaskProgress;
class UserDialogs;
class EntityContextSource;
struct MentionRef;
struct OpenOutcome;

/// The reader's window: library on the left, the article in the centre, entities on the right.
/// It wires the panels together and turns menu actions into LibraryController calls.
class MainWindow final : public QMainWindow {
    Q_OBJECT

public:
    MainWindow(LibraryController& controller, UserDialogs& dialogs, QWidget* parent = nullptr);
    /// A window whose entity card also shows facts, a map and the library's view of an entity.
    MainWindow(LibraryController& controller, UserDialogs& dialogs, const EntityContextSource& entityContext,
               QWidget* parent = nullptr);

    /// Opens, stores and shows a file; on failure warns the user and returns false. Blocks while the
    /// file is annotated: the menus and drops use openInBackground().
    bool openFile(const QString& path);

    /// Annotates a file on a worker thread, then stores and shows it; the window stays responsive.
    void openInBackground(const QString& path);

    /// Deletes the selected article as an undoable step (Edit ▸ Undo brings it back).
    void deleteSelectedArticle();

    /// Re-runs the recogniser over the whole library in the background, with progress and Cancel.
    void reannotateLibrary();

    /// Writes the Markdown notes of the shown article; on failure warns the user and returns false.
    bool exportMarkdown(const QString& path);

    /// Reloads the library list.
    void refreshLibrary();

    /// Shows a stored article and selects it in the list; false when the id is unknown.
    bool showArticle(core::ArticleId id);

    /// Shows the newest article of the library, if any.
    void showNewestArticle();

    /// The article on display, if any.
    [[nodiscard]] std::optional<core::ArticleId> currentArticleId() const;

protected:
    void closeEvent(QCloseEvent* event) override;
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;

private:
    void setUp();
    void buildLayout();
    void buildMenus();
    void connectPanels();
    void restoreSettings();
    void saveSettings() const;
    void openWithDialog();
    void exportWithDialog();
    void showAbout();
    void onMentionClicked(MentionRef ref);
    void onMentionActivated(MentionRef ref);
    void onOpened(const QString& path, const OpenOutcome& outcome);
    void onReannotated(int done, int total, bool cancelled, const QString& error);
    void onArticleDeleted(core::ArticleId id);
    void buildEditMenu();
    void reshowCorrected();

    LibraryController& m_controller;
    UserDialogs& m_dialogs;
    const EntityContextSource* m_entityContext = nullptr;
    QSplitter* m_splitter = nullptr;
    LibraryPanel* m_libraryPanel = nullptr;
    LegendBar* m_legend = nullptr;
    ArticleView* m_articleView = nullptr;
    EntityPanel* m_entityPanel = nullptr;
    QTabWidget* m_sideTabs = nullptr;
    NotesPanel* m_notesPanel = nullptr;
    NoteActions* m_noteActions = nullptr;
    LibraryBrowser* m_browser = nullptr;
    ArticleOpener* m_opener = nullptr;
    ReannotationJob* m_reannotation = nullptr;
    TaskProgress* m_progress = nullptr;
    RecentFilesMenu* m_recentFiles = nullptr;
    CorrectionMenu* m_corrections = nullptr;
    std::optional<core::StoredArticle> m_current;
};

} // namespace annalist::ui
