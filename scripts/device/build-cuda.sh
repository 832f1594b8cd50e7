#!/usr/bin/env bash
# Builds core, the CLI and the benchmarks against the machine's torch wheel LibTorch
# (CUDA) into /tmp/build-cuda, with no Qt (DTR_BUILD_GUI=OFF).
#   scripts/device/build-cuda.sh DEBS_DIR OUT_DIR
# DEBS_DIR: Debian .debs for headers the machine lacks (see cuda-check.sh), unpacked
# under /tmp/deps, never into /.
set -euo pipefail
DEBS=$(realpath "$1"); OUT=$(realpath "$2")
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
mkdir -p /tmp/deps "$OUT"
for f in "$DEBS"/*.deb; do dpkg -x "$f" /tmp/deps; done
D=/tmp/deps/usr
TORCH_PREFIX=$(python3 -c "import torch; print(torch.utils.cmake_prefix_path)")
export PKG_CONFIG_PATH=$D/lib/x86_64-linux-gnu/pkgconfig PKG_CONFIG_SYSROOT_DIR=/tmp/deps
nvidia-smi --query-gpu=name,driver_version --format=csv,noheader
python3 -c "import torch; print('torch', torch.__version__, 'cuda', torch.version.cuda)"
t0=$(date +%s)
cmake -S "$ROOT" -B /tmp/build-cuda -G Ninja -DCMAKE_BUILD_TYPE=Release -DDTR_BUILD_GUI=OFF -DDTR_USE_OPENMP=OFF -DDTR_USE_BLAS=OFF \
  -DCMAKE_PREFIX_PATH="$TORCH_PREFIX;$D" \
  -DSQLite3_INCLUDE_DIR=$D/include -DSQLite3_LIBRARY=$D/lib/x86_64-linux-gnu/libsqlite3.so \
  > "$OUT/cmake.log" 2>&1 || { tail -40 "$OUT/cmake.log"; exit 1; }
cmake --build /tmp/build-cuda -j16 > "$OUT/build.log" 2>&1 || { grep -E "error|Error" -A3 "$OUT/build.log" | head -60; exit 1; }
echo "build: $(( $(date +%s) - t0 )) s; warnings: $(grep -c 'warning:' "$OUT/build.log" || true)"
