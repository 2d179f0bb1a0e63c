// SPDX-License-Identifier: MIT
// The text a reader sees of a Markdown field (FAQ answers), as plain text: what the safe
// renderer of the views shows, without link targets, emphasis marks or table pipes. For the
// search index and its snippets, and wherever a Markdown field is shown as plain text.
#pragma once

#include <QString>

namespace bv {

// Markdown (GitHub dialect, HTML not rendered) to its rendered text: a link gives its text,
// an image its alt text, a table its cells separated by spaces, paragraphs one line each.
QString markdownToPlainText(const QString &markdown);

} // namespace bv
