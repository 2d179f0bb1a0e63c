// SPDX-License-Identifier: MIT
// The Notes panel: the open briefing's bookmarks and notes (or every briefing's notes),
// filterable; a row opens its item. Export as Markdown or JSON, import JSON.
#pragma once

#include <QWidget>

class QCheckBox;
class QLabel;
class QLineEdit;
class QListView;
class QModelIndex;

namespace bv {

class NotesListModel;
class Selection;
class UserLibrary;

class NotesPanel final : public QWidget
{
    Q_OBJECT
public:
    NotesPanel(Selection *selection, UserLibrary *library, QWidget *parent = nullptr);

    NotesListModel *model() const { return m_model; }
    QListView *view() const { return m_view; }
    // Writes the open briefing's notes to `path` as Markdown or JSON; returns what went wrong.
    static QString exportNotes(UserLibrary *library, const QString &path, bool json);
    QString exportNotes(const QString &path, bool json) const { return exportNotes(m_library, path, json); }
    // Merges notes from a JSON file; returns the summary or the problem.
    static QString importNotes(UserLibrary *library, const QString &path);
    QString importNotes(const QString &path) { return importNotes(m_library, path); }

signals:
    // A note of a briefing other than the open one was opened: its deep link.
    void linkActivated(const QString &link);

protected:
    void changeEvent(QEvent *event) override;

private:
    void activate(const QModelIndex &index);
    void retranslate();
    void updateCount();

    Selection *m_selection;
    UserLibrary *m_library;
    NotesListModel *m_model;
    QLineEdit *m_filter;
    QCheckBox *m_all;
    QListView *m_view;
    QLabel *m_count;
};

} // namespace bv
