#!/usr/bin/env bash
# Installs the Debian packages (idempotent), configures and builds everything into
# ./build (or $DTR_BUILD_DIR). Extra arguments go to the CMake configure step.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install-deps.sh
BUILD_DIR=${DTR_BUILD_DIR:-build}
JOBS=${DTR_JOBS:-$(nproc)}
cmake -S . -B "$BUILD_DIR" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo "$@"
cmake --build "$BUILD_DIR" -j "$JOBS"
