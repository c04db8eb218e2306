// SPDX-FileCopyrightText: Annalist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "annalist/ui/entity_card.h"

#include "annalist/ui/display_text.h"
#include "annalist/ui/entity_context.h"
#include "annalist/ui/entity_style.h"
#include "annalist/ui/world_map_widget.h"
#include "entity_card_sections.h"

#include <QAbstractTextDocumentLayout>
#include <QEvent>
#include <QLabel>
#include <QScrollArea>
#include <QScrollBar>
#include <QTextBrowser>
#include <QUrl>
#include <QVBoxLayout>
#include <QtMath>

#include <algorithm>

namespace annalist::ui {

namespace {

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

QColor mixed(const QColor& a, const QColor& b, double share) {
    return QColor::fromRgbF(static_cast<float>(a.redF() * share + b.redF() * (1 - share)),
                            static_cast<float>(a.greenF() * share + b.greenF() * (1 - share)),
                            static_cast<float>(a.blueF() * share + b.blueF() * (1 - share)));
}

card::CardColours cardColours(const QPalette& palette) {
    return {mixed(palette.color(QPalette::Text), palette.color(QPalette::Base), 0.6),
            entityStyle(core::EntityType::Person, card::cardTheme()).underline};
}

} // namespace

EntityCard::EntityCard(const EntityContextSource* context, QWidget* parent) : QWidget(parent), m_context(context) {
    setObjectName(QStringLiteral("entityCard"));
    m_placeholder = new QLabel(tr("Click a highlighted name in the article, or an entity above, to see what it "
                                  "is and where the article mentions it."),
                               this);
    m_placeholder->setWordWrap(true);
    m_placeholder->setAlignment(Qt::AlignCenter);
    m_placeholder->setEnabled(false);

    m_scroll = new QScrollArea(this);
    m_scroll->setObjectName(QStringLiteral("entityCardScroll"));
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_content = new QWidget(m_scroll);
    // The card reads as a sheet of paper, like the article: the palette's base colour, in light and dark themes.
    m_content->setBackgroundRole(QPalette::Base);
    m_content->setAutoFillBackground(true);
    buildContent();
    m_scroll->setWidget(m_content);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_placeholder);
    layout->addWidget(m_scroll);
    clearEntity();
}

void EntityCard::buildContent() {
    auto* layout = new QVBoxLayout(m_content);
    layout->setContentsMargins(12, 10, 12, 12);
    layout->setSpacing(4);
    m_type = makeLabel(m_content, QStringLiteral("entityType"), 0.85, true);
    m_name = makeLabel(m_content, QStringLiteral("entityName"), 1.5, true);
    m_description = makeLabel(m_content, QStringLiteral("entityDescription"), 1.0, false);
    m_facts = makeLabel(m_content, QStringLiteral("entityFacts"), 0.95, false);
    m_facts->setTextFormat(Qt::RichText);
    for (QLabel* label : {m_type, m_name, m_description, m_facts}) {
        layout->addWidget(label);
    }
    if (m_context != nullptr) {
        m_map = new WorldMapWidget(m_context->worldMap(), m_content);
        m_map->setObjectName(QStringLiteral("entityMap"));
        layout->addSpacing(4);
        layout->addWidget(m_map);
    }
    m_summary = addSection(QStringLiteral("entityMentionSummary"), QString());
    m_mentions = addBrowser(QStringLiteral("entityMentions"));
    m_timelineHeading = addSection(QStringLiteral("entityTimelineHeading"), tr("In other articles"));
    m_timeline = addBrowser(QStringLiteral("entityTimeline"));
    m_companionsHeading = addSection(QStringLiteral("entityCompanionsHeading"), tr("Most often with"));
    m_companions = addBrowser(QStringLiteral("entityCompanions"));
    m_quotesHeading = addSection(QStringLiteral("entityQuotesHeading"), tr("Quotes"));
    m_quotes = addBrowser(QStringLiteral("entityQuotes"));
    layout->addStretch(1);
}

QLabel* EntityCard::addSection(const QString& objectName, const QString& title) {
    QLabel* heading = makeLabel(m_content, objectName, 0.9, true);
    heading->setText(title);
    heading->setContentsMargins(0, 10, 0, 0);
    m_content->layout()->addWidget(heading);
    return heading;
}

QTextBrowser* EntityCard::addBrowser(const QString& objectName) {
    auto* browser = new QTextBrowser(m_content);
    browser->setObjectName(objectName);
    browser->setOpenLinks(false);
    browser->setFrameShape(QFrame::NoFrame);
    // The card scrolls as a whole; each section is as tall as its text.
    browser->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    browser->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    browser->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
    browser->document()->setDocumentMargin(2);
    connect(browser->document()->documentLayout(), &QAbstractTextDocumentLayout::documentSizeChanged, browser,
            [browser](const QSizeF& size) { browser->setFixedHeight(qCeil(size.height()) + 2); });
    connect(browser, &QTextBrowser::anchorClicked, this, &EntityCard::onAnchorClicked);
    m_content->layout()->addWidget(browser);
    return browser;
}

void EntityCard::showEntity(int entityIndex, const core::Annotation& annotation, const std::string& articleText,
                            std::optional<core::ArticleId> articleId) {
    if (entityIndex < 0 || static_cast<std::size_t>(entityIndex) >= annotation.entities.size()) {
        clearEntity();
        return;
    }
    m_entityIndex = entityIndex;
    m_annotation = annotation;
    m_articleText = articleText;
    m_articleId = articleId;
    refresh();
    m_scroll->verticalScrollBar()->setValue(0);
    m_placeholder->hide();
    m_scroll->show();
}

