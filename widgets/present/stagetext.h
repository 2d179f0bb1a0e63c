// SPDX-License-Identifier: MIT
// Text on the stage: a card's kind, heading, labelled fields and paragraphs (plain or safe
// Markdown), laid out at the stage's sizes and drawn as text (vector in a PDF). Text that
// does not fit is set smaller, down to half the size, and what still does not fit is cut
// (or, paged, continued on further pages).
#pragma once

#include "present/stagestyle.h"

#include <QVector>
#include <QWidget>

#include <memory>

namespace bv {

class SafeTextDocument;

class StageText final : public QWidget
{
    Q_OBJECT
public:
    struct Block
    {
        enum class Role {
            Kind,     // "Guarantee": small, muted
            Heading,  // an item's title
            Field,    // "Label: value"
            Body,     // a paragraph of plain text
            Markdown, // a paragraph of Markdown (safe: no HTML, images or outside links)
            Message,  // a notice in place of the stop (the item is gone)
        };
        Role role = Role::Body;
        QString text;
        QString label; // Field only
    };

    explicit StageText(QWidget *parent = nullptr);
    ~StageText() override;

    void setBlocks(const QVector<Block> &blocks);
    const QVector<Block> &blocks() const { return m_blocks; }
    void setStageStyle(const StageStyle &style);
    // The size the text was set at to fit (1: the stage's own, down to 0.5), and whether
    // some of it is still cut.
    qreal fitFactor() const { return m_factor; }
    bool isCut() const { return m_cut; }
    // Paged text (a PDF's pages of speaker notes): set smaller down to `smallest` of the
    // stage's size only, and what still does not fit goes on further pages of this size,
    // never cut (lines are not split between pages). setPage() chooses the page painted.
    void setPaged(bool paged, qreal smallest = 0.8);
    bool isPaged() const { return m_paged; }
    int pageCount() const { return m_pageCount; }
    int page() const { return m_page; }
    void setPage(int page);
    int bodyPixelSize() const;
    QString plainText() const;

    // Characters of one text a card lays out (the rest would never fit a screen anyway).
    static constexpr int maximumChars = 4000;

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void relayout();
    QString html(qreal factor) const;

    QVector<Block> m_blocks;
    StageStyle m_style;
    std::unique_ptr<SafeTextDocument> m_document;
    qreal m_factor = 1;
    qreal m_smallest = 0.5;
    bool m_cut = false;
    bool m_paged = false;
    int m_pageCount = 1;
    int m_page = 0;
};

} // namespace bv
