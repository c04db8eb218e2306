// SPDX-FileCopyrightText: Annalist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "annalist/ui/legend_bar.h"

#include "annalist/ui/entity_style.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPainter>
#include <QPixmap>
#include <QToolButton>

namespace annalist::ui {

namespace {

// A sample of the highlight itself: the tint with the underline, as it looks in the text.
QIcon swatch(core::EntityType type, qreal devicePixelRatio) {
    const EntityStyle style = entityStyle(type);
    const QSize size(22, 14);
    QPixmap pixmap(size * devicePixelRatio);
    pixmap.setDevicePixelRatio(devicePixelRatio);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(Qt::NoPen);
    painter.setBrush(style.background);
    painter.drawRoundedRect(QRectF(0, 0, size.width(), size.height() - 2), 3, 3);
    painter.setBrush(style.underline);
    painter.drawRect(QRectF(0, size.height() - 3, size.width(), 3));
    return QIcon(pixmap);
}

} // namespace

LegendBar::LegendBar(QWidget* parent) : QWidget(parent) {
    setObjectName(QStringLiteral("legendBar"));
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(10, 4, 10, 4);
    layout->setSpacing(4);
    auto* caption = new QLabel(tr("Highlight:"), this);
    caption->setEnabled(false);
    layout->addWidget(caption);
    for (const core::EntityType type : kLegendTypes) {
        auto* button = new QToolButton(this);
        button->setObjectName(QStringLiteral("legend-%1")
                                  .arg(QString::fromLatin1(core::toString(type).data(),
                                                           static_cast<qsizetype>(core::toString(type).size()))));
        button->setText(entityTypePluralName(type));
        button->setIcon(swatch(type, devicePixelRatioF()));
        button->setIconSize(QSize(22, 14));
        button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
        button->setAutoRaise(true);
        button->setCheckable(true);
        button->setChecked(true);
        button->setToolTip(tr("Show or hide the highlights of %1").arg(entityTypePluralName(type).toLower()));
        connect(button, &QToolButton::toggled, this, [this, type](bool on) { emit typeToggled(type, on); });
        layout->addWidget(button);
    }
    layout->addStretch(1);
}

} // namespace annalist::ui
