// SPDX-License-Identifier: MIT
// File > Export Path…: the path chosen in the window's PathChoice (the one the path editor
// and the show share) written as a PDF or as PNG
// files, each stop as the stage shows it, after a dialog asks for the format, the speaker
// notes (none, below each stop, or a page of their own), the look and the stage's size.
#pragma once

#include <QDialog>
#include <QObject>

class QAction;
class QButtonGroup;
class QComboBox;
class QMainWindow;
class QMenu;

namespace bv {

class PathChoice;
class Selection;

// The dialog's choices.
class PathExportDialog final : public QDialog
{
    Q_OBJECT
public:
    explicit PathExportDialog(const QString &pathTitle, int stops, QWidget *parent = nullptr);
    bool isPdf() const;
    int notes() const;  // PathExport::Notes
    bool isProjector() const;
    QSize stageSize() const;

private:
    QButtonGroup *m_format;
    QComboBox *m_notes;
    QComboBox *m_look;
    QComboBox *m_size;
};

class PathExportActions final : public QObject
{
    Q_OBJECT
public:
    // Adds Export Path… to `fileMenu`, before its last group (Quit).
    PathExportActions(QMainWindow *window, QMenu *fileMenu, Selection *selection, PathChoice *choice);

    QAction *exportAction() const { return m_export; }
    PathChoice *pathChoice() const { return m_choice; }
    // Writes the chosen path to `out` (what the dialog's choices lead to); an empty string,
    // or what went wrong.
    QString exportTo(const QString &out, int notes, bool projector, const QSize &size);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override; // the window's language changed

private:
    void retranslate();
    void update();
    void choose();

    QMainWindow *m_window;
    Selection *m_selection;
    PathChoice *m_choice;
    QAction *m_export;
};

} // namespace bv
