// SPDX-FileCopyrightText: Annalist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "annalist/core/article.h"
#include "annalist/core/ner/annotation.h"
#include "annalist/core/ner/gazetteer.h"

#include <memory>
#include <optional>
#include <string>
#include <string_view>

namespace annalist::core {

namespace ner {
class TreatyCatalog;
class PersonCatalog;
} // namespace ner

/// What the recogniser may know about a text besides its words.
struct AnnotateOptions {
    std::string language = "auto";        ///< ISO 639-1 code or "auto"
    std::optional<PartialDate> published; ///< the article's date; helps tie "the treaty" to the right one
};

/// Finds people, places, organisations and treaties in text.
/// Thread-safe: annotate() may be called concurrently on one instance.
class Recognizer {
public:
    explicit Recognizer(std::shared_ptr<const Gazetteer> gazetteer);

    /// Annotates UTF-8 text. `language` is an ISO 639-1 code or "auto"; offsets in the result are
    /// code points into `text`.
    [[nodiscard]] Annotation annotate(std::string_view text, std::string_view language) const;
    /// Annotates UTF-8 text with what is known about it (language, publication date).
    [[nodiscard]] Annotation annotate(std::string_view text, const AnnotateOptions& options) const;

private:
    std::shared_ptr<const Gazetteer> m_gazetteer;
    std::shared_ptr<const ner::TreatyCatalog> m_treaties;
    std::shared_ptr<const ner::PersonCatalog> m_people;
};

/// Guesses the language of a text among those Annalist supports ("it", "en", "fr", "de", "es");
/// returns `fallback` when the text gives too little evidence.
[[nodiscard]] std::string detectLanguage(std::string_view text, std::string_view fallback = "en");

} // namespace annalist::core
