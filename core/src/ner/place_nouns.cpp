// SPDX-FileCopyrightText: Annalist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ner/place_nouns.h"

#include "ner/place_rules.h"
#include "ner/token_rules.h"
#include "ner/token_skip.h"

#include <algorithm>
#include <array>
#include <string_view>

namespace annalist::core::ner {

namespace {

/// Landforms whose lowercase noun belongs to the name after "di": "valle di Barak", "isola di Honshū".
bool isLandformNoun(std::string_view folded) {
    // Plurals are left out: "le valli del Delta del Po" are parts of a place named on its own.
    constexpr std::array<std::string_view, 14> kLandforms{"valle", "val",   "isola",    "isolotto", "penisola",
                                                          "lago",  "golfo", "baia",     "stretto",  "promontorio",
                                                          "monte", "fiume", "torrente", "deserto"};
    return std::find(kLandforms.begin(), kLandforms.end(), folded) != kLandforms.end();
}

bool isLowercase(const Context& context, std::size_t token) {
    return context.tokens()[token].isWord() && !context.isNameWord(token);
}

/// Places of worship, which take the name of the saint they are dedicated to.
bool isWorshipNoun(std::string_view folded) {
    constexpr std::array<std::string_view, 18> kWorship{
        "chiesa",   "chiesetta", "basilica",  "cattedrale", "duomo",  "santuario", "abbazia", "parrocchia", "pieve",
        "cappella", "convento",  "monastero", "collegiata", "church", "cathedral", "chapel",  "abbey",      "priory"};
    return std::find(kWorship.begin(), kWorship.end(), folded) != kWorship.end();
}

bool isSaintTitle(std::string_view folded) {
    constexpr std::array<std::string_view, 9> kTitles{"san",   "santa", "santo",  "sant'", "sant\u2019",
                                                      "santi", "saint", "sainte", "st"};
    return std::find(kTitles.begin(), kTitles.end(), folded) != kTitles.end();
}

/// "San Giovanni in Laterano", "San Pietro in Vincoli": "in" before a word that names no known place belongs to an
/// Italian saint's church; "in Oxford" says where it stands.
bool isPartOfName(const Context& context, std::size_t in) {
    return context.language != "en" && context.tokens()[in].folded == "in" &&
           !isKnownPlaceWord(context, context.tokens()[in + 1].folded);
}

/// The end of a saint's name opened by its title at `title`: its capitalised words and the ones joined to them by an
/// article ("Santa Maria delle Grazie", "San Giovanni in Laterano"); `title` + 1 when no name follows.
std::size_t saintNameEnd(const Context& context, std::size_t title) {
    constexpr std::array<std::string_view, 7> kJoins{"del", "della", "delle", "dei", "degli", "dello", "de'"};
    const auto& tokens = context.tokens();
    auto sameSentence = [&](std::size_t i) {
        return i < tokens.size() && tokens[i].sentence == tokens[title].sentence;
    };
    std::size_t end = title + 1;
    if (sameSentence(end) && isAbbreviationDot(tokens[end])) {
        ++end; // "St. Mary"
    }
    const std::size_t nameFirst = end;
    while (sameSentence(end)) {
        if (context.isNameWord(end)) {
            ++end;
        } else if (end > nameFirst && sameSentence(end + 1) && context.isNameWord(end + 1) &&
                   (std::find(kJoins.begin(), kJoins.end(), tokens[end].folded) != kJoins.end() ||
                    isPartOfName(context, end))) {
            end += 2;
        } else {
            break;
        }
    }
    return end > nameFirst ? end : title + 1;
}

} // namespace

bool isFacilityNounBeforeName(const Context& context, std::size_t token) {
    // Airports, stations and ports take the town's name; landforms ("lago di Garda", "golfo del Messico") and
    // buildings ("basilica di San Pietro") are named by the whole phrase and are not listed here.
    constexpr std::array<std::string_view, 10> kFacilities{"aeroporto", "aeroporti", "scalo",   "stazione", "stazioni",
                                                           "porto",     "porti",     "airport", "station",  "port"};
    const auto& tokens = context.tokens();
    if (token + 1 >= tokens.size() || context.isNameWord(token) || !tokens[token].isWord() ||
        tokens[token + 1].sentence != tokens[token].sentence || !context.inList(WordList::Connector, token + 1)) {
        return false;
    }
    return std::find(kFacilities.begin(), kFacilities.end(), tokens[token].folded) != kFacilities.end();
}

bool isChannelAfterVia(const Context& context, std::size_t via, std::size_t first, std::size_t last) {
    constexpr std::array<std::string_view, 18> kChannels{
        "internet", "web",      "twitter",  "facebook", "instagram", "youtube", "tiktok",    "linkedin", "skype",
        "zoom",     "whatsapp", "telegram", "email",    "e-mail",    "sms",     "satellite", "radio",    "teams"};
    const auto& tokens = context.tokens();
    return last - first == 1 && tokens[via].folded == "via" &&
           std::find(kChannels.begin(), kChannels.end(), tokens[first].folded) != kChannels.end();
}

bool isCommonChannelAfterVia(const Context& context, std::size_t first, std::size_t last,
                             const std::vector<Candidate>& known) {
    const auto& tokens = context.tokens();
    if (first == 0 || tokens[first - 1].sentence != tokens[first].sentence ||
        !context.inList(WordList::Common, first) || !isChannelAfterVia(context, first - 1, first, last)) {
        return false;
    }
    return std::none_of(known.begin(), known.end(), [&](const Candidate& name) { return name.first == first; });
}

void absorbLandformNouns(const Context& context, std::vector<Candidate>& names) {
    const auto& tokens = context.tokens();
    for (Candidate& name : names) {
        // A full name the knowledge base knows is that person; a surname or a given name alone may be the place's.
        const bool knownPerson = name.type == EntityType::Person && name.entry != kNone && !name.surnameOnly;
        if ((name.type != EntityType::Place && name.type != EntityType::Person) || knownPerson || name.first < 2) {
            continue;
        }
        const std::size_t connector = name.first - 1;
        const std::size_t noun = name.first - 2;
        if (tokens[noun].sentence != tokens[name.first].sentence || !isLowercase(context, connector) ||
            !context.inList(WordList::Connector, connector) || !isLowercase(context, noun) ||
            !isLandformNoun(tokens[noun].folded)) {
            continue;
        }
        // The landform is not the town or the person it is named after: it keeps no link to their entry.
        name = Candidate{noun, name.last, EntityType::Place, kNone, Origin::Rule, 0.6, false};
    }
}

namespace {

/// Replaces the candidates inside [first, last) by one place; false, changing nothing, when a candidate crosses
/// either end ("Milano Porta Garibaldi" is already a place of its own).
bool replaceByPlace(std::vector<Candidate>& candidates, std::size_t first, std::size_t last, double confidence) {
    const bool crosses = std::any_of(candidates.begin(), candidates.end(), [&](const Candidate& candidate) {
        return candidate.first < last && first < candidate.last && (candidate.first < first || candidate.last > last);
    });
    if (crosses) {
        return false;
    }
    std::erase_if(candidates,
                  [&](const Candidate& candidate) { return candidate.first >= first && candidate.last <= last; });
    candidates.push_back(Candidate{first, last, EntityType::Place, kNone, Origin::Rule, confidence, false});
    return true;
}

} // namespace

namespace {

/// The end of the church named at `title` ("chiesa di | San Rocco"), or npos when no such church is there.
std::size_t churchEnd(const Context& context, std::size_t title) {
    const auto& tokens = context.tokens();
    if (title < 2 || !context.inList(WordList::Connector, title - 1) || !isLowercase(context, title - 1) ||
        !isLowercase(context, title - 2) || tokens[title - 2].sentence != tokens[title].sentence ||
        !isSaintTitle(tokens[title].folded) || !isWorshipNoun(tokens[title - 2].folded)) {
        return std::string::npos;
    }
    const std::size_t last = saintNameEnd(context, title);
    return last == title + 1 ? std::string::npos : last;
}

/// The end of the city gate named at `gate` ("Porta | San Paolo"), or npos.
std::size_t gateEnd(const Context& context, std::size_t gate) {
    const auto& tokens = context.tokens();
    std::size_t last = gate + 1;
    while (last < tokens.size() && tokens[last].sentence == tokens[gate].sentence && context.isNameWord(last)) {
        ++last;
    }
    return last == gate + 1 || tokens[gate].allCaps ? std::string::npos : last;
}

} // namespace

void applyBuildingNames(const Context& context, std::vector<Candidate>& candidates) {
    const auto& tokens = context.tokens();
    // One pass over the words, testing a flag and an id before any word is compared: saints' titles are flagged.
    const std::uint32_t porta = context.image().tokenId("porta");
    bool changed = false;
    const auto mayOpenBuilding = [&](const Token& word) {
        return word.capitalized && ((word.flags & bitOf(WordList::NamePrefix)) != 0 || word.id == porta);
    };
    for (std::size_t i = nextTokenThat(tokens, 0, mayOpenBuilding); i < tokens.size();
         i = nextTokenThat(tokens, i + 1, mayOpenBuilding)) {
        const Token& word = tokens[i];
        std::size_t first = i;
        std::size_t last = std::string::npos;
        if ((word.flags & bitOf(WordList::NamePrefix)) != 0) {
            last = churchEnd(context, i);
            first = i - 2;
        } else if (word.id == porta && porta != kNone) {
            last = gateEnd(context, i);
        }
        // A name running past the building's ("San Rocco Brambilla") is left as it was found.
        if (last != std::string::npos && replaceByPlace(candidates, first, last, 0.7)) {
            changed = true;
            i = last - 1;
        }
    }
    if (changed) {
        sortByPosition(candidates);
    }
}

} // namespace annalist::core::ner
