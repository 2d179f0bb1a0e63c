// SPDX-License-Identifier: MIT
// What the hostile-text tests share (tst_hostiletext, tst_hostilefaq): SQL that makes long text
// in SQLite (the test holds no copy), where a link is in a laid-out document, a frame counter.
#pragma once

#include <QPointF>
#include <QString>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextLayout>
#include <QWidget>

namespace bv::test {

// SQL for `count` copies of `unit` (SQLite makes the text: the test holds no copy).
inline QString repeated(const QString &unit, qint64 count)
{
    return QStringLiteral("replace(hex(zeroblob(%1)), '00', '%2')").arg(count).arg(QString(unit).replace(QLatin1Char('\''), QStringLiteral("''")));
}

// The first character position of the link to `href` in `document`, or -1.
inline int linkPosition(const QTextDocument *document, const QString &href)
{
    for (QTextBlock block = document->begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            if (it.fragment().charFormat().isAnchor() && it.fragment().charFormat().anchorHref() == href)
                return it.fragment().position() + 1;
        }
    }
    return -1;
}

// Where the character at `position` of a laid-out document is drawn, in document coordinates.
inline QPointF pointOf(const QTextDocument *document, int position)
{
    const QTextBlock block = document->findBlock(position);
    const QTextLayout *layout = block.layout();
    const int within = position - block.position();
    const QTextLine line = layout->lineForTextPosition(within);
    if (!line.isValid())
        return {-1, -1};
    return layout->position() + QPointF(line.cursorToX(within) + 1, line.y() + line.height() / 2);
}

// Paints when asked: a frame of the window, as an animation would ask for.
class FrameCounter final : public QWidget
{
public:
    int frames = 0;

protected:
    void paintEvent(QPaintEvent *) override { ++frames; }
};

} // namespace bv::test
