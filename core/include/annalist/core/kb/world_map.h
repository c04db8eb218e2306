// SPDX-FileCopyrightText: Annalist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace annalist::core {

/// A point on the Earth in degrees: longitude east of Greenwich, latitude north of the equator.
struct GeoPoint {
    double longitude = 0.0;
    double latitude = 0.0;
    bool operator==(const GeoPoint&) const = default;
};

/// A point on a flat map, in the units of the map's width and height, y growing downwards.
struct MapPoint {
    double x = 0.0;
    double y = 0.0;
};

/// Equirectangular projection of the whole world (longitude −180…180, latitude 90…−90) onto a
/// `width` × `height` rectangle whose top-left corner is (0, 0).
[[nodiscard]] MapPoint projectEquirectangular(GeoPoint point, double width, double height);

/// One country polygon: the outline first, then its holes. Rings that cross the antimeridian continue past
/// ±180° (up to ±360°) instead of jumping, so that each ring is one continuous outline.
struct MapPolygon {
    std::string country; ///< ISO 3166-1 alpha-2, "ZZ" when the outline has no code
    std::vector<std::vector<GeoPoint>> rings;
};

/// The country outlines of the world at a small scale, for a locator map.
class WorldMap {
public:
    /// An empty map (no outlines).
    WorldMap() = default;

    /// Reads the outline file (resources/maps/world-110m.txt). Throws StoreError naming the file and line
    /// when it is missing or malformed.
    [[nodiscard]] static WorldMap load(const std::filesystem::path& file);

    /// Parses the text of an outline file; `origin` names it in errors.
    [[nodiscard]] static WorldMap parse(std::string_view text, const std::string& origin);

    /// The outline file inside a resource folder (the build's share/annalist or the source resources/).
    [[nodiscard]] static std::filesystem::path fileIn(const std::filesystem::path& resourceDir);

    /// Every polygon, in file order.
    [[nodiscard]] const std::vector<MapPolygon>& polygons() const { return m_polygons; }

    /// A point that stands for a country on a map: the centroid of its largest polygon, or nullopt when
    /// the map has no outline with that ISO 3166-1 alpha-2 code.
    [[nodiscard]] std::optional<GeoPoint> representativePoint(std::string_view country) const;

private:
    std::vector<MapPolygon> m_polygons;
};

} // namespace annalist::core
