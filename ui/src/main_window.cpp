// SPDX-FileCopyrightText: Annalist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "annalist/ui/main_window.h"

#include "annalist/ui/article_opener.h"
#include "annalist/ui/article_view.h"
#include "annalist/ui/correction_menu.h"
#include "annalist/ui/display_text.h"
#include "annalist/ui/entity_panel.h"
#include "annalist/ui/legend_bar.h"
#include "annalist/ui/library_browser.h"
#include "annalist/ui/library_controller.h"
#include "annalist/ui/library_filter_bar.h"
#include "annalist/ui/library_panel.h"
#include "annalist/ui/note_actions.h"
#include "annalist/ui/notes_panel.h"
#include "annalist/ui/reannotation_job.h"
#include "annalist/ui/recent_files_menu.h"
#include "annalist/ui/task_progress.h"
#include "annalist/ui/user_dialogs.h"
#include "annalist/ui/view_menu.h"

#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileInfo>
#include <QMenuBar>
#include <QMimeData>
#include <QRegularExpression>
#include <QScrollBar>
#include <QSettings>
#include <QSplitter>
#include <QStatusBar>
#include <QTabWidget>
#include <QUndoStack>
#include <QVBoxLayout>

namespace annalist::ui {

namespace {

constexpr int kStatusTimeoutMs = 6000;
const QString kGeometryKey = QStringLiteral("mainWindow/geometry");
const QString kSplitterKey = QStringLiteral("mainWindow/splitter");
const QString kEntitySplitterKey = QStringLiteral("mainWindow/entitySplitter");
const QString kLibraryOrderKey = QStringLiteral("library/order");

QString suggestedExportName(const core::Article& article) {
    QString base = toQString(article.title).left(60).trimmed();
    base.replace(QRegularExpression(QStringLiteral("[\\\\/:*?\"<>|]+")), QStringLiteral(" "));
    return (base.isEmpty() ? MainWindow::tr("article") : base) + QStringLiteral(".md");
}

} // namespace

MainWindow::MainWindow(LibraryController& controller, UserDialogs& dialogs, const EntityContextSource& entityContext,
                       QWidget* parent)
    : QMainWindow(parent), m_controller(controller), m_dialogs(dialogs), m_entityContext(&entityContext) {
    setUp();
}

MainWindow::MainWindow(LibraryController& controller, UserDialogs& dialogs, QWidget* parent)
    : QMainWindow(parent), m_controller(controller), m_dialogs(dialogs) {
    setUp();
}

void MainWindow::setUp() {
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(QApplication::applicationDisplayName());
    setAcceptDrops(true);
    buildLayout();
    buildMenus();
    connectPanels();
    restoreSettings();
    statusBar()->showMessage(tr("Ready"), kStatusTimeoutMs);
}

void MainWindow::buildLayout() {
    m_libraryPanel = new LibraryPanel(this);
    m_legend = new LegendBar(this);
    m_articleView = new ArticleView(this);
    m_entityPanel = new EntityPanel(m_entityContext, this);
    m_browser = new LibraryBrowser(m_controller, *m_libraryPanel, this);
    m_opener = new ArticleOpener(m_controller, this);
    m_reannotation = new ReannotationJob(m_controller.pipeline(), m_controller.libraryPath(), this);
    m_progress = new TaskProgress(this);
    statusBar()->addPermanentWidget(m_progress);
    m_notesPanel = new NotesPanel(this);
    m_noteActions = new NoteActions(m_controller, m_browser->undoStack(), *m_articleView, *m_notesPanel, this);
    m_sideTabs = new QTabWidget(this);
    m_sideTabs->setObjectName(QStringLiteral("sideTabs"));
    m_sideTabs->setDocumentMode(true);
    m_sideTabs->addTab(m_entityPanel, tr("Entities"));
    m_sideTabs->addTab(m_notesPanel, tr("Notes"));
    m_corrections =
        new CorrectionMenu(m_controller, m_dialogs, m_browser->undoStack(), *m_articleView, *m_entityPanel, this);
    // One context menu on the article: the corrections, then the note actions.
    m_corrections->setViewMenuExtension([this](QMenu& menu) { m_noteActions->fillMenu(&menu); });

    auto* centre = new QWidget(this);
    auto* centreLayout = new QVBoxLayout(centre);
    centreLayout->setContentsMargins(0, 0, 0, 0);
    centreLayout->setSpacing(0);
    centreLayout->addWidget(m_legend);
    centreLayout->addWidget(m_articleView, 1);

    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter->setObjectName(QStringLiteral("mainSplitter"));
    m_splitter->addWidget(m_libraryPanel);
    m_splitter->addWidget(centre);
    m_splitter->addWidget(m_sideTabs);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setChildrenCollapsible(false);
    m_splitter->setSizes({290, 760, 400});
    setCentralWidget(m_splitter);
}

void MainWindow::buildMenus() {
    QMenu* file = menuBar()->addMenu(tr("&File"));
    file->addAction(tr("&Open…"), QKeySequence::Open, this, &MainWindow::openWithDialog);
    m_recentFiles = new RecentFilesMenu(this);
    file->addMenu(m_recentFiles);
    file->addAction(tr("&Export as Markdown…"), QKeySequence(Qt::CTRL | Qt::Key_E), this,
                    &MainWindow::exportWithDialog);
    file->addSeparator();
    file->addAction(tr("&Quit"), QKeySequence::Quit, this, &QWidget::close);

    buildEditMenu();
    menuBar()->addMenu(new ViewMenu(*m_articleView, this));
    m_noteActions->fillMenu(menuBar()->addMenu(tr("&Notes")));

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About Annalist"), this, &MainWindow::showAbout);
}

void MainWindow::connectPanels() {
    connect(m_libraryPanel, &LibraryPanel::articleSelected, this, &MainWindow::showArticle);
    connect(m_legend, &LegendBar::typeToggled, m_articleView, &ArticleView::setTypeVisible);
    connect(m_articleView, &ArticleView::pageThemeChanged, m_legend, &LegendBar::setPageTheme);
    connect(m_articleView, &ArticleView::articleTypesChanged, m_legend, &LegendBar::showTypes);
    m_legend->setPageTheme(m_articleView->pageTheme());
    connect(m_articleView, &ArticleView::mentionClicked, this, &MainWindow::onMentionClicked);
    connect(m_entityPanel, &EntityPanel::mentionActivated, this, &MainWindow::onMentionActivated);
    connect(m_entityPanel, &EntityPanel::articleRequested, this, [this](qint64 id) { showArticle(id); });
    connect(m_noteActions, &NoteActions::statusMessage, this,
            [this](const QString& message) { statusBar()->showMessage(message, kStatusTimeoutMs); });
    connect(m_noteActions, &NoteActions::noteAdded, this, [this] { m_sideTabs->setCurrentWidget(m_notesPanel); });
    connect(m_recentFiles, &RecentFilesMenu::fileChosen, this, &MainWindow::openInBackground);
    connect(m_opener, &ArticleOpener::opened, this, &MainWindow::onOpened);
    connect(m_opener, &ArticleOpener::busyChanged, this, [this](bool busy, const QString& path) {
        busy ? m_progress->begin(tr("Annotating %1…").arg(QFileInfo(path).fileName()), false) : m_progress->end();
    });
    connect(m_browser, &LibraryBrowser::articleDeleted, this, &MainWindow::onArticleDeleted);
    connect(m_browser, &LibraryBrowser::articleRestored, this, [this](core::ArticleId id) {
        showArticle(id);
        statusBar()->showMessage(tr("Article restored"), kStatusTimeoutMs);
    });
    connect(m_reannotation, &ReannotationJob::progressed, m_progress, &TaskProgress::setProgress);
    connect(m_reannotation, &ReannotationJob::finished, this, &MainWindow::onReannotated);
    connect(m_progress, &TaskProgress::cancelRequested, m_reannotation, &ReannotationJob::cancel);
    connect(m_corrections, &CorrectionMenu::changed, this, &MainWindow::reshowCorrected);
}

bool MainWindow::openFile(const QString& path) {
    const OpenOutcome outcome = m_controller.openFile(path);
    if (!outcome.id) {
        statusBar()->showMessage(tr("Could not open %1").arg(QFileInfo(path).fileName()), kStatusTimeoutMs);
        m_dialogs.warn(this, tr("Cannot open article"), outcome.error);
        return false;
    }
    refreshLibrary();
    showArticle(*outcome.id);
    m_recentFiles->addFile(path);
    const QString name = QFileInfo(path).fileName();
    statusBar()->showMessage(outcome.created ? tr("Opened %1 and added it to the library").arg(name)
                                             : tr("%1 is already in the library").arg(name),
                             kStatusTimeoutMs);
    return true;
}

bool MainWindow::exportMarkdown(const QString& path) {
    if (!m_current) {
        return false;
    }
    if (const QString error = m_controller.exportMarkdown(*m_current, path); !error.isEmpty()) {
        statusBar()->showMessage(tr("Export failed"), kStatusTimeoutMs);
        m_dialogs.warn(this, tr("Cannot export"), error);
        return false;
    }
    statusBar()->showMessage(tr("Exported notes to %1").arg(QDir::toNativeSeparators(path)), kStatusTimeoutMs);
    return true;
}

void MainWindow::refreshLibrary() {
    m_browser->refresh();
}

bool MainWindow::showArticle(core::ArticleId id) {
    std::optional<core::StoredArticle> stored = m_controller.load(id);
    if (!stored) {
        statusBar()->showMessage(tr("The article is no longer in the library"), kStatusTimeoutMs);
        return false;
    }
    m_current = std::move(stored);
    m_corrections->setArticle(*m_current);
    m_articleView->showArticle(m_current->article, m_current->annotation);
    m_entityPanel->setAnnotation(m_current->annotation, m_current->article.text(), m_current->id);
    m_noteActions->showArticle(id, m_current->article.text());
    m_libraryPanel->selectArticle(id);
    const QString title = toQString(m_current->article.title);
    setWindowTitle(title.isEmpty() ? QApplication::applicationDisplayName()
                                   : QStringLiteral("%1 — %2").arg(title, QApplication::applicationDisplayName()));
    return true;
}

void MainWindow::showNewestArticle() {
    if (const auto articles = m_controller.articles(); !articles.empty()) {
        showArticle(articles.front().id);
    }
}

std::optional<core::ArticleId> MainWindow::currentArticleId() const {
    return m_current ? std::optional<core::ArticleId>(m_current->id) : std::nullopt;
}

void MainWindow::onMentionClicked(MentionRef ref) {
    m_sideTabs->setCurrentWidget(m_entityPanel);
    m_entityPanel->showEntity(ref.entity);
}

void MainWindow::onMentionActivated(MentionRef ref) {
    m_articleView->revealMention(ref);
}

void MainWindow::reshowCorrected() {
    // The reader stays where the correction was made.
    const int scroll = m_articleView->verticalScrollBar()->value();
    refreshLibrary();
    if (m_current) {
        showArticle(m_current->id);
    }
    m_articleView->verticalScrollBar()->setValue(scroll);
}

void MainWindow::openWithDialog() {
    const QString path = m_dialogs.chooseFileToOpen(this, tr("Open article"), LibraryController::openFilter());
    if (!path.isEmpty()) {
        openInBackground(path);
    }
}

void MainWindow::exportWithDialog() {
    if (!m_current) {
        statusBar()->showMessage(tr("Open an article first"), kStatusTimeoutMs);
        return;
    }
    const QString path = m_dialogs.chooseFileToSave(
        this, tr("Export as Markdown"), suggestedExportName(m_current->article), tr("Markdown (*.md);;All files (*)"));
    if (!path.isEmpty()) {
        exportMarkdown(path);
    }
}

void MainWindow::showAbout() {
    m_dialogs.showAbout(this, tr("About Annalist"),
                        tr("<h3>Annalist %1</h3><p>A news reader that marks who, where and which agreements a "
                           "story is about, and explains each one on a click.</p><p>Licensed under the GNU General "
                           "Public License, version 3 or later.</p>")
                            .arg(QApplication::applicationVersion()));
}

void MainWindow::dragEnterEvent(QDragEnterEvent* event) {
    if (event->mimeData()->hasUrls()) {
        event->acceptProposedAction();
    }
}

void MainWindow::dropEvent(QDropEvent* event) {
    for (const QUrl& url : event->mimeData()->urls()) {
        if (url.isLocalFile()) {
            openInBackground(url.toLocalFile());
        }
    }
    event->acceptProposedAction();
}

void MainWindow::closeEvent(QCloseEvent* event) {
    saveSettings();
    QMainWindow::closeEvent(event);
}

void MainWindow::restoreSettings() {
    const QSettings settings;
    if (!restoreGeometry(settings.value(kGeometryKey).toByteArray())) {
        resize(1400, 900);
    }
    m_splitter->restoreState(settings.value(kSplitterKey).toByteArray());
    m_entityPanel->restoreState(settings.value(kEntitySplitterKey).toByteArray());
    m_libraryPanel->filterBar().setOrderIndex(settings.value(kLibraryOrderKey, 0).toInt());
}

void MainWindow::saveSettings() const {
    QSettings settings;
    settings.setValue(kGeometryKey, saveGeometry());
    settings.setValue(kSplitterKey, m_splitter->saveState());
    settings.setValue(kEntitySplitterKey, m_entityPanel->saveState());
    settings.setValue(kLibraryOrderKey, m_libraryPanel->filterBar().orderIndex());
}

void MainWindow::buildEditMenu() {
    QMenu* edit = menuBar()->addMenu(tr("&Edit"));
    // One undo stack for the window: deleted articles, corrections and notes.
    m_corrections->addEditActions(*edit);
    edit->addSeparator();
    // Delete acts on the library list only, so that Delete in the notes list deletes a note.
    QAction* remove =
        edit->addAction(tr("&Delete Article"), QKeySequence::Delete, this, &MainWindow::deleteSelectedArticle);
    remove->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_libraryPanel->addAction(remove);
    edit->addAction(tr("&Find in Library"), QKeySequence::Find, &m_libraryPanel->filterBar(),
                    &LibraryFilterBar::focusSearch);
    QMenu* library = menuBar()->addMenu(tr("&Library"));
    library->addAction(tr("&Re-annotate the Library"), this, &MainWindow::reannotateLibrary);
    library->addAction(tr("&Clear Filters"), &m_libraryPanel->filterBar(), &LibraryFilterBar::clearFilters);
}

void MainWindow::openInBackground(const QString& path) {
    m_opener->open(path);
}

void MainWindow::onOpened(const QString& path, const OpenOutcome& outcome) {
    if (!outcome.id) {
        m_recentFiles->removeFile(path);
        statusBar()->showMessage(tr("Could not open %1").arg(QFileInfo(path).fileName()), kStatusTimeoutMs);
        m_dialogs.warn(this, tr("Cannot open article"), outcome.error);
        return;
    }
    refreshLibrary();
    showArticle(*outcome.id);
    m_recentFiles->addFile(path);
    // ANNALIST_TIMING reports how long a file took from the request to its highlights on screen.
    if (qEnvironmentVariableIsSet("ANNALIST_TIMING")) {
        qInfo("annalist: %s shown with highlights after %lld ms", qUtf8Printable(QFileInfo(path).fileName()),
              static_cast<long long>(m_opener->elapsedMs()));
    }
    statusBar()->showMessage(outcome.created
                                 ? tr("Opened %1 and added it to the library").arg(QFileInfo(path).fileName())
                                 : tr("%1 is already in the library").arg(QFileInfo(path).fileName()),
                             kStatusTimeoutMs);
}

void MainWindow::deleteSelectedArticle() {
    const auto id = m_libraryPanel->selectedArticle() ? m_libraryPanel->selectedArticle() : currentArticleId();
    if (!id || !m_browser->deleteArticle(*id)) {
        statusBar()->showMessage(tr("Select an article to delete"), kStatusTimeoutMs);
        return;
    }
    statusBar()->showMessage(tr("Article deleted — Edit ▸ Undo brings it back"), kStatusTimeoutMs);
}

void MainWindow::onArticleDeleted(core::ArticleId id) {
    if (currentArticleId() == id) {
        m_current.reset();
        m_articleView->clearArticle();
        m_entityPanel->setAnnotation({}, {});
        setWindowTitle(QApplication::applicationDisplayName());
    }
}

void MainWindow::reannotateLibrary() {
    if (m_reannotation->start()) {
        m_progress->begin(tr("Re-annotating the library…"), true);
    }
}

void MainWindow::onReannotated(int done, int total, bool cancelled, const QString& error) {
    m_progress->end();
    refreshLibrary();
    if (m_current) {
        showArticle(m_current->id); // its highlights may have changed
    }
    if (!error.isEmpty()) {
        m_dialogs.warn(this, tr("Re-annotation stopped"), error);
    }
    statusBar()->showMessage(cancelled ? tr("Re-annotation cancelled: %1 of %2 articles done").arg(done).arg(total)
                                       : tr("Re-annotated %1 articles").arg(done),
                             kStatusTimeoutMs);
}

} // namespace annalist::ui
