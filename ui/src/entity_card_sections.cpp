// SPDX-FileCopyrightText: Annalist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "entity_card_sections.h"

#include "annalist/core/text/unicode.h"
#include "annalist/ui/display_text.h"
#include "annalist/ui/entity_card.h"
#include "annalist/ui/entity_style.h"

#include <QApplication>
#include <QLocale>
#include <QUrl>

#include <algorithm>
#include <cmath>

namespace annalist::ui::card {

PageTheme cardTheme() {
    return resolveTheme(ThemeChoice::System, QApplication::palette());
}

namespace {

QString escaped(const std::string& text) {
    return toQString(text).toHtmlEscaped();
}

QString isoDate(const std::string& iso) {
    const auto date = core::PartialDate::parse(iso);
    return date ? formatPartialDate(*date) : toQString(iso);
}

QString row(const QString& label, const QString& valueHtml, const CardColours& colours) {
    return QStringLiteral("<tr><td style=\"color:%1; padding-right:10px\" valign=\"top\">%2</td>"
                          "<td valign=\"top\">%3</td></tr>")
        .arg(colours.muted.name(), label.toHtmlEscaped(), valueHtml);
}

QString term(const core::Office& office) {
    if (office.start.empty()) {
        return {};
    }
    if (office.end.empty()) {
        return EntityCard::tr("since %1").arg(isoDate(office.start));
    }
    return QStringLiteral("%1 – %2").arg(isoDate(office.start), isoDate(office.end));
}

QString officesHtml(const std::vector<core::Office>& offices, const CardColours& colours) {
    QString html;
    for (std::size_t i = 0; i < offices.size() && i < 3; ++i) {
        const QString when = term(offices[i]);
        html +=
            (i == 0 ? QString() : QStringLiteral("<br>")) + escaped(offices[i].title) +
            (when.isEmpty() ? QString()
                            : QStringLiteral(" <span style=\"color:%1\">%2</span>").arg(colours.muted.name(), when));
    }
    return html;
}

QString statusName(const std::string& status) {
    if (status == "in-force") {
        return EntityCard::tr("in force");
    }
    if (status == "not-in-force") {
        return EntityCard::tr("not (yet) in force");
    }
    if (status == "suspended") {
        return EntityCard::tr("suspended");
    }
    if (status == "terminated") {
        return EntityCard::tr("terminated");
    }
    if (status == "expired") {
        return EntityCard::tr("expired");
    }
    if (status == "superseded") {
        return EntityCard::tr("superseded");
    }
    return EntityCard::tr("unknown");
}

QString coordinates(const core::GeoPoint& point) {
    const QLocale locale;
    return QStringLiteral("%1° %2, %3° %4")
        .arg(locale.toString(std::abs(point.latitude), 'f', 2),
             point.latitude >= 0 ? EntityCard::tr("N") : EntityCard::tr("S"),
             locale.toString(std::abs(point.longitude), 'f', 2),
             point.longitude >= 0 ? EntityCard::tr("E") : EntityCard::tr("W"));
}

QString treatyRows(const core::EntityFacts& facts, const EntityCardContext& context, const CardColours& colours) {
    QString html;
    if (!context.partyNames.empty()) {
        QStringList names;
        for (const std::string& name : context.partyNames) {
            names << escaped(name);
        }
        html += row(EntityCard::tr("Parties"), names.join(QStringLiteral(", ")), colours);
    }
    if (!facts.signedOn.empty()) {
        html += row(EntityCard::tr("Signed"), isoDate(facts.signedOn), colours);
    }
    html += row(EntityCard::tr("In force"),
                facts.inForceFrom.empty() ? QStringLiteral("—") : isoDate(facts.inForceFrom), colours);
    if (!facts.status.empty()) {
        html += row(EntityCard::tr("Status"), statusName(facts.status), colours);
    }
    return html;
}

} // namespace

QString factsHtml(const core::Entity& entity, const EntityCardContext& context, const CardColours& colours) {
    if (!context.facts) {
        return {};
    }
    const core::EntityFacts& facts = *context.facts;
    QString rows;
    if (!facts.offices.empty()) {
        rows += row(facts.offices.size() == 1 ? EntityCard::tr("Office") : EntityCard::tr("Offices"),
                    officesHtml(facts.offices, colours), colours);
    }
    if (!context.countryName.empty()) {
        rows += row(EntityCard::tr("Country"), escaped(context.countryName), colours);
    }
    if (facts.location && entity.type == core::EntityType::Place) {
        rows += row(EntityCard::tr("Coordinates"), coordinates(*facts.location), colours);
    }
    if (facts.population > 0) {
        rows +=
            row(EntityCard::tr("Population"), QLocale().toString(static_cast<qulonglong>(facts.population)), colours);
    }
    // The knowledge base's kind ("alliance", "government-seat", "bilateral") reads as plain words.
    if (!facts.kind.empty() &&
        (entity.type == core::EntityType::Organization || entity.type == core::EntityType::Treaty)) {
        rows += row(EntityCard::tr("Kind"),
                    toQString(facts.kind).replace(QLatin1Char('-'), QLatin1Char(' ')).toHtmlEscaped(), colours);
    }
    if (entity.type == core::EntityType::Treaty) {
        rows += treatyRows(facts, context, colours);
    }
    return rows.isEmpty() ? QString()
                          : QStringLiteral("<table cellspacing=\"0\" cellpadding=\"2\">%1</table>").arg(rows);
}

namespace {

// The sentence a mention sits in, split around the mention, as HTML with the mention marked.
QString sentenceHtml(const core::Mention& mention, const core::Annotation& annotation, const std::string& text,
                     const QColor& tint) {
    std::size_t sentence = mention.sentence;
    if (sentence >= annotation.sentences.size() || !annotation.sentences[sentence].contains(mention.span.start)) {
        sentence = annotation.sentenceAt(mention.span.start);
    }
    const QString marked =
        QStringLiteral("<span style=\"background-color:%1; color:#1a1a1a; font-weight:600\">%2</span>")
            .arg(tint.name(),
                 toQString(core::substrCodePoints(text, mention.span.start, mention.span.end)).toHtmlEscaped());
    if (sentence >= annotation.sentences.size()) {
        return marked;
    }
    const core::Span& span = annotation.sentences[sentence];
    // Sentence spans may carry the surrounding white space and block breaks; the card shows one line.
    QString before = toQString(core::substrCodePoints(text, span.start, mention.span.start));
    QString after = toQString(core::substrCodePoints(text, mention.span.end, std::max(span.end, mention.span.end)));
    before.replace(QLatin1Char('\n'), QLatin1Char(' '));
    after.replace(QLatin1Char('\n'), QLatin1Char(' '));
    const bool spaceBefore = !before.isEmpty() && before.back().isSpace();
    const bool spaceAfter = !after.isEmpty() && after.front().isSpace();
    before = before.trimmed() + (spaceBefore ? QStringLiteral(" ") : QString());
    after = (spaceAfter ? QStringLiteral(" ") : QString()) + after.trimmed();
    return before.toHtmlEscaped() + marked + after.toHtmlEscaped();
}

} // namespace

QString mentionsHtml(const core::Entity& entity, const core::Annotation& annotation, const std::string& articleText,
                     const CardColours& colours) {
    const QColor tint = entityStyle(entity.type, cardTheme()).background;
    QString html = QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"4\">");
    for (std::size_t m = 0; m < entity.mentions.size(); ++m) {
        html += QStringLiteral("<tr><td width=\"18\" valign=\"top\" style=\"color:%1\">%2</td>"
                               "<td valign=\"top\"><a href=\"%3:%4\">%5</a></td></tr>")
                    .arg(colours.muted.name())
                    .arg(m + 1)
                    .arg(kMentionScheme)
                    .arg(m)
                    .arg(sentenceHtml(entity.mentions[m], annotation, articleText, tint));
    }
    return html + QStringLiteral("</table>");
}

