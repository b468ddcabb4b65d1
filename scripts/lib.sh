# Shared by the quick-start scripts: install what is missing from Debian, then configure and build.
# Everything comes from Debian packages; nothing is downloaded at build time.

GALLEY_PACKAGES="cmake g++ ninja-build pkg-config libcli11-dev nlohmann-json3-dev libutf8proc-dev
  libgtest-dev libgmock-dev libxml2-dev libxml2-utils libpugixml-dev libzip-dev zipcmp zipmerge ziptool
  libtomlplusplus-dev w3c-sgml-lib libssl-dev zlib1g-dev epubcheck default-jre-headless jing
  fop fonts-noto-cjk poppler-utils"

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
