// SPDX-License-Identifier: MIT
#include "toolicons.h"

#include <QGuiApplication>
#include <QIconEngine>
#include <QPainter>
#include <QPainterPath>
#include <QPalette>
#include <QPixmap>

namespace bv {

namespace {

class ToolIconEngine final : public QIconEngine
{
public:
    explicit ToolIconEngine(ToolIcon kind) : m_kind(kind) {}

    QIconEngine *clone() const override { return new ToolIconEngine(m_kind); }
    QString key() const override { return QStringLiteral("bv-tool-icon"); }

    QList<QSize> availableSizes(QIcon::Mode, QIcon::State) override
    {
        return {QSize(16, 16), QSize(22, 22), QSize(24, 24), QSize(32, 32), QSize(48, 48)};
    }

    QSize actualSize(const QSize &size, QIcon::Mode, QIcon::State) override
    {
        const int side = std::min(size.width(), size.height());
        return QSize(side, side);
    }

    QPixmap pixmap(const QSize &size, QIcon::Mode mode, QIcon::State state) override
    {
        const QSize actual = actualSize(size, mode, state);
        QPixmap pixmap(actual);
        pixmap.fill(Qt::transparent);
        QPainter painter(&pixmap);
        paint(&painter, QRect(QPoint(0, 0), actual), mode, state);
        return pixmap;
    }

    void paint(QPainter *painter, const QRect &rect, QIcon::Mode mode, QIcon::State) override
    {
        const QPalette palette = QGuiApplication::palette();
        QColor ink = palette.color(mode == QIcon::Disabled ? QPalette::Disabled : QPalette::Active,
                                   QPalette::WindowText);
        if (mode == QIcon::Disabled)
            ink.setAlphaF(ink.alphaF() * 0.6f);
        const qreal side = std::min(rect.width(), rect.height());
        painter->save();
        painter->setRenderHint(QPainter::Antialiasing);
        painter->translate(rect.x() + (rect.width() - side) / 2.0, rect.y() + (rect.height() - side) / 2.0);
        painter->scale(side / 24.0, side / 24.0); // drawn on a 24-unit square
        QPen pen(ink, 2.0, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin);
        painter->setPen(pen);
        painter->setBrush(Qt::NoBrush);
        switch (m_kind) {
        case ToolIcon::Back:
        case ToolIcon::Forward: {
            // Back points left, or right in a right-to-left language, as the style's did.
            const bool rightToLeft = QGuiApplication::layoutDirection() == Qt::RightToLeft;
            if ((m_kind == ToolIcon::Forward) != rightToLeft) {
                painter->translate(24, 0);
                painter->scale(-1, 1);
            }
            painter->drawLine(QPointF(5, 12), QPointF(19, 12));
            QPainterPath head;
            head.moveTo(11, 6);
            head.lineTo(5, 12);
            head.lineTo(11, 18);
            painter->drawPath(head);
            break;
        }
        case ToolIcon::Open: {
            QPainterPath folder; // a folder, its flap open
            folder.moveTo(3, 19);
            folder.lineTo(3, 6);
            folder.lineTo(9, 6);
            folder.lineTo(11, 8);
            folder.lineTo(19, 8);
            folder.lineTo(19, 11);
            painter->drawPath(folder);
            QPainterPath flap;
            flap.moveTo(3, 19);
            flap.lineTo(7, 11);
            flap.lineTo(22, 11);
            flap.lineTo(18, 19);
            flap.closeSubpath();
            painter->drawPath(flap);
            break;
        }
        case ToolIcon::Overview: { // a page with its title and lines
            painter->drawRoundedRect(QRectF(5, 3, 14, 18), 1.5, 1.5);
            painter->drawLine(QPointF(8.5, 8), QPointF(15.5, 8));
            pen.setWidthF(1.5);
            painter->setPen(pen);
            painter->drawLine(QPointF(8.5, 12), QPointF(15.5, 12));
            painter->drawLine(QPointF(8.5, 15), QPointF(15.5, 15));
            painter->drawLine(QPointF(8.5, 18), QPointF(12.5, 18));
            break;
        }
        }
        painter->restore();
    }

private:
    ToolIcon m_kind;
};

} // namespace

QIcon toolIcon(ToolIcon kind)
{
    return QIcon(new ToolIconEngine(kind));
}

} // namespace bv
