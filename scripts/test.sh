#!/usr/bin/env bash
# Set-up, build and the whole test suite through CTest (GUI tests on the offscreen
# platform). The Hugging Face fixtures are read from ../shared beside the checkout.
set -euo pipefail
cd "$(dirname "$0")/.."
if [ ! -d ../shared/fixtures/hf ]; then
  echo "test.sh: ../shared/fixtures/hf is missing: the parity tests need the shared fixtures beside the checkout" >&2
  exit 1
fi
bash scripts/build.sh
BUILD_DIR=${DTR_BUILD_DIR:-build}
export QT_QPA_PLATFORM=offscreen
ctest --test-dir "$BUILD_DIR" --output-on-failure -j "${DTR_JOBS:-$(nproc)}"
