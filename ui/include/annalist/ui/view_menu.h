// SPDX-FileCopyrightText: Annalist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "annalist/ui/entity_style.h"

#include <QMenu>

class QActionGroup;

namespace annalist::ui {

class ArticleView;

/// The View menu: text size, the page's theme and stepping from one entity mention to the next.
/// It applies the reader's choices to the article view and remembers them in QSettings.
class ViewMenu final : public QMenu {
    Q_OBJECT

public:
    /// Builds the menu and applies the remembered text size and theme to the view.
    explicit ViewMenu(ArticleView& view, QWidget* parent = nullptr);

    /// Settings key of the text size step.
    static QString textSizeKey();

    /// Settings key of the theme choice ("system", "light" or "dark").
    static QString themeKey();

private:
    void addTextSizeActions();
    void addThemeMenu();
    void addNavigationActions();
    void changeTextSize(int delta);
    void chooseTheme(ThemeChoice choice);

    ArticleView& m_view;
    QActionGroup* m_themes = nullptr;
};

} // namespace annalist::ui
