// SPDX-FileCopyrightText: Annalist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "annalist/ui/article_document_builder.h"

#include "annalist/ui/display_text.h"
#include "annalist/ui/entity_style.h"

#include <QCoreApplication>
#include <QFontInfo>
#include <QFontMetricsF>
#include <QTextBlockFormat>
#include <QTextCharFormat>
#include <QTextCursor>
#include <QTextDocument>

#include <algorithm>

namespace annalist::ui {

namespace {

const QString kMentionScheme = QStringLiteral("annalist-mention");
constexpr qreal kBodyPointSize = 13;
// About 1.5 em from one line of body text to the next: airy without losing the thread between lines.
constexpr qreal kBodyLineHeightEms = 1.5;

const QStringList& serifFamilies() {
    // P052 (a Palatino from fonts-urw-base35) reads well on screen at body sizes; DejaVu Serif is always there.
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

struct Style {
    QTextBlockFormat block;
    QTextCharFormat chars;
};

// Line height is set in ems of the font, whatever its own line spacing: fonts differ widely there (P052's
// natural spacing is already 1.6 em, DejaVu Serif's 1.16 em), so a percentage of it would not be a measure.
Style style(const QTextCharFormat& chars, qreal top, qreal bottom, qreal lineHeightEms) {
    const QFont font = chars.font();
    const qreal natural = QFontMetricsF(font).lineSpacing();
    QTextBlockFormat block;
    block.setTopMargin(top);
    block.setBottomMargin(bottom);
    block.setLineHeight(std::max(0.0, lineHeightEms * QFontInfo(font).pixelSize() - natural),
                        QTextBlockFormat::LineDistanceHeight);
    return {block, chars};
}

Style styleFor(core::BlockKind kind, const PageLook& look) {
    const QColor ink = pageColours(look.theme).ink;
    const qreal scale = look.textScale;
    switch (kind) {
    case core::BlockKind::Title:
        return style(charFormat(sansFamilies(), 22 * scale, QFont::Bold, ink), 0, 6 * scale, 1.25);
    case core::BlockKind::Heading:
        return style(charFormat(sansFamilies(), 15 * scale, QFont::DemiBold, ink), 14 * scale, 8 * scale, 1.3);
    case core::BlockKind::Paragraph:
        break;
    }
    return style(charFormat(serifFamilies(), kBodyPointSize * scale, QFont::Normal, ink), 0, 14 * scale,
                 kBodyLineHeightEms);
}

Style datelineStyle(const PageLook& look) {
    return style(charFormat(sansFamilies(), 10 * look.textScale, QFont::Normal, pageColours(look.theme).quietInk), 0,
                 22 * look.textScale, 1.3);
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
    BlockWriter(QTextDocument& document, const PageLook& look) : m_cursor(&document), m_look(look) {}

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
            append(datelineStyle(m_look), line);
        }
    }

private:
    QTextCursor m_cursor;
    PageLook m_look;
    bool m_first = true;
};

bool hasBlockOfKind(const core::Article& article, core::BlockKind kind) {
    return std::any_of(article.blocks.begin(), article.blocks.end(),
                       [kind](const core::Block& block) { return block.kind == kind; });
}

} // namespace

TextOffsetMap ArticleDocumentBuilder::build(QTextDocument& document, const core::Article& article,
                                            const PageLook& look) {
    document.clear();
    document.setDocumentMargin(28);
    BlockWriter writer(document, look);
    TextOffsetMap map;
    const bool titleInBody = hasBlockOfKind(article, core::BlockKind::Title);
    // A headline that is not part of the body still heads the page; it is not in the text, so not mapped.
    if (!titleInBody) {
        if (!article.title.empty()) {
            writer.append(styleFor(core::BlockKind::Title, look), toQString(article.title));
        }
        writer.appendDateline(article);
    }
    bool datelineWritten = !titleInBody;
    std::size_t codePoint = 0;
    for (const core::Block& block : article.blocks) {
        const QString text = toQString(block.text);
        map.addBlock(codePoint, text, writer.append(styleFor(block.kind, look), text));
        codePoint += static_cast<std::size_t>(text.toUcs4().size()) + core::kBlockSeparator.size();
        if (!datelineWritten && block.kind == core::BlockKind::Title) {
            writer.appendDateline(article);
            datelineWritten = true;
        }
    }
    return map;
}

void ArticleDocumentBuilder::highlight(QTextDocument& document, const TextOffsetMap& map,
                                       const core::Annotation& annotation, const QSet<core::EntityType>& hiddenTypes,
                                       PageTheme theme) {
    QTextCursor cursor(&document);
    for (std::size_t e = 0; e < annotation.entities.size(); ++e) {
        const core::Entity& entity = annotation.entities[e];
        if (hiddenTypes.contains(entity.type)) {
            continue;
        }
        const EntityStyle style = entityStyle(entity.type, theme);
        QTextCharFormat format;
        format.setBackground(style.background);
        format.setUnderlineStyle(style.underlineStyle);
        format.setUnderlineColor(style.underline);
        format.setAnchor(true);
        format.setToolTip(mentionToolTip(entity));
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

QString ArticleDocumentBuilder::mentionToolTip(const core::Entity& entity) {
    // Rich text, so the name stands out; the name and description come from the article or the
    // knowledge base and are escaped.
    QString tip = QStringLiteral("<b>%1</b> · %2")
                      .arg(toQString(entity.name).toHtmlEscaped(), entityTypeName(entity.type).toHtmlEscaped());
    if (!entity.description.empty()) {
        tip += QStringLiteral("<br>%1").arg(toQString(entity.description).toHtmlEscaped());
    }
    return tip;
}

QFont ArticleDocumentBuilder::bodyFont(qreal textScale) {
    QFont font;
    font.setFamilies(serifFamilies());
    font.setPointSizeF(kBodyPointSize * textScale);
    return font;
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
