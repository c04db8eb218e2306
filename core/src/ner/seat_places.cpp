// SPDX-FileCopyrightText: Annalist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ner/seat_places.h"

#include "ner/word_sets.h"

#include <algorithm>
#include <array>
#include <string_view>

namespace annalist::core::ner {

namespace {

// Italian words of position, before "a", "da" or "di" and their articles: "davanti al", "fuori dal", "nei pressi del".
constexpr std::array<std::string_view, 6> kItalianPositions{"davanti", "fuori",  "vicino",
                                                            "accanto", "pressi", "interno"};
constexpr std::array<std::string_view, 16> kItalianLinks{
    "a",     "al",         "alla", "all'", "all\u2019", "da",    "dal",        "dalla",
    "dall'", "dall\u2019", "di",   "del",  "della",     "dell'", "dell\u2019", "il"};
// English words of position right before the seat or its article: "outside the White House", "near Downing Street".
constexpr std::array<std::string_view, 5> kEnglishPositions{"outside", "inside", "near", "opposite", "front"};

bool isSeat(const Context& context, const Candidate& name) {
    if (name.type != EntityType::Organization || name.entry == kNone) {
        return false;
    }
    const GazetteerImage& image = context.image();
    return image.string(image.entry(name.entry).kind) == "government-seat";
}

/// Index of the lowercase word before `i` in its sentence, or npos.
std::size_t lowerWordBefore(const Context& context, std::size_t i) {
    const auto& tokens = context.tokens();
    if (i == 0 || tokens[i - 1].sentence != tokens[i].sentence || !tokens[i - 1].isWord() ||
        context.isNameWord(i - 1)) {
        return std::string::npos;
    }
    return i - 1;
}

bool afterPosition(const Context& context, const Candidate& name) {
    const auto& tokens = context.tokens();
    std::size_t before = lowerWordBefore(context, name.first);
    if (before == std::string::npos) {
        return false;
    }
    // "outside the", "in front of the": skip the article, then "of".
    std::size_t word = before;
    for (const std::string_view skipped : {std::string_view("the"), std::string_view("of")}) {
        if (word != std::string::npos && tokens[word].folded == skipped) {
            word = lowerWordBefore(context, word);
        }
    }
    if (word != std::string::npos && word != before) {
        return isOneOf(tokens[word].folded, kEnglishPositions);
    }
    if (isOneOf(tokens[before].folded, kEnglishPositions)) {
        return true;
    }
    if (!isOneOf(tokens[before].folded, kItalianLinks)) {
        return false;
    }
    const std::size_t position = lowerWordBefore(context, before);
    return position != std::string::npos && isOneOf(tokens[position].folded, kItalianPositions);
}

/// True when only a comma or "e", "ed", "and" stands between the two names.
bool listedTogether(const Context& context, const Candidate& left, const Candidate& right) {
    const auto& tokens = context.tokens();
    if (right.first != left.last + 1 || tokens[left.last].sentence != tokens[right.first].sentence) {
        return false;
    }
    const std::string& between = tokens[left.last].folded;
    return between == "," || between == "e" || between == "ed" || between == "and";
}

bool hasPlaceHead(const Context& context, const Candidate& name) {
    for (std::size_t i = name.first; i < name.last; ++i) {
        if (context.inList(WordList::PlaceHead, i)) {
            return true;
        }
    }
    return false;
}

} // namespace

void applySeatPlaces(const Context& context, std::vector<Candidate>& candidates) {
    bool previousWasFacility = false;
    for (std::size_t i = 0; i < candidates.size(); ++i) {
        Candidate& name = candidates[i];
        const bool facilityAfter = i > 0 && candidates[i - 1].type == EntityType::Place &&
                                   listedTogether(context, candidates[i - 1], name) &&
                                   (previousWasFacility || hasPlaceHead(context, candidates[i - 1]));
        previousWasFacility = false;
        if (isSeat(context, name) && (facilityAfter || afterPosition(context, name))) {
            name.type = EntityType::Place;
            previousWasFacility = true;
        }
    }
}

} // namespace annalist::core::ner
