// SPDX-License-Identifier: MIT
// The presenter's console: the current stop and the next one as the stage draws them, the
// speaker notes (Markdown shown safely, their size adjustable), the clock and the elapsed
// time, the time on this stop against its budget in a pace colour (green, amber, red) with
// the last rehearsal's time beside it (and the one before, for the trend), a pause, and the list of stops to jump in: by a click,
// by a number and Enter, or by part of a stop's title typed into its field. It follows the
// PresentationState and acts on it; the keys that drive the show are PresentationKeys'.
#pragma once

#include <QVector>
#include <QWidget>

class QBoxLayout;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QTimer;
class QToolButton;

namespace bv {

class PresentationState;
class SafeTextBrowser;
class SafeTextDocument;
class Selection;
class StageView;

class PresenterConsole final : public QWidget
{
    Q_OBJECT
public:
    enum class Pace { None, Green, Amber, Red }; // no budget; within 80 %; within it; over it

    PresenterConsole(Selection *selection, PresentationState *state, QWidget *parent = nullptr);

    StageView *currentView() const { return m_current; }
    StageView *nextView() const { return m_next; }
    SafeTextBrowser *notesView() const { return m_notes; }
    QListWidget *stopList() const { return m_stops; }
    QLineEdit *jumpField() const { return m_jump; }
    QPushButton *pauseButton() const { return m_pause; }
    QPushButton *endButton() const { return m_end; }
    QLabel *paceLabel() const { return m_pace; }
    QLabel *rehearsalLabel() const { return m_rehearsal; }
    QLabel *elapsedLabel() const { return m_elapsed; }
    QLabel *statusLabel() const { return m_status; }
    QLabel *escNotice() const { return m_escNotice; }
    Pace pace() const { return m_paceNow; }
    Pace talkPace() const { return m_talkPaceNow; } // the whole show against its stops' budgets
    static QColor paceColour(Pace pace);
    static Pace paceOf(qint64 spentMs, int budgetSeconds); // budget <= 0: None
    static QString duration(qint64 ms); // "4:05", "1:02:03"

    // The path's rehearsals, newest first, each one's seconds per stop (-1 not timed); none
    // for a path never rehearsed. The last is shown beside the budget ("Last rehearsal:
    // 1:10"), with the one before it where both timed the stop ("Last rehearsal: 1:10, before: 1:25").
    void setRehearsals(const QVector<QVector<int>> &newestFirst);
    int notesPointSize() const { return m_notesPoints; }
    void setNotesPointSize(int points); // 8 to 72
    // The stop the jump field's text leads to (a number from 1, or part of a title), -1 none.
    int jumpTarget() const;
    // Goes to the jump field's stop and empties it; false (the field kept) when none.
    bool commitJump();
    void showEscNotice(bool shown);
    // A line under the header for noticeMs (never on the stage): what a swap of screens did.
    static constexpr int noticeMs = 4000;
    void showNotice(const QString &text);
    QLabel *notice() const { return m_notice; }
    void updateTimes(); // the clock, elapsed time and pace (every quarter second while shown)

signals:
    void endWanted();
    void notesPointSizeChanged(int points);

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QWidget *createHeader();
    QWidget *createNotes();
    QWidget *createStops();
    void retranslate();
    void fillStops();
    void showCurrent();
    void showStatus();
    void showJumpHint();
    void placeRehearsals(); // beside the pace, or under it in a narrow column

    QString stopTitle(int stop) const; // its own, else the item's (or the briefing's) as the stage shows it
    Selection *m_selection;
    PresentationState *m_state;
    StageView *m_current;
    StageView *m_next;
    QLabel *m_position;
    QLabel *m_status;
    QLabel *m_clock;
    QLabel *m_elapsed;
    QPushButton *m_pause;
    QPushButton *m_end;
    QLabel *m_nextTitle;
    QLabel *m_currentTitle;
    QLabel *m_notesTitle;
    SafeTextBrowser *m_notes;
    SafeTextDocument *m_notesDocument;
    QToolButton *m_smaller;
    QToolButton *m_larger;
    QLabel *m_paceCaption;
    QLabel *m_pace;
    QLabel *m_rehearsal;
    QBoxLayout *m_paceBox;
    QLabel *m_stopsTitle;
    QListWidget *m_stops;
    QLineEdit *m_jump;
    QLabel *m_jumpHint;
    QLabel *m_escNotice;
    QLabel *m_notice;
    QTimer *m_noticeTimer;
    QTimer *m_ticker;
    QVector<QVector<int>> m_rehearsals;
    int m_notesPoints = 16;
    Pace m_paceNow = Pace::None;
    bool m_paceShown = false;
    Pace m_talkPaceNow = Pace::None;
    bool m_talkPaceShown = false;
};

} // namespace bv
