#!/usr/bin/env bash
# The mixer scaling benchmark on the GPU: builds with build-cuda.sh, then
#   bench_mixers --device cuda  at T = 512 ... 32768.
#   scripts/device/bench-mixers-cuda.sh DEBS_DIR OUT_DIR
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
bash "$ROOT/scripts/device/build-cuda.sh" "$1" "$2"
nvidia-smi --query-gpu=name --format=csv,noheader
/tmp/build-cuda/bench/bench_mixers --device cuda --runs 10 --lengths 512,1024,2048,4096,8192,16384,32768
