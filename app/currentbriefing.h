// SPDX-License-Identifier: MIT
// The briefing the window shows, and everything about holding it: which file, in which content
// language, the opener that reads the next one (every open and every change of content
// language goes through it, in the background where the window must not wait), the item to
// make current once it is shown (--select) and the files opened recently. Views see the
// briefing only through the shared Selection; the window hears what failed and what is shown.
#pragma once

#include "file/openerror.h"

#include <QObject>
#include <QStringList>
#include <QUrl>
#include <QWidget>

#include <memory>

namespace bv {

class BriefingDatabase;
class BriefingOpener;
class Selection;

class CurrentBriefing final : public QObject
{
    Q_OBJECT
public:
    explicit CurrentBriefing(Selection *selection, QObject *parent = nullptr);
    ~CurrentBriefing() override;

    std::shared_ptr<const BriefingDatabase> database() const { return m_database; }

    // Opens a file at once. When it cannot be opened, failed() says why and the briefing open
    // before stays open. Returns whether the file opened.
    bool openFile(const QString &path);
    // The same without blocking: the file is checked and read in a worker thread while the
    // briefing open before stays in view; a later open supersedes this one.
    void openFileInBackground(const QString &path);
    // A file:// URL, as a desktop hands a file over (Exec=briefing-viewer %u), opens as its
    // file. Any other URL (sftp://, https:// ...) names no file on this computer: failed()
    // says so once the event loop runs, and the sample is shown if nothing is open.
    void openUrlInBackground(const QUrl &url);
    void openSample();
    void openSampleInBackground(); // as any briefing: the window paints first
    // A briefing read before `window` first painted is shown right after that paint.
    void deliverAfterFirstPaint(QWidget *window);
    bool isOpening() const;
    // What is being read: the file, or the shown briefing's own for a change of language
    // (empty: the sample, or nothing).
    QString openingPath() const { return m_request.path; }
    // What the status bar says meanwhile: "Opening “file”…", or the change of language.
    QString progressText() const;

    // Makes this item current as soon as the briefing being opened is shown.
    void selectWhenShown(const QString &id);
    // Makes the item current in every view; false when the briefing has no such item.
    bool selectItem(const QString &id);

    // The language of the briefing's content (empty: its source language).
    QString contentLanguage() const { return m_contentLanguage; }
    // Reads the briefing again in `code` in the background, keeping the current item; the
    // window keeps painting meanwhile. When that fails, failed() says the language could not
    // be switched, and the briefing stays open as it was. With nothing open yet, `code` is
    // used by the next open; while a file is being opened, that file is read in `code` instead.
    void setContentLanguage(const QString &code);

    QStringList recentFiles() const;
    void clearRecentFiles();
    // How many recent files are kept (Preferences); the list is cut to it at once.
    int recentFilesMaximum() const;
    void setRecentFilesMaximum(int count);

    // Abandons every open under way at its next step, without waiting (the window closes).
    void cancel();

signals:
    void shown(); // a briefing is shown: another one, or the same in another language
    void openingChanged(bool opening);
    // `detail`: SQLite's own words, for the dialog's Details (empty when there are none).
    void failed(const QString &title, const QString &message, const QString &detail);
    void recentFilesChanged();
    void cancelled(const QString &path); // an open stopped before its end: superseded or cancel()

private:
    struct Request
    {
        bool switchesLanguage = false; // else: opens a file, or the sample
        QString path;                  // empty: the sample
        QString language;
        QString keepId; // made current again once the briefing is shown in the new language
    };
    void start(const Request &request);
    void show(std::shared_ptr<const BriefingDatabase> database, const QString &language, const QString &keepId);
    void opened(const QString &path, std::shared_ptr<BriefingDatabase> database);
    void openFailed(const QString &path, const OpenError &error);
    void switchFailed(const OpenError &error);

    Selection *m_selection;
    BriefingOpener *m_opener;
    std::shared_ptr<const BriefingDatabase> m_database;
    QString m_contentLanguage; // the one chosen, for every open
    QString m_shownLanguage;   // the one the briefing shown was opened in
    QString m_pendingSelection;
    Request m_request; // the latest one made in the background
};

} // namespace bv
