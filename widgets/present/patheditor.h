// SPDX-License-Identifier: MIT
// The path editor (a dock): which path to present, chosen from the briefing's default path,
// the paths its author wrote into it and the user's own (from the library); its stops as a
// list with pictures, in an order changed by dragging or by Alt+Up and Alt+Down; the current
// stop's title, speaker notes (Markdown) and time budget, and what it shows (StopFields:
// the period, the highlight, the lanes, the scenarios compared). New, Duplicate, Rename, Delete,
// Export… and Import… act on the user's paths. The default path and the author's are shown
// and never changed (a briefing file is never written): the editor says so and offers to
// duplicate one into a path of the user's. Every change is saved to the user's library at
// once (typing, after a short pause), one transaction each, and made PathChoice's path; the
// stop chosen in the list is PathChoice's current stop. Talks to no other view.
#pragma once

#include "content/briefingpath.h"

#include <QPointer>
#include <QWidget>

class QAction;
class QComboBox;
class QLabel;
class QLineEdit;
class QListView;
class QMenu;
class QMessageBox;
class QPlainTextEdit;
class QPushButton;
class QSplitter;
class QTimer;
class QToolButton;

namespace bv {

class BudgetSpinBox;
class PathChoice;
class PathStopsModel;
class Selection;
class StopFields;
class StopThumbnails;
class ThemeState;
class UserLibrary;

class PathEditor final : public QWidget
{
    Q_OBJECT
public:
    PathEditor(Selection *selection, PathChoice *choice, UserLibrary *library, QWidget *parent = nullptr);
    ~PathEditor() override;

    static constexpr int saveDelayMs = 400; // after the last key typed in a title or the notes

    QComboBox *chooser() const { return m_chooser; }
    QListView *stopList() const { return m_list; }
    QLineEdit *titleEdit() const { return m_title; }
    QPlainTextEdit *notesEdit() const { return m_notes; }
    BudgetSpinBox *budgetEdit() const { return m_budget; }
    StopFields *stopFields() const { return m_stopFields; }
    QLabel *readOnlyNotice() const { return m_notice; }
    QPushButton *duplicateButton() const { return m_duplicateButton; }
    QLabel *statusLabel() const { return m_status; }
    QToolButton *pathMenuButton() const { return m_menuButton; }
    PathStopsModel *model() const { return m_model; }
    StopThumbnails *thumbnails() const { return m_thumbnails; }
    QAction *newAction() const { return m_new; }
    QAction *duplicateAction() const { return m_duplicate; }
    QAction *renameAction() const { return m_rename; }
    QAction *deleteAction() const { return m_delete; }
    QAction *exportAction() const { return m_export; }
    QAction *importAction() const { return m_import; }
    QAction *deleteStopAction() const { return m_deleteStop; }
    QAction *moveUpAction() const { return m_moveUp; }
    QAction *moveDownAction() const { return m_moveDown; }
    // The message shown last (in the status line, or a message box), for tests.
    QString lastMessage() const { return m_lastMessage; }
    QMessageBox *messageBox() const; // while one is shown
    // The stops' pictures in the stage's look as the user chose it (normal or projector),
    // following its changes.
    void followStageLook(const ThemeState *theme);

    // True when the chosen path is one of the user's, which may be changed.
    bool isEditable() const;
    bool hasUnsavedChanges() const;

    // The commands, after their dialogs (which ask for a title, a file, a confirmation):
    // each says what went wrong in the status line and returns false.
    bool newPath(const QString &title);
    // The chosen path (the default, an author's, or one of the user's) copied into a new path
    // of the user's, which becomes the chosen one.
    bool duplicatePath();
    bool renamePath(const QString &title);
    bool deletePath(); // the chosen one, when it is the user's; the briefing's first path is chosen
    bool deleteStop(int row);
    bool moveStop(int row, int by); // by -1 (up) or +1 (down)
    // Writes the chosen path to `file` as JSON (PathExchange); empty, or what went wrong.
    QString exportTo(const QString &file);
    // Reads a path from `file` into the user's paths and chooses it; false (the message says
    // which file and what is wrong) when it is refused.
    bool importFrom(const QString &file);
    // Saves what is being typed now.
    void saveNow();

protected:
    void changeEvent(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void hideEvent(QHideEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override; // keys refused on a read-only path

private:
    void createActions();
    void createLayout();
    void retranslate();
    void refreshChooser();
    void choose(int index);
    void followChoice();
    void followCurrentStop(int stop);
    void currentRowChanged();
    void loadFields();
    void modelEdited();
    void updateActions();
    void say(const QString &message, bool box = false);
    void askNewPath();
    void askRename();
    void askDelete();
    void askExport();
    void askImport();
    void askDeleteStop();
    bool choosePath(const BriefingPath &path); // saved first when new; becomes PathChoice's
    int currentRow() const;

    Selection *m_selection;
    PathChoice *m_choice;
    UserLibrary *m_library;
    PathStopsModel *m_model;
    StopThumbnails *m_thumbnails;
    QComboBox *m_chooser;
    QToolButton *m_menuButton;
    QMenu *m_menu;
    QLabel *m_notice;
    QPushButton *m_duplicateButton;
    QListView *m_list;
    QToolButton *m_upButton, *m_downButton, *m_deleteStopButton;
    QLabel *m_titleLabel, *m_budgetLabel, *m_notesLabel, *m_pathLabel;
    QLineEdit *m_title;
    BudgetSpinBox *m_budget;
    QPlainTextEdit *m_notes;
    StopFields *m_stopFields; // the period, highlight, lanes or scenarios of the stop
    QLabel *m_status;
    QSplitter *m_splitter = nullptr; // the stops and the fields: side by side when wide
    QTimer *m_saveTimer;
    QAction *m_new, *m_duplicate, *m_rename, *m_delete, *m_export, *m_import;
    QAction *m_deleteStop, *m_moveUp, *m_moveDown;
    QPointer<QMessageBox> m_box;
    QString m_lastMessage;
    QString m_editedBriefing; // the briefing whose path has unsaved changes
    bool m_pending = false;   // changes not yet saved
    bool m_loading = false;   // the fields are being filled from the model
    bool m_applying = false;  // this editor is setting PathChoice
    bool m_typing = false;    // the change comes from typing in a title or the notes
};

} // namespace bv
