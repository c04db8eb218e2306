// SPDX-FileCopyrightText: Annalist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "annalist/ui/article_document_builder.h"

#include "annalist/ui/display_text.h"
#include "annalist/ui/entity_style.h"

#include <QCoreApplication>
#include <QTextBlockFormat>
#include <QTextCharFormat>
#include <QTextCursor>
#include <QTextDocument>

namespace annalist::ui {

namespace {

const QString kMentionScheme = QStringLiteral("annalist-mention");
const QColor kInk(0x1f, 0x1f, 0x1f);
const QColor kQuietInk(0x6b, 0x6b, 0x6b);

const QStringList& serifFamilies() {
    static const QStringList families{QStringLiteral("Charter"), QStringLiteral("Georgia"), QStringLiteral("P052"),
                                      QStringLiteral("DejaVu Serif"), QStringLiteral("serif")};
    return families;
}

const QStringList& sansFamilies() {
    static const QStringList families{QStringLiteral("Inter"), QStringLiteral("Noto Sans"),
                                      QStringLiteral("Nimbus Sans"), QStringLiteral("DejaVu Sans"),
                                      QStringLiteral("sans-serif")};
    return families;
}

QTextCharFormat charFormat(const QStringList& families, qreal pointSize, QFont::Weight weight, const QColor& ink) {
    QTextCharFormat format;
    format.setFontFamilies(families);
    format.setFontPointSize(pointSize);
    format.setFontWeight(weight);
    format.setForeground(ink);
    return format;
}

QTextBlockFormat blockFormat(qreal top, qreal bottom, int lineHeightPercent) {
    QTextBlockFormat format;
    format.setTopMargin(top);
    format.setBottomMargin(bottom);
    format.setLineHeight(lineHeightPercent, QTextBlockFormat::ProportionalHeight);
    return format;
}

struct Style {
    QTextBlockFormat block;
    QTextCharFormat chars;
};

Style styleFor(core::BlockKind kind) {
    switch (kind) {
    case core::BlockKind::Title:
        return {blockFormat(0, 6, 115), charFormat(sansFamilies(), 24, QFont::Bold, kInk)};
    case core::BlockKind::Heading:
        return {blockFormat(14, 8, 120), charFormat(sansFamilies(), 15, QFont::DemiBold, kInk)};
    case core::BlockKind::Paragraph:
        break;
    }
    return {blockFormat(0, 14, 145), charFormat(serifFamilies(), 13, QFont::Normal, kInk)};
}

// The date, source and byline under the headline, e.g. "June 2024 · Il Post · By Anna Rossi".
QString dateline(const core::Article& article) {
    QStringList parts;
    if (const QString date = formatPartialDate(article.published); !date.isEmpty()) {
        parts << date;
    }
    if (!article.source.empty()) {
        parts << toQString(article.source);
    }
    if (!article.byline.empty()) {
        parts << QCoreApplication::translate("ArticleView", "By %1").arg(toQString(article.byline));
    }
    return parts.join(QStringLiteral("  ·  "));
}

// Appends blocks at the end of a document; its first block already exists, so it is reformatted.
class BlockWriter final {
public:
    explicit BlockWriter(QTextDocument& document) : m_cursor(&document) {}

    /// Returns the document position where the text starts.
    int append(const Style& style, const QString& text) {
        if (m_first) {
            m_cursor.setBlockFormat(style.block);
            m_cursor.setBlockCharFormat(style.chars);
            m_cursor.setCharFormat(style.chars);
            m_first = false;
        } else {
            m_cursor.insertBlock(style.block, style.chars);
        }
        const int start = m_cursor.position();
        m_cursor.insertText(text, style.chars);
        return start;
    }

    void appendDateline(const core::Article& article) {
        if (const QString line = dateline(article); !line.isEmpty()) {
            append({blockFormat(0, 22, 120), charFormat(sansFamilies(), 10, QFont::Normal, kQuietInk)}, line);
        }
    }

private:
    QTextCursor m_cursor;
    bool m_first = true;
};

bool hasBlockOfKind(const core::Article& article, core::BlockKind kind) {
    return std::any_of(article.blocks.begin(), article.blocks.end(),
                       [kind](const core::Block& block) { return block.kind == kind; });
}

} // namespace

TextOffsetMap ArticleDocumentBuilder::build(QTextDocument& document, const core::Article& article) {
    document.clear();
    document.setDocumentMargin(28);
    BlockWriter writer(document);
    TextOffsetMap map;
    const bool titleInBody = hasBlockOfKind(article, core::BlockKind::Title);
    // A headline that is not part of the body still heads the page; it is not in the text, so not mapped.
    if (!titleInBody) {
        if (!article.title.empty()) {
            writer.append(styleFor(core::BlockKind::Title), toQString(article.title));
        }
        writer.appendDateline(article);
    }
    bool datelineWritten = !titleInBody;
    std::size_t codePoint = 0;
    for (const core::Block& block : article.blocks) {
        const QString text = toQString(block.text);
        map.addBlock(codePoint, text, writer.append(styleFor(block.kind), text));
        codePoint += static_cast<std::size_t>(text.toUcs4().size()) + core::kBlockSeparator.size();
        if (!datelineWritten && block.kind == core::BlockKind::Title) {
            writer.appendDateline(article);
            datelineWritten = true;
        }
    }
    return map;
}

void ArticleDocumentBuilder::highlight(QTextDocument& document, const TextOffsetMap& map,
                                       const core::Annotation& annotation, const QSet<core::EntityType>& hiddenTypes) {
    QTextCursor cursor(&document);
    for (std::size_t e = 0; e < annotation.entities.size(); ++e) {
        const core::Entity& entity = annotation.entities[e];
        if (hiddenTypes.contains(entity.type)) {
            continue;
        }
        const EntityStyle style = entityStyle(entity.type);
        QTextCharFormat format;
        format.setBackground(style.background);
        format.setUnderlineStyle(QTextCharFormat::SingleUnderline);
        format.setUnderlineColor(style.underline);
        format.setAnchor(true);
        format.setToolTip(QStringLiteral("%1 — %2").arg(toQString(entity.name), entityTypeName(entity.type)));
        for (std::size_t m = 0; m < entity.mentions.size(); ++m) {
            const auto range = map.toDocumentRange(entity.mentions[m].span);
            if (!range || range->first >= range->second) {
                continue;
            }
            format.setAnchorHref(mentionUrl({static_cast<int>(e), static_cast<int>(m)}).toString());
            cursor.setPosition(range->first);
            cursor.setPosition(range->second, QTextCursor::KeepAnchor);
            cursor.mergeCharFormat(format);
        }
    }
}

QUrl ArticleDocumentBuilder::mentionUrl(MentionRef ref) {
    QUrl url;
    url.setScheme(kMentionScheme);
    url.setPath(QStringLiteral("%1/%2").arg(ref.entity).arg(ref.mention));
    return url;
}

std::optional<MentionRef> ArticleDocumentBuilder::parseMentionUrl(const QUrl& url) {
    if (url.scheme() != kMentionScheme) {
        return std::nullopt;
    }
    const QStringList parts = url.path().split(QLatin1Char('/'));
    bool entityOk = false;
    bool mentionOk = false;
    if (parts.size() != 2) {
        return std::nullopt;
    }
    const MentionRef ref{parts[0].toInt(&entityOk), parts[1].toInt(&mentionOk)};
    if (!entityOk || !mentionOk) {
        return std::nullopt;
    }
    return ref;
}

} // namespace annalist::ui
