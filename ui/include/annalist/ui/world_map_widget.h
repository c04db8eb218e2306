// SPDX-FileCopyrightText: Annalist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "annalist/core/kb/world_map.h"

#include <QPainterPath>
#include <QStringList>
#include <QWidget>

#include <optional>

namespace annalist::ui {

/// A small locator map of the world in an equirectangular projection: country outlines, one country
/// shaded and a pin on a point. Colours follow the palette, so it reads in light and dark themes.
class WorldMapWidget final : public QWidget {
    Q_OBJECT

public:
    /// `map` must outlive the widget.
    explicit WorldMapWidget(const core::WorldMap& map, QWidget* parent = nullptr);

    /// Marks a point (nullopt: no pin) and shades countries (ISO 3166-1 alpha-2 codes).
    void setPlace(std::optional<core::GeoPoint> pin, const QStringList& countries);

    /// Where the pin is drawn, in widget coordinates; nullopt when there is none.
    [[nodiscard]] std::optional<QPointF> pinPosition() const;

    /// The rectangle the whole world is drawn into (twice as wide as high, centred).
    [[nodiscard]] QRectF worldRect() const;

    [[nodiscard]] QSize sizeHint() const override;
    [[nodiscard]] bool hasHeightForWidth() const override { return true; }
    [[nodiscard]] int heightForWidth(int width) const override;

protected:
    void paintEvent(QPaintEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;

private:
    [[nodiscard]] QPainterPath countryPath(const QStringList& countries) const;
    void drawPin(QPainter& painter, QPointF at) const;

    const core::WorldMap& m_map;
    QPainterPath m_land; ///< every outline, in degrees with y = −latitude
    QPainterPath m_highlight;
    std::optional<core::GeoPoint> m_pin;
};

} // namespace annalist::ui
