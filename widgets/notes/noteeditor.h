// SPDX-License-Identifier: MIT
// The user's note on the current item, written in Markdown beside the detail pane and kept in
// their library (never in the briefing). Saved a moment after typing stops, when the current
// item changes and when the editor loses focus; "Saved" is shown only once it is committed.
// When the item's text has changed since the note was written, it says so, and Compare shows
// the old text beside the new. A note changed meanwhile by another viewer of the same
// library is never overwritten: the text is saved beside it, and the editor says so.
#pragma once

#include "library/librarytypes.h"

#include <QWidget>

#include <optional>

class QLabel;
class QPlainTextEdit;
class QPushButton;
class QStackedWidget;
class QTimer;

namespace bv {

class SafeTextBrowser;
class SafeTextDocument;
class Selection;
class UserLibrary;

class NoteEditor final : public QWidget
{
    Q_OBJECT
public:
    NoteEditor(Selection *selection, UserLibrary *library, QWidget *parent = nullptr);

    // Puts the keyboard in the note (Ctrl+Shift+N), leaving the preview if it was shown.
    void startWriting();
    // Saves what is typed now; true when there was nothing to save or it was saved.
    bool saveNow();
    QString statusText() const;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void nameForScreenReaders();
    void showCurrent();
    void showState();
    void compare();
    void setPreview(bool preview);

    Selection *m_selection;
    UserLibrary *m_library;
    QString m_itemId;    // the item the text in the editor belongs to
    QString m_savedText; // what the library holds for it
    std::optional<Note> m_read; // the note the text was written over, as read
    QLabel *m_title;
    QLabel *m_changed;
    QPushButton *m_compare;
    QPushButton *m_previewButton;
    QStackedWidget *m_pages;
    QPlainTextEdit *m_edit;
    SafeTextBrowser *m_preview;
    SafeTextDocument *m_previewDocument;
    QLabel *m_status;
    QTimer *m_saveTimer;
    QString m_problem;
    QString m_notice; // what became of the last save when another viewer had written meanwhile
    bool m_loading = false;
};

} // namespace bv
