// SPDX-FileCopyrightText: Annalist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ner/recognizer_fixture.h"

#include <catch2/catch.hpp>

using namespace annalist::core;
using test::annotateText;
using test::surfacesOfType;

using Names = std::vector<std::string>;

TEST_CASE("A surname after a feminine article is a company when the text names the company", "[ner][organisation]") {
    const auto group = annotateText("Il gruppo Mondadori ha chiuso l'anno in utile. Per gli analisti la Mondadori "
                                    "resta il primo editore del Paese.");
    CHECK(surfacesOfType(group, EntityType::Person).empty());
    const auto company = annotateText("L'azienda Gualtierotti produce pasta dal 1921. Ieri la Gualtierotti ha "
                                      "presentato il nuovo piano industriale.");
    CHECK(surfacesOfType(company, EntityType::Person).empty());
    CHECK(surfacesOfType(company, EntityType::Organization) == Names{"Gualtierotti", "Gualtierotti"});
    const auto form = annotateText("La Brambillotti ha chiuso il bilancio in pareggio. La Brambillotti S.p.A. "
                                   "conta trecento dipendenti.");
    CHECK(surfacesOfType(form, EntityType::Person).empty());
}

TEST_CASE("The knowledge base's 'Gruppo X' makes 'la X' a company", "[ner][organisation]") {
    const auto ferrero = annotateText("La Ferrero investe negli Stati Uniti e apre due nuove fabbriche.");
    CHECK(surfacesOfType(ferrero, EntityType::Person).empty());
    CHECK(surfacesOfType(ferrero, EntityType::Organization) == Names{"Ferrero"});
}

TEST_CASE("A surname after a feminine article stays a woman with a given name, a title or a verb of people",
          "[ner][person]") {
    const auto named = annotateText("Carla Gualtierotti guida il gruppo Gualtierotti da dieci anni. Ieri la "
                                    "Gualtierotti ha lasciato l'aula senza rispondere.");
    CHECK(surfacesOfType(named, EntityType::Person).front() == "Carla Gualtierotti");
    CHECK(surfacesOfType(named, EntityType::Person).back() == "Gualtierotti");
    const auto title = annotateText("La signora Brambinetti è socia dell'azienda Brambinetti. Poi la Brambinetti "
                                    "ha lasciato il tribunale.");
    CHECK(surfacesOfType(title, EntityType::Person) == Names{"Brambinetti", "Brambinetti"});
    const auto verb = annotateText("La Galimbertini è stata arrestata ieri. Il marchio Galimbertini è noto in "
                                   "tutta la provincia.");
    CHECK(surfacesOfType(verb, EntityType::Person) == Names{"Galimbertini"});
    const auto none = annotateText("Ieri la Sozzanelli ha lasciato l'aula senza rispondere ai cronisti.");
    CHECK(surfacesOfType(none, EntityType::Person) == Names{"Sozzanelli"});
}
