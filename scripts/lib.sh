# Shared by the quick-start scripts: install what is missing from Debian, then configure and build.
# Everything comes from Debian packages; nothing is downloaded at build time.

GALLEY_PACKAGES="cmake g++ ninja-build pkg-config libcli11-dev nlohmann-json3-dev libutf8proc-dev
  libgtest-dev libgmock-dev libxml2-dev libxml2-utils libpugixml-dev libzip-dev zipcmp zipmerge ziptool
  libtomlplusplus-dev w3c-sgml-lib libssl-dev zlib1g-dev epubcheck default-jre-headless jing
  fop fonts-noto-cjk poppler-utils chromium nodejs python3-jsonschema"

# install_packages PKG... — apt-get only what is not installed yet (run as root on Debian 12).
install_packages() {
    missing=""
    for p in "$@"; do
        dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing="$missing $p"
    done
    [ -z "$missing" ] && return 0
    echo "galley: installing:$missing"
    if [ "$(id -u)" != 0 ]; then
        echo "galley: run as root (or install these packages first):$missing" >&2
        return 1
    fi
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq && apt-get install -y -qq --no-install-recommends $missing >/dev/null
}

# build DIR [CMAKE_ARGS...] — configure and build galley into DIR. Release: without debug information the
# template-heavy tests compile in a third of the time (CI has 2 cores); later arguments may override it.
build() {
    dir=$1
    shift
    cmake -S "$GALLEY_ROOT" -B "$GALLEY_ROOT/$dir" -G Ninja -DCMAKE_BUILD_TYPE=Release "$@" >/dev/null &&
        cmake --build "$GALLEY_ROOT/$dir" --parallel "$(nproc)"
}

# DAISY Ace, the EPUB accessibility checker the tests run on the sample edition's books. It is not in Debian:
# npm installs it once into GALLEY_ACE_DIR, outside the checkout and every build folder, so a fresh clone or
# a wiped build reuses it (the npm install is the slow part) and nothing is fetched at build time. The tests
# find it there (CMake's GALLEY_ACE_DIR, the same default). It runs in Debian's Chromium through
# ace-puppeteer: the Electron and Chromium downloads of its npm packages are skipped.
GALLEY_ACE_VERSION=1.4.6
GALLEY_ACE_DIR=${GALLEY_ACE_DIR:-/opt/galley-tools/ace}

# install_ace — Debian's chromium and nodejs (npm too, unless an npm came with nodejs), then
# @daisy/ace@$GALLEY_ACE_VERSION into $GALLEY_ACE_DIR; nothing when that version is there already.
install_ace() {
    install_packages chromium nodejs || return 1
    # NodeSource's nodejs carries its own npm and conflicts with Debian's npm package.
    command -v npm >/dev/null 2>&1 || install_packages npm || return 1
    package="$GALLEY_ACE_DIR/node_modules/@daisy/ace/package.json"
    if [ -x "$GALLEY_ACE_DIR/node_modules/.bin/ace-puppeteer" ] && [ -f "$package" ] &&
        [ "$(node -p "require('$package').version" 2>/dev/null)" = "$GALLEY_ACE_VERSION" ]; then
        return 0
    fi
    echo "galley: installing @daisy/ace@$GALLEY_ACE_VERSION into $GALLEY_ACE_DIR"
    # Staged beside it and renamed into place: an interrupted install leaves no folder that looks complete.
    stage="$GALLEY_ACE_DIR.staging.$$"
    rm -rf "$stage" && mkdir -p "$stage" &&
        (cd "$stage" && npm init -y >/dev/null &&
            ELECTRON_SKIP_BINARY_DOWNLOAD=1 PUPPETEER_SKIP_DOWNLOAD=1 PUPPETEER_SKIP_CHROMIUM_DOWNLOAD=1 \
                npm install --no-audit --no-fund --loglevel=error "@daisy/ace@$GALLEY_ACE_VERSION" >/dev/null) &&
        [ -x "$stage/node_modules/.bin/ace-puppeteer" ] &&
        rm -rf "$GALLEY_ACE_DIR" && mv "$stage" "$GALLEY_ACE_DIR" || {
        rm -rf "$stage"
        echo "galley: installing @daisy/ace@$GALLEY_ACE_VERSION failed" >&2
        return 1
    }
}
