// SPDX-License-Identifier: MIT
#include "currentbriefing.h"

#include "briefingopener.h"
#include "file/briefingdatabase.h"
#include "file/examples.h"
#include "languagemanager.h"
#include "models/selection.h"
#include "recentfiles.h"

#include <QDir>
#include <QFileInfo>
#include <QTimer>

namespace bv {

CurrentBriefing::CurrentBriefing(Selection *selection, QObject *parent)
    : QObject(parent)
    , m_selection(selection)
    , m_opener(new BriefingOpener(this))
{
    connect(m_opener, &BriefingOpener::busyChanged, this, &CurrentBriefing::openingChanged);
    connect(m_opener, &BriefingOpener::opened, this, &CurrentBriefing::opened);
    connect(m_opener, &BriefingOpener::failed, this, [this](const QString &path, const OpenError &error) {
        m_pendingSelection.clear(); // it was meant for this briefing
        if (m_request.switchesLanguage) {
            switchFailed(error);
            return;
        }
        openFailed(path, error);
        if (!m_database && !path.isEmpty())
            openSample(); // nothing was open: show the sample rather than an empty window
    });
    connect(m_opener, &BriefingOpener::cancelled, this, &CurrentBriefing::cancelled);
}

CurrentBriefing::~CurrentBriefing() = default;

bool CurrentBriefing::openFile(const QString &path)
{
    m_request = {};
    OpenError error;
    auto database = m_opener->open(path, m_contentLanguage, &error);
    if (!database) {
        openFailed(path, error);
        return false;
    }
    RecentFiles::add(path);
    emit recentFilesChanged();
    show(std::move(database), m_contentLanguage, QString());
    return true;
}

void CurrentBriefing::openFileInBackground(const QString &path)
{
    start({false, path, m_contentLanguage, QString()});
}

void CurrentBriefing::openUrlInBackground(const QUrl &url)
{
    if (url.isLocalFile()) {
        openFileInBackground(url.toLocalFile());
        return;
    }
    const QString shown = url.toDisplayString().left(200);
    QTimer::singleShot(0, this, [this, shown] { // as a failed open in the background: after the window shows
        emit failed(tr("Cannot open the briefing"),
                    tr("“%1” is not a file on this computer: Briefing Viewer opens briefing files on this "
                       "computer and briefing:// links. Save the briefing on this computer and open the copy.")
                        .arg(shown),
                    QString());
        if (!m_database)
            openSample();
    });
}

void CurrentBriefing::openSample()
{
    m_request = {};
    OpenError error;
    auto database = m_opener->open(QString(), m_contentLanguage, &error);
    if (!database) {
        emit failed(tr("Cannot open the briefing"), error.message, error.detail);
        return;
    }
    show(std::move(database), m_contentLanguage, QString());
}

void CurrentBriefing::openSampleInBackground()
{
    start({false, QString(), m_contentLanguage, QString()});
}

void CurrentBriefing::deliverAfterFirstPaint(QWidget *window)
{
    m_opener->deliverAfterFirstPaint(window);
}

bool CurrentBriefing::isOpening() const
{
    return m_opener->isBusy();
}

QString CurrentBriefing::progressText() const
{
    if (!isOpening())
        return {};
    if (!m_request.switchesLanguage)
        return tr("Opening “%1”…").arg(m_request.path.isEmpty() ? BriefingDatabase::tr("Sample briefing")
                                       : Examples::isBuiltIn(m_request.path) ? Examples::title(Examples::nameOf(m_request.path))
                                                                             : QDir::toNativeSeparators(m_request.path));
    const QString language = m_request.language.isEmpty() && m_database
                                 ? m_database->briefing().metadata.sourceLanguage
                                 : m_request.language;
    return tr("Showing the content in %1…").arg(LanguageManager::nativeName(language));
}

void CurrentBriefing::selectWhenShown(const QString &id)
{
    if (isOpening())
        m_pendingSelection = id;
    else
        selectItem(id);
}

bool CurrentBriefing::selectItem(const QString &id)
{
    const Briefing *b = m_database ? &m_database->briefing() : nullptr;
    if (!b || (!b->find(id) && id != b->metadata.id && b->seriesOfPointId(id) < 0)) // items and data points
        return false;
    m_selection->select(id);
    return true;
}

void CurrentBriefing::setContentLanguage(const QString &code)
{
    const bool changed = code != m_contentLanguage;
    m_contentLanguage = code;
    if (isOpening() && !m_request.switchesLanguage) {
        if (changed) // the file being opened is read in this language instead
            start({false, m_request.path, code, QString()});
        return;
    }
    if (!m_database || !changed)
        return; // the next open uses it
    const QString keep = isOpening() ? m_request.keepId : m_selection->currentId();
    start({true, m_database->path(), code, keep});
}

QStringList CurrentBriefing::recentFiles() const
{
    return RecentFiles::load();
}

int CurrentBriefing::recentFilesMaximum() const
{
    return RecentFiles::maximum();
}

void CurrentBriefing::setRecentFilesMaximum(int count)
{
    if (count == RecentFiles::maximum())
        return;
    RecentFiles::setMaximum(count);
    emit recentFilesChanged();
}

void CurrentBriefing::clearRecentFiles()
{
    RecentFiles::clear();
    emit recentFilesChanged();
}

void CurrentBriefing::cancel()
{
    m_opener->cancel();
}

void CurrentBriefing::start(const Request &request)
{
    m_request = request;
    m_opener->openInBackground(request.path, request.language);
}

void CurrentBriefing::show(std::shared_ptr<const BriefingDatabase> database, const QString &language,
                           const QString &keepId)
{
    std::shared_ptr<const BriefingDatabase> old = std::exchange(m_database, std::move(database));
    m_shownLanguage = language;
    m_selection->setDatabase(m_database);
    BriefingDatabase::releaseInBackground(std::move(old)); // a large one takes a while to free
    const QString id = m_pendingSelection.isEmpty() ? keepId : m_pendingSelection;
    m_pendingSelection.clear();
    if (!id.isEmpty())
        selectItem(id);
    emit shown();
}

void CurrentBriefing::opened(const QString &path, std::shared_ptr<BriefingDatabase> database)
{
    if (!m_request.switchesLanguage && !Examples::isBuiltIn(path)) { // File > Examples lists those
        RecentFiles::add(path);
        emit recentFilesChanged();
    }
    show(std::move(database), m_request.language, m_request.keepId);
}

void CurrentBriefing::openFailed(const QString &path, const OpenError &error)
{
    emit failed(tr("Cannot open the briefing"), error.message, error.detail);
    if (error.code == OpenError::Code::NotFound) {
        RecentFiles::remove(QFileInfo(path).absoluteFilePath());
        emit recentFilesChanged();
    }
}

void CurrentBriefing::switchFailed(const OpenError &error)
{
    const QString wanted = m_request.language;
    m_contentLanguage = m_shownLanguage; // the briefing stays as it is shown
    const Briefing &b = m_database->briefing();
    auto name = [&b](const QString &code) {
        return LanguageManager::nativeName(code.isEmpty() ? b.metadata.sourceLanguage : code);
    };
    const QString file = m_database->isBuiltIn() ? m_database->displayName()
                                                : QDir::toNativeSeparators(m_database->path());
    emit failed(tr("Cannot switch the content language"),
                tr("The content of “%1” could not be switched to %2; it is still shown in %3.\n\n%4\n\n"
                   "Once the file can be read, choose %2 again in View > Content Language.")
                    .arg(file, name(wanted), name(m_shownLanguage), error.message),
                error.detail);
}

} // namespace bv
