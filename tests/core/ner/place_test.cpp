// SPDX-FileCopyrightText: Annalist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ner/recognizer_fixture.h"

#include <catch2/catch.hpp>

#include <algorithm>

using namespace annalist::core;
using test::annotateText;
using test::surfacesOfType;

TEST_CASE("A town that is also a surname is the town after a place cue", "[ner][places]") {
    const auto annotation = annotateText("Il Sindaco di Trapani ha parlato a lungo. Poi il corteo è arrivato ad Alcamo "
                                         "e i riflettori si sono spostati su Trapani.");
    CHECK(surfacesOfType(annotation, EntityType::Place) == std::vector<std::string>{"Trapani", "Alcamo", "Trapani"});
    CHECK(surfacesOfType(annotation, EntityType::Person).empty());
}

TEST_CASE("An unknown name after a place preposition or a place noun is a place", "[ner][places]") {
    const auto annotation = annotateText("I soccorritori sono arrivati in Valdorsena e nei pressi di Brambillasca.");
    CHECK(surfacesOfType(annotation, EntityType::Place) == std::vector<std::string>{"Valdorsena", "Brambillasca"});
    CHECK(surfacesOfType(annotation, EntityType::Person).empty());
}

TEST_CASE("A direction or a qualifier joins the place it describes", "[ner][places]") {
    const auto annotation = annotateText("Il treno per Roma Nord è in ritardo. La neve cade nel Nord Italia, "
                                         "in Alto Adige e nella Sardegna meridionale.");
    CHECK(surfacesOfType(annotation, EntityType::Place) ==
          std::vector<std::string>{"Roma Nord", "Nord Italia", "Alto Adige", "Sardegna meridionale"});
    CHECK(surfacesOfType(annotation, EntityType::Person).empty());
    // A bare direction after a place starts a phrase of its own.
    const auto english = annotateText("Shelling hit Izium north of Kharkiv and the Alps.", "en");
    CHECK(surfacesOfType(english, EntityType::Place) == std::vector<std::string>{"Izium", "Kharkiv", "Alps"});
}

TEST_CASE("A known place after a preposition ends before a person's name", "[ner][places]") {
    const auto annotation = annotateText("Si è spento ieri a Milano Gualtiero Brambillotti, pittore e poeta.");
    CHECK(surfacesOfType(annotation, EntityType::Place) == std::vector<std::string>{"Milano"});
    CHECK(surfacesOfType(annotation, EntityType::Person) == std::vector<std::string>{"Gualtiero Brambillotti"});
}

TEST_CASE("A lowercase place noun before a name belongs to the place", "[ner][places]") {
    const auto annotation = annotateText("La piena del fiume Zorvena ha raggiunto lo stadio Olimpiaco di Roma.");
    CHECK(surfacesOfType(annotation, EntityType::Place) ==
          std::vector<std::string>{"fiume Zorvena", "stadio Olimpiaco", "Roma"});
}

TEST_CASE("A facility head closing an English name makes a place", "[ner][places][en]") {
    const auto annotation =
        annotateText("Fans left Wembrook Stadium for London Bridge, then walked to Marlow Square.", "en");
    CHECK(surfacesOfType(annotation, EntityType::Place) ==
          std::vector<std::string>{"Wembrook Stadium", "London Bridge", "Marlow Square"});
    CHECK(surfacesOfType(annotation, EntityType::Person).empty());
}

TEST_CASE("Towns listed with a known town are towns, and a saint's name after a preposition is a town",
          "[ner][places]") {
    const auto annotation = annotateText("La lava coprì Pompei ed Ercolano. La scuola crollò a San Gualberto.");
    CHECK(surfacesOfType(annotation, EntityType::Place) ==
          std::vector<std::string>{"Pompei", "Ercolano", "San Gualberto"});
    CHECK(surfacesOfType(annotation, EntityType::Person).empty());
    // A given name before a surname that is a place head is a person.
    const auto people = annotateText("Yesterday Giorgio Sala met Laura Torre, Peter Bay and Senator Dan Castle.", "en");
    CHECK(surfacesOfType(people, EntityType::Person) ==
          std::vector<std::string>{"Giorgio Sala", "Laura Torre", "Peter Bay", "Dan Castle"});
}

TEST_CASE("English place prepositions introduce towns that are also surnames", "[ner][places][en]") {
    const auto annotation = annotateText("The family moved from a farm near Brackley to a house outside Wilson.", "en");
    CHECK(surfacesOfType(annotation, EntityType::Place) == std::vector<std::string>{"Brackley", "Wilson"});
    CHECK(surfacesOfType(annotation, EntityType::Person).empty());
}

