#!/bin/sh
# Draws the picture of page 1 of the sample edition that plugins/xslfo/README.md shows:
# galley build -t pdf, then poppler's pdftoppm at 45 dpi into docs/images/page-1.png (50 dpi makes an A3
# page of dense Chinese text just over 300 kB).
#   scripts/page-picture.sh [BUILD_DIR]      (default: build; galley must be built there)
# Needs: apt-get install --no-install-recommends fop fonts-noto-cjk poppler-utils
set -eu
here=$(cd "$(dirname "$0")/.." && pwd)
build=${1:-$here/build}
galley=$build/galley
[ -x "$galley" ] || { echo "page-picture: build galley first ($galley is missing)" >&2; exit 1; }
command -v pdftoppm >/dev/null || { echo "page-picture: apt-get install --no-install-recommends poppler-utils" >&2; exit 1; }
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
"$galley" build "$here/samples/yongkang-2023-01-04" -t pdf -o "$out" -q
mkdir -p "$here/docs/images"
pdftoppm -png -r 45 -f 1 -l 1 -singlefile "$out/yongkang-2023-01-04.pdf" "$out/page-1"
mv "$out/page-1.png" "$here/docs/images/page-1.png"
size=$(wc -c <"$here/docs/images/page-1.png")
echo "page-picture: docs/images/page-1.png ($size bytes)"
[ "$size" -lt 300000 ] || { echo "page-picture: the picture is over 300 kB" >&2; exit 1; }
