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

TEST_CASE("A state institution's head word after a definite article names the institution", "[ner][institutions]") {
    const auto annotation = annotateText("Il decreto è ormai legge dello Stato e la Corte lo ha confermato ieri. "
                                         "La Regione spiega che la Questura ha chiuso il locale.");
    CHECK(surfacesOfType(annotation, EntityType::Organization) ==
          std::vector<std::string>{"Stato", "Corte", "Regione", "Questura"});
    const auto street = annotateText("I bambini sfileranno in via della Repubblica a Pistoia.");
    CHECK(surfacesOfType(street, EntityType::Organization).empty());
}

TEST_CASE("A capitalised head word takes one lowercase noun after di as its description", "[ner][institutions]") {
    const auto annotation = annotateText("Il ricorso è arrivato alla Corte d'appello di Torino, mentre il Ministero "
                                         "della sanità non risponde e la Procura dei minori ha aperto un fascicolo.");
    CHECK(surfacesOfType(annotation, EntityType::Organization) ==
          std::vector<std::string>{"Corte d'appello", "Ministero della sanità", "Procura dei minori"});
    CHECK(surfacesOfType(annotation, EntityType::Place) == std::vector<std::string>{"Torino"});
    const auto request = annotateText("Il sindaco ha chiesto al Comune di intervenire subito sul ponte.");
    CHECK_FALSE(hasSurface(surfacesOfType(request, EntityType::Organization), "Comune di intervenire"));
}

TEST_CASE("A lowercase ministry with its capitalised portfolio is one organisation", "[ner][institutions]") {
    const auto annotation = annotateText("Ieri il ministero degli Esteri russo ha convocato l'ambasciatore, e il "
                                         "dipartimento della Giustizia americano ha aperto un'indagine.");
    CHECK(surfacesOfType(annotation, EntityType::Organization) ==
          std::vector<std::string>{"ministero degli Esteri russo", "dipartimento della Giustizia americano"});
}

TEST_CASE("Al before a new head word starts another institution", "[ner][institutions]") {
    const auto annotation = annotateText("Il terreno passa dalla Regione Toscana al Comune di Pisa.");
    const auto organisations = surfacesOfType(annotation, EntityType::Organization);
    CHECK(std::none_of(organisations.begin(), organisations.end(),
                       [](const std::string& surface) { return surface.find(" al ") != std::string::npos; }));
    CHECK(hasSurface(organisations, "Regione Toscana"));
}

TEST_CASE("An ordinary word opening the sentence is left out of the institution after it", "[ner][institutions]") {
    const auto annotation = annotateText("Rimasto al Senato per dieci anni, tornò a insegnare. Eletto Presidente Della "
                                         "Repubblica, giurò.");
    CHECK(surfacesOfType(annotation, EntityType::Organization) == std::vector<std::string>{"Senato", "Repubblica"});
}

TEST_CASE("A capitalised institutional adjective after an organisation belongs to it", "[ner][institutions]") {
    const auto annotation = annotateText("Ieri la Croce Rossa Internazionale ha inviato aiuti nella valle.");
    CHECK(surfacesOfType(annotation, EntityType::Organization) ==
          std::vector<std::string>{"Croce Rossa Internazionale"});
}

TEST_CASE("Words closed by a political family's adjective name a party", "[ner][institutions]") {
    const auto annotation =
        annotateText("Alle elezioni si presenta anche Rinascita Popolare con un proprio candidato.");
    CHECK(surfacesOfType(annotation, EntityType::Organization) == std::vector<std::string>{"Rinascita Popolare"});
}

TEST_CASE("A country's forces and Italian football divisions are organisations", "[ner][institutions]") {
    const auto annotation =
        annotateText("Le forze turche hanno bombardato il villaggio, mentre la squadra è retrocessa in serie B.");
    CHECK(surfacesOfType(annotation, EntityType::Organization) == std::vector<std::string>{"forze turche", "serie B"});
    const auto guard = annotateText("La guardia del parco ha chiuso il cancello.");
    CHECK(surfacesOfType(guard, EntityType::Organization).empty());
}

TEST_CASE("A palio or a village feast is an event, not an organisation", "[ner][institutions]") {
    const auto annotation = annotateText(
        "Migliaia di turisti sono attesi ad agosto per il Palio di Castelbrando e la Sagra di Montelupino.");
    CHECK(surfacesOfType(annotation, EntityType::Organization).empty());
}

TEST_CASE("A portfolio goes on in lowercase after its capitalised first word", "[ner][recognizer][it]") {
    const auto ministry = annotateText("La nota è arrivata dal ministero degli Affari esteri in serata.", "it");
    CHECK(surfacesOfType(ministry, EntityType::Organization) ==
          std::vector<std::string>{"ministero degli Affari esteri"});
    const auto council = annotateText("Il Consiglio Affari generali si riunirà a Lussemburgo.", "it");
    CHECK(surfacesOfType(council, EntityType::Organization) == std::vector<std::string>{"Consiglio Affari generali"});
    const auto committee = annotateText("La Commissione Affari costituzionali ha votato il testo.", "it");
    CHECK(surfacesOfType(committee, EntityType::Organization) ==
          std::vector<std::string>{"Commissione Affari costituzionali"});
}
