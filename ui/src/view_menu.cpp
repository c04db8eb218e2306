// SPDX-FileCopyrightText: Annalist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "annalist/ui/view_menu.h"

#include "annalist/ui/article_view.h"

#include <QActionGroup>
#include <QSettings>

#include <array>
#include <utility>

namespace annalist::ui {

namespace {

const std::array<std::pair<ThemeChoice, QLatin1String>, 3> kThemeNames = {{
    {ThemeChoice::System, QLatin1String("system")},
    {ThemeChoice::Light, QLatin1String("light")},
    {ThemeChoice::Dark, QLatin1String("dark")},
}};

ThemeChoice themeFromName(const QString& name) {
    for (const auto& [choice, text] : kThemeNames) {
        if (name == text) {
            return choice;
        }
    }
    return ThemeChoice::System;
}

QString themeName(ThemeChoice choice) {
    for (const auto& [candidate, text] : kThemeNames) {
        if (candidate == choice) {
            return text;
        }
    }
    return {};
}

} // namespace

ViewMenu::ViewMenu(ArticleView& view, QWidget* parent) : QMenu(tr("&View"), parent), m_view(view) {
    setObjectName(QStringLiteral("viewMenu"));
    const QSettings settings;
    m_view.setTextSizeStep(settings.value(textSizeKey(), 0).toInt());
    m_view.setThemeChoice(themeFromName(settings.value(themeKey()).toString()));
    addTextSizeActions();
    addSeparator();
    addThemeMenu();
    addSeparator();
    addNavigationActions();
}

QString ViewMenu::textSizeKey() {
    return QStringLiteral("view/textSizeStep");
}

QString ViewMenu::themeKey() {
    return QStringLiteral("view/theme");
}

void ViewMenu::addTextSizeActions() {
    QAction* larger = addAction(tr("&Larger Text"), this, [this] { changeTextSize(1); });
    // Ctrl+= too: on most keyboards "+" needs Shift, and readers press the key without it.
    larger->setShortcuts({QKeySequence::ZoomIn, QKeySequence(Qt::CTRL | Qt::Key_Equal)});
    larger->setObjectName(QStringLiteral("largerTextAction"));
    QAction* smaller = addAction(tr("&Smaller Text"), this, [this] { changeTextSize(-1); });
    smaller->setShortcut(QKeySequence::ZoomOut);
    smaller->setObjectName(QStringLiteral("smallerTextAction"));
    QAction* reset = addAction(tr("&Reset Text Size"), this, [this] { changeTextSize(0); });
    reset->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_0));
    reset->setObjectName(QStringLiteral("resetTextAction"));
}

void ViewMenu::addThemeMenu() {
    QMenu* themes = addMenu(tr("&Theme"));
    themes->setObjectName(QStringLiteral("themeMenu"));
    m_themes = new QActionGroup(this);
    const std::array<std::pair<ThemeChoice, QString>, 3> entries = {{
        {ThemeChoice::System, tr("Follow the &System")},
        {ThemeChoice::Light, tr("&Light")},
        {ThemeChoice::Dark, tr("&Dark")},
    }};
    for (const auto& [choice, label] : entries) {
        QAction* action = themes->addAction(label);
        action->setObjectName(QStringLiteral("theme-%1").arg(themeName(choice)));
        action->setCheckable(true);
        action->setChecked(choice == m_view.themeChoice());
        m_themes->addAction(action);
        connect(action, &QAction::triggered, this, [this, choice = choice] { chooseTheme(choice); });
    }
}

void ViewMenu::addNavigationActions() {
    QAction* next = addAction(tr("&Next Entity"), this, [this] { m_view.stepMention(true); });
    next->setShortcuts({QKeySequence(Qt::Key_F8), QKeySequence(Qt::ALT | Qt::Key_Down)});
    next->setObjectName(QStringLiteral("nextEntityAction"));
    QAction* previous = addAction(tr("&Previous Entity"), this, [this] { m_view.stepMention(false); });
    previous->setShortcuts({QKeySequence(Qt::SHIFT | Qt::Key_F8), QKeySequence(Qt::ALT | Qt::Key_Up)});
    previous->setObjectName(QStringLiteral("previousEntityAction"));
}

void ViewMenu::changeTextSize(int delta) {
    m_view.setTextSizeStep(delta == 0 ? 0 : m_view.textSizeStep() + delta);
    QSettings().setValue(textSizeKey(), m_view.textSizeStep());
}

void ViewMenu::chooseTheme(ThemeChoice choice) {
    m_view.setThemeChoice(choice);
    QSettings().setValue(themeKey(), themeName(choice));
}

} // namespace annalist::ui
