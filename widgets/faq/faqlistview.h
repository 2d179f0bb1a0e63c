// SPDX-License-Identifier: MIT
// The FAQ as a list of questions whose answers open in place: click, Enter or Space opens
// and closes; Up/Down move. Answers are safe Markdown; their item links select that item,
// on a click, or by keyboard as in a browser: Tab and Shift+Tab go from link to link of the
// open answer (then on out of the list), Enter follows the link. A long answer shows its
// first part with "Show all" (docs/format.md, "Limits on long text").
#pragma once

#include <QHash>
#include <QListView>
#include <QPersistentModelIndex>
#include <QSet>
#include <QTextCursor>

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
    QSet<QString> m_showAll; // entries whose "Show all" was clicked
    Selection *m_selection;
    QSet<QString> m_expanded;
    mutable QHash<QString, SafeTextDocument *> m_documents;
    QPersistentModelIndex m_linkRow; // the row whose link has the keyboard
    int m_link = -1;
};

} // namespace bv
