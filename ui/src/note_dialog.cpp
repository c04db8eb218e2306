// SPDX-FileCopyrightText: Annalist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "annalist/ui/note_dialog.h"

#include "annalist/core/notes/note_rules.h"
#include "annalist/ui/note_style.h"

#include <QComboBox>
#include <QCompleter>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QVBoxLayout>

namespace annalist::ui {

namespace {

constexpr int kQuoteExcerptLength = 240;

QLabel* passageLabel(const QString& quote, QWidget* parent) {
    const QString simple = quote.simplified();
    const QString shown =
        simple.size() > kQuoteExcerptLength ? simple.left(kQuoteExcerptLength - 1).trimmed() + QChar(0x2026) : simple;
    auto* passage = new QLabel(QStringLiteral("“%1”").arg(shown), parent);
    passage->setWordWrap(true);
    passage->setObjectName(QStringLiteral("noteDialogPassage"));
    QFont italic = passage->font();
    italic.setItalic(true);
    passage->setFont(italic);
    return passage;
}

} // namespace

NoteDialog::NoteDialog(const QString& quote, const std::string& color, const QStringList& knownTags, QWidget* parent)
    : QDialog(parent), m_color(new QComboBox(this)), m_text(new QPlainTextEdit(this)), m_tags(new QLineEdit(this)) {
    setObjectName(QStringLiteral("noteDialog"));
    setWindowTitle(tr("Add note"));
    m_color->setObjectName(QStringLiteral("noteDialogColor"));
    for (const std::string_view key : core::kNoteColors) {
        m_color->addItem(noteColorIcon(key), noteColorName(key), QString::fromLatin1(key));
    }
    m_color->setCurrentIndex(std::max(0, m_color->findData(QString::fromStdString(color))));
    m_text->setObjectName(QStringLiteral("noteDialogText"));
    m_text->setPlaceholderText(tr("What is worth remembering about this passage?"));
    m_text->setTabChangesFocus(true);
    m_tags->setObjectName(QStringLiteral("noteDialogTags"));
    m_tags->setPlaceholderText(tr("Tags, separated by commas"));
    auto* completer = new QCompleter(knownTags, m_tags);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    m_tags->setCompleter(completer);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* form = new QFormLayout;
    form->addRow(tr("Colour"), m_color);
    form->addRow(tr("Note"), m_text);
    form->addRow(tr("Tags"), m_tags);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(passageLabel(quote, this));
    layout->addLayout(form);
    layout->addWidget(buttons);
    resize(440, sizeHint().height());
    m_text->setFocus();
}

std::string NoteDialog::color() const {
    return m_color->currentData().toString().toStdString();
}

std::string NoteDialog::noteText() const {
    return m_text->toPlainText().toStdString();
}

std::vector<std::string> NoteDialog::tags() const {
    return tagsFromText(m_tags->text());
}

} // namespace annalist::ui
