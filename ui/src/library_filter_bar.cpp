// SPDX-FileCopyrightText: Annalist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "annalist/ui/library_filter_bar.h"

#include "annalist/ui/display_text.h"
#include "annalist/ui/entity_style.h"

#include <QComboBox>
#include <QCompleter>
#include <QDateEdit>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

namespace annalist::ui {

namespace {

// The earliest date the pickers offer stands for "no bound", shown with a word instead of a date.
const QDate kNoDate(1900, 1, 1);

std::optional<core::PartialDate> chosenDate(const QDateEdit& edit) {
    const QDate date = edit.date();
    if (date <= kNoDate) {
        return std::nullopt;
    }
    return core::PartialDate{date.year(), date.month(), date.day()};
}

QDateEdit* makeDateEdit(QWidget* parent, const QString& name, const QString& none) {
    auto* edit = new QDateEdit(parent);
    edit->setObjectName(name);
    edit->setCalendarPopup(true);
    edit->setMinimumDate(kNoDate);
    edit->setSpecialValueText(none);
    edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    edit->setDate(kNoDate);
    return edit;
}

} // namespace

LibraryFilterBar::LibraryFilterBar(QWidget* parent) : QWidget(parent) {
    setObjectName(QStringLiteral("libraryFilterBar"));
    buildControls();
    layOutControls();
    connectControls();
}

void LibraryFilterBar::buildControls() {
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("librarySearch"));
    m_search->setPlaceholderText(tr("Search the library"));
    m_search->setClearButtonEnabled(true);
    m_search->setMaxLength(200);
    m_searchDelay = new QTimer(this);
    m_searchDelay->setSingleShot(true);
    m_searchDelay->setInterval(kSearchDelayMs);

    m_type = new QComboBox(this);
    m_type->setObjectName(QStringLiteral("libraryTypeFilter"));
    m_type->addItem(tr("All types"));
    for (const auto type : {core::EntityType::Person, core::EntityType::Place, core::EntityType::Organization,
                            core::EntityType::Treaty}) {
        m_type->addItem(entityTypePluralName(type), static_cast<int>(type));
    }

    m_entity = new QComboBox(this);
    m_entity->setObjectName(QStringLiteral("libraryEntityFilter"));
    m_entity->setEditable(true);
    m_entity->setInsertPolicy(QComboBox::NoInsert);
    m_entity->lineEdit()->setPlaceholderText(tr("Any entity"));
    m_entity->completer()->setCompletionMode(QCompleter::PopupCompletion);
    m_entity->completer()->setFilterMode(Qt::MatchContains);
    m_entity->completer()->setCaseSensitivity(Qt::CaseInsensitive);

    m_source = new QComboBox(this);
    m_source->setObjectName(QStringLiteral("librarySourceFilter"));
    m_source->addItem(tr("All sources"));

    m_from = makeDateEdit(this, QStringLiteral("libraryFromDate"), tr("any date"));
    m_to = makeDateEdit(this, QStringLiteral("libraryToDate"), tr("any date"));

    m_order = new QComboBox(this);
    m_order->setObjectName(QStringLiteral("libraryOrder"));
    m_order->addItem(tr("Newest first"), static_cast<int>(core::ArticleOrder::Date));
    m_order->addItem(tr("Title"), static_cast<int>(core::ArticleOrder::Title));
    m_order->addItem(tr("Source"), static_cast<int>(core::ArticleOrder::Source));
    m_order->addItem(tr("Most entities"), static_cast<int>(core::ArticleOrder::EntityCount));
}

void LibraryFilterBar::layOutControls() {
    auto* clear = new QToolButton(this);
    clear->setObjectName(QStringLiteral("libraryClearFilters"));
    clear->setText(tr("Clear"));
    clear->setToolTip(tr("Show every article"));
    connect(clear, &QToolButton::clicked, this, &LibraryFilterBar::clearFilters);

    auto* dates = new QHBoxLayout;
    dates->addWidget(m_from, 1);
    dates->addWidget(m_to, 1);
    auto* typeAndOrder = new QHBoxLayout;
    typeAndOrder->addWidget(m_type, 1);
    typeAndOrder->addWidget(m_order, 1);

    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("Type / sort"), typeAndOrder);
    form->addRow(tr("Entity"), m_entity);
    form->addRow(tr("Source"), m_source);
    form->addRow(tr("From / to"), dates);

    auto* searchRow = new QHBoxLayout;
    searchRow->addWidget(m_search, 1);
    searchRow->addWidget(clear);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 2, 6, 4);
    layout->addLayout(searchRow);
    layout->addLayout(form);
}

