// SPDX-FileCopyrightText: Annalist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ner/recognizer_fixture.h"

#include <catch2/catch.hpp>

#include <algorithm>

using namespace annalist::core;
using test::annotateText;
using test::surfacesOfType;

namespace {

bool hasSurface(const std::vector<std::string>& surfaces, std::string_view surface) {
    return std::find(surfaces.begin(), surfaces.end(), surface) != surfaces.end();
}

} // namespace

TEST_CASE("An Italian legal form closes a company's name with the words before it", "[ner][org-extent]") {
    const auto annotation = annotateText("Stamattina la GTV S.p.a. ha annunciato il rinvio dell'assemblea, mentre "
                                         "la Officine Berretta Italia s.r.l. ha chiesto la cassa integrazione.");
    CHECK(surfacesOfType(annotation, EntityType::Organization) ==
          std::vector<std::string>{"GTV S.p.a.", "Officine Berretta Italia s.r.l."});
    CHECK(surfacesOfType(annotation, EntityType::Place).empty());
}

TEST_CASE("An ordinal before a military unit's noun opens the unit's name", "[ner][org-extent]") {
    const auto annotation = annotateText("Sono intervenuti gli elicotteri del 9º Stormo di Grazzanise e i genieri "
                                         "del 2° Reggimento Genio Pontieri della Brigata Julia.");
    CHECK(surfacesOfType(annotation, EntityType::Organization) ==
          std::vector<std::string>{"9º Stormo", "2° Reggimento Genio Pontieri", "Brigata Julia"});
    CHECK(surfacesOfType(annotation, EntityType::Place) == std::vector<std::string>{"Grazzanise"});
    const auto english = annotateText("Troops of the 101st Airborne Division left Fort Campbell on Monday.", "en");
    CHECK(hasSurface(surfacesOfType(english, EntityType::Organization), "101st Airborne Division"));
    const auto count = annotateText("Il 3° Festival del Cinema si apre domani a Lucca.");
    CHECK_FALSE(hasSurface(surfacesOfType(count, EntityType::Organization), "3° Festival del Cinema"));
}

TEST_CASE("Words with no organisation head before del and an institution are no part of it", "[ner][org-extent]") {
    const auto annotation = annotateText("Ieri il GIP del Tribunale ha respinto la richiesta, e l'ufficio "
                                         "Personale del Ministero della Difesa ha confermato la notizia.");
    const auto organisations = surfacesOfType(annotation, EntityType::Organization);
    CHECK(hasSurface(organisations, "Tribunale"));
    CHECK(hasSurface(organisations, "Ministero della Difesa"));
    CHECK_FALSE(hasSurface(organisations, "GIP del Tribunale"));
    const auto whole = annotateText("La decisione spetta alla Cassa di Risparmio di Asti e alla Festa della "
                                    "Repubblica non partecipa.");
    CHECK_FALSE(hasSurface(surfacesOfType(whole, EntityType::Organization), "Repubblica"));
}

TEST_CASE("Italian public services named by lowercase phrases are organisations", "[ner][org-extent]") {
    const auto annotation = annotateText("Sul posto sono arrivati i vigili del fuoco, la squadra mobile e la "
                                         "protezione civile; anche i vigili di Sesto sono stati avvisati dalla "
                                         "guardia di finanza.");
    CHECK(surfacesOfType(annotation, EntityType::Organization) ==
          std::vector<std::string>{"vigili del fuoco", "squadra mobile", "protezione civile", "vigili",
                                   "guardia di finanza"});
    const auto adjective = annotateText("Gli automobilisti devono restare vigili anche di notte.");
    CHECK(surfacesOfType(adjective, EntityType::Organization).empty());
}

TEST_CASE("The police after di and a noun of its officers or offices is an organisation", "[ner][org-extent]") {
    const auto annotation = annotateText("Due agenti di polizia sono rimasti feriti, ha riferito il sindacato di "
                                         "polizia della provincia.");
    CHECK(surfacesOfType(annotation, EntityType::Organization) ==
          std::vector<std::string>{"polizia", "sindacato di polizia"});
    const auto generic = annotateText("Le forze di polizia hanno circondato il quartiere: sembra uno stato di "
                                      "polizia.");
    CHECK(surfacesOfType(generic, EntityType::Organization).empty());
}

TEST_CASE("An institution noun after an article and attuale names the institution", "[ner][institutions]") {
    const auto annotation = annotateText("La riforma è stata scritta dall'attuale governo e approvata dalla "
                                         "stessa magistratura.");
    CHECK(surfacesOfType(annotation, EntityType::Organization) == std::vector<std::string>{"governo", "magistratura"});
}

