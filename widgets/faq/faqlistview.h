// SPDX-License-Identifier: MIT
// The FAQ as a list of questions whose answers open in place: click, Enter or Space opens
// and closes; Up/Down move. Answers are safe Markdown; their item links select that item,
// on a click, or by keyboard as in a browser: Tab and Shift+Tab go from link to link of the
// open answer (then on out of the list), Enter follows the link. A long answer shows its
// first part with "Show all" (docs/format.md, "Limits on long text"), read in part from the
// file; "Show all" adds the rest piece by piece, as the detail pane does (TextPieces), so that
// what is laid out at once stays bounded whatever the answer holds.
#pragma once

#include <QHash>
#include <QListView>
#include <QPersistentModelIndex>
#include <QSet>
#include <QTextCursor>
#include <QTimer>

#include "common/textpieces.h"

namespace bv {

class SafeTextDocument;
class Selection;

class FaqListView final : public QListView
{
    Q_OBJECT
public:
    explicit FaqListView(Selection *selection, QWidget *parent = nullptr);
    ~FaqListView() override;

    bool isExpanded(const QString &id) const { return m_expanded.contains(id); }
    void setExpanded(const QString &id, bool expanded);
    void toggle(const QModelIndex &index);
    // The rendered answer of an entry (built when first opened).
    SafeTextDocument *answer(const QModelIndex &index) const;
    QRect answerRect(const QModelIndex &index) const; // in viewport coordinates
    QRect arrowRect(const QModelIndex &index) const;  // the open/closed arrow, on the leading side
    // The item a link in an opened answer points to at `point` (viewport coordinates).
    QString itemAt(const QPoint &point) const;
    // The item of the link the keyboard is on (Tab), or nothing.
    QString focusedLink() const;
    bool showsAll(const QString &id) const { return m_showAll.contains(id); }
    // True while "Show all" still has pieces to add to an answer.
    bool isAddingPieces() const { return m_step.isActive(); }

signals:
    // After "Show all": one piece of a long answer was added, `characters` of it, laid out in
    // this turn of the event loop.
    void pieceShown(int characters);
    void allShown(); // the last piece is in

protected:
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    bool focusNextPrevChild(bool next) override;
    void currentChanged(const QModelIndex &current, const QModelIndex &previous) override;
    void resizeEvent(QResizeEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    friend class FaqDelegate;
    void clearDocuments();
    int textWidth() const;
    QList<QTextCursor> links(const QModelIndex &index) const; // each selects one link of the answer
    QTextCursor focusedLinkCursor(const QModelIndex &index) const;
    void focusLink(int link);
    QString hrefAt(const QPoint &point) const;
    QString focusedHref() const;
    void showAll(const QModelIndex &index);
    void queueRest(const QString &id); // the rest of an answer whose "Show all" was clicked
    void showNextPiece();
    QSet<QString> m_showAll; // entries whose "Show all" was clicked
    Selection *m_selection;
    QSet<QString> m_expanded;
    mutable QHash<QString, SafeTextDocument *> m_documents;
    QPersistentModelIndex m_linkRow; // the row whose link has the keyboard
    int m_link = -1;
    struct Adding
    {
        QString id; // the entry whose answer it goes to
        TextPieces::Rest rest;
        int at = 0; // the position in its document where the next piece goes
    };
    QList<Adding> m_adding; // answers with pieces still to add, the first being added
    QTimer m_step;
};

} // namespace bv
