#!/bin/sh
# Quick start, first command: install what is missing, build, and run the main job: build the sample
# edition (the seed page as page 1 of samples/yongkang-2023-01-04) with every exporter.
set -eu
GALLEY_ROOT=$(cd "$(dirname "$0")/.." && pwd)
. "$GALLEY_ROOT/scripts/lib.sh"

install_packages $GALLEY_PACKAGES
build build -DGALLEY_BUILD_TESTS=OFF

out="$GALLEY_ROOT/out/yongkang-2023-01-04"
"$GALLEY_ROOT/build/galley" build "$GALLEY_ROOT/samples/yongkang-2023-01-04" -o "$out"
echo "galley: results are in $out"
