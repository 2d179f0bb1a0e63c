// SPDX-License-Identifier: MIT
// The choice of path, the stops and their fields. The widgets' layout and texts are in
// patheditorlayout.cpp, the commands on whole paths (new, duplicate, rename, delete, export,
// import) in patheditorpaths.cpp.
#include "present/patheditor.h"

#include "file/briefingdatabase.h"
#include "library/userlibrary.h"
#include "models/pathchoice.h"
#include "models/pathstopsmodel.h"
#include "models/selection.h"
#include "models/themestate.h"
#include "present/budgetspinbox.h"
#include "present/pathstopdelegate.h"
#include "present/stageview.h"
#include "present/stopfields.h"
#include "present/stopthumbnails.h"

#include <QAction>
#include <QComboBox>
#include <QEvent>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMenu>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTimer>
#include <QToolButton>

namespace bv {

namespace {

constexpr int originRole = Qt::UserRole + 1;
constexpr int idRole = Qt::UserRole + 2;

} // namespace

PathEditor::PathEditor(Selection *selection, PathChoice *choice, UserLibrary *library, QWidget *parent)
    : QWidget(parent)
    , m_selection(selection)
    , m_choice(choice)
    , m_library(library)
    , m_model(new PathStopsModel(this))
    , m_thumbnails(new StopThumbnails(selection, QSize(112, 63), this))
    , m_chooser(new QComboBox(this))
    , m_menuButton(new QToolButton(this))
    , m_menu(new QMenu(this))
    , m_notice(new QLabel(this))
    , m_duplicateButton(new QPushButton(this))
    , m_list(new QListView(this))
    , m_upButton(new QToolButton(this))
    , m_downButton(new QToolButton(this))
    , m_deleteStopButton(new QToolButton(this))
    , m_titleLabel(new QLabel(this))
    , m_budgetLabel(new QLabel(this))
    , m_notesLabel(new QLabel(this))
    , m_pathLabel(new QLabel(this))
    , m_title(new QLineEdit(this))
    , m_budget(new BudgetSpinBox(this))
    , m_notes(new QPlainTextEdit(this))
    , m_stopFields(new StopFields(selection, this))
    , m_status(new QLabel(this))
    , m_saveTimer(new QTimer(this))
{
    setObjectName(QStringLiteral("pathEditor"));
    createActions();
    createLayout();
    m_saveTimer->setSingleShot(true);
    m_saveTimer->setInterval(saveDelayMs);
    connect(m_saveTimer, &QTimer::timeout, this, &PathEditor::saveNow);

    connect(m_chooser, &QComboBox::activated, this, &PathEditor::choose);
    connect(m_choice, &PathChoice::pathChanged, this, &PathEditor::followChoice);
    connect(m_choice, &PathChoice::currentStopChanged, this, &PathEditor::followCurrentStop);
    connect(m_library, &UserLibrary::pathsChanged, this, &PathEditor::refreshChooser);
    connect(m_selection, &Selection::databaseChanged, this, &PathEditor::refreshChooser);
    connect(m_list->selectionModel(), &QItemSelectionModel::currentChanged, this, &PathEditor::currentRowChanged);
    connect(m_model, &PathStopsModel::edited, this, &PathEditor::modelEdited);
    connect(m_model, &QAbstractItemModel::dataChanged, this, [this](const QModelIndex &from, const QModelIndex &to) {
        const int row = currentRow();
        if (row >= from.row() && row <= to.row())
            loadFields(); // the title edited in the list
    });
    connect(m_model, &QAbstractItemModel::modelReset, this, &PathEditor::loadFields);
    connect(m_model, &QAbstractItemModel::modelReset, m_thumbnails, &StopThumbnails::forgetPending);
    connect(m_thumbnails, &StopThumbnails::ready, m_list->viewport(), qOverload<>(&QWidget::update));

    connect(m_title, &QLineEdit::textEdited, this, [this](const QString &text) {
        m_typing = true;
        const bool set = m_model->setData(m_model->index(currentRow()), text, PathStopsModel::TitleRole);
        m_typing = false;
        if (!set)
            loadFields();
    });
    connect(m_title, &QLineEdit::editingFinished, this, &PathEditor::saveNow);
    connect(m_notes, &QPlainTextEdit::textChanged, this, [this] {
        if (m_loading)
            return;
        m_typing = true;
        const bool set = m_model->setData(m_model->index(currentRow()), m_notes->toPlainText(), PathStopsModel::NotesRole);
        m_typing = false;
        if (!set)
            loadFields();
    });
    connect(m_budget, qOverload<int>(&QSpinBox::valueChanged), this, [this](int seconds) {
        if (m_loading)
            return;
        const QVariant value = seconds > 0 ? QVariant(seconds) : QVariant();
        if (!m_model->setData(m_model->index(currentRow()), value, PathStopsModel::BudgetRole))
            loadFields();
    });
    connect(m_stopFields, &StopFields::edited, this, [this](const PathStop &fields) {
        // What the fields show, over the stop as it is now (its title may be being typed).
        const int row = currentRow();
        PathStop stop = m_model->stop(row);
        stop.from = fields.from;
        stop.to = fields.to;
        stop.highlightId = fields.highlightId;
        stop.itemIds = fields.itemIds;
        stop.lanesByActor = fields.lanesByActor;
        if (!m_model->setStop(row, stop))
            loadFields();
    });
    connect(m_stopFields, &StopFields::problem, this, [this](const QString &message) { say(message); });
    retranslate();
    refreshChooser();
    followChoice();
}

void PathEditor::followStageLook(const ThemeState *theme)
{
    auto apply = [this, theme] {
        m_thumbnails->setLook(theme->stageLook() == ThemeState::StageLook::Projector ? StageView::Look::Projector
                                                                                     : StageView::Look::Normal);
    };
    connect(theme, &ThemeState::stageLookChanged, this, apply);
    apply();
}

PathEditor::~PathEditor()
{
    saveNow();
}

void PathEditor::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    else if (event->type() == QEvent::PaletteChange || event->type() == QEvent::FontChange)
        m_thumbnails->clear(); // the normal look follows the palette
    QWidget::changeEvent(event);
}

