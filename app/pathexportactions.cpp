// SPDX-License-Identifier: MIT
#include "pathexportactions.h"

#include "common/safefilename.h"
#include "file/briefingdatabase.h"
#include "models/pathchoice.h"
#include "models/selection.h"
#include "present/pathexport.h"

#include <QAction>
#include <QApplication>
#include <QButtonGroup>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QPushButton>
#include <QFileDialog>
#include <QFormLayout>
#include <QLabel>
#include <QMainWindow>
#include <QMenu>
#include <QRadioButton>
#include <QVBoxLayout>

namespace bv {

PathExportDialog::PathExportDialog(const QString &pathTitle, int stops, QWidget *parent)
    : QDialog(parent)
    , m_format(new QButtonGroup(this))
    , m_notes(new QComboBox(this))
    , m_look(new QComboBox(this))
    , m_size(new QComboBox(this))
{
    setObjectName(QStringLiteral("pathExportDialog"));
    setWindowTitle(tr("Export Path"));
    auto *intro = new QLabel(tr("“%1”, %n stop(s), each as the stage shows it.", nullptr, stops).arg(pathTitle), this);
    intro->setTextFormat(Qt::PlainText);
    intro->setWordWrap(true);
    auto *pdf = new QRadioButton(tr("PDF, a page a stop"), this);
    pdf->setObjectName(QStringLiteral("formatPdf"));
    auto *png = new QRadioButton(tr("PNG, a picture a stop"), this);
    png->setObjectName(QStringLiteral("formatPng"));
    m_format->addButton(pdf, 0);
    m_format->addButton(png, 1);
    pdf->setChecked(true);
    m_notes->setObjectName(QStringLiteral("notes"));
    m_notes->addItems({tr("None"), tr("Below each stop"), tr("On a page of their own")});
    m_look->setObjectName(QStringLiteral("look"));
    m_look->addItems({tr("Normal"), tr("Projector (high contrast)")});
    m_size->setObjectName(QStringLiteral("size"));
    for (const QSize &size : {QSize(1920, 1080), QSize(1280, 720), QSize(3840, 2160), QSize(1024, 768)})
        m_size->addItem(tr("%1 × %2 pixels").arg(size.width()).arg(size.height()), size);
    connect(png, &QRadioButton::toggled, m_notes, [this](bool checked) {
        m_notes->setEnabled(!checked); // notes go into a PDF only
        if (checked)
            m_notes->setCurrentIndex(0);
    });
    auto *formats = new QVBoxLayout;
    formats->addWidget(pdf);
    formats->addWidget(png);
    auto *form = new QFormLayout;
    form->addRow(tr("Format:"), formats);
    form->addRow(tr("Speaker notes:"), m_notes);
    form->addRow(tr("Look:"), m_look);
    form->addRow(tr("Stage size:"), m_size);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Export…"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(buttons);
}

bool PathExportDialog::isPdf() const
{
    return m_format->checkedId() == 0;
}

int PathExportDialog::notes() const
{
    return isPdf() ? m_notes->currentIndex() : 0;
}

bool PathExportDialog::isProjector() const
{
    return m_look->currentIndex() == 1;
}

QSize PathExportDialog::stageSize() const
{
    return m_size->currentData().toSize();
}

PathExportActions::PathExportActions(QMainWindow *window, QMenu *fileMenu, Selection *selection, PathChoice *choice)
    : QObject(window)
    , m_window(window)
    , m_selection(selection)
    , m_choice(choice)
    , m_export(new QAction(this))
{
    m_export->setObjectName(QStringLiteral("exportPathAction"));
    const QList<QAction *> actions = fileMenu->actions();
    // Before the separator that comes before Quit.
    QAction *before = actions.size() >= 2 ? actions.at(actions.size() - 2) : nullptr;
    fileMenu->insertAction(before, m_export);
    connect(m_export, &QAction::triggered, this, &PathExportActions::choose);
    connect(selection, &Selection::databaseChanged, this, &PathExportActions::update);
    window->installEventFilter(this);
    retranslate();
    update();
}

bool PathExportActions::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_window && event->type() == QEvent::LanguageChange)
        retranslate();
    return QObject::eventFilter(watched, event);
}

void PathExportActions::retranslate()
{
    m_export->setText(tr("Export &Path…"));
    m_export->setToolTip(tr("Write the chosen briefing path as a PDF or as PNG pictures, a stop each"));
}

void PathExportActions::update()
{
    m_export->setEnabled(m_selection->database() != nullptr);
}

QString PathExportActions::exportTo(const QString &out, int notes, bool projector, const QSize &size)
{
    const auto database = m_selection->database();
    if (!database)
        return tr("No briefing is open.");
    PathExport::Options options;
    options.notes = PathExport::Notes(notes);
    options.look = projector ? StageView::Look::Projector : StageView::Look::Normal;
    options.size = size;
    return PathExport::write(database, pathChoice()->path(), out, options);
}

void PathExportActions::choose()
{
    const BriefingPath &path = pathChoice()->path();
    if (!m_selection->database() || path.stops.isEmpty())
        return;
    const QString title = path.title.isEmpty() ? path.id : path.title;
    PathExportDialog dialog(title, int(path.stops.size()), m_window);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const QString suffix = dialog.isPdf() ? QStringLiteral(".pdf") : QStringLiteral(".png");
    const QString proposed = safeFileName(path.id, suffix, QStringLiteral("path"));
    QString out = QFileDialog::getSaveFileName(m_window, tr("Export Path"), proposed,
                                               dialog.isPdf() ? tr("PDF documents (*.pdf)")
                                                              : tr("PNG images, a file a stop (*.png)"));
    if (out.isEmpty())
        return;
    if (!out.endsWith(suffix, Qt::CaseInsensitive))
        out += suffix;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const QString problem = exportTo(out, dialog.notes(), dialog.isProjector(), dialog.stageSize());
    QApplication::restoreOverrideCursor();
    if (!problem.isEmpty())
        warnPlainText(m_window, tr("Export failed"), problem);
}

} // namespace bv
