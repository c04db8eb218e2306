// SPDX-FileCopyrightText: Annalist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ner/candidate.h"

#include <cstddef>

namespace annalist::core::ner {

/// "Ahmed bin Khalid", "Ludwig van der Berg", "Ursula von Hallberg": true when [first, last) holds lowercase words
/// between its name words and every one of them is a particle of a family name (bin, ibn, bint, van, von, der, den,
/// ter, dos, das), which join a person's names and no institution's.
[[nodiscard]] bool joinsByNameParticles(const Context& context, std::size_t first, std::size_t last);

/// "Awad Hamed al-Hashimi", "Ali Hassan al-Majid": Arabic names chain a person's own name, the father's and the
/// family's, and a given name inside the chain ("Hamed") starts no new name when the words before it are unlisted
/// proper words and a name with a joined article ("al-", "el-") closes the chain within two words of `at`.
[[nodiscard]] bool continuesArabicName(const Context& context, std::size_t runFirst, std::size_t at);

} // namespace annalist::core::ner