bool PathEditor::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_notes && event->type() == QEvent::FocusOut)
        saveNow(); // the notes are left: what was typed is kept now
    if (watched == m_list && event->type() == QEvent::KeyPress && !isEditable() && m_selection->database()) {
        const auto *key = static_cast<QKeyEvent *>(event);
        const bool move = key->modifiers() == Qt::AltModifier && (key->key() == Qt::Key_Up || key->key() == Qt::Key_Down);
        if (move || key->matches(QKeySequence::Delete)) {
            say(m_notice->text());
            return true; // not a move of the current row either
        }
    }
    return QWidget::eventFilter(watched, event);
}

void PathEditor::hideEvent(QHideEvent *event)
{
    saveNow();
    QWidget::hideEvent(event);
}

bool PathEditor::isEditable() const
{
    return m_choice->path().origin == BriefingPath::Origin::User && m_selection->database();
}

bool PathEditor::hasUnsavedChanges() const
{
    return m_pending;
}

int PathEditor::currentRow() const
{
    return m_list->currentIndex().isValid() ? m_list->currentIndex().row() : -1;
}

void PathEditor::refreshChooser()
{
    const auto database = m_selection->database();
    const QSignalBlocker quiet(m_chooser);
    m_chooser->clear();
    if (database) {
        const Briefing &briefing = database->briefing();
        auto add = [this](const QString &text, BriefingPath::Origin origin, const QString &id, const QString &tip) {
            m_chooser->addItem(text);
            const int at = m_chooser->count() - 1;
            m_chooser->setItemData(at, int(origin), originRole);
            m_chooser->setItemData(at, id, idRole);
            m_chooser->setItemData(at, tip, Qt::ToolTipRole);
        };
        add(tr("Default path (made from the contents)"), BriefingPath::Origin::Default, QStringLiteral("default"),
            tr("The overview, each guarantee, scenario and chart, and the FAQ"));
        if (!briefing.paths.isEmpty())
            m_chooser->insertSeparator(m_chooser->count());
        for (const BriefingPath &path : briefing.paths)
            add(tr("%1 (the briefing's)").arg(path.title.isEmpty() ? path.id : path.title), BriefingPath::Origin::Briefing,
                path.id, tr("Written into the briefing by its author: shown, not changed"));
        // The library's paths are the open briefing's once it has been told of it.
        const QVector<BriefingPath> own = m_library->briefingId() == briefing.metadata.id ? m_library->userPaths()
                                                                                            : QVector<BriefingPath>();
        if (!own.isEmpty())
            m_chooser->insertSeparator(m_chooser->count());
        for (const BriefingPath &path : own)
            add(path.title, BriefingPath::Origin::User, path.id, tr("Your own path, kept in your library"));
    }
    const BriefingPath &chosen = m_choice->path();
    int found = -1;
    for (int i = 0; i < m_chooser->count() && found < 0; ++i) {
        if (m_chooser->itemData(i, idRole).toString() == chosen.id
            && m_chooser->itemData(i, originRole).toInt() == int(chosen.origin))
            found = i;
    }
    m_chooser->setCurrentIndex(found);
    m_chooser->setEnabled(database != nullptr);
    updateActions();
}

