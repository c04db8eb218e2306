// SPDX-FileCopyrightText: Annalist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "annalist/core/correct/correction.h"
#include "annalist/core/pipeline.h"
#include "annalist/core/store/library.h"

#include <optional>
#include <vector>

namespace annalist::core {

/// Makes and withdraws the reader's corrections: each one is stored, then every article it may change is recognised
/// again from its text and stored with its corrections replayed (Library::replaceAnnotation), so what the reader sees
/// is always recognition plus corrections, whatever the order of events. The CLI and the GUI share it.
class Corrector final {
public:
    Corrector(const Pipeline& pipeline, Library& library);

    /// Stores a correction and updates the articles it touches; returns it with its id. Throws StoreError.
    Correction add(Correction correction);
    /// Deletes a correction and updates the articles it touched; returns it as it was, or nullopt when unknown.
    std::optional<Correction> remove(CorrectionId id);
    /// Recognises a stored article again and stores the result with its corrections. Throws StoreError when unknown.
    void reannotate(ArticleId id);

private:
    void reannotateAll(const std::vector<ArticleId>& ids);

    const Pipeline& m_pipeline;
    Library& m_library;
};

} // namespace annalist::core
