// SPDX-License-Identifier: MIT
// The path editor's commands on whole paths: new, duplicate, rename, delete, export and
// import (the layout and the stops are in patheditor.cpp).
#include "present/patheditor.h"

#include "common/safefilename.h"
#include "file/briefingdatabase.h"
#include "library/pathexchange.h"
#include "library/userlibrary.h"
#include "models/pathchoice.h"
#include "models/pathstopsmodel.h"
#include "models/selection.h"

#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QInputDialog>
#include <QLabel>
#include <QListView>
#include <QMessageBox>
#include <QPushButton>
#include <QSaveFile>
#include <QTimer>

namespace bv {

QMessageBox *PathEditor::messageBox() const
{
    return m_box;
}

void PathEditor::say(const QString &message, bool box)
{
    m_lastMessage = message;
    m_status->setText(message);
    if (!box)
        return;
    if (m_box)
        m_box->close();
    m_box = new QMessageBox(QMessageBox::Warning, tr("Path Editor"), message, QMessageBox::Ok, this);
    m_box->setObjectName(QStringLiteral("pathEditorMessage"));
    m_box->setTextFormat(Qt::PlainText); // file names and titles come from anywhere
    m_box->setAttribute(Qt::WA_DeleteOnClose);
    m_box->open();
}

bool PathEditor::newPath(const QString &title)
{
    if (!m_selection->database())
        return false;
    BriefingPath path;
    path.title = title.trimmed().left(BriefingPath::maxTitleLength);
    path.origin = BriefingPath::Origin::User;
    saveNow();
    if (!m_library->savePath(&path)) {
        say(tr("The path was not made: %1").arg(m_library->store().problem()), true);
        return false;
    }
    choosePath(path);
    say(tr("“%1” is one of your paths now. Add stops with Presentation > Add This View as a Stop.").arg(path.title));
    return true;
}

bool PathEditor::duplicatePath()
{
    if (!m_selection->database())
        return false;
    saveNow();
    BriefingPath copy = m_choice->path();
    const QString title = copy.title.isEmpty() ? copy.id : copy.title;
    copy.id.clear();
    copy.origin = BriefingPath::Origin::User;
    copy.title = tr("%1 (my copy)").arg(title).left(BriefingPath::maxTitleLength);
    const int stop = m_choice->currentStop();
    if (!m_library->savePath(&copy)) {
        say(tr("The path was not duplicated: %1").arg(m_library->store().problem()), true);
        return false;
    }
    choosePath(copy);
    m_choice->setCurrentStop(stop); // where the user was in the original
    say(tr("“%1” is your own copy: change it as you like.").arg(copy.title));
    return true;
}

bool PathEditor::renamePath(const QString &title)
{
    const QString trimmed = title.trimmed();
    if (!isEditable() || trimmed.isEmpty())
        return false;
    saveNow();
    BriefingPath path = m_choice->path();
    path.title = trimmed.left(BriefingPath::maxTitleLength);
    if (!m_library->savePath(&path)) {
        say(tr("The path was not renamed: %1").arg(m_library->store().problem()), true);
        return false;
    }
    m_applying = true;
    m_choice->setPath(path);
    m_applying = false;
    m_model->setPath(path);
    refreshChooser();
    say(tr("Renamed “%1”.").arg(path.title));
    return true;
}

bool PathEditor::deletePath()
{
    if (!isEditable())
        return false;
    m_saveTimer->stop();
    m_pending = false; // what was typed goes with the path
    const BriefingPath path = m_choice->path();
    if (!m_library->deletePath(path.id)) {
        say(tr("The path was not deleted: %1").arg(m_library->store().problem()), true);
        return false;
    }
    m_choice->reset(); // the briefing's first path, else its default one
    say(tr("Deleted “%1”.").arg(path.title));
    return true;
}

QString PathEditor::exportTo(const QString &file)
{
    saveNow();
    const BriefingPath &path = m_choice->path();
    if (!m_selection->database() || path.stops.isEmpty())
        return tr("There is no path with stops to export.");
    QSaveFile out(file);
    if (!out.open(QIODevice::WriteOnly) || out.write(PathExchange::toJson(*m_library, path)) < 0 || !out.commit()) {
        const QString problem = tr("Could not write “%1”: %2. Choose a folder you can write to.")
                                    .arg(QDir::toNativeSeparators(file), out.errorString());
        say(problem, true);
        return problem;
    }
    say(tr("Wrote “%1” to %2.").arg(path.title, QDir::toNativeSeparators(file)));
    return {};
}

bool PathEditor::importFrom(const QString &file)
{
    saveNow();
    const QString name = QFileInfo(file).fileName();
    QFile in(file);
    if (!in.open(QIODevice::ReadOnly)) {
        say(tr("Could not read “%1”: %2.").arg(QDir::toNativeSeparators(file), in.errorString()), true);
        return false;
    }
    if (in.size() > PathExchange::maxFileBytes) {
        say(tr("“%1” was not imported: it is larger than a path can be (%2 MB at most).")
                .arg(name)
                .arg(PathExchange::maxFileBytes / (1024 * 1024)),
            true);
        return false;
    }
    const PathExchange::ImportResult result = PathExchange::importJson(*m_library, in.readAll(), name);
    if (!result.ok()) {
        say(result.problem, true);
        return false;
    }
    choosePath(result.path);
    if (result.outcome == PathExchange::ImportResult::Outcome::AlreadyThere) {
        say(tr("You have this path already: “%1”.").arg(result.path.title));
    } else if (!result.warnings.isEmpty()) {
        say(tr("Imported “%1”. The open briefing cannot show all of it (the stops are kept as written):\n%2")
                .arg(result.path.title, result.warnings.join(QLatin1Char('\n'))),
            true);
    } else {
        say(tr("Imported “%1” into your paths.").arg(result.path.title));
    }
    return true;
}

void PathEditor::askNewPath()
{
    auto *dialog = new QInputDialog(this);
    dialog->setObjectName(QStringLiteral("newPathDialog"));
    dialog->setWindowTitle(tr("New Path"));
    dialog->setLabelText(tr("Title of the new path:"));
    dialog->setTextValue(tr("My path"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QInputDialog::textValueSelected, this, [this](const QString &title) {
        if (!title.trimmed().isEmpty())
            newPath(title);
    });
    dialog->open();
}

void PathEditor::askRename()
{
    if (!isEditable())
        return;
    auto *dialog = new QInputDialog(this);
    dialog->setObjectName(QStringLiteral("renamePathDialog"));
    dialog->setWindowTitle(tr("Rename Path"));
    dialog->setLabelText(tr("New title of the path:"));
    dialog->setTextValue(m_choice->path().title);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QInputDialog::textValueSelected, this, [this](const QString &title) { renamePath(title); });
    dialog->open();
}

void PathEditor::askDelete()
{
    if (!isEditable())
        return;
    const BriefingPath &path = m_choice->path();
    auto *box = new QMessageBox(QMessageBox::Question, tr("Delete Path"),
                                tr("Delete your path “%1” with its %n stop(s), its speaker notes and rehearsals? "
                                   "This cannot be undone.", nullptr, int(path.stops.size()))
                                    .arg(path.title),
                                QMessageBox::NoButton, this);
    box->setObjectName(QStringLiteral("deletePathQuestion"));
    box->setTextFormat(Qt::PlainText);
    QPushButton *remove = box->addButton(tr("Delete"), QMessageBox::DestructiveRole);
    remove->setObjectName(QStringLiteral("confirmDelete"));
    box->addButton(QMessageBox::Cancel);
    box->setDefaultButton(QMessageBox::Cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    const QString id = path.id;
    connect(box, &QMessageBox::buttonClicked, this, [this, remove, id](QAbstractButton *button) {
        if (button == remove && m_choice->path().id == id)
            deletePath();
    });
    m_box = box;
    box->open();
}

void PathEditor::askExport()
{
    const BriefingPath &path = m_choice->path();
    if (path.stops.isEmpty())
        return;
    const QString proposed = safeFileName(path.title.isEmpty() ? path.id : path.title, QStringLiteral(".json"),
                                          QStringLiteral("path"));
    QString file = QFileDialog::getSaveFileName(this, tr("Export Path"), proposed, tr("Briefing paths (*.json)"));
    if (file.isEmpty())
        return;
    if (!file.endsWith(QLatin1String(".json"), Qt::CaseInsensitive))
        file += QLatin1String(".json");
    exportTo(file);
}

void PathEditor::askImport()
{
    const QString file = QFileDialog::getOpenFileName(this, tr("Import Path"), QString(),
                                                      tr("Briefing paths (*.json);;All files (*)"));
    if (!file.isEmpty())
        importFrom(file);
}

void PathEditor::askDeleteStop()
{
    const int row = m_list->currentIndex().row();
    if (!isEditable() || row < 0)
        return;
    const PathStop stop = m_model->stop(row);
    if (stop.notes.trimmed().isEmpty()) {
        deleteStop(row); // nothing typed is lost
        return;
    }
    auto *box = new QMessageBox(QMessageBox::Question, tr("Delete Stop"),
                                tr("Delete the stop “%1” and its speaker notes? This cannot be undone.").arg(stop.title),
                                QMessageBox::NoButton, this);
    box->setObjectName(QStringLiteral("deleteStopQuestion"));
    box->setTextFormat(Qt::PlainText);
    QPushButton *remove = box->addButton(tr("Delete"), QMessageBox::DestructiveRole);
    remove->setObjectName(QStringLiteral("confirmDelete"));
    box->addButton(QMessageBox::Cancel);
    box->setDefaultButton(QMessageBox::Cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::buttonClicked, this, [this, remove, row, stop](QAbstractButton *button) {
        if (button == remove && m_model->stop(row) == stop)
            deleteStop(row);
    });
    m_box = box;
    box->open();
}

} // namespace bv
