// SPDX-FileCopyrightText: Annalist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ner/word_break_table.h"

#include <unicode/uchar.h>

#include <memory>

namespace annalist::core::ner::word_break {

namespace {

Cls classFromIcu(char32_t c) {
    // ICU's word rules depart from the Unicode classes in two places: "@" is a letter, so that e-mail addresses
    // hold together, and a colon does not join letters ("ab:cd" is three segments).
    if (c == '@') {
        return Cls::Letter;
    }
    if (c == ':') {
        return Cls::Other;
    }
    // Complex-context scripts (Thai, Lao, Khmer, Myanmar …) are cut by dictionaries, not by classes.
    if (u_getIntPropertyValue(static_cast<UChar32>(c), UCHAR_LINE_BREAK) == U_LB_COMPLEX_CONTEXT) {
        return Cls::Unsupported;
    }
    switch (u_getIntPropertyValue(static_cast<UChar32>(c), UCHAR_WORD_BREAK)) {
    case U_WB_OTHER:
        return Cls::Other;
    case U_WB_ALETTER:
        return Cls::Letter;
    case U_WB_NUMERIC:
        return Cls::Numeric;
    case U_WB_MIDLETTER:
        return Cls::MidLetter;
    case U_WB_MIDNUMLET:
    case U_WB_SINGLE_QUOTE:
        return Cls::MidNumLet;
    case U_WB_MIDNUM:
        return Cls::MidNum;
    case U_WB_EXTENDNUMLET:
        return Cls::ExtendNumLet;
    case U_WB_WSEGSPACE:
        return Cls::Space;
    case U_WB_CR:
        return Cls::CR;
    case U_WB_LF:
    case U_WB_NEWLINE:
        return Cls::Break;
    // Double quotes only join inside Hebrew words, and Hebrew letters are left to ICU.
    case U_WB_DOUBLE_QUOTE:
        return Cls::Other;
    default:
        return Cls::Unsupported; // Extend, Format, ZWJ, Katakana, Hebrew letters, regional indicators
    }
}

CodePointInfo infoFromIcu(char32_t c) {
    const auto u = static_cast<UChar32>(c);
    return {classFromIcu(c),
            u_isUWhiteSpace(u) != 0,
            u_isalpha(u) != 0,
            u_isupper(u) != 0,
            u_isupper(u) != 0 || u_istitle(u) != 0,
            u_isdigit(u) != 0,
            c == '\'' || c == 0x2019 || c == 0x02BC};
}

} // namespace

InfoTable::InfoTable() {
    fill(0);
}

void InfoTable::fill(std::size_t block) const {
    for (std::size_t c = block * kBlockSize; c < (block + 1) * kBlockSize; ++c) {
        m_info[c] = infoFromIcu(static_cast<char32_t>(c));
    }
    m_ready[block].store(true, std::memory_order_release);
}

const InfoTable& infoTable() {
    static const auto table = std::make_unique<InfoTable>();
    return *table;
}

} // namespace annalist::core::ner::word_break
