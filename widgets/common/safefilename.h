// SPDX-License-Identifier: MIT
// Export dialogs and their messages with untrusted text in them: a file name proposed from a
// briefing's id is a name only (never a path that moves the dialog elsewhere), and a message
// naming a path or file is shown as the plain text it is (QMessageBox guesses rich text).
#pragma once

#include <QString>

class QWidget;

namespace bv {

// A file name made from untrusted text (a series id): no '/' or '\', no "." or ".." part,
// no leading dot, no control, format or reserved characters (< > : " | ? *), at most 100
// characters, then `extension` (".png"). `fallback` when nothing is left of it.
QString safeFileName(const QString &untrusted, const QString &extension, const QString &fallback);

// A modal warning whose text is plain text, whatever it holds.
void warnPlainText(QWidget *parent, const QString &title, const QString &text);

} // namespace bv
