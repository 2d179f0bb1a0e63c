// SPDX-License-Identifier: MIT
// The FAQ as a list of questions whose answers open in place: click, Enter or Space opens
// and closes; Up/Down move. Answers are safe Markdown; their item links select that item.
#pragma once

#include <QHash>
#include <QListView>
#include <QSet>

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

protected:
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    friend class FaqDelegate;
    void clearDocuments();
    int textWidth() const;
    Selection *m_selection;
    QSet<QString> m_expanded;
    mutable QHash<QString, SafeTextDocument *> m_documents;
};

} // namespace bv
