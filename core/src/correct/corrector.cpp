// SPDX-FileCopyrightText: Annalist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "annalist/core/correct/corrector.h"

#include "annalist/core/error.h"

namespace annalist::core {

Corrector::Corrector(const Pipeline& pipeline, Library& library) : m_pipeline(pipeline), m_library(library) {}

Correction Corrector::add(Correction correction) {
    correction.id = m_library.addCorrection(correction);
    reannotateAll(m_library.articlesAffectedBy(correction));
    return correction;
}

std::optional<Correction> Corrector::remove(CorrectionId id) {
    std::optional<Correction> removed = m_library.removeCorrection(id);
    if (removed) {
        reannotateAll(m_library.articlesAffectedBy(*removed));
    }
    return removed;
}

void Corrector::reannotate(ArticleId id) {
    std::optional<StoredArticle> stored = m_library.load(id);
    if (!stored) {
        throw StoreError("no article with id " + std::to_string(id));
    }
    // The language the article was annotated in, so that re-annotation reproduces the import's choice.
    const std::string language = stored->annotation.language.empty() ? "auto" : stored->annotation.language;
    const AnnotatedArticle annotated = m_pipeline.annotate(std::move(stored->article), language);
    m_library.replaceAnnotation(id, annotated.annotation);
}

void Corrector::reannotateAll(const std::vector<ArticleId>& ids) {
    for (const ArticleId id : ids) {
        reannotate(id);
    }
}

} // namespace annalist::core
