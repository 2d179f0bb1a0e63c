// SPDX-License-Identifier: MIT
#include "present/audiencewindow.h"

#include "models/presentationstate.h"

#include <QEvent>
#include <QApplication>
#include <QStackedWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace bv {

AudienceWindow::AudienceWindow(Selection *selection, PresentationState *state, QWidget *parent)
    : QWidget(parent)
    , m_state(state)
    , m_pages(new QStackedWidget(this))
    , m_stage(new StageView(selection, m_pages))
    , m_blank(new QWidget(m_pages))
    , m_pointerTimer(new QTimer(this))
{
    setObjectName(QStringLiteral("audienceWindow"));
    m_blank->setObjectName(QStringLiteral("audienceBlank"));
    m_blank->setAutoFillBackground(true);
    m_pages->addWidget(m_stage);
    m_pages->addWidget(m_blank);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_pages);
    setFocusPolicy(Qt::StrongFocus); // the keys come here when the stage is in front
    connect(state, &PresentationState::shownStopChanged, this, &AudienceWindow::showStop);
    connect(state, &PresentationState::started, this, &AudienceWindow::showStop);
    connect(state, &PresentationState::screenChanged, this, &AudienceWindow::showScreen);
    showStop();
    showScreen();
    retranslate();
    m_pointerTimer->setSingleShot(true);
    m_pointerTimer->setInterval(pointerHideMs);
    connect(m_pointerTimer, &QTimer::timeout, this, [this] { setCursor(Qt::BlankCursor); });
    setMouseTracking(true);
    m_stage->setMouseTracking(true);
    m_blank->setMouseTracking(true);
    qApp->installEventFilter(this); // a move over any part of the stage
    m_pointerTimer->start();
}

bool AudienceWindow::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::MouseMove && watched->isWidgetType()
        && static_cast<QWidget *>(watched)->window() == this) {
        if (cursor().shape() == Qt::BlankCursor)
            unsetCursor();
        m_pointerTimer->start();
    }
    return QWidget::eventFilter(watched, event);
}

void AudienceWindow::showStop()
{
    const int stop = m_state->shownStop();
    if (stop >= 0 && stop < m_state->stopCount())
        m_stage->setStop(m_state->path().stops.at(stop));
}

void AudienceWindow::showScreen()
{
    const auto screen = m_state->screen();
    if (screen == PresentationState::Screen::Stop) {
        m_pages->setCurrentWidget(m_stage);
        return;
    }
    QPalette palette = m_blank->palette();
    palette.setColor(QPalette::Window, screen == PresentationState::Screen::Black ? Qt::black : Qt::white);
    m_blank->setPalette(palette);
    m_pages->setCurrentWidget(m_blank);
}

bool AudienceWindow::isBlank() const
{
    return m_pages->currentWidget() == m_blank;
}

QColor AudienceWindow::blankColour() const
{
    return isBlank() ? m_blank->palette().color(QPalette::Window) : QColor();
}

void AudienceWindow::retranslate()
{
    setWindowTitle(tr("Audience — Briefing Viewer"));
}

void AudienceWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace bv
