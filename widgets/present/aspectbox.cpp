// SPDX-License-Identifier: MIT
#include "present/aspectbox.h"

#include <QResizeEvent>

#include <cmath>

namespace bv {

AspectBox::AspectBox(QWidget *child, QWidget *parent, double ratio)
    : QWidget(parent)
    , m_child(child)
    , m_ratio(ratio)
{
    child->setParent(this);
    QSizePolicy policy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    policy.setHeightForWidth(true);
    setSizePolicy(policy);
}

int AspectBox::heightForWidth(int width) const
{
    return int(std::lround(width / m_ratio));
}

QSize AspectBox::sizeHint() const
{
    return QSize(480, int(std::lround(480 / m_ratio)));
}

QSize AspectBox::minimumSizeHint() const
{
    return QSize(96, int(std::lround(96 / m_ratio)));
}

void AspectBox::resizeEvent(QResizeEvent *event)
{
    const QSize area = event->size();
    int width = area.width();
    int height = int(std::lround(width / m_ratio));
    if (height > area.height()) {
        height = area.height();
        width = int(std::lround(height * m_ratio));
    }
    m_child->setGeometry((area.width() - width) / 2, 0, width, height); // at the top, centred across
    QWidget::resizeEvent(event);
}

} // namespace bv