TEST_CASE("A hospital or school named by head, adjective and proper name is one organisation", "[ner][org-extent]") {
    const auto annotation = annotateText("I pazienti sono stati trasferiti all'Azienda ospedaliera Morgagni di "
                                         "Forlì e all'Istituto tecnico Belluzzi.");
    const auto organisations = surfacesOfType(annotation, EntityType::Organization);
    CHECK(hasSurface(organisations, "Azienda ospedaliera Morgagni"));
    CHECK(hasSurface(organisations, "Istituto tecnico Belluzzi"));
    const auto person = annotateText("Lo ha detto il presidente della Corte costituzionale Marta Cartabia.");
    CHECK(hasSurface(surfacesOfType(person, EntityType::Organization), "Corte costituzionale"));
    CHECK(hasSurface(surfacesOfType(person, EntityType::Person), "Marta Cartabia"));
}

TEST_CASE("The board, the Senate after in and the Arma are organisations", "[ner][institutions]") {
    const auto annotation = annotateText("Il decreto torna in senato, mentre il cda della banca si riunisce nel "
                                         "CdA di lunedì; i militari dell'Arma e del Corpo forestale indagano.");
    CHECK(surfacesOfType(annotation, EntityType::Organization) ==
          std::vector<std::string>{"senato", "cda", "CdA", "Arma", "Corpo forestale"});
}

TEST_CASE("A verb after di ends an institution's lowercase description", "[ner][institutions]") {
    const auto annotation = annotateText("Ha scritto all'Ordine regionale dei geologi al fine di fare luce sulla "
                                         "frana.");
    CHECK(surfacesOfType(annotation, EntityType::Organization) ==
          std::vector<std::string>{"Ordine regionale dei geologi"});
}

TEST_CASE("An ordinal before Circuit names a US appeals court, whole past its of", "[ner][org-extent]") {
    const auto annotation = annotateText("The 4th US Circuit Court of Appeals reversed the verdict, and lawyers "
                                         "said the 11th Circuit would follow.",
                                         "en");
    CHECK(surfacesOfType(annotation, EntityType::Organization) ==
          std::vector<std::string>{"4th US Circuit Court of Appeals", "11th Circuit"});
}

TEST_CASE("An English organisation's name goes on after of or for in an Italian text", "[ner][org-extent]") {
    const auto annotation = annotateText("La denuncia arriva dalla Royal Society for the Protection of Birds e "
                                         "dalla Parliamentary Assembly of the Council of Europe.");
    CHECK(surfacesOfType(annotation, EntityType::Organization) ==
          std::vector<std::string>{"Royal Society for the Protection of Birds",
                                   "Parliamentary Assembly of the Council of Europe"});
}

TEST_CASE("Dotted initials before a town name an Italian sports club", "[ner][org-extent]") {
    const auto annotation = annotateText("Il difensore passa dalla U.S. Lecce alla S.S.C. Napoli per due milioni.");
    CHECK(surfacesOfType(annotation, EntityType::Organization) ==
          std::vector<std::string>{"U.S. Lecce", "S.S.C. Napoli"});
    CHECK(surfacesOfType(annotation, EntityType::Place).empty());
}

TEST_CASE("The country of the story after del is no part of an institution's name", "[ner][org-extent]") {
    const auto annotation = annotateText("Da ieri guida il Consiglio Supremo di Difesa del Paese.");
    CHECK(hasSurface(surfacesOfType(annotation, EntityType::Organization), "Consiglio Supremo di Difesa"));
}

TEST_CASE("An unknown name after radio or università di is the broadcaster or the university", "[ner][org-extent]") {
    const auto annotation = annotateText("Ne ha parlato ieri radio Ondina, citando uno studio dell'università di "
                                         "Stellenbosch.");
    CHECK(surfacesOfType(annotation, EntityType::Organization) ==
          std::vector<std::string>{"radio Ondina", "università di Stellenbosch"});
    CHECK(surfacesOfType(annotation, EntityType::Person).empty());
}

TEST_CASE("Ferrovie heads a railway company's name", "[ner][org-extent]") {
    const auto annotation = annotateText("I treni delle Ferrovie della Calabria sono fermi da ieri.");
    CHECK(surfacesOfType(annotation, EntityType::Organization) == std::vector<std::string>{"Ferrovie della Calabria"});
}

TEST_CASE("A nationality that is also a name is an adjective after a lowercase institution", "[ner][institutions]") {
    const auto annotation = annotateText("Ieri il governo greco ha convocato l'ambasciatore e la polizia ucraina "
                                         "ha chiuso il confine.");
    CHECK(surfacesOfType(annotation, EntityType::Organization) ==
          std::vector<std::string>{"governo greco", "polizia ucraina"});
}

TEST_CASE("An office of police or prosecutors keeps its lowercase adjectives", "[ner][recognizer][it]") {
    const auto office = annotateText("Le indagini sono della Direzione distrettuale antimafia di Bari.", "it");
    CHECK(surfacesOfType(office, EntityType::Organization) ==
          std::vector<std::string>{"Direzione distrettuale antimafia"});
    CHECK(surfacesOfType(office, EntityType::Place) == std::vector<std::string>{"Bari"});
    const auto unit = annotateText("Ha indagato per sei mesi la Direzione investigativa antimafia.", "it");
    CHECK(surfacesOfType(unit, EntityType::Organization) ==
          std::vector<std::string>{"Direzione investigativa antimafia"});
}