void PathEditor::choose(int index)
{
    const auto database = m_selection->database();
    if (!database || index < 0)
        return;
    const auto origin = BriefingPath::Origin(m_chooser->itemData(index, originRole).toInt());
    const QString id = m_chooser->itemData(index, idRole).toString();
    std::optional<BriefingPath> path;
    if (origin == BriefingPath::Origin::Default) {
        path = BriefingPath::defaultPath(database->briefing());
    } else if (origin == BriefingPath::Origin::Briefing) {
        for (const BriefingPath &own : database->briefing().paths) {
            if (own.id == id)
                path = own;
        }
    } else {
        path = m_library->userPath(id);
    }
    if (path)
        choosePath(*path);
}

bool PathEditor::choosePath(const BriefingPath &path)
{
    saveNow(); // what was typed on the path before
    m_choice->setPath(path);
    return true;
}

void PathEditor::followChoice()
{
    if (m_applying)
        return; // this editor's own change: the model holds it already
    const BriefingPath &path = m_choice->path();
    if (m_pending && (path.id != m_model->path().id || path.origin != m_model->path().origin))
        saveNow(); // another path chosen while the old one had changes
    m_model->setEditable(path.origin == BriefingPath::Origin::User);
    m_model->setPath(path);
    refreshChooser();
    followCurrentStop(m_choice->currentStop());
    loadFields();
}

void PathEditor::followCurrentStop(int stop)
{
    if (m_applying || stop < 0 || stop >= m_model->rowCount())
        return;
    if (currentRow() != stop)
        m_list->setCurrentIndex(m_model->index(stop));
    m_list->scrollTo(m_model->index(stop));
}

void PathEditor::currentRowChanged()
{
    saveNow();
    const int row = currentRow();
    if (row >= 0) {
        m_applying = true;
        m_choice->setCurrentStop(row);
        m_applying = false;
    }
    loadFields();
    updateActions();
}

void PathEditor::loadFields()
{
    const int row = currentRow();
    const bool has = row >= 0 && row < m_model->rowCount();
    const PathStop stop = has ? m_model->stop(row) : PathStop();
    const bool editable = isEditable() && has;
    m_loading = true;
    if (m_title->text() != stop.title)
        m_title->setText(stop.title);
    if (m_notes->toPlainText() != stop.notes)
        m_notes->setPlainText(stop.notes);
    m_budget->setValue(stop.budgetSeconds.value_or(0));
    m_loading = false;
    m_stopFields->setStop(stop, editable);
    m_stopFields->setVisible(has && m_stopFields->hasFields());
    for (QWidget *field : std::initializer_list<QWidget *>{m_title, m_budget, m_notes})
        field->setEnabled(has);
    m_title->setReadOnly(!editable);
    m_notes->setReadOnly(!editable);
    m_budget->setReadOnly(!editable);
    m_budget->setButtonSymbols(editable ? QAbstractSpinBox::UpDownArrows : QAbstractSpinBox::NoButtons);
}

