// SPDX-FileCopyrightText: Annalist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ner/recognizer_fixture.h"

#include "ner/web_addresses.h"

#include <catch2/catch.hpp>

using namespace annalist::core;
using test::annotateText;
using test::surfacesOfType;

using Names = std::vector<std::string>;

TEST_CASE("A bare web address has a name, dots and a common domain", "[ner][web]") {
    CHECK(ner::isBareWebAddress("ilpost.it"));
    CHECK(ner::isBareWebAddress("thepapalvisit.org.uk"));
    CHECK_FALSE(ner::isBareWebAddress("www.comune.milano.it"));
    CHECK_FALSE(ner::isBareWebAddress("p.es"));
    CHECK_FALSE(ner::isBareWebAddress("ecc."));
    CHECK_FALSE(ner::isBareWebAddress("file.txt"));
}

TEST_CASE("A web address written as a word names the site", "[ner][recognizer]") {
    const auto site = annotateText("La notizia è stata ripresa dal sito lavocedelpiave.it nel pomeriggio.", "it");
    CHECK(surfacesOfType(site, EntityType::Organization) == Names{"lavocedelpiave.it"});
    const auto english = annotateText("The leak was first reported by harbourwatch.org.uk on Friday.", "en");
    CHECK(surfacesOfType(english, EntityType::Organization) == Names{"harbourwatch.org.uk"});
}

TEST_CASE("A capitalised web address keeps no sentence's full stop", "[ner][recognizer]") {
    const auto site = annotateText("La notizia è stata data da Vocedelpiave.it. Poi tutti l'hanno ripresa.", "it");
    CHECK(surfacesOfType(site, EntityType::Organization) == Names{"Vocedelpiave.it"});
}

TEST_CASE("Links and e-mail addresses name no site", "[ner][recognizer]") {
    const auto mail = annotateText("Per informazioni scrivere a segreteria@circolovela.it entro lunedì.", "it");
    CHECK(surfacesOfType(mail, EntityType::Organization).empty());
    const auto link = annotateText("Il bando è su www.provincia.rovigo.it nella sezione avvisi.", "it");
    CHECK(surfacesOfType(link, EntityType::Organization).empty());
}
