// SPDX-FileCopyrightText: Annalist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ner/icu_names.h"

#include "annalist/core/text/unicode.h"

#include <unicode/locdspnm.h>
#include <unicode/locid.h>
#include <unicode/strenum.h>
#include <unicode/timezone.h>
#include <unicode/tznames.h>

#include <array>
#include <memory>
#include <string_view>

namespace annalist::core::ner {

namespace {

/// UN M.49 areas that news names as places. The world as a whole ("001") and unions such as "EU", which
/// are organisations, are left out on purpose.
constexpr std::array<std::string_view, 22> kRegionCodes{"002", "005", "009", "011", "013", "014", "015", "017",
                                                        "018", "019", "021", "029", "030", "034", "035", "039",
                                                        "053", "142", "143", "145", "150", "151"};

std::string toUtf8(const icu::UnicodeString& text) {
    std::string out;
    text.toUTF8String(out);
    return out;
}

std::unique_ptr<icu::LocaleDisplayNames> displayNames(const std::string& language, bool shortForm) {
    UDisplayContext contexts[] = {shortForm ? UDISPCTX_LENGTH_SHORT : UDISPCTX_LENGTH_FULL,
                                  UDISPCTX_CAPITALIZATION_FOR_STANDALONE};
    return std::unique_ptr<icu::LocaleDisplayNames>(
        icu::LocaleDisplayNames::createInstance(icu::Locale(language.c_str()), contexts, 2));
}

/// Display-name formatters for every language, created once: creating them is the costly part.
struct RegionNamers {
    std::unique_ptr<icu::LocaleDisplayNames> english;
    std::vector<std::unique_ptr<icu::LocaleDisplayNames>> localized;

    explicit RegionNamers(const std::vector<std::string>& languages) : english(displayNames("en", false)) {
        for (const std::string& language : languages) {
            for (const bool shortForm : {false, true}) {
                if (auto names = displayNames(language, shortForm)) {
                    localized.push_back(std::move(names));
                }
            }
        }
    }
};

/// Adds the region's name in every language; the English full name is the canonical one.
void addRegion(Gazetteer& gazetteer, const RegionNamers& namers, const std::string& code, const std::string& key,
               const std::string& description) {
    icu::UnicodeString english;
    namers.english->regionDisplayName(code.c_str(), english);
    GazetteerEntry entry = GazetteerEntry::of(EntityType::Place, toUtf8(english), key, description, Origin::Gazetteer);
    entry.country = key.rfind("country:", 0) == 0 ? code : "";
    for (const auto& names : namers.localized) {
        icu::UnicodeString name;
        if (!names->regionDisplayName(code.c_str(), name).isBogus() && name != icu::UnicodeString(code.c_str())) {
            const std::string written = toUtf8(name);
            gazetteer.addName(written, entry);
            // "Trinidad & Tobago": news spells out the ampersand of ICU's English names.
            if (const std::size_t ampersand = written.find(" & "); ampersand != std::string::npos) {
                gazetteer.addName(std::string(written).replace(ampersand, 3, " and "), entry);
            }
        }
    }
}

} // namespace

std::string cityKey(const std::string& countryCode, const std::string& englishName) {
    return "city:" + countryCode + ":" + foldForMatching(englishName);
}

void addIcuCountryNames(Gazetteer& gazetteer, const std::vector<std::string>& languages) {
    const RegionNamers namers(languages);
    if (!namers.english) {
        return;
    }
    for (const char* const* code = icu::Locale::getISOCountries(); *code != nullptr; ++code) {
        addRegion(gazetteer, namers, *code, std::string("country:") + *code, "country");
    }
    for (std::string_view code : kRegionCodes) {
        addRegion(gazetteer, namers, std::string(code), "region:" + std::string(code), "world region");
    }
}

void addIcuCityNames(Gazetteer& gazetteer, const std::vector<std::string>& languages) {
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<icu::StringEnumeration> zones(
        icu::TimeZone::createTimeZoneIDEnumeration(UCAL_ZONE_TYPE_CANONICAL_LOCATION, nullptr, nullptr, status));
    std::unique_ptr<icu::TimeZoneNames> english(icu::TimeZoneNames::createInstance(icu::Locale("en"), status));
    if (U_FAILURE(status)) {
        return;
    }
    std::vector<std::unique_ptr<icu::TimeZoneNames>> localized;
    for (const std::string& language : languages) {
        localized.emplace_back(icu::TimeZoneNames::createInstance(icu::Locale(language.c_str()), status));
    }
    for (const icu::UnicodeString* zone = zones->snext(status); zone != nullptr && U_SUCCESS(status);
         zone = zones->snext(status)) {
        char region[8] = {};
        UErrorCode regionStatus = U_ZERO_ERROR;
        icu::TimeZone::getRegion(*zone, region, sizeof region, regionStatus);
        icu::UnicodeString englishName;
        english->getExemplarLocationName(*zone, englishName);
        if (U_FAILURE(regionStatus) || englishName.isEmpty()) {
            continue;
        }
        GazetteerEntry entry = GazetteerEntry::of(EntityType::Place, toUtf8(englishName),
                                                  cityKey(region, toUtf8(englishName)), "city", Origin::Gazetteer);
        entry.country = region;
        for (const auto& names : localized) {
            icu::UnicodeString name;
            if (names && !names->getExemplarLocationName(*zone, name).isEmpty()) {
                gazetteer.addName(toUtf8(name), entry);
            }
        }
    }
}

} // namespace annalist::core::ner
