// SPDX-FileCopyrightText: Annalist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "annalist/ui/entity_card.h"

#include "annalist/core/text/unicode.h"
#include "annalist/ui/display_text.h"
#include "annalist/ui/entity_style.h"

#include <QApplication>
#include <QLabel>
#include <QTextBrowser>
#include <QUrl>
#include <QVBoxLayout>

namespace annalist::ui {

namespace {

const QString kCardScheme = QStringLiteral("annalist-card");

QLabel* makeLabel(QWidget* parent, const QString& objectName, qreal scale, bool bold) {
    auto* label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont font = label->font();
    font.setPointSizeF(font.pointSizeF() * scale);
    font.setBold(bold);
    label->setFont(font);
    return label;
}

// The sentence a mention sits in, split around the mention, as HTML with the mention marked.
QString sentenceHtml(const core::Mention& mention, const core::Annotation& annotation, const std::string& text,
                     const QColor& tint) {
    std::size_t sentence = mention.sentence;
    if (sentence >= annotation.sentences.size() || !annotation.sentences[sentence].contains(mention.span.start)) {
        sentence = annotation.sentenceAt(mention.span.start);
    }
    const QString marked =
        QStringLiteral("<span style=\"background-color:%1; font-weight:600\">%2</span>")
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

EntityCard::EntityCard(QWidget* parent) : QWidget(parent) {
    setObjectName(QStringLiteral("entityCard"));
    m_placeholder = new QLabel(tr("Click a highlighted name in the article, or an entity above, to see what it "
                                  "is and where the article mentions it."),
                               this);
    m_placeholder->setWordWrap(true);
    m_placeholder->setAlignment(Qt::AlignCenter);
    m_placeholder->setEnabled(false);

    m_content = new QWidget(this);
    m_type = makeLabel(m_content, QStringLiteral("entityType"), 0.85, true);
    m_name = makeLabel(m_content, QStringLiteral("entityName"), 1.5, true);
    m_description = makeLabel(m_content, QStringLiteral("entityDescription"), 1.0, false);
    m_summary = makeLabel(m_content, QStringLiteral("entityMentionSummary"), 0.9, false);
    m_mentions = new QTextBrowser(m_content);
    m_mentions->setObjectName(QStringLiteral("entityMentions"));
    m_mentions->setOpenLinks(false);
    m_mentions->setFrameShape(QFrame::NoFrame);
    m_mentions->document()->setDefaultStyleSheet(
        QStringLiteral("a { color: palette(text); text-decoration: none; } td.number { color: #8a8a8a; }"));
    connect(m_mentions, &QTextBrowser::anchorClicked, this, &EntityCard::onAnchorClicked);

    auto* contentLayout = new QVBoxLayout(m_content);
    contentLayout->setContentsMargins(8, 8, 8, 0);
    for (QWidget* widget : {static_cast<QWidget*>(m_type), static_cast<QWidget*>(m_name),
                            static_cast<QWidget*>(m_description), static_cast<QWidget*>(m_summary)}) {
        contentLayout->addWidget(widget);
    }
    contentLayout->addWidget(m_mentions, 1);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_placeholder);
    layout->addWidget(m_content);
    clearEntity();
}

void EntityCard::showEntity(int entityIndex, const core::Annotation& annotation, const std::string& articleText) {
    if (entityIndex < 0 || static_cast<std::size_t>(entityIndex) >= annotation.entities.size()) {
        clearEntity();
        return;
    }
    const core::Entity& entity = annotation.entities[static_cast<std::size_t>(entityIndex)];
    m_entityIndex = entityIndex;
    const EntityStyle style = entityStyle(entity.type, resolveTheme(ThemeChoice::System, QApplication::palette()));
    m_type->setText(entityTypeName(entity.type).toUpper());
    m_type->setStyleSheet(QStringLiteral("color: %1;").arg(style.underline.name()));
    m_name->setText(toQString(entity.name));
    m_description->setText(toQString(entity.description));
    m_description->setVisible(!entity.description.empty());
    m_summary->setText(entity.mentions.size() == 1
                           ? tr("1 mention in this article — click it to find it")
                           : tr("%1 mentions in this article — click one to find it").arg(entity.mentions.size()));
    m_mentions->setHtml(mentionsHtml(entity, annotation, articleText));
    m_placeholder->hide();
    m_content->show();
}

void EntityCard::clearEntity() {
    m_entityIndex = -1;
    m_mentions->clear();
    m_content->hide();
    m_placeholder->show();
}

QString EntityCard::mentionsHtml(const core::Entity& entity, const core::Annotation& annotation,
                                 const std::string& articleText) {
    // The card sits on the desktop's colours, so its tints follow the desktop's theme.
    const QColor tint = entityStyle(entity.type, resolveTheme(ThemeChoice::System, QApplication::palette())).background;
    QString html = QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"5\">");
    for (std::size_t m = 0; m < entity.mentions.size(); ++m) {
        html += QStringLiteral("<tr><td width=\"18\" valign=\"top\" class=\"number\">%1</td>"
                               "<td valign=\"top\"><a href=\"%2:%3\">%4</a></td></tr>")
                    .arg(m + 1)
                    .arg(kCardScheme)
                    .arg(m)
                    .arg(sentenceHtml(entity.mentions[m], annotation, articleText, tint));
    }
    return html + QStringLiteral("</table>");
}

void EntityCard::onAnchorClicked(const QUrl& url) {
    bool ok = false;
    const int mention = url.path().toInt(&ok);
    if (url.scheme() == kCardScheme && ok) {
        emit mentionClicked(mention);
    }
}

} // namespace annalist::ui
