// SPDX-License-Identifier: MIT
// The path editor's actions, widgets and their layout, and their texts (the choice of path and
// the stops are in patheditor.cpp, the commands on whole paths in patheditorpaths.cpp).
#include "present/patheditor.h"

#include "content/briefingpath.h"
#include "models/pathstopsmodel.h"
#include "present/budgetspinbox.h"
#include "present/pathstopdelegate.h"
#include "present/stopfields.h"
#include "present/stopthumbnails.h"

#include <QAction>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMenu>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QToolButton>
#include <QVBoxLayout>

namespace bv {

void PathEditor::createActions()
{
    auto make = [this](const char *name) {
        auto *action = new QAction(this);
        action->setObjectName(QLatin1String(name));
        return action;
    };
    m_new = make("newPathAction");
    m_duplicate = make("duplicatePathAction");
    m_rename = make("renamePathAction");
    m_delete = make("deletePathAction");
    m_export = make("exportPathJsonAction");
    m_import = make("importPathJsonAction");
    m_deleteStop = make("deleteStopAction");
    m_moveUp = make("moveStopUpAction");
    m_moveDown = make("moveStopDownAction");
    // On the list only: Alt+Up in the notes moves the cursor, not the stop.
    m_moveUp->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Up));
    m_moveDown->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Down));
    m_deleteStop->setShortcut(QKeySequence::Delete);
    for (QAction *action : {m_moveUp, m_moveDown, m_deleteStop}) {
        action->setShortcutContext(Qt::WidgetShortcut);
        m_list->addAction(action);
    }
    m_list->installEventFilter(this); // the same keys on a path that cannot be changed say so
    m_menu->setObjectName(QStringLiteral("pathEditorMenu"));
    m_menu->addAction(m_new);
    m_menu->addAction(m_duplicate);
    m_menu->addAction(m_rename);
    m_menu->addAction(m_delete);
    m_menu->addSeparator();
    m_menu->addAction(m_export);
    m_menu->addAction(m_import);
    connect(m_new, &QAction::triggered, this, &PathEditor::askNewPath);
    connect(m_duplicate, &QAction::triggered, this, &PathEditor::duplicatePath);
    connect(m_rename, &QAction::triggered, this, &PathEditor::askRename);
    connect(m_delete, &QAction::triggered, this, &PathEditor::askDelete);
    connect(m_export, &QAction::triggered, this, &PathEditor::askExport);
    connect(m_import, &QAction::triggered, this, &PathEditor::askImport);
    connect(m_deleteStop, &QAction::triggered, this, &PathEditor::askDeleteStop);
    connect(m_moveUp, &QAction::triggered, this, [this] { moveStop(currentRow(), -1); });
    connect(m_moveDown, &QAction::triggered, this, [this] { moveStop(currentRow(), +1); });
}

void PathEditor::createLayout()
{
    m_chooser->setObjectName(QStringLiteral("pathChooser"));
    m_chooser->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_chooser->setMinimumContentsLength(12);
    m_menuButton->setObjectName(QStringLiteral("pathMenuButton"));
    m_menuButton->setMenu(m_menu);
    m_menuButton->setPopupMode(QToolButton::InstantPopup);
    m_menuButton->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_notice->setObjectName(QStringLiteral("readOnlyNotice"));
    m_notice->setWordWrap(true);
    m_notice->setTextFormat(Qt::PlainText);
    m_duplicateButton->setObjectName(QStringLiteral("duplicateToEditButton"));
    connect(m_duplicateButton, &QPushButton::clicked, this, &PathEditor::duplicatePath);

    m_list->setObjectName(QStringLiteral("stopList"));
    m_list->setModel(m_model);
    m_list->setItemDelegate(new PathStopDelegate(m_thumbnails, m_list));
    m_list->setUniformItemSizes(true);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setDragDropMode(QAbstractItemView::InternalMove);
    m_list->setDefaultDropAction(Qt::MoveAction);
    m_list->setDragDropOverwriteMode(false);
    m_list->setDropIndicatorShown(true);
    m_list->setEditTriggers(QAbstractItemView::EditKeyPressed | QAbstractItemView::DoubleClicked);
    m_list->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_upButton->setObjectName(QStringLiteral("moveStopUpButton"));
    m_downButton->setObjectName(QStringLiteral("moveStopDownButton"));
    m_deleteStopButton->setObjectName(QStringLiteral("deleteStopButton"));
    m_upButton->setDefaultAction(m_moveUp);
    m_downButton->setDefaultAction(m_moveDown);
    m_deleteStopButton->setDefaultAction(m_deleteStop);
    m_upButton->setArrowType(Qt::UpArrow);
    m_downButton->setArrowType(Qt::DownArrow);
    m_deleteStopButton->setToolButtonStyle(Qt::ToolButtonTextOnly);

    m_title->setObjectName(QStringLiteral("stopTitle"));
    m_title->setMaxLength(BriefingPath::maxTitleLength);
    m_budget->setObjectName(QStringLiteral("stopBudget"));
    m_notes->setObjectName(QStringLiteral("stopNotes"));
    m_notes->setTabChangesFocus(true);
    m_notes->installEventFilter(this); // saved when left
    m_status->setObjectName(QStringLiteral("pathEditorStatus"));
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::PlainText);
    m_titleLabel->setBuddy(m_title);
    m_budgetLabel->setBuddy(m_budget);
    m_notesLabel->setBuddy(m_notes);
    m_pathLabel->setBuddy(m_chooser);

    auto *top = new QHBoxLayout;
    top->addWidget(m_pathLabel);
    top->addWidget(m_chooser, 1);
    top->addWidget(m_menuButton);
    auto *notice = new QHBoxLayout;
    notice->addWidget(m_notice, 1);
    notice->addWidget(m_duplicateButton, 0, Qt::AlignTop);
    auto *moves = new QHBoxLayout;
    moves->addWidget(m_upButton);
    moves->addWidget(m_downButton);
    moves->addStretch(1);
    moves->addWidget(m_deleteStopButton);

    auto *stops = new QWidget(this);
    auto *stopsLayout = new QVBoxLayout(stops);
    stopsLayout->setContentsMargins(0, 0, 0, 0);
    stopsLayout->addWidget(m_list, 1);
    stopsLayout->addLayout(moves);
    auto *fields = new QWidget(this);
    auto *form = new QFormLayout;
    form->setContentsMargins(0, 0, 0, 0);
    form->addRow(m_titleLabel, m_title);
    form->addRow(m_budgetLabel, m_budget);
    auto *fieldsLayout = new QVBoxLayout(fields);
    fieldsLayout->setContentsMargins(0, 0, 0, 0);
    fieldsLayout->addLayout(form);
    fieldsLayout->addWidget(m_stopFields);
    fieldsLayout->addWidget(m_notesLabel);
    fieldsLayout->addWidget(m_notes, 1);
    auto *splitter = new QSplitter(Qt::Vertical, this);
    m_splitter = splitter;
    splitter->setObjectName(QStringLiteral("pathEditorSplitter"));
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(stops);
    splitter->addWidget(fields);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);

    // Tabbed with the FAQ and the notes: the editor asks for little height of the window, and
    // scrolls when it is given less than its fields need (never drawn over one another).
    m_list->setMinimumHeight(m_thumbnails->size().height() + 12);
    m_notes->setMinimumHeight(fontMetrics().lineSpacing() * 3);
    auto *scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("pathEditorScroll"));
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidgetResizable(true);
    scroll->setFocusPolicy(Qt::NoFocus); // the fields inside take the keyboard
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    auto *content = new QWidget(scroll);
    content->setObjectName(QStringLiteral("pathEditorContent"));
    scroll->setWidget(content);
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(scroll);
    auto *layout = new QVBoxLayout(content);
    layout->addLayout(top);
    layout->addLayout(notice);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_status);
}

