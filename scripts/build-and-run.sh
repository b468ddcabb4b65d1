#!/bin/sh
# Quick start, first command: install what is missing, build, and run the main job on seeds/.
# Today the main job normalizes the seed page into galley's article model (canonical JSON).
set -eu
GALLEY_ROOT=$(cd "$(dirname "$0")/.." && pwd)
. "$GALLEY_ROOT/scripts/lib.sh"

install_packages $GALLEY_PACKAGES
build build -DGALLEY_BUILD_TESTS=OFF

mkdir -p "$GALLEY_ROOT/out"
"$GALLEY_ROOT/build/galley" normalize --issue-date 2023-01-04 \
    "$GALLEY_ROOT/seeds/000_0472c9a91ac7b432.txt" -o "$GALLEY_ROOT/out/000_0472c9a91ac7b432.json"
echo "galley: results are in $GALLEY_ROOT/out/000_0472c9a91ac7b432.json"
