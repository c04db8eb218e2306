// SPDX-FileCopyrightText: Annalist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "annalist/ui/main_window.h"

#include "annalist/ui/article_view.h"
#include "annalist/ui/display_text.h"
#include "annalist/ui/entity_panel.h"
#include "annalist/ui/legend_bar.h"
#include "annalist/ui/library_controller.h"
#include "annalist/ui/library_panel.h"
#include "annalist/ui/note_actions.h"
#include "annalist/ui/notes_panel.h"
#include "annalist/ui/user_dialogs.h"

#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileInfo>
#include <QMenuBar>
#include <QMimeData>
#include <QRegularExpression>
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
    m_notesPanel = new NotesPanel(this);
    m_undoStack = new QUndoStack(this);
    m_noteActions = new NoteActions(m_controller, *m_undoStack, *m_articleView, *m_notesPanel, this);
    m_sideTabs = new QTabWidget(this);
    m_sideTabs->setObjectName(QStringLiteral("sideTabs"));
    m_sideTabs->setDocumentMode(true);
    m_sideTabs->addTab(m_entityPanel, tr("Entities"));
    m_sideTabs->addTab(m_notesPanel, tr("Notes"));

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
    file->addAction(tr("&Export as Markdown…"), QKeySequence(Qt::CTRL | Qt::Key_E), this,
                    &MainWindow::exportWithDialog);
    file->addSeparator();
    file->addAction(tr("&Quit"), QKeySequence::Quit, this, &QWidget::close);

    QMenu* edit = menuBar()->addMenu(tr("&Edit"));
    edit->addAction(m_undoStack->createUndoAction(this, tr("&Undo")));
    edit->actions().constLast()->setShortcut(QKeySequence::Undo);
    edit->addAction(m_undoStack->createRedoAction(this, tr("&Redo")));
    edit->actions().constLast()->setShortcut(QKeySequence::Redo);
    m_noteActions->fillMenu(menuBar()->addMenu(tr("&Notes")));

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About Annalist"), this, &MainWindow::showAbout);
}

void MainWindow::connectPanels() {
    connect(m_libraryPanel, &LibraryPanel::articleSelected, this, &MainWindow::showArticle);
    connect(m_legend, &LegendBar::typeToggled, m_articleView, &ArticleView::setTypeVisible);
    connect(m_articleView, &ArticleView::mentionClicked, this, &MainWindow::onMentionClicked);
    connect(m_entityPanel, &EntityPanel::mentionActivated, this, &MainWindow::onMentionActivated);
    connect(m_entityPanel, &EntityPanel::articleRequested, this, [this](qint64 id) { showArticle(id); });
    connect(m_noteActions, &NoteActions::statusMessage, this,
            [this](const QString& message) { statusBar()->showMessage(message, kStatusTimeoutMs); });
    connect(m_noteActions, &NoteActions::noteAdded, this, [this] { m_sideTabs->setCurrentWidget(m_notesPanel); });
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
    m_libraryPanel->setArticles(m_controller.articles());
}

bool MainWindow::showArticle(core::ArticleId id) {
    std::optional<core::StoredArticle> stored = m_controller.load(id);
    if (!stored) {
        statusBar()->showMessage(tr("The article is no longer in the library"), kStatusTimeoutMs);
        return false;
    }
    m_current = std::move(stored);
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

void MainWindow::openWithDialog() {
    const QString path = m_dialogs.chooseFileToOpen(this, tr("Open article"), LibraryController::openFilter());
    if (!path.isEmpty()) {
        openFile(path);
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
            openFile(url.toLocalFile());
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
}

void MainWindow::saveSettings() const {
    QSettings settings;
    settings.setValue(kGeometryKey, saveGeometry());
    settings.setValue(kSplitterKey, m_splitter->saveState());
    settings.setValue(kEntitySplitterKey, m_entityPanel->saveState());
}

} // namespace annalist::ui
