// SPDX-FileCopyrightText: Annalist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <annalist/core/ner/recognizer.h>

#include <catch2/catch.hpp>

#include <array>
#include <cstddef>
#include <string>

using annalist::core::detectLanguage;

namespace {

/// Checks every sentence of a list against one expected code, with a fallback that is never the answer.
template <std::size_t N> void requireAll(const std::array<const char*, N>& sentences, const std::string& expected) {
    for (const char* sentence : sentences) {
        INFO(sentence);
        CHECK(detectLanguage(sentence, "zz") == expected);
    }
}

} // namespace

TEST_CASE("Italian news sentences are recognised as Italian", "[language]") {
    requireAll<3>({"Il ministro degli Esteri ha incontrato ieri a Roma il suo omologo per discutere della crisi.",
                   "Secondo fonti del governo, l'accordo sarà firmato entro la fine del mese prossimo.",
                   "Le opposizioni hanno chiesto che il presidente del Consiglio riferisca in Parlamento."},
                  "it");
}

TEST_CASE("English news sentences are recognised as English", "[language]") {
    requireAll<3>({"The foreign minister met his counterpart in Rome yesterday to discuss the crisis.",
                   "According to government sources, the agreement will be signed before the end of next month.",
                   "Opposition parties have asked the prime minister to explain the decision to parliament."},
                  "en");
}

TEST_CASE("French news sentences are recognised as French", "[language]") {
    requireAll<3>({"Le ministre des Affaires étrangères a rencontré hier à Rome son homologue pour parler de la crise.",
                   "Selon des sources gouvernementales, l'accord sera signé avant la fin du mois prochain.",
                   "Les partis d'opposition ont demandé au Premier ministre de s'expliquer devant le Parlement."},
                  "fr");
}

TEST_CASE("German news sentences are recognised as German", "[language]") {
    requireAll<3>({"Der Außenminister hat gestern in Rom seinen Amtskollegen getroffen, um über die Krise zu sprechen.",
                   "Nach Angaben aus Regierungskreisen soll das Abkommen noch vor Ende des nächsten Monats "
                   "unterzeichnet werden.",
                   "Die Oppositionsparteien haben den Regierungschef aufgefordert, die Entscheidung im Parlament zu "
                   "erklären."},
                  "de");
}

TEST_CASE("Spanish news sentences are recognised as Spanish", "[language]") {
    requireAll<3>({"El ministro de Asuntos Exteriores se reunió ayer en Roma con su homólogo para hablar de la crisis.",
                   "Según fuentes del Gobierno, el acuerdo se firmará antes de que termine el próximo mes.",
                   "Los partidos de la oposición han pedido al presidente del Gobierno que dé explicaciones en el "
                   "Congreso."},
                  "es");
}

TEST_CASE("short, empty or meaningless text gives the fallback", "[language]") {
    CHECK(detectLanguage("", "it") == "it");
    CHECK(detectLanguage("   \n\t ", "de") == "de");
    CHECK(detectLanguage("Roma", "fr") == "fr");
    CHECK(detectLanguage("the", "es") == "es");
    CHECK(detectLanguage("xyz", "it") == "it");
    CHECK(detectLanguage("12345 67890 2024-06-19 3,14 %", "it") == "it");
    CHECK(detectLanguage("!!! ??? ... --- *** ((( )))", "en") == "en");
    CHECK(detectLanguage("qxz vbkw trrpf zzgl mmnq wxxv", "it") == "it");
}

TEST_CASE("the fallback defaults to English", "[language]") {
    CHECK(detectLanguage("") == "en");
    CHECK(detectLanguage("xyz") == "en");
}

TEST_CASE("a language Annalist does not support gives the fallback", "[language]") {
    CHECK(detectLanguage("O ministro dos Negócios Estrangeiros reuniu-se ontem em Lisboa com o seu homólogo para "
                         "discutir a crise e as suas consequências.",
                         "it") == "it");
    CHECK(detectLanguage("De minister van Buitenlandse Zaken heeft gisteren in Den Haag met zijn ambtgenoot over "
                         "de crisis gesproken.",
                         "it") == "it");
}

TEST_CASE("damaged UTF-8 gives the fallback instead of a guess", "[language]") {
    const std::string damaged = std::string("Il ministro ha parlato a lungo della crisi e del governo ") + "\xC3" +
                                "\x28" + " con i giornalisti presenti in sala.";
    CHECK(detectLanguage(damaged, "de") == "de");
}

TEST_CASE("a long text is judged from its beginning without cutting a character", "[language]") {
    const std::string sentence = "Però la città è già più tranquilla, perché il governo ha parlato con l'opposizione. ";
    std::string text;
    while (text.size() < std::size_t{200} * 1024) {
        text += sentence;
    }
    // Shifting the text by every offset within one sentence puts each of its accented letters across
    // whatever byte limit the detector reads up to.
    for (std::size_t shift = 0; shift < sentence.size(); ++shift) {
        INFO(shift);
        CHECK(detectLanguage(std::string(shift, ' ') + text, "en") == "it");
    }
}
