// SPDX-License-Identifier: MIT
#include "notes/noteeditor.h"

#include "common/safemarkdown.h"
#include "common/safetextbrowser.h"
#include "file/briefingdatabase.h"
#include "library/userlibrary.h"
#include "models/selection.h"

#include <QDialog>
#include <QDialogButtonBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QSizePolicy>
#include <QStackedWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace bv {

namespace {
constexpr int saveDelayMs = 600;
constexpr int maximumNoteLength = 1 << 20; // 1 MB of text: a note, not a document
}

NoteEditor::NoteEditor(Selection *selection, UserLibrary *library, QWidget *parent)
    : QWidget(parent)
    , m_selection(selection)
    , m_library(library)
    , m_title(new QLabel(this))
    , m_changed(new QLabel(this))
    , m_compare(new QPushButton(this))
    , m_previewButton(new QPushButton(this))
    , m_pages(new QStackedWidget(this))
    , m_edit(new QPlainTextEdit(this))
    , m_preview(new SafeTextBrowser(this))
    , m_status(new QLabel(this))
    , m_saveTimer(new QTimer(this))
{
    setObjectName(QStringLiteral("noteEditor"));
    m_edit->setObjectName(QStringLiteral("noteText"));
    m_preview->setObjectName(QStringLiteral("notePreview"));
    m_status->setObjectName(QStringLiteral("noteStatus"));
    m_changed->setObjectName(QStringLiteral("noteChanged"));
    m_compare->setObjectName(QStringLiteral("noteCompare"));
    m_previewButton->setObjectName(QStringLiteral("notePreviewButton"));
    m_previewButton->setCheckable(true);
    m_changed->setWordWrap(true);
    m_title->setTextFormat(Qt::PlainText);
    m_changed->setTextFormat(Qt::PlainText);
    m_status->setTextFormat(Qt::PlainText);
    m_edit->setTabChangesFocus(true);
    // A few lines by default: the item above keeps the room; the splitter gives more on demand.
    m_edit->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Ignored);
    m_preview->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Ignored);
    m_edit->setMinimumHeight(m_edit->fontMetrics().lineSpacing() * 3 + 8);
    m_previewDocument = new SafeTextDocument(m_preview);
    m_preview->setDocument(m_previewDocument);
    m_pages->addWidget(m_edit);
    m_pages->addWidget(m_preview);
    m_saveTimer->setSingleShot(true);
    m_saveTimer->setInterval(saveDelayMs);

    auto *header = new QHBoxLayout;
    header->setContentsMargins(0, 0, 0, 0);
    header->addWidget(m_title, 1);
    header->addWidget(m_previewButton);
    auto *changed = new QHBoxLayout;
    changed->setContentsMargins(0, 0, 0, 0);
    changed->addWidget(m_changed, 1);
    changed->addWidget(m_compare);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(header);
    layout->addLayout(changed);
    layout->addWidget(m_pages, 1);
    layout->addWidget(m_status);

    connect(m_edit, &QPlainTextEdit::textChanged, this, [this] {
        if (m_loading)
            return;
        if (m_edit->document()->characterCount() > maximumNoteLength) {
            m_problem = tr("The note is longer than 1 MB; it is not saved until it is shorter.");
            showState();
            return;
        }
        m_notice.clear();
        m_saveTimer->start();
        showState();
    });
    connect(m_saveTimer, &QTimer::timeout, this, &NoteEditor::saveNow);
    connect(m_previewButton, &QPushButton::toggled, this, &NoteEditor::setPreview);
    connect(m_compare, &QPushButton::clicked, this, &NoteEditor::compare);
    connect(m_preview, &SafeTextBrowser::itemActivated, selection, &Selection::select);
    connect(m_preview, &SafeTextBrowser::deepLinkActivated, selection, &Selection::followLink);
    connect(selection, &Selection::currentChanged, this, &NoteEditor::showCurrent);
    connect(library, &UserLibrary::notesChanged, this, [this] {
        // Another writer (import, the notes panel, another viewer) changed the note under us:
        // follow it unless the user is typing.
        if (m_saveTimer->isActive() || m_edit->toPlainText() != m_savedText)
            return;
        // The note being edited stays the one shown while it exists (the item may have
        // another, written elsewhere).
        auto note = m_read ? m_library->store().note(m_read->id) : std::nullopt;
        if (!note && !m_itemId.isEmpty())
            note = m_library->noteFor(m_itemId);
        const bool same = note.has_value() == m_read.has_value()
                          && (!note || (note->id == m_read->id && note->modified == m_read->modified));
        if (same) {
            showState(); // the cursor stays where it is
            return;
        }
        m_loading = true;
        m_read = note;
        m_savedText = note ? note->text : QString();
        m_edit->setPlainText(m_savedText);
        m_loading = false;
        showState();
    });
    m_edit->installEventFilter(this);
    m_compare->setText(tr("Compare…"));
    m_previewButton->setText(tr("Preview"));
    nameForScreenReaders();
    showCurrent();
}

void NoteEditor::nameForScreenReaders()
{
    m_edit->setAccessibleName(tr("Your note on the current item"));
    m_preview->setAccessibleName(tr("Preview of your note"));
}

bool NoteEditor::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_edit && event->type() == QEvent::FocusOut)
        saveNow();
    return QWidget::eventFilter(watched, event);
}

void NoteEditor::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_compare->setText(tr("Compare…"));
        m_previewButton->setText(tr("Preview"));
        nameForScreenReaders();
        showState();
    }
    QWidget::changeEvent(event);
}

