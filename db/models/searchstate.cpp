// SPDX-License-Identifier: MIT
#include "models/searchstate.h"

namespace bv {

void SearchState::setText(const QString &text)
{
    if (text == m_text)
        return;
    m_text = text;
    emit textChanged(text);
}

} // namespace bv
