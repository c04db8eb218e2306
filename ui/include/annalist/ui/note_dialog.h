// SPDX-FileCopyrightText: Annalist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>
#include <QStringList>

#include <string>
#include <vector>

class QComboBox;
class QLineEdit;
class QPlainTextEdit;

namespace annalist::ui {

/// The small "Add note" dialog: the chosen passage, a colour, the note's text and its tags.
class NoteDialog final : public QDialog {
    Q_OBJECT

public:
    /// `quote` is the passage the note is about; `knownTags` are offered as completions.
    NoteDialog(const QString& quote, const std::string& color, const QStringList& knownTags, QWidget* parent = nullptr);

    /// The colour key chosen ("yellow").
    [[nodiscard]] std::string color() const;
    /// The note's text.
    [[nodiscard]] std::string noteText() const;
    /// The tags typed, split (not yet normalised).
    [[nodiscard]] std::vector<std::string> tags() const;

private:
    QComboBox* m_color = nullptr;
    QPlainTextEdit* m_text = nullptr;
    QLineEdit* m_tags = nullptr;
};

} // namespace annalist::ui
