#!/usr/bin/env bash
# One command for issue #5: the C++ distillation step (bench_distill) against the same
# step in plain PyTorch (bench/distill_step.py), run alternately on this machine, with a
# table of medians and ratios. Results: docs/distill-benchmark.md.
#
#   bench/run_distill_bench.sh                 # defaults below
#   ROUNDS=3 STEPS=4 BATCH=2 bench/run_distill_bench.sh
#
# Environment: BUILD (build dir, default build), ROUNDS (2), MIXERS ("gla gdn"), BATCH (1),
# SEQ (256), STEPS (2, even: RSS is read after STEPS/2 and STEPS), WARMUP (1), THREADS (2),
# SUMMARY_ONLY (1: tables of the JSON already in OUT), PYTHON (/usr/bin/python3: Debian's python3-torch, the same LibTorch 1.13), OUT (a
# directory for the raw JSON, default a temporary one).
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/.." && pwd)
BUILD=${BUILD:-$ROOT/build}
ROUNDS=${ROUNDS:-2}
MIXERS=${MIXERS:-"gla gdn"}
BATCH=${BATCH:-1}
SEQ=${SEQ:-256}
STEPS=${STEPS:-2}
WARMUP=${WARMUP:-1}
THREADS=${THREADS:-2}
PYTHON=${PYTHON:-/usr/bin/python3}
OUT=${OUT:-$(mktemp -d /tmp/distill-bench.XXXXXX)}
mkdir -p "$OUT"

if ! "$PYTHON" -c 'import torch' 2>/dev/null; then
    echo "run_distill_bench: $PYTHON has no torch (apt-get install python3-torch)" >&2
    exit 1
fi
cmake --build "$BUILD" --target bench_distill -j2 >/dev/null
BIN=$BUILD/bench/bench_distill
echo "BLAS: $(ldd "$BIN" | grep -o 'libopenblas[^ ]*' | head -1 || echo 'no OpenBLAS linked') ($(readlink -f /usr/lib/x86_64-linux-gnu/libblas.so.3))"
echo "raw JSON: $OUT"
echo "load before: $(uptime)"

# SUMMARY_ONLY=1 OUT=dir: print the tables of an earlier run's JSON without running anything.
if [ "${SUMMARY_ONLY:-0}" != 1 ]; then
common=(--batch "$BATCH" --seq-len "$SEQ" --steps "$STEPS" --warmup "$WARMUP" --threads "$THREADS")
for round in $(seq 1 "$ROUNDS"); do
    # Breakdown and op profile in the first round only (they cost two extra steps).
    extra=(--breakdown-steps 1)
    [ "$round" -eq 1 ] || extra=(--breakdown-steps 0 --no-profile)
    for mixer in $MIXERS; do
        # Alternate which one goes first, so drifting load hits both alike.
        order="cpp python"
        [ $((round % 2)) -eq 0 ] && order="python cpp"
        for impl in $order; do
            f=$OUT/$impl-$mixer-$round.json
            echo "round $round: $impl $mixer ..." >&2
            if [ "$impl" = cpp ]; then
                "$BIN" --mixer "$mixer" "${common[@]}" "${extra[@]}" >"$f"
            else
                "$PYTHON" "$ROOT/bench/distill_step.py" --mixer "$mixer" "${common[@]}" "${extra[@]}" >"$f"
            fi
        done
    done
done
fi
echo "load after: $(uptime)"

"$PYTHON" - "$OUT" $MIXERS <<'EOF'
import glob, json, os, statistics, sys

out, mixers = sys.argv[1], sys.argv[2:]

def load(impl, mixer):
    return [json.load(open(f)) for f in sorted(glob.glob(os.path.join(out, f"{impl}-{mixer}-*.json")))]

med = statistics.median
first = load("cpp", mixers[0])[0]
print(f"\nteacher {first['teacher_params']/1e6:.1f}M params, {first['layers']} layers; batch {first['batch']} x seq "
      f"{first['seq_len']}; threads {first['threads']}; timed steps per run {first['steps']} (+{first['warmup']} warm-up); "
      f"runs per cell {len(load('cpp', mixers[0]))}")
