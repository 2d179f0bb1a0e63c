#!/usr/bin/env bash
# The viewer as a desktop application, checked on an installed tree (cmake --install into a
# temporary prefix) with the freedesktop tools themselves: the desktop entry
# (desktop-file-validate), the AppStream metainfo (appstreamcli validate --no-net), the icon in
# hicolor, and the MIME type: update-mime-database builds a database of the installed package
# and the system's freedesktop.org.xml alone, then gio and xdg-mime say what a file is and what
# opens it.
#   desktop_integration.sh BUILD-DIR
# A missing tool skips the test (exit 77) with the package to install, except under CI
# (CI=true), where scripts/setup-deps has installed them all and the test must run.
set -euo pipefail
build=$1
fail() { echo "FAIL: $*" >&2; exit 1; }
for tool in cmake desktop-file-validate update-desktop-database appstreamcli update-mime-database gio xdg-mime sqlite3; do
  if ! command -v "$tool" >/dev/null; then
    case $tool in
      desktop-file-validate|update-desktop-database) package=desktop-file-utils ;;
      appstreamcli) package=appstream ;;
      update-mime-database) package=shared-mime-info ;;
      gio) package=libglib2.0-bin ;;
      xdg-mime) package=xdg-utils ;;
      *) package=$tool ;;
    esac
    if [[ ${CI:-} == true ]]; then fail "$tool is missing: scripts/setup-deps installs $package"; fi
    echo "SKIP: $tool is missing: install $package (scripts/setup-deps does)"
    exit 77
  fi
done

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
prefix=$work/usr
cmake --install "$build" --prefix "$prefix" >"$work/install.log" || { cat "$work/install.log"; fail "cmake --install failed"; }
share=$prefix/share
bin=$prefix/bin
for program in briefing-viewer briefing-tool; do
  [[ -x $bin/$program ]] || fail "$program is not installed in $bin"
done

# The desktop entry.
desktop=$share/applications/briefing-viewer.desktop
[[ -f $desktop ]] || fail "no $desktop"
desktop-file-validate "$desktop" || fail "desktop-file-validate refuses $desktop"
grep -qx 'Exec=briefing-viewer %u' "$desktop" || fail "$desktop: Exec is not 'briefing-viewer %u'"
grep -qx 'MimeType=application/x-briefing;x-scheme-handler/briefing;' "$desktop" || fail "$desktop: MimeType"
grep -qx 'Icon=briefing-viewer' "$desktop" || fail "$desktop: Icon is not briefing-viewer"
for key in Name GenericName Comment Keywords; do
  for lang in uk de fr ar; do
    grep -q "^$key\[$lang\]=..*" "$desktop" || fail "$desktop: no $key[$lang]"
  done
done
echo "PASS: $desktop is valid, translated into uk, de, fr and ar"

# The icon: the SVG and every PNG size, each as large as its folder says.
[[ -f $share/icons/hicolor/scalable/apps/briefing-viewer.svg ]] || fail "no scalable icon"
for size in 16 22 24 32 48 64 128 256; do
  png=$share/icons/hicolor/${size}x${size}/apps/briefing-viewer.png
  [[ -f $png ]] || fail "no $png"
  [[ $(head -c 8 "$png" | od -An -tx1 | tr -d ' \n') == 89504e470d0a1a0a ]] || fail "$png is not a PNG"
  read -r width height < <(od -An -tu4 --endian=big -j16 -N8 "$png")
  [[ $width == "$size" && $height == "$size" ]] || fail "$png is ${width}x$height"
done
echo "PASS: the icon is installed as SVG and in 8 PNG sizes"

# The AppStream metainfo, and the tree it describes (desktop entry, icon).
metainfo=$share/metainfo/org.briefingviewer.BriefingViewer.metainfo.xml
[[ -f $metainfo ]] || fail "no $metainfo"
appstreamcli validate --no-net "$metainfo" || fail "appstreamcli refuses $metainfo"
appstreamcli validate-tree --no-net "$work" >"$work/tree.txt" || { cat "$work/tree.txt"; fail "appstreamcli refuses the installed tree"; }
version=$("$bin/briefing-viewer" --version | sed 's/^Briefing Viewer //')
grep -q "<release version=\"$version\"" "$metainfo" || fail "$metainfo has no release $version (briefing-viewer --version)"
echo "PASS: $metainfo is valid, its release is $version"

# The MIME type, in a database of the system's base types and the installed package only.
[[ -f /usr/share/mime/packages/freedesktop.org.xml ]] || fail "no /usr/share/mime/packages/freedesktop.org.xml (shared-mime-info)"
cp /usr/share/mime/packages/freedesktop.org.xml "$share/mime/packages/"
PKGSYSTEM_ENABLE_FSYNC=0 update-mime-database "$share/mime" 2>"$work/mime.log" || { cat "$work/mime.log"; fail "update-mime-database failed"; }
update-desktop-database "$share/applications" || fail "update-desktop-database failed"
export XDG_DATA_DIRS=$share XDG_DATA_HOME=$work/home XDG_CONFIG_HOME=$work/config XDG_CONFIG_DIRS=$work/config
export XDG_CURRENT_DESKTOP=GNOME # xdg-mime asks gio, as on a GNOME desktop; without a desktop it asks `file`
files=$work/files
mkdir -p "$files"
"$bin/briefing-tool" export-example european-defence "$files/european-defence.briefing" >/dev/null
cp "$files/european-defence.briefing" "$files/renamed-example"
"$bin/briefing-tool" generate "$files/generated.briefing" --events 20 --series 2 --points 10 >/dev/null
cp "$files/generated.briefing" "$files/generated-renamed"
sqlite3 "$files/plain.sqlite" 'CREATE TABLE t(x); INSERT INTO t VALUES (1);'
cp "$files/plain.sqlite" "$files/plain-renamed"
sqlite3 "$files/other-application" 'PRAGMA application_id = 1112688967; CREATE TABLE t(x);' # BRIG, not BRIF
expect() {
  local file=$1 type=$2 seen
  seen=$(gio info -a standard::content-type "$files/$file" | sed -n 's/.*standard::content-type: //p')
  [[ $seen == "$type" ]] || fail "gio info: $file is $seen, not $type"
  seen=$(xdg-mime query filetype "$files/$file")
  [[ $seen == "$type" ]] || fail "xdg-mime query filetype: $file is $seen, not $type"
  echo "PASS: $file is $type"
}
expect european-defence.briefing application/x-briefing
expect renamed-example application/x-briefing
expect generated.briefing application/x-briefing
expect generated-renamed application/x-briefing
expect plain.sqlite application/vnd.sqlite3
expect plain-renamed application/vnd.sqlite3
expect other-application application/vnd.sqlite3
grep -qx 'application/x-briefing application/vnd.sqlite3' "$share/mime/subclasses" \
  || fail "application/x-briefing is not a sub-class of application/vnd.sqlite3"
echo "PASS: application/x-briefing is a sub-class of application/vnd.sqlite3"
for type in application/x-briefing x-scheme-handler/briefing; do
  handler=$(xdg-mime query default "$type")
  [[ $handler == briefing-viewer.desktop ]] || fail "$type opens with “$handler”, not briefing-viewer.desktop"
done
echo "PASS: briefing files and briefing:// links open with briefing-viewer.desktop"