void EntityCard::refresh() {
    if (m_entityIndex < 0) {
        return;
    }
    const core::Entity& entity = m_annotation.entities[static_cast<std::size_t>(m_entityIndex)];
    const EntityCardContext context =
        m_context != nullptr ? m_context->contextFor(entity, m_articleId) : EntityCardContext{};
    const card::CardColours colours = cardColours(palette());
    const QString links = QStringLiteral("a { color: %1; text-decoration: none; }");
    for (QTextBrowser* browser : {m_mentions, m_companions}) {
        browser->document()->setDefaultStyleSheet(links.arg(palette().color(QPalette::Text).name()));
    }
    for (QTextBrowser* browser : {m_timeline, m_quotes}) {
        browser->document()->setDefaultStyleSheet(links.arg(palette().color(QPalette::Link).name()));
    }
    showHeader(entity, context);
    showMap(entity, context);
    m_summary->setText(entity.mentions.size() == 1
                           ? tr("In this article: 1 mention — click it to find it")
                           : tr("In this article: %1 mentions — click one to find it").arg(entity.mentions.size()));
    m_mentions->setHtml(card::mentionsHtml(entity, m_annotation, m_articleText, colours));
    showLibrarySections(context, m_articleId);
}

void EntityCard::showHeader(const core::Entity& entity, const EntityCardContext& context) {
    m_type->setText(entityTypeName(entity.type).toUpper());
    m_type->setStyleSheet(
        QStringLiteral("color: %1;").arg(entityStyle(entity.type, card::cardTheme()).underline.name()));
    m_name->setText(toQString(entity.name));
    std::string description = entity.description;
    // The recogniser may say only "city" where the knowledge base says "capital of North Korea".
    if (context.facts && description.find(' ') == std::string::npos) {
        const std::string& known =
            context.facts->descriptionEn.empty() ? context.facts->descriptionIt : context.facts->descriptionEn;
        if (known.size() > description.size()) {
            description = known;
        }
    }
    m_description->setText(toQString(description));
    m_description->setVisible(!description.empty());
    const QString facts = card::factsHtml(entity, context, cardColours(palette()));
    m_facts->setText(facts);
    m_facts->setVisible(!facts.isEmpty());
}

void EntityCard::showMap(const core::Entity& entity, const EntityCardContext& context) {
    if (m_map == nullptr) {
        return;
    }
    // A place gets a pin and its country shaded; a treaty its parties' countries.
    QStringList countries;
    std::optional<core::GeoPoint> pin;
    if (context.facts && entity.type == core::EntityType::Place) {
        pin = context.facts->location;
        if (!context.facts->country.empty()) {
            countries << toQString(context.facts->country);
        }
    } else if (context.facts && entity.type == core::EntityType::Treaty) {
        for (const std::string& party : context.facts->parties) {
            if (party.rfind("country:", 0) == 0) {
                countries << toQString(party.substr(8));
            }
        }
    }
    m_map->setPlace(pin, countries);
    m_map->setVisible(pin || !countries.isEmpty());
}

void EntityCard::showLibrarySections(const EntityCardContext& context, std::optional<core::ArticleId> articleId) {
    const card::CardColours colours = cardColours(palette());
    const bool withLibrary = m_context != nullptr;
    m_timelineHeading->setVisible(withLibrary);
    m_timeline->setVisible(withLibrary);
    m_timeline->setHtml(context.timeline.empty()
                            ? QStringLiteral("<span style=\"color:%1\">%2</span>")
                                  .arg(colours.muted.name(), tr("No other article in the library mentions it."))
                            : card::timelineHtml(context, colours));
    m_companionsHeading->setVisible(!context.companions.empty());
    m_companions->setVisible(!context.companions.empty());
    m_companions->setHtml(card::companionsHtml(context, m_annotation, colours));
    m_quotesHeading->setVisible(!context.quotes.empty());
    m_quotes->setVisible(!context.quotes.empty());
    m_quotes->setHtml(card::quotesHtml(context, articleId, colours));
}

void EntityCard::clearEntity() {
    m_entityIndex = -1;
    m_annotation = {};
    m_articleText.clear();
    m_mentions->clear();
    m_scroll->hide();
    m_placeholder->show();
}

void EntityCard::changeEvent(QEvent* event) {
    QWidget::changeEvent(event);
    // Colours of the sections are computed from the palette: a theme change redraws them.
    if (event->type() == QEvent::PaletteChange) {
        refresh();
    }
}

void EntityCard::onAnchorClicked(const QUrl& url) {
    if (url.scheme() == card::kEntityScheme) {
        const std::string key = url.path().toStdString();
        const auto& entities = m_annotation.entities;
        const auto found = std::find_if(entities.begin(), entities.end(),
                                        [&](const core::Entity& entity) { return entity.id == key; });
        if (found != entities.end()) {
            emit entityRequested(static_cast<int>(found - entities.begin()));
        }
        return;
    }
    bool ok = false;
    const qint64 number = url.path().toLongLong(&ok);
    if (!ok) {
        return;
    }
    if (url.scheme() == card::kMentionScheme) {
        emit mentionClicked(static_cast<int>(number));
    } else if (url.scheme() == card::kArticleScheme) {
        emit articleRequested(number);
    }
}

} // namespace annalist::ui