print("\n| mixer | impl | step ms (median) | tokens/s | C++/Python | GEMM GFLOP/step | achieved GFLOP/s | matmul GFLOP/s | "
      "GEMM at matmul rate / step | fastest step ms (Py/C++ time) | RSS after N / 2N steps MiB | peak RSS (timed steps) MiB |")
print("|---|---|---|---|---|---|---|---|---|---|---|---|")
rows = {}
for m in mixers:
    for impl in ("cpp", "python"):
        runs = load(impl, m)
        steps = [t for r in runs for t in r["step_ms"]]
        step = med(steps)
        tps = first["batch"] * first["seq_len"] / (step / 1e3)
        rate = med([r["matmul_gflops"] for r in runs])
        gemm = runs[0]["step_gemm_gflop_est"]
        rows[(m, impl)] = dict(step=step, fastest=min(steps), tps=tps, rate=rate, gemm=gemm, runs=runs)
    for impl in ("cpp", "python"):
        r = rows[(m, impl)]
        ratio = rows[(m, "cpp")]["tps"] / rows[(m, "python")]["tps"]
        rssn = med([x["rss_after_n_mib"] for x in r["runs"]])
        rss2n = med([x["rss_after_2n_mib"] for x in r["runs"]])
        peak = med([x["peak_rss_after_2n_mib"] for x in r["runs"]])
        print(f"| {m} | {impl} | {r['step']:.0f} | {r['tps']:.1f} | {ratio:.2f}x | {r['gemm']:.1f} | "
              f"{r['gemm'] / (r['step'] / 1e3):.1f} | {r['rate']:.1f} | {(r['gemm'] / r['rate']) / (r['step'] / 1e3):.0%} | "
              f"{r['fastest']:.0f} ({rows[(m, 'python')]['fastest'] / rows[(m, 'cpp')]['fastest']:.2f}x) | {rssn:.0f} / {rss2n:.0f} | {peak:.0f} |")

print("\nAll timed steps, ms (a step many times the others is the shared machine, not the code):")
for m in mixers:
    for impl in ("cpp", "python"):
        print(f"- {m} {impl}: " + "; ".join(", ".join(f"{t:.0f}" for t in r["step_ms"]) for r in rows[(m, impl)]["runs"]))
print("\nWhere the time goes (round 1, instrumented step, ms):")
print("(C++ clips inside its fused AdamW pass, so its clipping time is part of 'clip + AdamW'. C++ trains the students\n"
      " side by side, one per thread: its student phases are their shares of the summed thread time, scaled to\n"
      " the students' wall time, so the columns add up to the step)")
print("\n| mixer | impl | teacher fwd | student fwd+loss | backward | clip + AdamW | total | profiled: GEMM share of op time | GEMM GFLOP/s inside GEMM ops |")
print("|---|---|---|---|---|---|---|---|---|")
for m in mixers:
    for impl in ("cpp", "python"):
        r = rows[(m, impl)]["runs"][0]
        b, p = r["breakdown_ms"], r.get("profile") or {}
        print(f"| {m} | {impl} | {b.get('teacher_fwd', 0):.0f} | {b.get('student_fwd_loss', 0):.0f} | {b.get('backward', 0):.0f} | "
              f"{b.get('clip', 0) + b.get('adamw', 0):.0f} | {b.get('total', 0):.0f} | {p.get('gemm_share', 0):.0%} | "
              f"{p.get('gemm_gflops', 0):.1f} |")
print("\nTop ops by self time (round 1 profiled step):")
for m in mixers:
    for impl in ("cpp", "python"):
        p = rows[(m, impl)]["runs"][0].get("profile")
        if not p:
            continue
        ops = ", ".join(f"{o['op'].replace('aten::', '')} {o['share']:.0%}" for o in p["top_ops"][:8])
        print(f"- {m} {impl}: {ops}")
EOF
