// SPDX-FileCopyrightText: Annalist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "annalist/core/error.h"
#include "annalist/core/kb/world_map.h"

#include <catch2/catch.hpp>

#include <cmath>

using namespace annalist::core;

TEST_CASE("The world map loads every country outline", "[kb][map]") {
    const WorldMap map = WorldMap::load(WorldMap::fileIn(ANNALIST_RESOURCE_DIR));
    CHECK(map.polygons().size() > 200);
    std::size_t italy = 0;
    for (const MapPolygon& polygon : map.polygons()) {
        CHECK(polygon.rings.front().size() >= 3);
        italy += polygon.country == "IT" ? 1 : 0;
    }
    CHECK(italy >= 3); // the peninsula, Sicily and Sardinia
    // Russia crosses the antimeridian: its outline runs on past 180° instead of jumping across the map.
    for (const MapPolygon& polygon : map.polygons()) {
        for (const auto& ring : polygon.rings) {
            for (std::size_t i = 1; i < ring.size() && polygon.country == "RU"; ++i) {
                CHECK(std::abs(ring[i].longitude - ring[i - 1].longitude) < 180.0);
            }
        }
    }
    const auto point = map.representativePoint("IT");
    REQUIRE(point);
    CHECK(point->longitude == Approx(12.5).margin(2.0));
    CHECK(point->latitude == Approx(42.5).margin(2.0));
    CHECK_FALSE(map.representativePoint("XX"));
}

TEST_CASE("Map lines are parsed in tenths of a degree, with holes and clear errors", "[kb][map]") {
    const WorldMap map = WorldMap::parse("# comment\n"
                                         "AA\t0,0 100,0 100,100 0,100;20,20 40,20 40,40\n"
                                         "AA\t300,300 310,300 310,310\n",
                                         "test");
    REQUIRE(map.polygons().size() == 2);
    CHECK(map.polygons()[0].rings.size() == 2);
    CHECK(map.polygons()[0].rings[0][1] == GeoPoint{10.0, 0.0});
    // The larger square wins over the small triangle; its centroid is its middle.
    const auto point = map.representativePoint("AA");
    REQUIRE(point);
    CHECK(point->longitude == Approx(5.0));
    CHECK(point->latitude == Approx(5.0));

    CHECK_THROWS_AS(WorldMap::parse("AA\t0,0 1,1\n", "bad"), StoreError);
    CHECK_THROWS_AS(WorldMap::parse("AA\t0,0 1,x 2,2\n", "bad"), StoreError);
    CHECK_THROWS_AS(WorldMap::parse("AA\t0,0 3700,1 2,2\n", "bad"), StoreError);
    CHECK_THROWS_AS(WorldMap::parse("AA\t0,0 1,1 2,950\n", "bad"), StoreError);
    CHECK_THROWS_WITH(WorldMap::parse("\nAAA 0,0\n", "bad.txt"), Catch::Contains("bad.txt:2"));
    CHECK_THROWS_AS(WorldMap::load("/nonexistent/world.txt"), StoreError);
}

TEST_CASE("The equirectangular projection maps the world onto the rectangle", "[kb][map]") {
    const MapPoint topLeft = projectEquirectangular({-180.0, 90.0}, 360.0, 180.0);
    CHECK(topLeft.x == Approx(0.0));
    CHECK(topLeft.y == Approx(0.0));
    const MapPoint centre = projectEquirectangular({0.0, 0.0}, 720.0, 360.0);
    CHECK(centre.x == Approx(360.0));
    CHECK(centre.y == Approx(180.0));
    const MapPoint hanoi = projectEquirectangular({105.8412, 21.0245}, 360.0, 180.0);
    CHECK(hanoi.x == Approx(285.8412));
    CHECK(hanoi.y == Approx(68.9755));
}