void PathEditor::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    // A dock wider than it is high (beside the details, in a window of ordinary height): the
    // stops and the current stop's fields side by side, each the whole height; else one under
    // the other.
    const bool wide = width() >= 560 && height() < width();
    const Qt::Orientation wanted = wide ? Qt::Horizontal : Qt::Vertical;
    if (m_splitter->orientation() == wanted)
        return;
    m_splitter->setOrientation(wanted);
    const int length = wide ? m_splitter->width() : m_splitter->height();
    m_splitter->setSizes(wide ? QList<int>{length * 11 / 20, length * 9 / 20} : QList<int>{length * 3 / 5, length * 2 / 5});
}

void PathEditor::retranslate()
{
    m_pathLabel->setText(tr("&Path:"));
    m_chooser->setAccessibleName(tr("Path"));
    m_chooser->setToolTip(tr("The path to present and edit: the briefing's default path, its author's paths, or your own"));
    m_menuButton->setText(tr("Paths"));
    m_menu->setTitle(tr("Paths"));
    m_menuButton->setAccessibleName(tr("Path commands"));
    m_menuButton->setToolTip(tr("New, duplicate, rename, delete, export or import a path"));
    m_new->setText(tr("&New Path…"));
    m_duplicate->setText(tr("&Duplicate"));
    m_duplicate->setToolTip(tr("Copy the chosen path into a path of your own, which you can change"));
    m_rename->setText(tr("&Rename…"));
    m_delete->setText(tr("De&lete…"));
    m_export->setText(tr("&Export…"));
    m_export->setToolTip(tr("Write the chosen path to a small JSON file for a colleague"));
    m_import->setText(tr("&Import…"));
    m_import->setToolTip(tr("Add a path from a JSON file to your own paths"));
    m_deleteStop->setText(tr("Delete Stop"));
    m_deleteStop->setToolTip(tr("Remove the chosen stop from the path (Delete)"));
    m_moveUp->setText(tr("Move Stop Up"));
    m_moveUp->setToolTip(tr("Move the chosen stop one place earlier (Alt+Up)"));
    m_moveDown->setText(tr("Move Stop Down"));
    m_moveDown->setToolTip(tr("Move the chosen stop one place later (Alt+Down)"));
    m_duplicateButton->setText(tr("Duplicate to Edit"));
    m_list->setAccessibleName(tr("Stops"));
    m_list->setToolTip(tr("Drag a stop, or press Alt+Up or Alt+Down, to change the order; F2 renames it"));
    m_titleLabel->setText(tr("&Title:"));
    m_title->setAccessibleName(tr("Stop title"));
    m_budgetLabel->setText(tr("&Budget:"));
    m_budget->setAccessibleName(tr("Time budget"));
    m_notesLabel->setText(tr("Speaker &notes (Markdown):"));
    m_notes->setAccessibleName(tr("Speaker notes"));
    m_notes->setPlaceholderText(tr("What to say at this stop. **Bold**, *italic* and lists are shown on the console."));
    refreshChooser();
    updateActions();
}

} // namespace bv
