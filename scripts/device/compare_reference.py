"""Compare `dtr forward`/`dtr generate` outputs with a transformers reference.safetensors.
Prints one line per model; exit 1 when float32 parity (1e-4 of the largest reference
magnitude) or greedy generation differs."""
import sys
import torch
from safetensors.torch import load_file

ref_path, f32_path, bf16_path, gen_path, name = sys.argv[1:6]
ref, f32, bf16, gen = (load_file(p) for p in (ref_path, f32_path, bf16_path, gen_path))

def rel(a, b):
    b = b.double()
    return ((a.double() - b).abs().max() / b.abs().max().clamp_min(1e-30)).item()

keys = ["logits"] + sorted(k for k in ref if k.startswith("hidden_states.") or k.startswith("attn_output."))
worst = max(rel(f32[k], ref[k]) for k in keys)
worst_bf16 = rel(bf16["logits"], ref["logits"])
gen_ok = torch.equal(gen["output_ids"], ref["generate.output"])
ok = worst < 1e-4 and gen_ok
print(f"{name:28s} cuda f32 max rel err {worst:.2e} over {len(keys)} tensors | bf16 logits {worst_bf16:.2e} | "
      f"greedy generation {'identical' if gen_ok else 'DIFFERS'} | {'OK' if ok else 'FAIL'}")
sys.exit(0 if ok else 1)
