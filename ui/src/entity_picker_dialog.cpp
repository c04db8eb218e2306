// SPDX-FileCopyrightText: Annalist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "annalist/ui/entity_picker_dialog.h"

#include "annalist/ui/display_text.h"
#include "annalist/ui/entity_style.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace annalist::ui {

EntityPickerDialog::EntityPickerDialog(const QString& surface, std::vector<core::EntityRecord> candidates,
                                       QWidget* parent)
    : QDialog(parent), m_candidates(std::move(candidates)), m_filter(new QLineEdit(this)),
      m_list(new QListWidget(this)) {
    setObjectName(QStringLiteral("entityPicker"));
    setWindowTitle(tr("Link to an entity"));
    auto* question = new QLabel(tr("Which entity does “%1” refer to?").arg(surface), this);
    question->setWordWrap(true);
    m_filter->setObjectName(QStringLiteral("entityPickerFilter"));
    m_filter->setPlaceholderText(tr("Type to filter"));
    m_filter->setClearButtonEnabled(true);
    m_list->setObjectName(QStringLiteral("entityPickerList"));
    // Treaty names run long; the dialog stays narrow and shows their ends.
    m_list->setTextElideMode(Qt::ElideMiddle);
    m_list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Link"));

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(question);
    layout->addWidget(m_filter);
    layout->addWidget(m_list, 1);
    layout->addWidget(buttons);
    resize(420, 420);

    connect(m_filter, &QLineEdit::textChanged, this, &EntityPickerDialog::setFilter);
    connect(m_list, &QListWidget::itemDoubleClicked, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_list, &QListWidget::currentRowChanged, this,
            [buttons](int row) { buttons->button(QDialogButtonBox::Ok)->setEnabled(row >= 0); });
    fill({});
}

void EntityPickerDialog::setFilter(const QString& text) {
    if (m_filter->text() != text) {
        m_filter->setText(text); // emits textChanged, which comes back here once
        return;
    }
    fill(text);
}

void EntityPickerDialog::fill(const QString& filter) {
    m_list->clear();
    for (std::size_t i = 0; i < m_candidates.size(); ++i) {
        const core::EntityRecord& entity = m_candidates[i];
        const QString name = toQString(entity.name);
        if (!filter.isEmpty() && !name.contains(filter, Qt::CaseInsensitive)) {
            continue;
        }
        auto* item = new QListWidgetItem(QStringLiteral("%1 — %2").arg(name, entityTypeName(entity.type)), m_list);
        item->setData(Qt::UserRole, static_cast<qulonglong>(i));
        item->setToolTip(toQString(entity.description));
        item->setForeground(entityStyle(entity.type).underline);
    }
    m_list->setCurrentRow(m_list->count() > 0 ? 0 : -1);
}

int EntityPickerDialog::visibleCount() const {
    return m_list->count();
}

std::optional<core::EntityRecord> EntityPickerDialog::chosen() const {
    const QListWidgetItem* item = m_list->currentItem();
    if (item == nullptr) {
        return std::nullopt;
    }
    return m_candidates.at(static_cast<std::size_t>(item->data(Qt::UserRole).toULongLong()));
}

} // namespace annalist::ui
