// SPDX-License-Identifier: MIT
#include "present/presenterconsole.h"

#include "common/safemarkdown.h"
#include "content/textlimits.h"
#include "file/briefingdatabase.h"
#include "models/selection.h"
#include "common/safetextbrowser.h"
#include "present/aspectbox.h"
#include "models/presentationstate.h"
#include "present/stagechart.h"
#include "present/stageview.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QSignalBlocker>
#include <QScrollBar>
#include <QSplitter>
#include <QTextCursor>
#include <QTime>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

namespace bv {

namespace {

QLabel *plainLabel(QWidget *parent, const char *name)
{
    auto *label = new QLabel(parent);
    label->setObjectName(QLatin1String(name));
    label->setTextFormat(Qt::PlainText); // titles come from the briefing
    return label;
}

QFont scaled(QFont font, qreal factor, bool bold)
{
    font.setPointSizeF(font.pointSizeF() * factor);
    font.setBold(bold);
    return font;
}

} // namespace

PresenterConsole::PresenterConsole(Selection *selection, PresentationState *state, QWidget *parent)
    : QWidget(parent)
    , m_selection(selection)
    , m_state(state)
    , m_current(new StageView(selection, this))
    , m_next(new StageView(selection, this))
    , m_noticeTimer(new QTimer(this))
    , m_ticker(new QTimer(this))
{
    setObjectName(QStringLiteral("presenterConsole"));
    setMinimumSize(480, 320); // fits a small screen beside the stage; the columns give way
    setFocusPolicy(Qt::StrongFocus); // the keys come to the console itself, not its jump field
    m_current->setObjectName(QStringLiteral("consoleCurrent"));
    m_next->setObjectName(QStringLiteral("consoleNext"));
    // The next stop never makes the stage wait: a chart there is read in the background.
    m_next->chartPage()->setReadsInBackground(true);
    m_currentTitle = plainLabel(this, "consoleCurrentTitle");
    m_nextTitle = plainLabel(this, "consoleNextTitle");
    m_nextTitle->setWordWrap(true);
    m_currentTitle->setWordWrap(true); // a long title wraps rather than widening its column over the notes

    // Two columns, each filled from top to bottom: the current stop as large as the column
    // is wide (16:9) with the speaker notes under it, and the next stop with the list of
    // stops under it. A preview takes the height its width gives it, the notes and the list
    // the rest; the splitter moves the columns' border.
    auto *currentColumn = new QWidget(this);
    currentColumn->setObjectName(QStringLiteral("consoleCurrentColumn"));
    auto *currentLayout = new QVBoxLayout(currentColumn);
    currentLayout->setContentsMargins(0, 0, 0, 0);
    currentLayout->addWidget(m_currentTitle);
    auto *paceRow = new QHBoxLayout;
    m_paceCaption = plainLabel(this, "consolePaceCaption");
    m_pace = plainLabel(this, "consolePace");
    m_pace->setFont(scaled(font(), 1.6, true));
    m_pace->setMargin(4);
    m_pace->setAutoFillBackground(true);
    m_rehearsal = plainLabel(this, "consoleRehearsal");
    m_rehearsal->setFont(scaled(font(), 1.2, false));
    m_rehearsal->setWordWrap(true); // the trend wraps rather than widening the column
    paceRow->addWidget(m_paceCaption);
    paceRow->addWidget(m_pace);
    paceRow->addStretch(1);
    // The rehearsals beside the pace, or under it when the column is too narrow for both.
    m_paceBox = new QBoxLayout(QBoxLayout::LeftToRight);
    m_paceBox->addLayout(paceRow);
    m_paceBox->addWidget(m_rehearsal, 1);
    currentLayout->addLayout(m_paceBox);
    currentColumn->installEventFilter(this);
    currentLayout->addWidget(new AspectBox(m_current, currentColumn));
    currentLayout->addSpacing(6);
    currentLayout->addWidget(createNotes(), 1);

    auto *side = new QWidget(this);
    side->setObjectName(QStringLiteral("consoleSideColumn"));
    auto *sideLayout = new QVBoxLayout(side);
    sideLayout->setContentsMargins(0, 0, 0, 0);
    sideLayout->addWidget(m_nextTitle);
    sideLayout->addWidget(new AspectBox(m_next, side));
    sideLayout->addSpacing(10);
    sideLayout->addWidget(createStops(), 1);

    auto *columns = new QSplitter(Qt::Horizontal, this);
    columns->setObjectName(QStringLiteral("consoleColumns"));
    columns->setChildrenCollapsible(false);
    columns->addWidget(currentColumn);
    columns->addWidget(side);
    columns->setStretchFactor(0, 3);
    columns->setStretchFactor(1, 2);
    currentColumn->setMinimumWidth(240);
    side->setMinimumWidth(200);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(createHeader());
    m_escNotice = plainLabel(this, "consoleEscNotice");
    m_escNotice->setFont(scaled(font(), 1.3, true));
    m_escNotice->setAlignment(Qt::AlignCenter);
    m_escNotice->hide();
    layout->addWidget(m_escNotice);
    m_notice = plainLabel(this, "consoleNotice"); // what a swap of the screens did
    m_notice->setAlignment(Qt::AlignCenter);
    m_notice->hide();
    layout->addWidget(m_notice);
    m_noticeTimer->setSingleShot(true);
    connect(m_noticeTimer, &QTimer::timeout, m_notice, &QWidget::hide);
    layout->addWidget(columns, 1);

    connect(state, &PresentationState::started, this, &PresenterConsole::fillStops);
    connect(state, &PresentationState::currentStopChanged, this, &PresenterConsole::showCurrent);
    connect(state, &PresentationState::shownStopChanged, this, &PresenterConsole::showStatus);
    connect(state, &PresentationState::screenChanged, this, &PresenterConsole::showStatus);
    connect(state, &PresentationState::frozenChanged, this, &PresenterConsole::showStatus);
    connect(state, &PresentationState::pausedChanged, this, &PresenterConsole::showStatus);
    connect(m_ticker, &QTimer::timeout, this, &PresenterConsole::updateTimes);
    m_ticker->start(250);
    retranslate();
    fillStops();
}

QWidget *PresenterConsole::createHeader()
{
    auto *header = new QWidget(this);
    auto *row = new QHBoxLayout(header);
    row->setContentsMargins(0, 0, 0, 0);
    m_position = plainLabel(header, "consolePosition");
    m_position->setFont(scaled(font(), 1.3, true));
    m_status = plainLabel(header, "consoleStatus");
    m_status->setFont(scaled(font(), 1.3, true));
    m_clock = plainLabel(header, "consoleClock");
    m_clock->setFont(scaled(font(), 1.6, false));
    m_elapsed = plainLabel(header, "consoleElapsed");
    m_elapsed->setFont(scaled(font(), 1.6, true));
    m_pause = new QPushButton(header);
    m_pause->setObjectName(QStringLiteral("consolePause"));
    m_pause->setCheckable(true);
    m_pause->setFocusPolicy(Qt::NoFocus); // Space stays the show's
    connect(m_pause, &QPushButton::clicked, m_state, &PresentationState::setPaused);
    m_end = new QPushButton(header);
    m_end->setObjectName(QStringLiteral("consoleEnd"));
    m_end->setFocusPolicy(Qt::NoFocus);
    connect(m_end, &QPushButton::clicked, this, &PresenterConsole::endWanted);
    row->addWidget(m_position);
    row->addSpacing(12);
    row->addWidget(m_status, 1);
    row->addWidget(m_clock);
    row->addSpacing(12);
    row->addWidget(m_elapsed);
    row->addWidget(m_pause);
    row->addWidget(m_end);
    return header;
}

QWidget *PresenterConsole::createNotes()
{
    auto *box = new QWidget(this);
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *row = new QHBoxLayout;
    m_notesTitle = plainLabel(box, "consoleNotesTitle");
    m_smaller = new QToolButton(box);
    m_smaller->setObjectName(QStringLiteral("notesSmaller"));
    m_larger = new QToolButton(box);
    m_larger->setObjectName(QStringLiteral("notesLarger"));
    for (QToolButton *button : {m_smaller, m_larger})
        button->setFocusPolicy(Qt::NoFocus);
    connect(m_smaller, &QToolButton::clicked, this, [this] { setNotesPointSize(m_notesPoints - 2); });
    connect(m_larger, &QToolButton::clicked, this, [this] { setNotesPointSize(m_notesPoints + 2); });
    row->addWidget(m_notesTitle, 1);
    row->addWidget(m_smaller);
    row->addWidget(m_larger);
    layout->addLayout(row);
    m_notes = new SafeTextBrowser(box);
    m_notes->setObjectName(QStringLiteral("consoleNotes"));
    m_notes->setFocusPolicy(Qt::NoFocus);
    m_notesDocument = new SafeTextDocument(m_notes);
    m_notes->setDocument(m_notesDocument);
    layout->addWidget(m_notes, 1);
    setNotesPointSize(m_notesPoints);
    return box;
}

QWidget *PresenterConsole::createStops()
{
    auto *box = new QWidget(this);
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    m_stopsTitle = plainLabel(box, "consoleStopsTitle");
    m_stops = new QListWidget(box);
    m_stops->setObjectName(QStringLiteral("consoleStops"));
    m_stops->setFocusPolicy(Qt::NoFocus);
    m_stops->setWordWrap(true);
    connect(m_stops, &QListWidget::itemClicked, this,
            [this](QListWidgetItem *item) { m_state->jump(m_stops->row(item)); });
    m_jump = new QLineEdit(box);
    m_jump->setObjectName(QStringLiteral("consoleJump"));
    m_jump->setClearButtonEnabled(true);
    connect(m_jump, &QLineEdit::textChanged, this, &PresenterConsole::showJumpHint);
    m_jumpHint = plainLabel(box, "consoleJumpHint");
    m_jumpHint->setWordWrap(true);
    layout->addWidget(m_stopsTitle);
    layout->addWidget(m_stops, 1);
    layout->addWidget(m_jump);
    layout->addWidget(m_jumpHint);
    return box;
}

void PresenterConsole::retranslate()
{
    m_pause->setText(m_state->isPaused() ? tr("Resume") : tr("Pause"));
    m_pause->setToolTip(tr("Stop the clock; it stays stopped while you move between stops"));
    m_end->setText(tr("End Show"));
    m_notesTitle->setText(tr("Speaker notes"));
    m_smaller->setText(tr("A−"));
    m_smaller->setToolTip(tr("Smaller notes"));
    m_larger->setText(tr("A+"));
    m_larger->setToolTip(tr("Larger notes"));
    m_paceCaption->setText(tr("On this stop:"));
    m_stopsTitle->setText(tr("Stops"));
    m_stops->setAccessibleName(m_stopsTitle->text());
    m_notes->setAccessibleName(m_notesTitle->text());
    m_jump->setAccessibleName(tr("Go to stop"));
    m_current->setAccessibleName(tr("Current stop"));
    m_next->setAccessibleName(tr("Next stop"));
    m_jump->setPlaceholderText(tr("Go to: a number or part of a title, then Enter"));
    m_escNotice->setText(tr("Press Esc again to end the show"));
    setWindowTitle(tr("Presenter Console — Briefing Viewer"));
    fillStops();
}

void PresenterConsole::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    if (event->type() == QEvent::PaletteChange)
        m_paceShown = false; // the pace label's colours again from the new palette
    QWidget::changeEvent(event);
}