void NoteEditor::startWriting()
{
    m_previewButton->setChecked(false);
    m_edit->setFocus(Qt::ShortcutFocusReason);
    m_edit->moveCursor(QTextCursor::End);
}

bool NoteEditor::saveNow()
{
    m_saveTimer->stop();
    const QString text = m_edit->toPlainText();
    if (m_itemId.isEmpty() || text == m_savedText || text.size() > maximumNoteLength)
        return text.size() <= maximumNoteLength;
    const QString itemId = m_itemId;
    UserLibrary::Edit edit{m_read};
    if (!m_library->saveEdit(itemId, text, &edit)) {
        m_problem = m_library->store().problem();
        showState();
        return false;
    }
    m_problem.clear();
    m_read = edit.read;
    m_savedText = text;
    m_notice.clear();
    if (edit.besideOther) {
        m_notice = tr("Saved beside a note written elsewhere meanwhile (another window or briefing-tool); both are "
                      "in the Notes panel.");
    } else if (edit.keptChanged) {
        // Theirs is shown again: the editor holds what the library holds.
        m_notice = tr("Not deleted: the note was changed elsewhere meanwhile (another window or briefing-tool); "
                      "it is shown again.");
        m_read = m_library->noteFor(itemId);
        m_savedText = m_read ? m_read->text : QString();
        m_loading = true;
        m_edit->setPlainText(m_savedText);
        m_loading = false;
    }
    showState();
    return true;
}

void NoteEditor::showCurrent()
{
    saveNow(); // what was typed on the item before is kept
    const auto database = m_selection->database();
    m_itemId = database ? m_selection->currentId() : QString();
    m_loading = true;
    const auto note = m_itemId.isEmpty() ? std::nullopt : m_library->noteFor(m_itemId);
    m_read = note;
    m_savedText = note ? note->text : QString();
    m_edit->setPlainText(m_savedText);
    m_loading = false;
    m_problem.clear();
    m_notice.clear();
    if (m_previewButton->isChecked())
        setPreview(true);
    showState();
}

QString NoteEditor::statusText() const
{
    return m_status->text();
}

void NoteEditor::showState()
{
    const auto database = m_selection->database();
    const bool canWrite = m_library->store().canWrite() && !m_itemId.isEmpty();
    m_edit->setReadOnly(!canWrite);
    m_title->setText(m_itemId.isEmpty() ? tr("Your note")
                                        : tr("Your note on “%1”").arg(database->briefing().title(m_itemId).left(200)));
    m_edit->setPlaceholderText(canWrite ? tr("Write a note on this item, in Markdown. It is kept in your library, "
                                             "never in the briefing file.")
                                        : QString());
    const auto note = m_itemId.isEmpty() ? std::nullopt : m_library->noteFor(m_itemId);
    const bool changed = note && m_library->itemState(*note) == UserLibrary::ItemState::Changed;
    m_changed->setVisible(changed);
    m_compare->setVisible(changed && !note->itemText.isEmpty());
    if (changed) {
        m_changed->setText(note->edition.isEmpty()
                               ? tr("This item has changed since the note was written.")
                               : tr("Written on edition %1; this item has changed since.").arg(note->edition));
    }
    QString status;
    if (!m_problem.isEmpty())
        status = tr("Not saved: %1").arg(m_problem);
    else if (!m_library->store().canWrite())
        status = m_library->store().problem();
    else if (m_saveTimer->isActive() || m_edit->toPlainText() != m_savedText)
        status = tr("Editing…");
    else if (!m_notice.isEmpty())
        status = m_notice;
    else if (!m_savedText.isEmpty())
        status = tr("Saved");
    m_status->setText(status);
}

void NoteEditor::setPreview(bool preview)
{
    if (preview) {
        saveNow();
        m_previewDocument->setSafeMarkdown(m_edit->toPlainText());
    }
    m_pages->setCurrentWidget(preview ? static_cast<QWidget *>(m_preview) : m_edit);
}

void NoteEditor::compare()
{
    const auto note = m_library->noteFor(m_itemId);
    if (!note)
        return;
    QDialog dialog(this);
    dialog.setObjectName(QStringLiteral("noteCompareDialog"));
    dialog.setWindowTitle(tr("What changed in “%1”").arg(note->itemTitle.left(200)));
    auto *splitter = new QSplitter(&dialog);
    auto side = [splitter](const QString &heading, const QString &text) {
        auto *box = new QWidget(splitter);
        auto *layout = new QVBoxLayout(box);
        auto *label = new QLabel(heading, box);
        label->setTextFormat(Qt::PlainText);
        auto *view = new QPlainTextEdit(box);
        view->setReadOnly(true);
        view->setPlainText(text);
        layout->addWidget(label);
        layout->addWidget(view);
    };
    side(note->edition.isEmpty() ? tr("When the note was written") : tr("Edition %1, when the note was written").arg(note->edition),
         note->itemText);
    const QString edition = m_selection->database()->briefing().metadata.edition;
    side(edition.isEmpty() ? tr("Now") : tr("Edition %1, now").arg(edition), m_library->currentItemText(m_itemId));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, &dialog);
    QPushButton *accept = buttons->addButton(tr("My note still holds"), QDialogButtonBox::AcceptRole);
    accept->setObjectName(QStringLiteral("noteAcceptChange"));
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    auto *layout = new QVBoxLayout(&dialog);
    layout->addWidget(splitter, 1);
    layout->addWidget(buttons);
    dialog.resize(900, 500);
    if (dialog.exec() == QDialog::Accepted) {
        m_library->acceptChange(m_itemId);
        showState();
    }
}

} // namespace bv
