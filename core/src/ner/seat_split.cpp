// SPDX-FileCopyrightText: Annalist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ner/seat_split.h"

#include <algorithm>
#include <optional>

namespace annalist::core::ner {

namespace {

bool isOfficeName(const Context& context, const Candidate& name) {
    return name.type == EntityType::Organization && name.origin == Origin::Rule && name.entry == kNone &&
           name.last - name.first >= 3 && context.tokens()[name.first].capitalized &&
           context.inList(WordList::SeatHead, name.first);
}

/// The known place that ends the name right after a lowercase connector, if any.
std::optional<Candidate> seatAtEnd(const Context& context, const std::vector<Candidate>& known, const Candidate& name) {
    for (const Candidate& place : known) {
        if (place.type != EntityType::Place || place.last != name.last || place.first <= name.first + 1) {
            continue;
        }
        const std::size_t connector = place.first - 1;
        if (!context.isNameWord(connector) && context.inList(WordList::Connector, connector)) {
            return place;
        }
    }
    return std::nullopt;
}

} // namespace

void splitOfficeSeats(const Context& context, const std::vector<Candidate>& known, std::vector<Candidate>& names) {
    std::vector<Candidate> split;
    split.reserve(names.size());
    for (const Candidate& name : names) {
        const std::optional<Candidate> seat =
            isOfficeName(context, name) ? seatAtEnd(context, known, name) : std::nullopt;
        if (!seat) {
            split.push_back(name);
            continue;
        }
        Candidate office = name;
        office.last = seat->first - 1;
        office.confidence = 0.6;
        split.push_back(office);
        split.push_back(*seat);
    }
    names = std::move(split);
}

} // namespace annalist::core::ner