void LibraryFilterBar::connectControls() {
    const auto changed = [this] {
        if (!m_updatingChoices) {
            emit filterChanged();
        }
    };
    connect(m_search, &QLineEdit::textChanged, m_searchDelay, qOverload<>(&QTimer::start));
    connect(m_searchDelay, &QTimer::timeout, this, changed);
    // Enter runs the search at once instead of waiting for the pause.
    connect(m_search, &QLineEdit::returnPressed, this, [this, changed] {
        m_searchDelay->stop();
        changed();
    });
    connect(m_type, &QComboBox::currentIndexChanged, this, changed);
    connect(m_entity, &QComboBox::currentIndexChanged, this, changed);
    connect(m_entity->lineEdit(), &QLineEdit::editingFinished, this, [this, changed] {
        // Typed text that names no entity means "any entity".
        if (m_entity->findText(m_entity->currentText()) < 0) {
            m_entity->setCurrentIndex(0);
            m_entity->setEditText({});
        }
        changed();
    });
    connect(m_source, &QComboBox::currentIndexChanged, this, changed);
    connect(m_from, &QDateEdit::dateChanged, this, changed);
    connect(m_to, &QDateEdit::dateChanged, this, changed);
    connect(m_order, &QComboBox::currentIndexChanged, this, changed);
}

core::ArticleFilter LibraryFilterBar::filter() const {
    core::ArticleFilter filter;
    filter.text = m_search->text().toStdString();
    if (const QVariant type = m_type->currentData(); type.isValid()) {
        filter.entityType = static_cast<core::EntityType>(type.toInt());
    }
    filter.entityKey = chosenEntityKey();
    if (m_source->currentIndex() > 0) {
        filter.source = m_source->currentText().toStdString();
    }
    filter.publishedFrom = chosenDate(*m_from);
    filter.publishedTo = chosenDate(*m_to);
    filter.order = static_cast<core::ArticleOrder>(m_order->currentData().toInt());
    return filter;
}

std::string LibraryFilterBar::chosenEntityKey() const {
    const int index = m_entity->currentIndex();
    if (index <= 0 || m_entity->itemText(index) != m_entity->currentText()) {
        return {};
    }
    return m_entity->itemData(index).toString().toStdString();
}

void LibraryFilterBar::setChoices(const std::vector<core::LibraryEntity>& entities,
                                  const std::vector<std::string>& sources) {
    m_updatingChoices = true;
    const QString entityKey = QString::fromStdString(chosenEntityKey());
    const QString source = m_source->currentIndex() > 0 ? m_source->currentText() : QString();
    m_entity->clear();
    m_entity->addItem(QString(), QString());
    for (const core::LibraryEntity& entity : entities) {
        m_entity->addItem(toQString(entity.name), QString::fromStdString(entity.key));
        m_entity->setItemData(m_entity->count() - 1, entityTypeName(entity.type), Qt::ToolTipRole);
    }
    m_entity->setCurrentIndex(std::max(0, m_entity->findData(entityKey)));
    m_source->clear();
    m_source->addItem(tr("All sources"));
    for (const std::string& name : sources) {
        m_source->addItem(toQString(name));
    }
    m_source->setCurrentIndex(std::max(0, m_source->findText(source)));
    m_updatingChoices = false;
}

void LibraryFilterBar::focusSearch() {
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

void LibraryFilterBar::clearFilters() {
    m_updatingChoices = true;
    m_search->clear();
    m_searchDelay->stop();
    m_type->setCurrentIndex(0);
    m_entity->setCurrentIndex(0);
    m_entity->setEditText({});
    m_source->setCurrentIndex(0);
    m_from->setDate(kNoDate);
    m_to->setDate(kNoDate);
    m_updatingChoices = false;
    emit filterChanged();
}

int LibraryFilterBar::orderIndex() const {
    return m_order->currentIndex();
}

void LibraryFilterBar::setOrderIndex(int index) {
    if (index >= 0 && index < m_order->count()) {
        m_order->setCurrentIndex(index);
    }
}

} // namespace annalist::ui
