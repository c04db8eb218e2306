// SPDX-FileCopyrightText: Annalist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "annalist/ui/legend_bar.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPainter>
#include <QPainterPath>
#include <QPixmap>
#include <QToolButton>

#include <algorithm>
#include <cmath>
#include <numbers>

namespace annalist::ui {

namespace {

constexpr QSize kSwatchSize(26, 16);

// The underline as the text shows it: solid, dashed, wavy or dotted in the type's colour.
void drawUnderline(QPainter& painter, const EntityStyle& style, qreal y, qreal width) {
    QPen pen(style.underline, 1.6);
    switch (style.underlineStyle) {
    case QTextCharFormat::DashUnderline:
        pen.setStyle(Qt::DashLine);
        break;
    case QTextCharFormat::DotLine:
        pen.setStyle(Qt::DotLine);
        break;
    case QTextCharFormat::DashDotLine:
        pen.setStyle(Qt::DashDotLine);
        break;
    case QTextCharFormat::DashDotDotLine:
        pen.setStyle(Qt::DashDotDotLine);
        break;
    case QTextCharFormat::WaveUnderline: {
        QPainterPath wave(QPointF(0, y));
        for (qreal x = 0; x <= width; x += 0.5) {
            wave.lineTo(x, y + 1.5 * std::sin(x / 4.0 * std::numbers::pi));
        }
        painter.strokePath(wave, pen);
        return;
    }
    default:
        break;
    }
    painter.setPen(pen);
    painter.drawLine(QPointF(0, y), QPointF(width, y));
}

// A sample of the highlight itself: the tint with the underline, as it looks in the text.
QIcon swatch(core::EntityType type, PageTheme theme, qreal devicePixelRatio) {
    const EntityStyle style = entityStyle(type, theme);
    QPixmap pixmap(kSwatchSize * devicePixelRatio);
    pixmap.setDevicePixelRatio(devicePixelRatio);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(Qt::NoPen);
    painter.setBrush(style.background);
    painter.drawRoundedRect(QRectF(0, 0, kSwatchSize.width(), kSwatchSize.height() - 4), 3, 3);
    drawUnderline(painter, style, kSwatchSize.height() - 2.5, kSwatchSize.width());
    return QIcon(pixmap);
}

QString typeKey(core::EntityType type) {
    const std::string_view name = core::toString(type);
    return QString::fromLatin1(name.data(), static_cast<qsizetype>(name.size()));
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
    for (const core::EntityType type : kDisplayedTypes) {
        auto* button = new QToolButton(this);
        button->setObjectName(QStringLiteral("legend-%1").arg(typeKey(type)));
        button->setText(entityTypePluralName(type));
        button->setIconSize(kSwatchSize);
        button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
        button->setAutoRaise(true);
        button->setCheckable(true);
        button->setChecked(true);
        button->setToolTip(tr("Show or hide the highlights of %1").arg(entityTypePluralName(type).toLower()));
        connect(button, &QToolButton::toggled, this, [this, type](bool on) { emit typeToggled(type, on); });
        layout->addWidget(button);
        // Events and dates are listed only for articles that have them (see showTypes).
        button->setVisible(std::find(kLegendTypes.begin(), kLegendTypes.end(), type) != kLegendTypes.end());
        m_buttons.push_back({type, button});
    }
    layout->addStretch(1);
    setPageTheme(PageTheme::Light);
}

void LegendBar::showTypes(const QSet<core::EntityType>& present) {
    for (const auto& [type, button] : m_buttons) {
        const bool always = std::find(kLegendTypes.begin(), kLegendTypes.end(), type) != kLegendTypes.end();
        button->setVisible(always || present.contains(type));
    }
}

void LegendBar::setPageTheme(PageTheme theme) {
    m_theme = theme;
    for (const auto& [type, button] : m_buttons) {
        button->setIcon(swatch(type, theme, devicePixelRatioF()));
    }
}

} // namespace annalist::ui
