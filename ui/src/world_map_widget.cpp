// SPDX-FileCopyrightText: Annalist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "annalist/ui/world_map_widget.h"

#include <QPainter>
#include <QPalette>

namespace annalist::ui {

namespace {

constexpr int kPreferredWidth = 360;
constexpr double kPinRadius = 5.0;

// Rings become closed sub-paths in degrees, y pointing south, so one transform places them on screen.
void addPolygon(QPainterPath& path, const core::MapPolygon& polygon) {
    for (const auto& ring : polygon.rings) {
        QPolygonF points;
        points.reserve(static_cast<int>(ring.size()));
        for (const core::GeoPoint& point : ring) {
            points << QPointF(point.longitude, -point.latitude);
        }
        path.addPolygon(points);
        path.closeSubpath();
    }
}

struct MapColours {
    QColor sea;
    QColor land;
    QColor border;
    QColor highlight;
};

// Derived from the palette's window colour, so the map neither glares in a dark theme nor fades in a light one.
MapColours coloursFor(const QPalette& palette) {
    if (palette.color(QPalette::Window).lightness() < 128) {
        return {QColor(0x1d, 0x2b, 0x3a), QColor(0x4a, 0x50, 0x58), QColor(0x6d, 0x75, 0x80), QColor(0xc9, 0x8f, 0x3c)};
    }
    return {QColor(0xd9, 0xe7, 0xf2), QColor(0xf7, 0xf4, 0xec), QColor(0xa9, 0xae, 0xb4), QColor(0xf0, 0xc2, 0x6e)};
}

} // namespace

WorldMapWidget::WorldMapWidget(const core::WorldMap& map, QWidget* parent) : QWidget(parent), m_map(map) {
    setObjectName(QStringLiteral("worldMap"));
    m_land.setFillRule(Qt::OddEvenFill);
    for (const core::MapPolygon& polygon : m_map.polygons()) {
        addPolygon(m_land, polygon);
    }
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    setMinimumWidth(kPreferredWidth / 2);
}

void WorldMapWidget::setPlace(std::optional<core::GeoPoint> pin, const QStringList& countries) {
    m_pin = pin;
    m_highlight = countryPath(countries);
    update();
}

QPainterPath WorldMapWidget::countryPath(const QStringList& countries) const {
    QPainterPath path;
    path.setFillRule(Qt::OddEvenFill);
    for (const core::MapPolygon& polygon : m_map.polygons()) {
        if (countries.contains(QString::fromStdString(polygon.country))) {
            addPolygon(path, polygon);
        }
    }
    return path;
}

QRectF WorldMapWidget::worldRect() const {
    const double width = std::min<double>(this->width(), this->height() * 2.0);
    const double height = width / 2.0;
    return {(this->width() - width) / 2.0, (this->height() - height) / 2.0, width, height};
}

std::optional<QPointF> WorldMapWidget::pinPosition() const {
    if (!m_pin) {
        return std::nullopt;
    }
    const QRectF world = worldRect();
    const core::MapPoint point = core::projectEquirectangular(*m_pin, world.width(), world.height());
    return world.topLeft() + QPointF(point.x, point.y);
}

QSize WorldMapWidget::sizeHint() const {
    return {kPreferredWidth, heightForWidth(kPreferredWidth)};
}

int WorldMapWidget::heightForWidth(int width) const {
    return width / 2;
}

void WorldMapWidget::resizeEvent(QResizeEvent* event) {
    QWidget::resizeEvent(event);
    // Layouts in a scroll area do not ask for height-for-width; the map keeps its 2:1 shape itself.
    if (height() != heightForWidth(width())) {
        setFixedHeight(heightForWidth(width()));
    }
}

void WorldMapWidget::paintEvent(QPaintEvent* /*event*/) {
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const MapColours colours = coloursFor(palette());
    const QRectF world = worldRect();
    painter.setPen(Qt::NoPen);
    painter.setBrush(colours.sea);
    painter.drawRoundedRect(world, 4, 4);

    QTransform toScreen;
    toScreen.translate(world.center().x(), world.center().y());
    toScreen.scale(world.width() / 360.0, world.height() / 180.0);
    painter.save();
    painter.setClipRect(world);
    painter.setTransform(toScreen, true);
    QPen outline(colours.border, 0.6);
    outline.setCosmetic(true);
    painter.setPen(outline);
    // Outlines that run past the antimeridian come back in at the other edge: the world is drawn three times.
    for (const double shift : {-360.0, 0.0, 360.0}) {
        painter.save();
        painter.translate(shift, 0.0);
        painter.setBrush(colours.land);
        painter.drawPath(m_land);
        painter.setBrush(colours.highlight);
        painter.drawPath(m_highlight);
        painter.restore();
    }
    painter.restore();

    if (const auto pin = pinPosition()) {
        drawPin(painter, *pin);
    }
}

void WorldMapWidget::drawPin(QPainter& painter, QPointF at) const {
    // A soft halo makes a one-pixel position findable on a map the width of a side panel.
    painter.setPen(Qt::NoPen);
    painter.setBrush(QColor(0xd6, 0x45, 0x41, 70));
    painter.drawEllipse(at, kPinRadius * 2.4, kPinRadius * 2.4);
    painter.setPen(QPen(Qt::white, 1.6));
    painter.setBrush(QColor(0xd6, 0x45, 0x41));
    painter.drawEllipse(at, kPinRadius, kPinRadius);
}

} // namespace annalist::ui
