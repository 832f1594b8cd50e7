#!/usr/bin/env bash
# The speed table of docs/benchmarks.md: dtr bench on the demo model and on a 100M
# Llama shape with random weights, the full model against hybrids with about 25%, 50%
# and 75% linear layers (fresh GDN students: speed does not depend on training), on CPU.
#   bash bench/run_speed_bench.sh [OUT_DIR]     (after scripts/build.sh; about 15 minutes on 2 cores)
set -euo pipefail
cd "$(dirname "$0")/.."
OUT=${1:-build/speed-bench}
DTR=${DTR:-build/app/cli/dtr}
mkdir -p "$OUT"
[ -d "$OUT/llama100m" ] || /usr/bin/python3 bench/make_random_llama.py "$OUT/llama100m"
run() { # name model layers contexts
  echo "== $1: linear layers $3" | tee -a "$OUT/log.txt"
  "$DTR" bench "$2" --layers-linear "$3" --mixer gdn --context "$4" --json 2>>"$OUT/log.txt" \
    | tee -a "$OUT/log.txt" | tail -n 1 > "$OUT/$1.json"
}
# Demo model: 6 layers (2, 3 and 5 linear are the nearest to 25%, 50%, 75%).
run demo-33 resources/demo/model 1,4 512,2048,8192
run demo-50 resources/demo/model 1,3,5 512,2048,8192
run demo-83 resources/demo/model 0,1,2,3,5 512,2048,8192
# 100M shape: 12 layers, 3 / 6 / 9 linear.
run llama100m-25 "$OUT/llama100m" 2,6,10 512,2048,8192
run llama100m-50 "$OUT/llama100m" 1,3,5,7,9,11 512,2048,8192
run llama100m-75 "$OUT/llama100m" 1,2,3,4,6,7,8,9,10 512,2048,8192
echo "results in $OUT/*.json"