TEST_CASE("A facility name ends at its head before the town it lies in", "[ner][places]") {
    const auto annotation = annotateText("La messa si è tenuta nel Drumlow Park di Glasgow, vicino al Viadotto del "
                                         "Serchiano.");
    CHECK(surfacesOfType(annotation, EntityType::Place) ==
          std::vector<std::string>{"Drumlow Park", "Glasgow", "Viadotto del Serchiano"});
    CHECK(surfacesOfType(annotation, EntityType::Organization).empty());
}

TEST_CASE("An Italian town named like an ordinary word is the town right after a preposition", "[ner][places]") {
    const auto annotation =
        annotateText("La fiera del mobile si tiene a Erba, mentre il consiglio comunale si riunisce in Ribera.");
    CHECK(surfacesOfType(annotation, EntityType::Place) == std::vector<std::string>{"Erba", "Ribera"});
    const auto words = annotateText("Il titolo è crollato in Borsa e la festa finisce a Palazzo Vecchio.");
    CHECK(surfacesOfType(words, EntityType::Place) == std::vector<std::string>{"Palazzo Vecchio"});
}

TEST_CASE("A place head before a known place makes one place of both", "[ner][places]") {
    const auto annotation =
        annotateText("La tromba d'aria ha colpito il Golfo di Taranto e poi le case di Via Palestro.");
    CHECK(surfacesOfType(annotation, EntityType::Place) ==
          std::vector<std::string>{"Golfo di Taranto", "Via Palestro"});
}

TEST_CASE("A hyphenated region, a villa and a place after a capitalised preposition are places", "[ner][places]") {
    const auto annotation = annotateText("Le vacanze in Friuli-Venezia Giulia costano poco. In Valdorsena si vive bene "
                                         "e la Villa Cernovetti Ranzi è aperta.");
    CHECK(surfacesOfType(annotation, EntityType::Place) ==
          std::vector<std::string>{"Friuli-Venezia Giulia", "Valdorsena", "Villa Cernovetti Ranzi"});
    CHECK(surfacesOfType(annotation, EntityType::Person).empty());
    const auto council = annotateText("The NATO-Ukraine Council met on Tuesday.", "en");
    CHECK(surfacesOfType(council, EntityType::Place).empty());
}

TEST_CASE("A town named like an ordinary word is the town after 'di' or 'da'", "[ner][places]") {
    // "lecco" and "erba" are ordinary Italian words as well as towns.
    const auto annotation = annotateText("Il sindaco di Lecco è partito da Erba in mattinata.");
    CHECK(surfacesOfType(annotation, EntityType::Place) == std::vector<std::string>{"Lecco", "Erba"});
}

TEST_CASE("A big Italian city before a name after a place noun is a station or a district", "[ner][recognizer][it]") {
    const auto annotation = annotateText("Il regionale è partito dalla stazione di Milano Cadorna con venti minuti "
                                         "di ritardo ed è arrivato a Torino Lingotto alle nove.",
                                         "it");
    CHECK(surfacesOfType(annotation, EntityType::Place) ==
          std::vector<std::string>{"Milano Cadorna", "Torino Lingotto"});
    CHECK(surfacesOfType(annotation, EntityType::Person).empty());
}

TEST_CASE("A known place glued to ex- is the former state, a place", "[ner][recognizer][it]") {
    const auto annotation = annotateText("I profughi arrivavano dall'ex-Cecoslovacchia e dalla Polonia.", "it");
    CHECK(surfacesOfType(annotation, EntityType::Place) == std::vector<std::string>{"ex-Cecoslovacchia", "Polonia"});
}

TEST_CASE("A plural administrative noun before a list of places belongs to none of them", "[ner][recognizer][it]") {
    const auto annotation = annotateText("L'allerta riguarda le province di Cuneo, Asti e Alessandria.", "it");
    CHECK(surfacesOfType(annotation, EntityType::Place) == std::vector<std::string>{"Cuneo", "Asti", "Alessandria"});
}

TEST_CASE("A surname that is a direction after a small town makes a person's name", "[ner][recognizer][it]") {
    const auto annotation = annotateText("Altamura West ha annullato il concerto di Bari per un malore. La periferia "
                                         "di Roma Nord resta senza luce.",
                                         "it");
    CHECK(surfacesOfType(annotation, EntityType::Person) == std::vector<std::string>{"Altamura West"});
    CHECK(surfacesOfType(annotation, EntityType::Place) == std::vector<std::string>{"Bari", "Roma Nord"});
}