QString PresenterConsole::stopTitle(int stop) const
{
    const PathStop &shown = m_state->path().stops.at(stop);
    const auto database = m_selection->database();
    if (!shown.title.isEmpty() || !database)
        return shown.title;
    const Briefing &b = database->briefing();
    return shownTitle(shown.kind == PathStop::Kind::Overview ? b.metadata.title : b.title(shown.itemId));
}

void PresenterConsole::fillStops()
{
    const QSignalBlocker quiet(m_stops);
    m_stops->clear();
    const BriefingPath &path = m_state->path();
    for (int i = 0; i < path.stops.size(); ++i) {
        const PathStop &stop = path.stops.at(i);
        QString text = tr("%1. %2").arg(i + 1).arg(stopTitle(i).left(200));
        if (stop.budgetSeconds)
            text += QStringLiteral(" · ") + duration(qint64(*stop.budgetSeconds) * 1000);
        m_stops->addItem(text);
    }
    showCurrent();
}

void PresenterConsole::showCurrent()
{
    const int current = m_state->currentStop();
    const BriefingPath &path = m_state->path();
    const bool any = current >= 0 && current < path.stops.size();
    if (any) {
        const PathStop &stop = path.stops.at(current);
        m_current->setStop(stop);
        m_notesDocument->setSafeMarkdown(stop.notes);
        m_notes->moveCursor(QTextCursor::Start); // a stop's notes are read from their beginning
        m_notes->verticalScrollBar()->setValue(0);
        m_currentTitle->setText(tr("Now: %1").arg(stopTitle(current).left(200)));
        m_position->setText(tr("Stop %1 of %2").arg(current + 1).arg(path.stops.size()));
        const QSignalBlocker quiet(m_stops);
        m_stops->setCurrentRow(current);
        m_stops->scrollToItem(m_stops->currentItem());
    } else {
        m_notesDocument->setSafeMarkdown(QString());
        m_currentTitle->clear();
        m_position->clear();
    }
    const int next = m_state->nextStop();
    m_next->parentWidget()->setVisible(next >= 0);
    if (next >= 0) {
        m_next->setStop(path.stops.at(next));
        m_nextTitle->setText(tr("Next: %1").arg(stopTitle(next).left(200)));
    } else {
        m_nextTitle->setText(tr("Next: the end of the path"));
    }
    showStatus();
    updateTimes();
}

