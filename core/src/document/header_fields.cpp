// SPDX-FileCopyrightText: Annalist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "document/header_fields.h"

#include "annalist/core/text/unicode.h"
#include "document/block_text.h"

#include <algorithm>
#include <array>
#include <charconv>
#include <iterator>
#include <vector>

namespace annalist::core::detail {

namespace {

enum class Field { Title, Lead, Source, Url, Author, Date, Language };

struct FieldName {
    std::string_view key;
    Field field;
};

constexpr std::array<FieldName, 20> kFieldNames = {{
    {"title", Field::Title},       {"titolo", Field::Title},    {"headline", Field::Title}, {"lead", Field::Lead},
    {"summary", Field::Lead},      {"sommario", Field::Lead},   {"source", Field::Source},  {"fonte", Field::Source},
    {"url", Field::Url},           {"link", Field::Url},        {"author", Field::Author},  {"autore", Field::Author},
    {"by", Field::Author},         {"date", Field::Date},       {"data", Field::Date},      {"published", Field::Date},
    {"language", Field::Language}, {"lingua", Field::Language}, {"lang", Field::Language},  {"byline", Field::Author},
}};

std::optional<Field> fieldOf(std::string_view key) {
    const auto* it =
        std::find_if(kFieldNames.begin(), kFieldNames.end(), [key](const FieldName& name) { return name.key == key; });
    return it == kFieldNames.end() ? std::nullopt : std::optional<Field>(it->field);
}

struct MonthName {
    std::string_view folded; ///< as produced by foldForMatching
    int month;
};

// Full names and common abbreviations in the five reading languages, accent-folded.
constexpr MonthName kMonths[] = {
    {"gennaio", 1},   {"january", 1},   {"janvier", 1},    {"januar", 1},     {"enero", 1},     {"jan", 1},
    {"febbraio", 2},  {"february", 2},  {"fevrier", 2},    {"februar", 2},    {"febrero", 2},   {"feb", 2},
    {"marzo", 3},     {"march", 3},     {"mars", 3},       {"marz", 3},       {"mar", 3},       {"aprile", 4},
    {"april", 4},     {"avril", 4},     {"abril", 4},      {"apr", 4},        {"maggio", 5},    {"may", 5},
    {"mai", 5},       {"mayo", 5},      {"giugno", 6},     {"june", 6},       {"juin", 6},      {"juni", 6},
    {"junio", 6},     {"jun", 6},       {"luglio", 7},     {"july", 7},       {"juillet", 7},   {"juli", 7},
    {"julio", 7},     {"jul", 7},       {"agosto", 8},     {"august", 8},     {"aout", 8},      {"aug", 8},
    {"settembre", 9}, {"september", 9}, {"septembre", 9},  {"septiembre", 9}, {"sep", 9},       {"sept", 9},
    {"ottobre", 10},  {"october", 10},  {"octobre", 10},   {"oktober", 10},   {"octubre", 10},  {"oct", 10},
    {"novembre", 11}, {"november", 11}, {"noviembre", 11}, {"nov", 11},       {"dicembre", 12}, {"december", 12},
    {"decembre", 12}, {"dezember", 12}, {"diciembre", 12}, {"dec", 12},
};

int monthOf(std::string_view word) {
    std::string folded = foldForMatching(word);
    if (folded.ends_with('.')) {
        folded.pop_back();
    }
    const auto* it = std::find_if(std::begin(kMonths), std::end(kMonths),
                                  [&folded](const MonthName& name) { return name.folded == folded; });
    return it == std::end(kMonths) ? 0 : it->month;
}

std::optional<int> numberOf(std::string_view word) {
    while (!word.empty() && (word.back() == ',' || word.back() == '.')) {
        word.remove_suffix(1);
    }
    int value = 0;
    const auto [end, error] = std::from_chars(word.data(), word.data() + word.size(), value);
    if (error != std::errc() || end != word.data() + word.size() || word.empty()) {
        return std::nullopt;
    }
    return value;
}

std::vector<std::string_view> splitWords(std::string_view text) {
    std::vector<std::string_view> words;
    while (!text.empty()) {
        const std::size_t start = text.find_first_not_of(' ');
        if (start == std::string_view::npos) {
            break;
        }
        text.remove_prefix(start);
        const std::size_t end = std::min(text.find(' '), text.size());
        words.push_back(text.substr(0, end));
        text.remove_prefix(end);
    }
    return words;
}

/// "T10:00:00Z", " 10:00", " 10:00:00+02:00" after a full date.
bool isTimeSuffix(std::string_view rest) {
    if (rest.size() < 3 || (rest[0] != 'T' && rest[0] != ' ') || rest[1] < '0' || rest[1] > '9') {
        return false;
    }
    return rest.find_first_not_of("0123456789:.+-Z ", 1) == std::string_view::npos &&
           rest.find(':') != std::string_view::npos;
}

std::optional<PartialDate> checked(PartialDate date) {
    return date.isValid() ? std::optional<PartialDate>(date) : std::nullopt;
}

/// "19/06/2024", "19.06.2024", "19-06-2024"; a first number above 12 or a second at most 12 means day first.
std::optional<PartialDate> parseNumericDayFirst(std::string_view text) {
    const std::size_t sep = text.find_first_of("/.-");
    if (sep == std::string_view::npos || sep == 0 || sep > 2) {
        return std::nullopt;
    }
    const std::size_t sep2 = text.find(text[sep], sep + 1);
    if (sep2 == std::string_view::npos || text.size() - sep2 - 1 != 4) {
        return std::nullopt;
    }
    const auto first = numberOf(text.substr(0, sep));
    const auto second = numberOf(text.substr(sep + 1, sep2 - sep - 1));
    const auto year = numberOf(text.substr(sep2 + 1));
    if (!first || !second || !year) {
        return std::nullopt;
    }
    const bool monthFirst = *first <= 12 && *second > 12;
    return checked({*year, monthFirst ? *first : *second, monthFirst ? *second : *first});
}

/// "19 giugno 2024", "June 19, 2024", "giugno 2024", "1° luglio 2024".
std::optional<PartialDate> parseWithMonthName(std::string_view text) {
    std::string cleaned(text);
    std::replace(cleaned.begin(), cleaned.end(), ',', ' ');
    if (const auto degree = cleaned.find("\xC2\xBA"); degree != std::string::npos) {
        cleaned.erase(degree, 2);
    }
    if (const auto degree = cleaned.find("\xC2\xB0"); degree != std::string::npos) {
        cleaned.erase(degree, 2);
    }
    const std::vector<std::string_view> words = splitWords(cleaned);
    if (words.size() == 2 && monthOf(words[0]) != 0 && numberOf(words[1])) {
        return checked({*numberOf(words[1]), monthOf(words[0]), 0});
    }
    if (words.size() != 3 || !numberOf(words[2]) || numberOf(words[2]) < 1000) {
        return std::nullopt;
    }
    const int year = *numberOf(words[2]);
    if (monthOf(words[1]) != 0 && numberOf(words[0])) {
        return checked({year, monthOf(words[1]), *numberOf(words[0])});
    }
    if (monthOf(words[0]) != 0 && numberOf(words[1])) {
        return checked({year, monthOf(words[0]), *numberOf(words[1])});
    }
    return std::nullopt;
}

} // namespace

std::optional<std::pair<std::string, std::string>> splitHeaderField(std::string_view line) {
    line = trimSpace(line);
    const std::size_t colon = line.find(':');
    if (colon == std::string_view::npos) {
        return std::nullopt;
    }
    std::string key = asciiLower(trimSpace(line.substr(0, colon)));
    if (!fieldOf(key)) {
        return std::nullopt;
    }
    return std::pair{std::move(key), collapseWhitespace(line.substr(colon + 1))};
}

void applyHeaderField(Article& article, std::string_view key, std::string_view value) {
    const auto field = fieldOf(asciiLower(key));
    const std::string text = collapseWhitespace(value);
    if (!field || text.empty()) {
        return;
    }
    switch (*field) {
    case Field::Title:
        article.title = toNfc(text);
        break;
    case Field::Lead:
        article.lead = toNfc(text);
        break;
    case Field::Source:
        article.source = toNfc(text);
        break;
    case Field::Url:
        article.url = text;
        break;
    case Field::Author:
        article.byline = toNfc(text);
        break;
    case Field::Date:
        article.published = parseHeaderDate(text).value_or(article.published);
        break;
    case Field::Language:
        article.language = normaliseLanguage(text);
        break;
    }
}

std::optional<PartialDate> parseHeaderDate(std::string_view text) {
    const std::string collapsed = collapseWhitespace(text);
    // Timestamps ("2024-06-19T10:00:00Z", "2024-06-19 10:00") carry the date in front.
    const std::string_view head = std::string_view(collapsed).substr(0, collapsed.find_first_of("T "));
    if (auto date = PartialDate::parse(head);
        date && (head.size() == collapsed.size() || isTimeSuffix(collapsed.substr(head.size())))) {
        return date;
    }
    if (auto date = parseNumericDayFirst(collapsed)) {
        return date;
    }
    return parseWithMonthName(collapsed);
}

std::string normaliseLanguage(std::string_view value) {
    struct LanguageName {
        std::string_view name;
        std::string_view code;
    };
    static constexpr std::array<LanguageName, 15> kNames = {{
        {"italiano", "it"},
        {"italian", "it"},
        {"english", "en"},
        {"inglese", "en"},
        {"francais", "fr"},
        {"french", "fr"},
        {"francese", "fr"},
        {"deutsch", "de"},
        {"german", "de"},
        {"tedesco", "de"},
        {"espanol", "es"},
        {"spanish", "es"},
        {"spagnolo", "es"},
        {"anglais", "en"},
        {"englisch", "en"},
    }};
    const std::string folded = foldForMatching(trimSpace(value));
    const auto* named = std::find_if(kNames.begin(), kNames.end(),
                                     [&folded](const LanguageName& entry) { return entry.name == folded; });
    if (named != kNames.end()) {
        return std::string(named->code);
    }
    const std::string primary = folded.substr(0, folded.find_first_of("-_"));
    const bool isCode = (primary.size() == 2 || primary.size() == 3) &&
                        std::all_of(primary.begin(), primary.end(), [](char c) { return c >= 'a' && c <= 'z'; });
    return isCode ? primary : std::string();
}

} // namespace annalist::core::detail