TEST_CASE("Mountain passes, huts and pastures are places", "[ner][recognizer][it]") {
    const auto stage = annotateText("Il gruppo ha scalato il Passo Valparola e ha chiuso alla Malga Fossetta.", "it");
    CHECK(surfacesOfType(stage, EntityType::Place) == std::vector<std::string>{"Passo Valparola", "Malga Fossetta"});
    CHECK(surfacesOfType(stage, EntityType::Organization).empty());
    CHECK(surfacesOfType(stage, EntityType::Person).empty());
    const auto hut = annotateText("I soccorritori sono saliti fino alla Forcella Lerosa e al Rifugio Vallandro.", "it");
    CHECK(surfacesOfType(hut, EntityType::Place) == std::vector<std::string>{"Forcella Lerosa", "Rifugio Vallandro"});
}

TEST_CASE("Caves, ridges and points are places, and a lone head word named like a person is not",
          "[ner][recognizer][en]") {
    const auto walk = annotateText("The walkers left Wombat Caves and camped below Tarrant Ridge.", "en");
    CHECK(surfacesOfType(walk, EntityType::Place) == std::vector<std::string>{"Wombat Caves", "Tarrant Ridge"});
    const auto voice = annotateText("Fans cheered when Ridge returned in the final episode.", "en");
    CHECK(surfacesOfType(voice, EntityType::Place).empty());
}

TEST_CASE("The New World, the Third World and the Global South are places", "[ner][places]") {
    using Names = std::vector<std::string>;
    const auto voyage = annotateText("Le navi spagnole portarono nel Nuovo Mondo cavalli e frumento.", "it");
    CHECK(surfacesOfType(voyage, EntityType::Organization).empty());
    CHECK(surfacesOfType(voyage, EntityType::Place) == Names{"Nuovo Mondo"});
    const auto debt = annotateText("Il debito di molti paesi del Terzo Mondo è cresciuto ancora.", "it");
    CHECK(surfacesOfType(debt, EntityType::Organization).empty());
    CHECK(surfacesOfType(debt, EntityType::Place) == Names{"Terzo Mondo"});
    const auto south = annotateText("Leaders of the Global South met in Kampala to discuss debt relief.", "en");
    CHECK(surfacesOfType(south, EntityType::Place) == Names{"Global South", "Kampala"});
}

TEST_CASE("A seaside town named Marina di is a place; a navy stays a body", "[ner][places]") {
    using Names = std::vector<std::string>;
    const auto town = annotateText("Due bagnanti sono stati soccorsi ieri a Marina di Pietrasanta dai bagnini.", "it");
    CHECK(surfacesOfType(town, EntityType::Organization).empty());
    CHECK(surfacesOfType(town, EntityType::Place) == Names{"Marina di Pietrasanta"});
    const auto navy = annotateText("La Marina degli Stati Uniti ha inviato una portaerei nel Golfo.", "it");
    CHECK(surfacesOfType(navy, EntityType::Organization) == Names{"Marina degli Stati Uniti"});
    const auto crown = annotateText("La Marina di Sua Maestà ha scortato il mercantile fino a Malta.", "it");
    CHECK(surfacesOfType(crown, EntityType::Place) == Names{"Malta"});
}

TEST_CASE("An Italian town named like a word is the town when listed after a preposition's name", "[ner][places]") {
    const auto plants = annotateText("La società chiude gli impianti di Mirafiori e Cassino entro l'estate.", "it");
    const auto places = surfacesOfType(plants, EntityType::Place);
    CHECK(std::find(places.begin(), places.end(), "Cassino") != places.end());
}

TEST_CASE("A country ICU names with an ampersand is found with 'and' written out", "[ner][places]") {
    const auto trip = annotateText("The minister flew on to Trinidad and Tobago after the summit.", "en");
    CHECK(surfacesOfType(trip, EntityType::Place) == std::vector<std::string>{"Trinidad and Tobago"});
}

TEST_CASE("A name right after a noun for a part of a town is a place", "[ner][places]") {
    const auto district = annotateText("I vigili hanno evacuato il quartiere Borgo Fornace dopo la piena.", "it");
    CHECK(surfacesOfType(district, EntityType::Place) == std::vector<std::string>{"Borgo Fornace"});
    CHECK(surfacesOfType(district, EntityType::Organization).empty());
    const auto hamlet = annotateText("La frana ha isolato la frazione Costa Bassa per tutta la notte.", "it");
    CHECK(surfacesOfType(hamlet, EntityType::Place) == std::vector<std::string>{"Costa Bassa"});
    CHECK(surfacesOfType(hamlet, EntityType::Person).empty());
}
