// SPDX-FileCopyrightText: Annalist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "annalist/core/kb/world_map.h"

#include "annalist/core/error.h"

#include <charconv>
#include <cmath>
#include <fstream>
#include <sstream>

namespace annalist::core {

namespace {

// Coordinates are stored as whole tenths of a degree.
constexpr double kUnitsPerDegree = 10.0;
// Rings that cross the antimeridian continue past ±180° rather than jump, up to a full turn.
constexpr int kMaxLongitude = 3600;

[[noreturn]] void malformed(const std::string& origin, int line, const std::string& what) {
    throw StoreError(origin + ":" + std::to_string(line) + ": " + what);
}

std::vector<std::string_view> splitView(std::string_view text, char separator) {
    std::vector<std::string_view> parts;
    std::size_t start = 0;
    while (start <= text.size()) {
        const std::size_t end = std::min(text.find(separator, start), text.size());
        if (end > start) {
            parts.push_back(text.substr(start, end - start));
        }
        start = end + 1;
    }
    return parts;
}

std::optional<GeoPoint> parsePoint(std::string_view pair) {
    const std::size_t comma = pair.find(',');
    int lon = 0;
    int lat = 0;
    if (comma == std::string_view::npos || std::from_chars(pair.data(), pair.data() + comma, lon).ec != std::errc{} ||
        std::from_chars(pair.data() + comma + 1, pair.data() + pair.size(), lat).ec != std::errc{} ||
        std::abs(lon) > kMaxLongitude || std::abs(lat) > 900) {
        return std::nullopt;
    }
    return GeoPoint{lon / kUnitsPerDegree, lat / kUnitsPerDegree};
}

MapPolygon parsePolygon(std::string_view line, const std::string& origin, int lineNumber) {
    const std::size_t tab = line.find('\t');
    if (tab != 2) {
        malformed(origin, lineNumber, "expected a two-letter country code, a tab and rings");
    }
    MapPolygon polygon{std::string(line.substr(0, 2)), {}};
    for (std::string_view ringText : splitView(line.substr(tab + 1), ';')) {
        std::vector<GeoPoint> ring;
        for (std::string_view pair : splitView(ringText, ' ')) {
            const auto point = parsePoint(pair);
            if (!point) {
                malformed(origin, lineNumber, "bad point '" + std::string(pair) + "'");
            }
            ring.push_back(*point);
        }
        if (ring.size() < 3) {
            malformed(origin, lineNumber, "a ring needs at least three points");
        }
        polygon.rings.push_back(std::move(ring));
    }
    if (polygon.rings.empty()) {
        malformed(origin, lineNumber, "a polygon needs a ring");
    }
    return polygon;
}

struct Centroid {
    double area = 0.0; // absolute, in square degrees
    GeoPoint point;
};

// Shoelace formula over the outline; planar in degrees, which is what the equirectangular map shows.
Centroid ringCentroid(const std::vector<GeoPoint>& ring) {
    double twiceArea = 0.0;
    double cx = 0.0;
    double cy = 0.0;
    for (std::size_t i = 0; i < ring.size(); ++i) {
        const GeoPoint& a = ring[i];
        const GeoPoint& b = ring[(i + 1) % ring.size()];
        const double cross = a.longitude * b.latitude - b.longitude * a.latitude;
        twiceArea += cross;
        cx += (a.longitude + b.longitude) * cross;
        cy += (a.latitude + b.latitude) * cross;
    }
    if (std::abs(twiceArea) < 1e-12) {
        return {0.0, ring.front()};
    }
    return {std::abs(twiceArea) / 2.0, {cx / (3.0 * twiceArea), cy / (3.0 * twiceArea)}};
}

} // namespace

MapPoint projectEquirectangular(GeoPoint point, double width, double height) {
    return {(point.longitude + 180.0) / 360.0 * width, (90.0 - point.latitude) / 180.0 * height};
}

WorldMap WorldMap::parse(std::string_view text, const std::string& origin) {
    WorldMap map;
    int lineNumber = 0;
    std::size_t start = 0;
    while (start < text.size()) {
        // Empty lines count too, so that errors name the line an editor shows.
        const std::size_t end = std::min(text.find('\n', start), text.size());
        std::string_view line = text.substr(start, end - start);
        start = end + 1;
        ++lineNumber;
        if (!line.empty() && line.back() == '\r') {
            line.remove_suffix(1);
        }
        if (line.empty() || line.front() == '#') {
            continue;
        }
        map.m_polygons.push_back(parsePolygon(line, origin, lineNumber));
    }
    return map;
}

WorldMap WorldMap::load(const std::filesystem::path& file) {
    std::ifstream in(file, std::ios::binary);
    if (!in) {
        throw StoreError("cannot read the world map " + file.string());
    }
    std::ostringstream text;
    text << in.rdbuf();
    return parse(text.str(), file.string());
}

std::filesystem::path WorldMap::fileIn(const std::filesystem::path& resourceDir) {
    return resourceDir / "maps" / "world-110m.txt";
}

std::optional<GeoPoint> WorldMap::representativePoint(std::string_view country) const {
    std::optional<Centroid> best;
    for (const MapPolygon& polygon : m_polygons) {
        if (polygon.country != country) {
            continue;
        }
        const Centroid centroid = ringCentroid(polygon.rings.front());
        if (!best || centroid.area > best->area) {
            best = centroid;
        }
    }
    return best ? std::optional<GeoPoint>(best->point) : std::nullopt;
}

} // namespace annalist::core