void PresenterConsole::showStatus()
{
    QStringList status;
    if (m_state->screen() == PresentationState::Screen::Black)
        status << tr("Black screen");
    else if (m_state->screen() == PresentationState::Screen::White)
        status << tr("White screen");
    if (m_state->isFrozen())
        status << tr("Frozen: the audience sees stop %1").arg(m_state->shownStop() + 1);
    if (m_state->isPaused())
        status << tr("Paused");
    if (m_state->isRehearsing())
        status << tr("Rehearsing");
    m_status->setText(status.join(QStringLiteral(" · ")));
    const QSignalBlocker quiet(m_pause);
    m_pause->setChecked(m_state->isPaused());
    m_pause->setText(m_state->isPaused() ? tr("Resume") : tr("Pause"));
}

bool PresenterConsole::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::Resize && watched == m_rehearsal->parentWidget())
        placeRehearsals(); // the current stop's column, resized with the console or its splitter
    return QWidget::eventFilter(watched, event);
}

void PresenterConsole::setNotesPointSize(int points)
{
    points = std::clamp(points, 8, 72);
    const bool changed = points != m_notesPoints;
    m_notesPoints = points;
    QFont notesFont = m_notesDocument->defaultFont();
    notesFont.setPointSize(points);
    m_notesDocument->setDefaultFont(notesFont);
    m_smaller->setEnabled(points > 8);
    m_larger->setEnabled(points < 72);
    if (changed)
        emit notesPointSizeChanged(points);
}