void PathEditor::modelEdited()
{
    if (!isEditable())
        return;
    if (!m_pending)
        m_editedBriefing = m_library->briefingId();
    m_pending = true;
    m_applying = true;
    m_choice->setPath(m_model->path());
    m_choice->setCurrentStop(std::max(0, currentRow())); // a moved stop stays the current one
    m_applying = false;
    updateActions();
    if (m_typing)
        m_saveTimer->start(); // typing waits for a pause
    else
        saveNow(); // a move, a budget, a stop removed: one change each
}

void PathEditor::saveNow()
{
    m_saveTimer->stop();
    if (!m_pending)
        return;
    m_pending = false;
    BriefingPath path = m_model->path();
    if (path.origin != BriefingPath::Origin::User)
        return;
    if (m_library->briefingId() != m_editedBriefing) {
        say(tr("The changes to “%1” were not saved: another briefing was opened meanwhile.").arg(path.title), true);
        return;
    }
    m_applying = true;
    const bool saved = m_library->savePath(&path);
    m_applying = false;
    if (!saved) {
        say(tr("Not saved: %1").arg(m_library->store().problem()));
        return;
    }
    m_status->setText(tr("Saved in your library."));
}

bool PathEditor::deleteStop(int row)
{
    if (!isEditable() || row < 0 || row >= m_model->rowCount())
        return false;
    if (!m_model->removeStop(row))
        return false;
    if (m_model->rowCount() > 0)
        m_list->setCurrentIndex(m_model->index(std::min(row, m_model->rowCount() - 1)));
    return true;
}

bool PathEditor::moveStop(int row, int by)
{
    const int to = row + by;
    if (!isEditable() || row < 0 || to < 0 || to >= m_model->rowCount())
        return false;
    // moveRows counts the destination before the move: one down is before the row after next.
    if (!m_model->moveRows(QModelIndex(), row, 1, QModelIndex(), by > 0 ? to + 1 : to))
        return false;
    m_list->setCurrentIndex(m_model->index(to)); // it is there already: the current index moved with it
    return true;
}

void PathEditor::updateActions()
{
    const bool open = m_selection->database() != nullptr;
    const bool editable = isEditable();
    const int row = currentRow();
    const int count = m_model->rowCount();
    const bool writable = m_library->store().canWrite();
    m_new->setEnabled(open && writable);
    m_duplicate->setEnabled(open && writable);
    m_rename->setEnabled(editable && writable);
    m_delete->setEnabled(editable && writable);
    m_export->setEnabled(open && count > 0);
    m_import->setEnabled(open && writable);
    m_deleteStop->setEnabled(editable && row >= 0);
    m_moveUp->setEnabled(editable && row > 0);
    m_moveDown->setEnabled(editable && row >= 0 && row + 1 < count);
    const BriefingPath::Origin origin = m_choice->path().origin;
    const bool readOnly = open && origin != BriefingPath::Origin::User;
    m_notice->setVisible(readOnly);
    m_duplicateButton->setVisible(readOnly);
    m_duplicateButton->setEnabled(open && writable);
    if (origin == BriefingPath::Origin::Default)
        m_notice->setText(tr("The default path is made from the briefing's contents and cannot be changed. "
                             "Duplicate it to make a path of your own."));
    else
        m_notice->setText(tr("This path was written into the briefing by its author; the briefing file is never "
                             "changed. Duplicate it to edit a copy of your own."));
}

} // namespace bv
