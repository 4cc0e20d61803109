#!/usr/bin/env bash
# Builds the packages and checks the .deb as a user gets it (run by .ci/run; fine by hand too, after
# installer/debian-setup.sh or the Quick start has configured build/ and installed the tools):
#   1. the package's targets in build/ (no-op after a full build), then cpack: the .deb and the .tgz
#   2. apt-get install ./build/bulkhead_<version>_<arch>.deb (sudo when not root)
#   3. the INSTALLED programs: /usr/bin/bulkheadctl --version; an import of a real scanner report
#      (../shared/fixtures, see its PROVENANCE.md) into a temporary store and its findings count;
#      /usr/bin/bulkhead under the offscreen platform writing a screenshot of its window
#   4. appstreamcli validate and desktop-file-validate on the installed metadata
#   5. apt-get remove bulkhead, unless it was installed before or BULKHEAD_KEEP_PACKAGE=1
# Exits non-zero on the first failure, saying what failed.
set -euo pipefail
cd "$(dirname "$0")/.."

SUDO=""
[ "$(id -u)" -eq 0 ] || SUDO="sudo"
APP_ID=io.github.bulkhead.Bulkhead
FIXTURES="${BULKHEAD_FIXTURES_DIR:-$PWD/../shared/fixtures}"
checks=0

fail()
{
    echo "package-check: FAILED: $*" >&2
    exit 1
}
ok()
{
    checks=$((checks + 1))
    echo "package-check: ok: $*"
}

# 1. Build and package. Old packages go first, so that the glob below names one file.
[ -f build/CPackConfig.cmake ] || fail "build/ is not configured: run installer/debian-setup.sh first"
for tool in cpack dpkg-shlibdeps appstreamcli desktop-file-validate file; do
    command -v "$tool" >/dev/null || fail "$tool is missing: run installer/debian-setup.sh first"
done
cmake --build build --target bulkhead bulkheadctl bulkhead_translations bulkhead_desktop_files ||
    fail "the build of the packaged programs failed"
version=$(sed -n 's/^set(CPACK_PACKAGE_VERSION "\(.*\)")$/\1/p' build/CPackConfig.cmake)
arch=$(dpkg --print-architecture)
[ -n "$version" ] || fail "no CPACK_PACKAGE_VERSION in build/CPackConfig.cmake"
rm -f build/bulkhead_*.deb build/bulkhead-*.tar.gz
(cd build && cpack -G DEB && cpack -G TGZ) || fail "cpack could not build the packages"
deb="build/bulkhead_${version}_${arch}.deb"
[ -s "$deb" ] || fail "cpack wrote no $deb"
[ -s "build/bulkhead-${version}-Linux.tar.gz" ] || fail "cpack wrote no build/bulkhead-${version}-Linux.tar.gz"
ok "built $deb and build/bulkhead-${version}-Linux.tar.gz"

# 2. Install it as a user would (apt resolves the dependencies dpkg-shlibdeps computed).
installed_before=no
dpkg-query -W -f='${Status}' bulkhead 2>/dev/null | grep -q "install ok installed" && installed_before=yes
tmp=$(mktemp -d)
cleanup()
{
    rm -rf "$tmp"
    if [ "$installed_before" = no ] && [ "${BULKHEAD_KEEP_PACKAGE:-0}" != 1 ] &&
        dpkg-query -W -f='${Status}' bulkhead 2>/dev/null | grep -q "install ok installed"; then
        DEBIAN_FRONTEND=noninteractive $SUDO apt-get remove -y -q bulkhead >/dev/null ||
            echo "package-check: could not remove the bulkhead package" >&2
    fi
}
trap cleanup EXIT
install_deb()
{
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -q "./$deb"
}
if ! install_deb; then
    # Package lists too old for a dependency: refresh once.
    $SUDO apt-get update -q
    install_deb || fail "apt-get install ./$deb"
fi
[ "$(dpkg-query -W -f='${Version}' bulkhead)" = "$version" ] || fail "dpkg does not list bulkhead $version as installed"
ok "installed $deb"

# 3. The installed programs, on a temporary home: settings and stores of the user running this stay
#    untouched.
export HOME="$tmp/home" XDG_DATA_HOME="$tmp/home/.local/share" XDG_CONFIG_HOME="$tmp/home/.config"
mkdir -p "$XDG_DATA_HOME" "$XDG_CONFIG_HOME"
ctl=/usr/bin/bulkheadctl
[ -x "$ctl" ] || fail "$ctl is not installed"
got=$("$ctl" --version) || fail "$ctl --version exited non-zero"
[ "$got" = "bulkheadctl $version" ] || fail "$ctl --version printed \"$got\", not \"bulkheadctl $version\""
ok "$ctl --version: $got"

report="$FIXTURES/trivy/alpine-310.json.golden"
if [ -f "$report" ]; then
    store="$tmp/store.db"
    "$ctl" --db "$store" import --quiet "$report" || fail "$ctl import $report"
    # The fixture's 4 vulnerabilities (PROVENANCE.md), counted from the JSON list of findings.
    count=$("$ctl" --db "$store" findings --format json | grep -c '"fingerprint"' || true)
    [ "$count" -eq 4 ] || fail "$ctl findings lists $count findings after importing $report, not 4"
    ok "imported $report: $count findings"
else
    store="$tmp/store.db"
    echo "package-check: SKIPPED: import check: no fixtures at $FIXTURES (set BULKHEAD_FIXTURES_DIR)"
fi

gui=/usr/bin/bulkhead
[ -x "$gui" ] || fail "$gui is not installed"
shot="$tmp/window.png"
QT_QPA_PLATFORM=offscreen timeout 120 "$gui" --db "$store" --screenshot "$shot" ||
    fail "$gui --screenshot under the offscreen platform exited non-zero"
[ -s "$shot" ] || fail "$gui wrote no screenshot ($shot missing or empty)"
file -b "$shot" | grep -q '^PNG image data' || fail "$shot is no PNG: $(file -b "$shot")"
ok "$gui (offscreen) wrote a $(file -b "$shot" | cut -d, -f2 | tr -d ' ') screenshot"

# 4. The installed desktop integration.
appstreamcli validate --no-net "/usr/share/metainfo/$APP_ID.metainfo.xml" ||
    fail "appstreamcli validate /usr/share/metainfo/$APP_ID.metainfo.xml"
ok "appstreamcli validate --no-net /usr/share/metainfo/$APP_ID.metainfo.xml"
desktop-file-validate "/usr/share/applications/$APP_ID.desktop" ||
    fail "desktop-file-validate /usr/share/applications/$APP_ID.desktop"
ok "desktop-file-validate /usr/share/applications/$APP_ID.desktop"
for f in "/usr/share/icons/hicolor/scalable/apps/$APP_ID.svg" "/usr/share/icons/hicolor/48x48/apps/$APP_ID.png" \
    /usr/share/man/man1/bulkhead.1.gz /usr/share/man/man1/bulkheadctl.1.gz \
    /usr/share/bash-completion/completions/bulkheadctl; do
    [ -s "$f" ] || fail "$f is not installed"
done
ls /usr/share/bulkhead/translations/bulkhead_*_de.qm >/dev/null 2>&1 || fail "no German translations installed"
ls /usr/share/bulkhead/translations/bulkhead_*_fr.qm >/dev/null 2>&1 || fail "no French translations installed"
ok "icons, man pages, bash completion and translations installed"

echo "package-check: all $checks checks of the installed package succeeded"
