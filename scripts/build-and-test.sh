#!/bin/sh
# Quick start, second command: install what is missing, build with the tests, and run every test.
set -eu
GALLEY_ROOT=$(cd "$(dirname "$0")/.." && pwd)
. "$GALLEY_ROOT/scripts/lib.sh"

install_packages $GALLEY_PACKAGES
install_ace
build build -DGALLEY_BUILD_TESTS=ON
# epubcheck was installed above: its checks must run, never skip.
export GALLEY_REQUIRE_EPUBCHECK=1
# So was DAISY Ace (tests/test_ace.cpp): the sample's books must pass it, never skip.
export GALLEY_REQUIRE_ACE=1
ctest --test-dir "$GALLEY_ROOT/build" --output-on-failure --parallel "$(nproc)"
