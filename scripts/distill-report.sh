#!/usr/bin/env bash
# Distils every layer of each fixture checkpoint with GDN and GLA students, from weight
# transfer and from random initialisation, and prints the held-out MSE at step 0 and at
# the end per layer (the table in docs/distillation.md).
#   scripts/distill-report.sh [STEPS] [BUILD_DIR]
set -euo pipefail
cd "$(dirname "$0")/.."
STEPS=${1:-300}
BUILD=${2:-build}
DTR="$BUILD/app/cli/dtr"
CORPUS=/usr/share/common-licenses/GPL-3   # base-files: present on every Debian system
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
echo "| model | mixer | init | layer | held-out MSE step 0 | step $STEPS | reduction |"
echo "| --- | --- | --- | --- | --- | --- | --- |"
for model in tiny-llama tiny-qwen2 tiny-mistral-swa; do
  dir=../shared/fixtures/hf/models/$model
  "$DTR" project create "$WORK/$model.dtr" --model "$dir" > /dev/null
  for mixer in gdn gla; do
    for init in transfer random; do
      "$DTR" distill "$WORK/$model.dtr" --mixer $mixer --init $init --calib "$CORPUS" --steps "$STEPS" \
        --seq-len 64 --batch-size 4 --lr 3e-3 --eval-every "$STEPS" --checkpoint-every "$STEPS" --threads 2 \
        --seed 0 2>/dev/null |
      sed -n 's/^  layer \([0-9]*\): held-out MSE \([^ ]*\) (from \([^,]*\), \([^x]*\)x lower)/\1 \2 \3 \4/p' |
      while read -r layer final initial ratio; do
        printf '| %s | %s | %s | %s | %.3g | %.3g | %.0fx |\n' "$model" "$mixer" "$init" "$layer" "$initial" "$final" "$ratio"
      done
    done
  done
done
