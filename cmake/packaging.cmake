# The Debian package (scripts/package runs CPack on the normal build folder): what
# `cmake --install` puts in place, under /usr. Its version is the project's; its library
# dependencies are found by dpkg-shlibdeps; the Qt plugins the programs load at run time are
# not linked, so they are named here.
set(BV_MAINTAINER "Briefing Viewer maintainers <maintainers@users.noreply.r-seed-240c9c92.example>"
    CACHE STRING "The Debian package's maintainer")
set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME briefing-viewer)
set(CPACK_PACKAGE_VENDOR "Briefing Viewer maintainers")
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "Read policy briefings offline as linked views")
string(JOIN "\n" CPACK_PACKAGE_DESCRIPTION
    "Briefing Viewer opens a policy briefing, a local SQLite file of security"
    "guarantees, scenarios, dated events, data series with their sources and FAQ"
    "entries, and shows it as linked views: timeline, charts, FAQ, search, notes"
    "and bookmarks. It works offline and never changes a briefing file."
    "briefing-tool validates, inspects and exports briefings.")
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_STRIP_FILES ON)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_RELEASE 1)
set(CPACK_DEBIAN_PACKAGE_MAINTAINER "${BV_MAINTAINER}")
set(CPACK_DEBIAN_PACKAGE_SECTION misc)
set(CPACK_DEBIAN_PACKAGE_HOMEPAGE "${BV_HOMEPAGE_URL}")
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
# Qt's SQLite driver opens every briefing. Welcome: Qt's own translations (dialog buttons),
# and a native window on Wayland (else Qt uses XWayland through the xcb plugin of libqt6gui6).
set(CPACK_DEBIAN_PACKAGE_DEPENDS "libqt6sql6-sqlite")
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "qt6-translations-l10n, qt6-wayland")
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)
include(CPack)