int PresenterConsole::jumpTarget() const
{
    const QString text = m_jump->text().trimmed();
    if (text.isEmpty())
        return -1;
    bool number = false;
    const int n = text.toInt(&number);
    if (number)
        return n >= 1 && n <= m_state->stopCount() ? n - 1 : -1;
    const QVector<int> named = m_state->stopsNamed(text);
    if (named.isEmpty())
        return -1;
    const auto after = std::find_if(named.cbegin(), named.cend(), [this](int stop) { return stop > m_state->currentStop(); });
    return after != named.cend() ? *after : named.first();
}

bool PresenterConsole::commitJump()
{
    const int target = jumpTarget();
    if (target < 0)
        return false;
    m_jump->clear();
    m_state->jump(target);
    return true;
}

void PresenterConsole::showJumpHint()
{
    if (m_jump->text().trimmed().isEmpty()) {
        m_jumpHint->clear();
        return;
    }
    const int target = jumpTarget();
    m_jumpHint->setText(target < 0 ? tr("No stop matches")
                                   : tr("Enter goes to %1. %2").arg(target + 1).arg(stopTitle(target).left(200)));
}

void PresenterConsole::showEscNotice(bool shown)
{
    m_escNotice->setVisible(shown);
}

void PresenterConsole::showNotice(const QString &text)
{
    m_notice->setText(text);
    m_notice->show();
    m_noticeTimer->start(noticeMs);
}

} // namespace bv
