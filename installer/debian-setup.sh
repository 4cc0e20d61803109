#!/usr/bin/env bash
# Installs what Bulkhead needs on Debian 12 (only what is missing) and builds it into build/.
# Used by installer/quickstart.sh (both Quick start commands, and so CI).
set -euo pipefail
cd "$(dirname "$0")/.."

PACKAGES=(
  build-essential cmake ninja-build pkg-config
  qt6-base-dev qt6-charts-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
  qt6-httpserver-dev qt6-websockets-dev qtkeychain-qt6-dev
  libyaml-cpp-dev libsimdjson-dev libxxhash-dev nlohmann-json3-dev libcurl4-openssl-dev libsqlite3-dev libssl-dev
  fonts-dejavu-core xvfb xauth imagemagick poppler-utils sqlite3 docker-registry skopeo apache2-utils openssl time
  dbus-daemon gnome-keyring  # tests: a private Secret Service (tests/core/tst_keyring.cpp, source CLI)
  nghttp2-server             # tests: nghttpd, an HTTP/2 server for tst_httpclient
  kubernetes-client          # tests: kubectl proves the test API server speaks the real protocol (tst_kubeapiserver)
  librsvg2-bin               # build: rsvg-convert renders the application icon's PNG sizes
  dpkg-dev file              # packages: dpkg-shlibdeps computes the .deb's dependencies (cpack)
  appstream desktop-file-utils groff-base  # tests/installer, package-check.sh: validators, man pages
)
missing=()
for p in "${PACKAGES[@]}"; do
  # Any kubectl will do for the tests; Debian's kubernetes-client cannot be installed over another
  # package's /usr/bin/kubectl (e.g. Google Cloud's `kubectl` package).
  if [ "$p" = kubernetes-client ] && command -v kubectl >/dev/null 2>&1; then continue; fi
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  SUDO=""
  [ "$(id -u)" -eq 0 ] || SUDO="sudo"
  echo "Installing: ${missing[*]}"
  $SUDO apt-get update
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y "${missing[@]}"
fi

cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE="${BULKHEAD_BUILD_TYPE:-RelWithDebInfo}" ${BULKHEAD_CMAKE_ARGS:-}
cmake --build build --parallel "$(nproc)"
