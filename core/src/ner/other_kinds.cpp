// SPDX-FileCopyrightText: Annalist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ner/other_kinds.h"

#include "ner/word_sets.h"

#include <algorithm>
#include <array>
#include <string_view>

namespace annalist::core::ner {

namespace {

// English heads of competitions, used as they are in Italian news too: "la Coppa Davis" or "la Davis Cup".
constexpr std::array<std::string_view, 4> kCupHeads{"cup", "trophy", "cups", "trophies"};

// Motorcycling and touring championships, named by one word.
constexpr std::array<std::string_view, 7> kChampionships{"motogp",    "moto2",      "moto3",       "motoe",
                                                         "superbike", "supersport", "motomondiale"};

// Scriptures and faiths (it, en), written with a capital and no entity: "il Corano", "the Koran".
constexpr std::array<std::string_view, 28> kFaithWords{
    "corano", "bibbia",    "genesi",   "esodo",         "apocalisse",    "vangelo",         "vangeli",
    "talmud", "torah",     "omelia",   "cattolicesimo", "cristianesimo", "protestantesimo", "ebraismo",
    "islam",  "islamismo", "induismo", "buddismo",      "buddhismo",     "quran",           "koran",
    "bible",  "gospel",    "gospels",  "catholicism",   "christianity",  "judaism",         "hinduism"};

// Geological periods and prehistoric ages (it, en).
constexpr std::array<std::string_view, 38> kPeriods{
    "cambriano",   "ordoviciano", "siluriano",   "devoniano",  "carbonifero", "permiano",      "triassico",
    "giurassico",  "cretaceo",    "paleocene",   "eocene",     "oligocene",   "miocene",       "pliocene",
    "pleistocene", "olocene",     "paleolitico", "mesolitico", "neolitico",   "paleozoico",    "mesozoico",
    "cenozoico",   "cambrian",    "ordovician",  "silurian",   "devonian",    "carboniferous", "permian",
    "triassic",    "jurassic",    "cretaceous",  "paleozoic",  "cenozoic",    "mesolithic",    "holocene",
    "paleolithic", "neolithic",   "mesozoic"};

// Early humans: "Homo" opens a species, the others name a genus.
constexpr std::array<std::string_view, 5> kEarlyHumans{"homo", "australopiteco", "australopitechi", "australopithecus",
                                                       "paranthropus"};

// Last words of instruments and machines, which are products at most: "il Large Hadron Collider", "the Giant Magellan
// Telescope".
constexpr std::array<std::string_view, 8> kInstruments{"collider",   "colliders", "telescope", "telescopes",
                                                       "telescopio", "telescopi", "rover",     "lander"};

/// The capitalised cup or trophy word right after `last` in its sentence, or npos.
std::size_t cupHeadAfter(const Context& context, std::size_t last) {
    const auto& tokens = context.tokens();
    if (last >= tokens.size() || last == 0 || tokens[last].sentence != tokens[last - 1].sentence) {
        return std::string::npos;
    }
    const Token& next = tokens[last];
    return next.isWord() && next.capitalized && isOneOf(next.folded, kCupHeads) ? last : std::string::npos;
}

bool isCompetition(const Context& context, const Candidate& name) {
    const auto& tokens = context.tokens();
    if (name.last - name.first == 1 && isOneOf(tokens[name.first].folded, kChampionships)) {
        return true;
    }
    return name.last - name.first > 1 && tokens[name.last - 1].capitalized &&
           isOneOf(tokens[name.last - 1].folded, kCupHeads);
}

/// "il Large Hadron Collider", "the Hubble Space Telescope": a name of several words that an instrument's word
/// ends, typed only by its shape.
bool namesInstrument(const Context& context, const Candidate& name) {
    const Token& end = context.tokens()[name.last - 1];
    return (name.type == EntityType::Organization || name.type == EntityType::Person) && name.entry == kNone &&
           name.origin == Origin::Rule && name.last - name.first > 1 && end.capitalized &&
           isOneOf(end.folded, kInstruments);
}

bool namesNoEntity(const Context& context, const Candidate& name) {
    if (namesInstrument(context, name)) {
        return true;
    }
    if (name.type != EntityType::Organization || name.entry != kNone || name.origin != Origin::Rule) {
        return false;
    }
    const Token& head = context.tokens()[name.first];
    if (!head.capitalized || head.allCaps) {
        return false;
    }
    if (isOneOf(head.folded, kEarlyHumans)) {
        return true;
    }
    return name.last - name.first == 1 && (isOneOf(head.folded, kFaithWords) || isOneOf(head.folded, kPeriods));
}

} // namespace

void applyOtherNameKinds(const Context& context, std::vector<Candidate>& candidates) {
    for (std::size_t i = 0; i < candidates.size(); ++i) {
        Candidate& name = candidates[i];
        if (name.type == EntityType::Treaty || name.type == EntityType::Event) {
            continue;
        }
        // "Fed Cup", "Davis Cup": a name right before a cup's head, found as an event of its own or not at all.
        const std::size_t head = cupHeadAfter(context, name.last);
        if (head != std::string::npos) {
            const bool split = i + 1 < candidates.size() && candidates[i + 1].first == head &&
                               candidates[i + 1].type == EntityType::Event;
            const bool free = i + 1 >= candidates.size() || candidates[i + 1].first > head;
            if (split || free) {
                const std::size_t last = split ? candidates[i + 1].last : head + 1;
                name = Candidate{name.first, last, EntityType::Event, kNone, Origin::Rule, 0.6, false};
                if (split) {
                    candidates.erase(candidates.begin() + static_cast<std::ptrdiff_t>(i + 1));
                }
                continue;
            }
        }
        if (name.type == EntityType::Organization && name.entry == kNone && isCompetition(context, name)) {
            name.type = EntityType::Event;
        }
    }
    const auto none = [&](const Candidate& name) { return namesNoEntity(context, name); };
    candidates.erase(std::remove_if(candidates.begin(), candidates.end(), none), candidates.end());
}

} // namespace annalist::core::ner
