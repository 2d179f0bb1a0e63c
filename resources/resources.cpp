// SPDX-License-Identifier: MIT
// The resources of this library are registered by the object files qt_add_resources makes;
// this file only gives the static library a translation unit of its own.
namespace bv {
int resourcesLibrary = 0;
}
