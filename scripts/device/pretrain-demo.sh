#!/usr/bin/env bash
# Pretrains demo-model candidates with `dtr pretrain --device cuda` on a GPU machine:
# builds the CLI against the machine's CUDA LibTorch, then runs the configurations
# below side by side (each prints its held-out loss, the unigram baseline and the demo
# tasks' validation accuracy) and copies each model folder and log to OUT_DIR.
#   scripts/device/pretrain-demo.sh DEBS_DIR OUT_DIR [SECONDS_PER_RUN]
set -euo pipefail
DEBS=$1; OUT=$(mkdir -p "$2" && realpath "$2"); LIMIT=${3:-330}
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
bash "$ROOT/scripts/device/build-cuda.sh" "$DEBS" "$OUT/build"
DTR=/tmp/build-cuda/app/cli/dtr
cd "$ROOT"
D=resources/demo/data
common=(--corpus $D/pretrain.jsonl --valid $D/pretrain_valid.jsonl --vocab-size 1536 --layers 6 --hidden 128
        --intermediate 384 --heads 4 --kv-heads 2 --seq-len 256 --warmup 100 --min-lr-ratio 0.1 --weight-decay 0.1
        --grad-clip 1.0 --seed 0 --threads 2 --device cuda --eval-tokens 16384
        --check-task $D/tasks/recall/validation.jsonl --check-task $D/tasks/cloze/validation.jsonl
        --check-task $D/tasks/topic/validation.jsonl)
run() { # name, extra args...
    local name=$1; shift
    ( /usr/bin/time -v timeout "$LIMIT" "$DTR" pretrain "${common[@]}" --out "$OUT/$name" "$@" ) >"$OUT/$name.log" 2>&1 || echo "$name: exit $?" >>"$OUT/$name.log"
}
md5sum $D/pretrain.jsonl > "$OUT/data.md5"
run a-b16-s3000 --batch-size 16 --steps 3000 --lr 3e-3 --eval-every 1000 &
run b-b32-s3000 --batch-size 32 --steps 3000 --lr 3e-3 --eval-every 1000 &
run c-b16-s6000 --batch-size 16 --steps 6000 --lr 2e-3 --eval-every 2000 &
run d-b32-s6000 --batch-size 32 --steps 6000 --lr 3e-3 --eval-every 2000 &
wait
for f in "$OUT"/*.log; do echo "== $f"; grep -E "wrote|held-out loss:|unigram|task |Elapsed|exit" "$f" || tail -5 "$f"; done
