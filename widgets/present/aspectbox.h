// SPDX-License-Identifier: MIT
// Holds one widget at a fixed aspect ratio (the stage's 16:9 by default), as large as fits, at the
// top and centred across: the console's small stages are laid out as the audience's screen is, not squeezed
// into whatever shape the console's columns have. In a layout it asks for the height its width
// gives (height for width), so that a column fills under it.
#pragma once

#include <QWidget>

namespace bv {

class AspectBox final : public QWidget
{
    Q_OBJECT
public:
    AspectBox(QWidget *child, QWidget *parent = nullptr, double ratio = 16.0 / 9.0);
    QWidget *child() const { return m_child; }
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;
    // As high as its width allows at its ratio: in a column, the rest of the height goes to
    // the widgets under it.
    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override;

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    QWidget *m_child;
    double m_ratio;
};

} // namespace bv
