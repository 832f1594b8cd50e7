#!/usr/bin/env python3
"""Markdown tables of dtr bench --json results (docs/benchmarks.md).

    python3 bench/speed_table.py build/speed-bench/*.json
"""
import json
import sys


def mb(b):
    return f"{b / 1e6:.1f}"


for path in sys.argv[1:]:
    r = json.load(open(path))
    n, L = len(r["linear_layers"]), r["num_layers"]
    print(f"**{r['name']}**: {n} of {L} layers linear ({100 * n // L}%), {r['device']}\n")
    print("| context | prefill tok/s (full) | decode ms median / p90 | full decode ms | KV cache MB (full) | state MB "
          "| predicted speed-up | measured speed-up | measured / predicted |")
    print("| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |")
    for p, b in zip(r["points"], r["baseline"]):
        ratio = p["measured_speedup"] / p["predicted_speedup"]
        print(f"| {p['context']} | {p['prefill_tokens_per_second']:.0f} ({b['prefill_tokens_per_second']:.0f}) "
              f"| {p['decode_median_ms']:.2f} / {p['decode_p90_ms']:.2f} | {b['decode_median_ms']:.2f} "
              f"| {mb(p['kv_cache_bytes'])} ({mb(b['kv_cache_bytes'])}) | {mb(p['state_bytes'])} "
              f"| {p['predicted_speedup']:.2f}x | {p['measured_speedup']:.2f}x | {100 * ratio:.0f}% |")
    print()
