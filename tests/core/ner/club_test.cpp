// SPDX-FileCopyrightText: Annalist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ner/recognizer_fixture.h"

#include <catch2/catch.hpp>

#include <algorithm>

using namespace annalist::core;
using test::annotateText;
using test::entityWithMention;
using test::surfacesOfType;

using Names = std::vector<std::string>;

TEST_CASE("A town beside a result verb in a sentence about sport is its club", "[ner][clubs]") {
    const auto win =
        annotateText("Nella quarta giornata di campionato Vicenza espugna Cremona e resta seconda in classifica.");
    CHECK(surfacesOfType(win, EntityType::Organization) == Names{"Vicenza", "Cremona"});
    const auto loss = annotateText("In classifica Monza cede a Busto Arsizio e scivola al quinto posto.");
    CHECK(surfacesOfType(loss, EntityType::Organization) == Names{"Monza", "Busto Arsizio"});
    const auto politics = annotateText("Il sindaco di Vicenza supera le polemiche e parte per Cremona.");
    CHECK(surfacesOfType(politics, EntityType::Place) == Names{"Vicenza", "Cremona"});
    CHECK(surfacesOfType(politics, EntityType::Organization).empty());
}

TEST_CASE("A club's coach, president or captain names the club by its town", "[ner][clubs]") {
    const auto coach = annotateText("L'allenatore di Piacenza, Mario Neri, ha parlato a lungo dopo la partita.");
    CHECK(surfacesOfType(coach, EntityType::Organization) == Names{"Piacenza"});
    const auto mayor = annotateText("Il sindaco di Piacenza ha inaugurato la mostra.");
    CHECK(surfacesOfType(mayor, EntityType::Place) == Names{"Piacenza"});
    const auto english =
        annotateText("Leeds coach Ann Price said her side deserved the win in the league match.", "en");
    CHECK(surfacesOfType(english, EntityType::Organization) == Names{"Leeds"});
    const auto nation =
        annotateText("England coach Ann Price said her side deserved the win in the league match.", "en");
    CHECK(surfacesOfType(nation, EntityType::Place) == Names{"England"});
}

TEST_CASE("Sponsors before a town in sports news make one club", "[ner][clubs]") {
    const auto annotation =
        annotateText("La Sirio Termotecnica Padova batte la Cantine Oroverde Treviso 3-1 e vola in classifica.");
    CHECK(surfacesOfType(annotation, EntityType::Organization) ==
          Names{"Sirio Termotecnica Padova", "Cantine Oroverde Treviso"});
    CHECK(surfacesOfType(annotation, EntityType::Person).empty());
    const auto player = annotateText("Il gol di Ciro Ferrara ha deciso la partita.");
    CHECK(surfacesOfType(player, EntityType::Person) == Names{"Ciro Ferrara"});
}

TEST_CASE("A venue, a hometown or a destination stays a place in sports news", "[ner][clubs]") {
    const auto annotation = annotateText(
        "La squadra giocherà domenica a Perugia contro la Lumina Verona, poi tornerà a Bari per la partita di coppa.");
    CHECK(surfacesOfType(annotation, EntityType::Place) == Names{"Perugia", "Bari"});
    CHECK(surfacesOfType(annotation, EntityType::Organization) == Names{"Lumina Verona"});
}

TEST_CASE("A sport's name in a capitalised name makes it a club's", "[ner][clubs]") {
    const auto annotation = annotateText("Ha firmato con la Nova Volley e poi con la Stella Basket.");
    CHECK(surfacesOfType(annotation, EntityType::Organization) == Names{"Nova Volley", "Stella Basket"});
    CHECK(surfacesOfType(annotation, EntityType::Person).empty());
}

TEST_CASE("A sport's name heading a section names nothing", "[ner][clubs]") {
    CHECK(annotateText("Pallavolo\n\nIl campionato riparte sabato con sei partite.").entities.empty());
    const auto colon = annotateText("Pallavolo: Novara batte Firenze 3-0, con l'ultimo set vinto al tie-break.");
    CHECK(surfacesOfType(colon, EntityType::Person).empty());
    CHECK(surfacesOfType(colon, EntityType::Organization) == Names{"Novara", "Firenze"});
    CHECK(annotateText("Rugby union\n\nThe season starts on Saturday.", "en").entities.empty());
    const auto town = annotateText("Rugby, a market town in Warwickshire, hosts a fair.", "en");
    CHECK(surfacesOfType(town, EntityType::Place) == Names{"Rugby", "Warwickshire"});
}

TEST_CASE("In sports news a town named as a club is the club wherever it is no venue", "[ner][clubs]") {
    const auto annotation = annotateText(
        "La Cantine Oroverde Treviso batte la Stella Azzurra Brescia 88-79 e resta in vetta alla classifica. "
        "Treviso ha chiuso il primo tempo avanti di dodici punti. Il coach di Brescia ha chiesto scusa ai tifosi. "
        "A Treviso si giocherà la finale del campionato.");
    CHECK(surfacesOfType(annotation, EntityType::Organization) ==
          Names{"Cantine Oroverde Treviso", "Stella Azzurra Brescia", "Treviso", "Brescia"});
    CHECK(surfacesOfType(annotation, EntityType::Place) == Names{"Treviso"});
    const Entity* club = entityWithMention(annotation, "Cantine Oroverde Treviso");
    REQUIRE(club != nullptr);
    CHECK(club->mentions.size() == 2);
}

TEST_CASE("Two towns around a fixture verb in sports news are clubs", "[ner][clubs]") {
    const auto italian = annotateText("Il campionato di basket riparte. Domenica Pesaro ospita Varese, mentre la "
                                      "capolista riposa. La classifica resta corta.");
    CHECK(surfacesOfType(italian, EntityType::Organization) == Names{"Pesaro", "Varese"});
    const auto english = annotateText("Boston Celtics thrashed Miami Heat 121-98 in the basketball league. Miami will "
                                      "host Denver on Tuesday in another league match.",
                                      "en");
    CHECK(surfacesOfType(english, EntityType::Place).empty());
    const auto summit = annotateText("Domenica Roma ospita il vertice dei ministri degli Esteri.");
    CHECK(surfacesOfType(summit, EntityType::Place) == Names{"Roma"});
}

TEST_CASE("The town a club's result made a club stays a place after a place noun", "[ner][clubs]") {
    const auto annotation = annotateText(
        "Northampton edged Gloucester 24-22 on Saturday. The city of Northampton approved the plan.", "en");
    CHECK(surfacesOfType(annotation, EntityType::Organization) == Names{"Northampton", "Gloucester"});
    CHECK(surfacesOfType(annotation, EntityType::Place) == Names{"Northampton"});
}

TEST_CASE("A name after a club and 'di' is its coach, not a side of the result", "[ner][recognizer][it]") {
    const auto result = annotateText("Nel posticipo la Fiorentina di Palladino pareggia 1-1 in casa.", "it");
    const auto people = surfacesOfType(result, EntityType::Person);
    CHECK(std::find(people.begin(), people.end(), "Palladino") != people.end());
    const auto clubs = surfacesOfType(result, EntityType::Organization);
    CHECK(std::find(clubs.begin(), clubs.end(), "Palladino") == clubs.end());
}
