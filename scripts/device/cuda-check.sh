#!/usr/bin/env bash
# CUDA check on a GPU machine that has a Python torch wheel (which ships a CUDA LibTorch)
# but no Qt: builds core + the dtr CLI against the wheel's LibTorch (DTR_BUILD_GUI=OFF)
# and compares `dtr forward` / `dtr generate` on CUDA with the transformers references.
#
#   scripts/device/cuda-check.sh DEBS_DIR FIXTURES_DIR OUT_DIR
#
# DEBS_DIR holds Debian .debs for headers the machine lacks (libpcre2-dev,
# libpcre2-8-0, libutf8proc-dev, libutf8proc2, libsqlite3-dev, libsqlite3-0, nlohmann-json3-dev, libcli11-dev,
# libxxhash-dev; fetch them with `apt-get download`); build-cuda.sh unpacks them
# under /tmp/deps, never into /.
# FIXTURES_DIR holds model folders with reference.safetensors.
set -euo pipefail
DEBS=$(realpath "$1"); FIX=$(realpath "$2"); OUT=$(realpath "$3")
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
bash "$ROOT/scripts/device/build-cuda.sh" "$DEBS" "$OUT"
DTR=/tmp/build-cuda/app/cli/dtr
"$DTR" info "$FIX/tiny-llama" | head -3
status=0
for m in "$FIX"/*/; do
  m=${m%/}; n=$(basename "$m")
  for dtype in float32 bfloat16; do
    "$DTR" forward "$m" --input "$m/reference.safetensors" --output "/tmp/fwd-$n-$dtype.safetensors" \
      --attention --device cuda --dtype $dtype 2>/dev/null
  done
  "$DTR" generate "$m" --input "$m/reference.safetensors" --key generate.prompt --max-new-tokens 12 \
    --output "/tmp/gen-$n.safetensors" --device cuda > /dev/null
  python3 "$ROOT/scripts/device/compare_reference.py" "$m/reference.safetensors" \
    "/tmp/fwd-$n-float32.safetensors" "/tmp/fwd-$n-bfloat16.safetensors" "/tmp/gen-$n.safetensors" "$n" || status=1
done
# Hybrid models and distillation on CUDA: a GDN/GLA hybrid's logits on CUDA vs the same
# binary on the CPU, and a short distillation run on the GPU whose held-out loss falls.
m="$FIX/tiny-llama"
for mixer in gdn gla; do
  for dev in cpu cuda; do
    "$DTR" forward "$m" --input "$m/reference.safetensors" --output "/tmp/hyb-$mixer-$dev.safetensors" \
      --layers-linear 1,3 --mixer $mixer --device $dev 2>/dev/null
  done
  python3 - "$mixer" <<'PY' || status=1
import sys, torch
from safetensors.torch import load_file
m = sys.argv[1]
a = load_file(f"/tmp/hyb-{m}-cpu.safetensors")["logits"].double(); b = load_file(f"/tmp/hyb-{m}-cuda.safetensors")["logits"].double()
e = ((a - b).abs().max() / a.abs().max()).item()
print(f"hybrid {m} (layers 1,3 linear) cuda vs cpu logits max rel diff {e:.2e} | {'OK' if e < 1e-4 else 'FAIL'}")
sys.exit(0 if e < 1e-4 else 1)
PY
done
python3 -c "print(\"The quick brown fox jumps over the lazy dog while the students learn from the teacher.\\n\" * 3000)" > /tmp/calib.txt
"$DTR" project create /tmp/d.dtr --model "$m" > /dev/null
"$DTR" distill /tmp/d.dtr --mixer gdn --calib /tmp/calib.txt --steps 100 --seq-len 128 --batch-size 8 --lr 3e-3 \
  --eval-every 100 --checkpoint-every 50 --device cuda 2>/dev/null | tee -a "$OUT/distill-cuda.txt" || status=1

# A bad device name and a damaged file must still give one-line errors on this build.
"$DTR" forward "$FIX/tiny-llama" --input /dev/null --output /tmp/x.safetensors --device cuda 2>&1 | head -2 || true
exit $status
