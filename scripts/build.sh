#!/usr/bin/env bash
# Installs the Debian packages (idempotent), configures and builds into ./build (or
# $DTR_BUILD_DIR): everything, or only the targets in $DTR_TARGETS (e.g. "dtr
# dtr-workbench"). Extra arguments go to the CMake configure step.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install-deps.sh
BUILD_DIR=${DTR_BUILD_DIR:-build}
JOBS=${DTR_JOBS:-$(nproc)}
cmake -S . -B "$BUILD_DIR" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo "$@"
# shellcheck disable=SC2086 # DTR_TARGETS is a list of target names
cmake --build "$BUILD_DIR" -j "$JOBS" ${DTR_TARGETS:+--target $DTR_TARGETS}
