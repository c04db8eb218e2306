// SPDX-FileCopyrightText: Annalist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "annalist/core/ner/annotation.h"

#include <QWidget>

namespace annalist::ui {

/// The colour key above the article: one entry per entity type, each a toggle that shows or hides
/// that type's highlights.
class LegendBar final : public QWidget {
    Q_OBJECT

public:
    explicit LegendBar(QWidget* parent = nullptr);

signals:
    /// The user switched a type's highlights on or off.
    void typeToggled(annalist::core::EntityType type, bool visible);
};

} // namespace annalist::ui
