// SPDX-License-Identifier: MIT
// Search results, grouped by kind, with the matched words highlighted. It uses the index
// shipped in the briefing once SQLite finds its tables sound (checked in a worker thread for
// a large file), or builds one in memory in a worker thread (the first paint never waits for
// either). It searches the SearchState's text, a moment after typing stops, and follows its
// requests (the first result current, the keyboard on the results). Enter or a click makes a
// result current in every view; Up on the first result asks for the keyboard back in the
// field (SearchState::focusField). With the user's library, the notes on the open briefing
// that match are a group of their own, "My notes", after the briefing's own results.
#pragma once

#include "search/searchresults.h"

#include <QPointer>
#include <QThread>
#include <QVector>
#include <QWidget>

#include <memory>

class QLabel;
class QTimer;
class QTreeView;

namespace bv {

class SearchIndex;
class SearchResultsModel;
class SearchState;
class Selection;
class UserLibrary;

class SearchPanel final : public QWidget
{
    Q_OBJECT
public:
    SearchPanel(Selection *selection, SearchState *state, QWidget *parent = nullptr);
    ~SearchPanel() override;
    // Searches the user's notes too (and again when they change).
    void setLibrary(const UserLibrary *library);

    SearchResultsModel *model() const { return m_model; }
    QTreeView *view() const { return m_view; }
    QString query() const;
    bool isReady() const { return m_index != nullptr; }
    bool usesShippedIndex() const; // the index in the file, not one built in memory

public slots:
    void searchNow();
    void activateFirst();
    void focusFirstResult(); // the keyboard into the results, on the first one

signals:
    void readyChanged(bool ready);

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void useDatabase();
    enum class Prepare { CheckShipped, BuildInMemory };
    void prepareInBackground(Prepare prepare);
    void activate(const QModelIndex &index);
    void showStatus();
    QVector<SearchHit> findNotes() const;

    Selection *m_selection;
    SearchState *m_state;
    const UserLibrary *m_library = nullptr;
    SearchResultsModel *m_model;
    QTreeView *m_view;
    QLabel *m_status;
    QTimer *m_debounce;
    std::unique_ptr<SearchIndex> m_index;
    QString m_language;
    int m_generation = 0; // which briefing a background build belongs to
    bool m_building = false;
    bool m_buildFailed = false;
    QVector<QPointer<QThread>> m_builders;
};

} // namespace bv
