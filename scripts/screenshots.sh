#!/usr/bin/env bash
# Screenshots of the real workbench window on a real X server (Xvfb):
#   scripts/screenshots.sh OUT_DIR [PROJECT.dtr | MODEL_DIR] [SECONDS] [LANG] [VIEW] [COMPARE]
# starts dtr-workbench on the project (or model folder) showing VIEW (layer-map, the
# default, distillation, search, configurations, comparison or orders), waits SECONDS (default 6) for its jobs to finish, and
# writes OUT_DIR/workbench[-VIEW][-LANG].png (the window, on a 1400x900 screen).
# Needs a build (scripts/build.sh) and the packages in scripts/install-deps.sh (xvfb,
# x11-apps for xwd, imagemagick for the conversion).
set -euo pipefail
cd "$(dirname "$0")/.."
OUT=${1:?usage: scripts/screenshots.sh OUT_DIR [PROJECT.dtr|MODEL_DIR] [SECONDS] [LANG] [VIEW]}
TARGET=${2:-}
WAIT=${3:-6}
LANGUAGE_CODE=${4:-}
VIEW=${5:-}
COMPARE=${6:-}   # configurations to compare, separated by ';' (the comparison view)
BUILD_DIR=${DTR_BUILD_DIR:-build}
mkdir -p "$OUT"
DISPLAY_NUM=:$((90 + RANDOM % 9))
Xvfb "$DISPLAY_NUM" -screen 0 1400x900x24 -nolisten tcp >/dev/null 2>&1 &
XVFB=$!
trap 'kill $APP $XVFB 2>/dev/null || true' EXIT
sleep 1
# A private settings folder: no saved window layout or recent files of the user's.
export XDG_CONFIG_HOME
XDG_CONFIG_HOME=$(mktemp -d)
NAME=workbench${VIEW:+-$VIEW}
if [ -n "$LANGUAGE_CODE" ]; then
  export LANGUAGE=$LANGUAGE_CODE LC_ALL=C.UTF-8
  NAME=$NAME-$LANGUAGE_CODE
fi
DISPLAY=$DISPLAY_NUM QT_QPA_PLATFORM=xcb "$BUILD_DIR/app/gui/dtr-workbench" ${VIEW:+--view "$VIEW"} ${COMPARE:+--compare "$COMPARE"} ${TARGET:+"$TARGET"} &
APP=$!
sleep "$WAIT"
# The window alone: no window manager runs, so the screen around it is black.
DISPLAY=$DISPLAY_NUM xwd -root -silent | convert xwd:- -trim +repage "png:$OUT/$NAME.png"
echo "wrote $OUT/$NAME.png"
