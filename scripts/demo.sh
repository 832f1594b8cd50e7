#!/usr/bin/env bash
# Set-up, build, then the main job on the embedded demo model (resources/demo): the whole
# Distill-then-Replace pipeline with `dtr demo --quick` (distillation with GDN, GLA and JetBlock,
# greedy search and baselines on the recall, cloze and topic tasks, a results table),
# then the workbench window on the demo project, showing its distillation runs (when a
# display is available).
# DEMO_ARGS overrides the demo's options, e.g. DEMO_ARGS="" for the full demo.
set -euo pipefail
cd "$(dirname "$0")/.."
# Only what the demo needs: the CLI and the workbench (not the tests or benchmarks).
DTR_TARGETS="dtr dtr-workbench" bash scripts/build.sh
BUILD_DIR=${DTR_BUILD_DIR:-build}
OUT=${DEMO_OUT:-$BUILD_DIR/demo-$(date +%Y%m%d-%H%M%S)}
"$BUILD_DIR/app/cli/dtr" info resources/demo/model
"$BUILD_DIR/app/cli/dtr" demo ${DEMO_ARGS---quick} --out "$OUT"
if [ -n "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ]; then
  # The distillation view: the demo's runs, their loss curves and held-out losses.
  exec "$BUILD_DIR/app/gui/dtr-workbench" --view distillation "$OUT/demo.dtr"
else
  echo "demo.sh: no display; open the project yourself with: $BUILD_DIR/app/gui/dtr-workbench $OUT/demo.dtr"
fi