QString timelineHtml(const EntityCardContext& context, const CardColours& colours) {
    QString html = QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"3\">");
    for (const core::EntityAppearance& appearance : context.timeline) {
        const QString date = appearance.published.isValid() ? formatPartialDate(appearance.published)
                                                            : toQString(appearance.importedAt.substr(0, 10));
        const QString title = appearance.title.empty() ? EntityCard::tr("(untitled)") : escaped(appearance.title);
        html +=
            QStringLiteral("<tr><td valign=\"top\" style=\"color:%1; padding-right:8px\">%2</td>"
                           "<td valign=\"top\"><a href=\"%3:%4\">%5</a> <span style=\"color:%1\">· %6</span></td></tr>")
                .arg(colours.muted.name(), date.toHtmlEscaped().replace(QLatin1Char(' '), QStringLiteral("&nbsp;")),
                     kArticleScheme)
                .arg(appearance.articleId)
                .arg(title, appearance.mentionCount == 1 ? EntityCard::tr("1 mention")
                                                         : EntityCard::tr("%1 mentions").arg(appearance.mentionCount));
    }
    return html + QStringLiteral("</table>");
}

QString companionsHtml(const EntityCardContext& context, const core::Annotation& annotation,
                       const CardColours& colours) {
    QString html = QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"2\">");
    for (const core::EntityCompanion& companion : context.companions) {
        // A companion named in the open article is a link to its card; the others are only listed.
        const bool here = std::any_of(annotation.entities.begin(), annotation.entities.end(),
                                      [&](const core::Entity& entity) { return entity.id == companion.key; });
        const QString name =
            here ? QStringLiteral("<a href=\"%1:%2\">%3</a>")
                       .arg(kEntityScheme, QString::fromLatin1(QUrl::toPercentEncoding(toQString(companion.key))),
                            escaped(companion.name))
                 : escaped(companion.name);
        html += QStringLiteral("<tr><td width=\"14\" style=\"color:%1\">●</td><td>%2</td>"
                               "<td align=\"right\" style=\"color:%3\">%4</td></tr>")
                    .arg(entityStyle(companion.type, cardTheme()).underline.name(), name, colours.muted.name(),
                         companion.sharedArticles == 1 ? EntityCard::tr("1 article")
                                                       : EntityCard::tr("%1 articles").arg(companion.sharedArticles));
    }
    return html + QStringLiteral("</table>");
}

QString quotesHtml(const EntityCardContext& context, std::optional<core::ArticleId> current,
                   const CardColours& colours) {
    QString html;
    for (const core::AttributedQuote& quote : context.quotes) {
        const bool here = current && quote.articleId == *current;
        const QString source =
            here ? EntityCard::tr("this article")
                 : QStringLiteral("<a href=\"%1:%2\">%3</a>")
                       .arg(kArticleScheme)
                       .arg(quote.articleId)
                       .arg(quote.articleTitle.empty() ? EntityCard::tr("(untitled)") : escaped(quote.articleTitle));
        const QString date =
            quote.published.isValid() ? QStringLiteral(", ") + formatPartialDate(quote.published) : QString();
        html += QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"0\" style=\"margin-bottom:8px\">"
                               "<tr><td width=\"3\" style=\"background-color:%1\"></td><td width=\"8\"></td>"
                               "<td><i>“%2”</i><br><span style=\"color:%3\">— %4%5</span></td></tr></table>")
                    .arg(colours.quoteRule.name(), escaped(quote.text), colours.muted.name(), source, date);
    }
    return html;
}

} // namespace annalist::ui::card
