// SPDX-License-Identifier: MIT
#include "launchargument.h"

#include "currentbriefing.h"
#include "libraryactions.h"
#include "library/deeplink.h"
#include "mainwindow.h"

#include <QRegularExpression>
#include <QUrl>

namespace bv {

LaunchKind launchKind(const QString &argument)
{
    if (DeepLink::looksLikeDeepLink(argument))
        return LaunchKind::Link;
    // file:/path and file:///path, or scheme://...; "notes:2024.briefing" stays a file name.
    static const QRegularExpression url(QStringLiteral("^(file:|[A-Za-z][A-Za-z0-9+.-]*://)"),
                                        QRegularExpression::CaseInsensitiveOption);
    return url.match(argument).hasMatch() ? LaunchKind::Url : LaunchKind::Path;
}

void openLaunchArgument(MainWindow &window, const QString &argument)
{
    CurrentBriefing *current = window.currentBriefing();
    switch (launchKind(argument)) {
    case LaunchKind::Link:
        if (!window.libraryActions()->followLink(argument))
            current->openSampleInBackground();
        break;
    case LaunchKind::Url:
        current->openUrlInBackground(QUrl(argument));
        break;
    case LaunchKind::Path:
        current->openFileInBackground(argument); // the window shows at once; the briefing follows
        break;
    }
}

} // namespace bv
