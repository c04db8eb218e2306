// SPDX-FileCopyrightText: Annalist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "annalist/core/ner/annotation.h"
#include "annalist/ui/entity_style.h"

#include <QSet>
#include <QWidget>

#include <utility>
#include <vector>

class QToolButton;

namespace annalist::ui {

/// The colour key above the article: one entry per entity type, each a toggle that shows or hides
/// that type's highlights. Each swatch shows the type's tint and underline as the page draws them.
class LegendBar final : public QWidget {
    Q_OBJECT

public:
    explicit LegendBar(QWidget* parent = nullptr);

    /// Lists the entries of the types an article has beyond the four always listed (events, dates).
    void showTypes(const QSet<annalist::core::EntityType>& present);

    /// Redraws the swatches in the page's theme.
    void setPageTheme(annalist::ui::PageTheme theme);

    /// The theme the swatches are drawn in.
    [[nodiscard]] PageTheme pageTheme() const { return m_theme; }

signals:
    /// The user switched a type's highlights on or off.
    void typeToggled(annalist::core::EntityType type, bool visible);

private:
    std::vector<std::pair<core::EntityType, QToolButton*>> m_buttons;
    PageTheme m_theme = PageTheme::Light;
};

} // namespace annalist::ui
