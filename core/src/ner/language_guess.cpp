// SPDX-FileCopyrightText: Annalist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "annalist/core/ner/recognizer.h"

#include <cstdio> // cld2's headers use FILE without including it

#include <cld2/internal/compact_lang_det_impl.h>
#include <cld2/public/compact_lang_det.h>
#include <cld2/public/encodings.h>

#include <array>
#include <cstddef>
#include <string>
#include <utility>

namespace annalist::core {

namespace {

/// The languages Annalist supports, as cld2 names them.
constexpr std::array<std::pair<CLD2::Language, std::string_view>, 5> kSupported{{
    {CLD2::ITALIAN, "it"},
    {CLD2::ENGLISH, "en"},
    {CLD2::FRENCH, "fr"},
    {CLD2::GERMAN, "de"},
    {CLD2::SPANISH, "es"},
}};

// A few hundred letters already decide the language of a news article; reading whole books would only
// cost time.
constexpr std::size_t kMaxBytes = std::size_t{64} * 1024;
// Detection is a sizeable share of annotating an article, and the opening quarter kilobyte (some forty words)
// nearly always decides it: the longer sample is read only when cld2 finds that one not conclusive.
constexpr std::size_t kFirstBytes = 256;
// cld2 calls a handful of words "reliable" more readily than a reader would; below this many letters the
// caller's fallback is the better guess.
constexpr int kMinLetterBytes = 20;

/// The longest prefix of at most `limit` bytes that does not cut a UTF-8 sequence.
std::string_view utf8Prefix(std::string_view text, std::size_t limit) {
    if (text.size() <= limit) {
        return text;
    }
    std::size_t end = limit;
    while (end > 0 && (static_cast<unsigned char>(text[end]) & 0xC0U) == 0x80U) {
        --end;
    }
    return text.substr(0, end);
}

/// What cld2 says about a sample.
struct Guess {
    CLD2::Language language = CLD2::UNKNOWN_LANGUAGE;
    bool conclusive = false; ///< reliable, and with enough letters
};

Guess guess(std::string_view sample) {
    const CLD2::CLDHints hints{nullptr, nullptr, CLD2::UNKNOWN_ENCODING, CLD2::UNKNOWN_LANGUAGE};
    std::array<CLD2::Language, 3> languages{};
    std::array<int, 3> percents{};
    std::array<double, 3> scores{};
    int letterBytes = 0;
    bool reliable = false;
    int validPrefix = 0;
    // The checking entry point: text reaching core is meant to be UTF-8, but a damaged byte must give the
    // fallback, not undefined behaviour inside the detector.
    const CLD2::Language language = CLD2::ExtDetectLanguageSummaryCheckUTF8(
        sample.data(), static_cast<int>(sample.size()), true, &hints, 0, languages.data(), percents.data(),
        scores.data(), nullptr, &letterBytes, &reliable, &validPrefix);
    return {language, reliable && letterBytes >= kMinLetterBytes};
}

} // namespace

std::string detectLanguage(std::string_view text, std::string_view fallback) {
    const std::string_view sample = utf8Prefix(text, kMaxBytes);
    Guess result;
    // A damaged byte anywhere in the sample gives the fallback, as the whole sample's check would.
    if (sample.size() > kFirstBytes &&
        CLD2::SpanInterchangeValid(sample.data(), static_cast<int>(sample.size())) == static_cast<int>(sample.size())) {
        result = guess(utf8Prefix(text, kFirstBytes));
    }
    if (!result.conclusive) {
        result = guess(sample);
    }
    if (!result.conclusive) {
        return std::string(fallback);
    }
    for (const auto& [supported, code] : kSupported) {
        if (result.language == supported) {
            return std::string(code);
        }
    }
    return std::string(fallback);
}

} // namespace annalist::core
