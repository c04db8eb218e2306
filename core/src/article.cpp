// SPDX-FileCopyrightText: Annalist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "annalist/core/article.h"

#include <array>
#include <cctype>
#include <cstdio>

namespace annalist::core {

namespace {

constexpr int kMaxYear = 9999;

bool isLeapYear(int year) {
    return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
}

int daysInMonth(int year, int month) {
    static constexpr std::array<int, 12> kDays = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (month == 2 && isLeapYear(year)) {
        return 29;
    }
    return kDays[static_cast<std::size_t>(month - 1)];
}

std::string_view trimAscii(std::string_view text) {
    while (!text.empty() && std::isspace(static_cast<unsigned char>(text.front())) != 0) {
        text.remove_prefix(1);
    }
    while (!text.empty() && std::isspace(static_cast<unsigned char>(text.back())) != 0) {
        text.remove_suffix(1);
    }
    return text;
}

/// Reads a run of 1..maxDigits ASCII digits at `pos`; -1 when there is none or it is too long.
int readNumber(std::string_view text, std::size_t& pos, std::size_t minDigits, std::size_t maxDigits) {
    const std::size_t start = pos;
    int value = 0;
    while (pos < text.size() && std::isdigit(static_cast<unsigned char>(text[pos])) != 0) {
        value = value * 10 + (text[pos] - '0');
        ++pos;
        if (pos - start > maxDigits) {
            return -1;
        }
    }
    return pos - start < minDigits ? -1 : value;
}

} // namespace

bool PartialDate::isValid() const {
    if (year <= 0 || year > kMaxYear || month < 0 || month > 12 || day < 0) {
        return false;
    }
    if (day == 0) {
        return true;
    }
    return month != 0 && day <= daysInMonth(year, month);
}

std::string PartialDate::toIso() const {
    if (!isValid()) {
        return {};
    }
    std::array<char, 16> buffer{};
    if (month == 0) {
        std::snprintf(buffer.data(), buffer.size(), "%04d", year);
    } else if (day == 0) {
        std::snprintf(buffer.data(), buffer.size(), "%04d-%02d", year, month);
    } else {
        std::snprintf(buffer.data(), buffer.size(), "%04d-%02d-%02d", year, month, day);
    }
    return buffer.data();
}

std::optional<PartialDate> PartialDate::parse(std::string_view text) {
    text = trimAscii(text);
    std::size_t pos = 0;
    PartialDate date;
    date.year = readNumber(text, pos, 4, 4);
    if (date.year < 0) {
        return std::nullopt;
    }
    // The separator chosen after the year must be used throughout ("2024-06.19" is not a date).
    const char separator = pos < text.size() ? text[pos] : '\0';
    if (separator != '\0' && separator != '-' && separator != '/' && separator != '.') {
        return std::nullopt;
    }
    for (int* part : {&date.month, &date.day}) {
        if (pos == text.size()) {
            break;
        }
        if (text[pos] != separator) {
            return std::nullopt;
        }
        ++pos;
        *part = readNumber(text, pos, 1, 2);
        if (*part <= 0) {
            return std::nullopt;
        }
    }
    if (pos != text.size() || !date.isValid()) {
        return std::nullopt;
    }
    return date;
}

std::string Article::text() const {
    std::string result;
    std::size_t total = 0;
    for (const Block& block : blocks) {
        total += block.text.size() + kBlockSeparator.size();
    }
    result.reserve(total);
    for (std::size_t i = 0; i < blocks.size(); ++i) {
        if (i > 0) {
            result += kBlockSeparator;
        }
        result += blocks[i].text;
    }
    return result;
}

std::string_view toString(BlockKind kind) {
    switch (kind) {
    case BlockKind::Title:
        return "title";
    case BlockKind::Heading:
        return "heading";
    case BlockKind::Paragraph:
        return "paragraph";
    }
    return "paragraph";
}

} // namespace annalist::core
