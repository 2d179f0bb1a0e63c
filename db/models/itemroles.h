// SPDX-License-Identifier: MIT
#pragma once

#include <Qt>

namespace bv {

enum ItemRole {
    IdRole = Qt::UserRole + 1, // the item's stable id (QString)
    LinkedRole,                // bool: linked to the current item
    CurrentRole,               // bool: the current item itself
    KindRole                   // int(ItemKind) of a navigator section
};

} // namespace bv
