#!/usr/bin/env bash
# Set-up, build, then the main job on the bundled checkpoint: prints its architecture
# with `dtr info`, generates from a prompt with `dtr generate`, and opens the workbench
# on it (when a display is available).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/build.sh
BUILD_DIR=${DTR_BUILD_DIR:-build}
MODEL=${1:-tests/data/hf-extra/models/tiny-qwen3}
"$BUILD_DIR/app/cli/dtr" info "$MODEL"
"$BUILD_DIR/app/cli/dtr" generate "$MODEL" --prompt "def f(x):" --max-new-tokens 16
if [ -n "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ]; then
  exec "$BUILD_DIR/app/gui/dtr-workbench" "$MODEL"
else
  echo "demo.sh: no display; start the workbench yourself with: $BUILD_DIR/app/gui/dtr-workbench $MODEL"
fi
