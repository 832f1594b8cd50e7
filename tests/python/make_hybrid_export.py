#!/usr/bin/env python3
"""Assembles a dtr-export-style hybrid folder by hand, without `dtr export`:

    make_hybrid_export.py MODEL_DIR OUT_DIR [--students S.safetensors] [--dtype float32|bfloat16|float16]
                          [--shard-bytes N]

MODEL_DIR is a Hugging Face folder (Llama / Qwen2 / Qwen3 / Mistral); S.safetensors a
students file as `dtr forward ... --save-students` writes it (tensors
model.layers.{l}.linear_attn.<name>, metadata "students" = {"<l>": {"mixer", "options"}}).
The result holds what `dtr export` writes: config.json with layer_types,
linear_attn_config, auto_map and architectures; the source tensors minus the linear
layers' self_attn.*, plus the students' tensors; the tokenizer files and the two bundled
Python files. `dtr forward OUT_DIR` must then equal
`dtr forward MODEL_DIR --students S.safetensors`.

A development aid for tests/python/test_export_torch.py (which checks folders written by
`dtr export`); it needs nothing but torch.
"""

import argparse
import json
import os
import shutil
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
PYDIR = os.path.join(HERE, "..", "..", "core", "export", "python")
sys.path.insert(0, PYDIR)

import torch  # noqa: E402

import dtr_hybrid_torch as dh  # noqa: E402

DTYPES = {"float32": torch.float32, "bfloat16": torch.bfloat16, "float16": torch.float16}


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("model_dir")
    ap.add_argument("out_dir")
    ap.add_argument("--students")
    ap.add_argument("--dtype", default="float32", choices=sorted(DTYPES))
    ap.add_argument("--shard-bytes", type=int, default=0, help="split the weights into shards of about this size")
    a = ap.parse_args()

    with open(os.path.join(a.model_dir, "config.json"), encoding="utf-8") as f:
        cfg = json.load(f)
    source = dh.HybridConfig(cfg)
    weights = dh.load_folder_weights(a.model_dir)
    linear = {}
    if a.students:
        st, meta = dh.load_safetensors(a.students, with_metadata=True)
        students = json.loads(meta["students"])
        for key, entry in students.items():
            linear[int(key)] = {"mixer": entry["mixer"], "options": entry["options"]}
        for l in linear:
            prefix = "model.layers.%d.self_attn." % l
            weights = {n: t for n, t in weights.items() if not n.startswith(prefix)}
        weights.update(st)
    weights = {n: t for n, t in weights.items() if "rotary_emb.inv_freq" not in n}
    dtype = DTYPES[a.dtype]
    weights = {n: (t.to(dtype) if t.is_floating_point() else t) for n, t in weights.items()}

    types = []
    for l in range(source.num_layers):
        if l in linear:
            types.append("linear_attention")
        elif source.sliding_windows[l] > 0 and source.model_type in ("qwen2", "qwen3"):
            types.append("sliding_attention")
        else:
            types.append("full_attention")
    cfg["layer_types"] = types
    if linear:
        cfg["linear_attn_config"] = {"format": "dtr-hybrid", "version": 1,
                                     "layers": {str(l): linear[l] for l in sorted(linear)}}
        cfg["architectures"] = ["DtrHybridForCausalLM"]
        cfg["auto_map"] = {"AutoConfig": "modeling_dtr_hybrid.DtrHybridConfig",
                           "AutoModelForCausalLM": "modeling_dtr_hybrid.DtrHybridForCausalLM"}
    cfg["torch_dtype"] = a.dtype
    if "dtype" in cfg:
        cfg["dtype"] = a.dtype

    os.makedirs(a.out_dir)
    with open(os.path.join(a.out_dir, "config.json"), "w", encoding="utf-8") as f:
        json.dump(cfg, f, indent=2)
        f.write("\n")
    names = list(weights)
    if a.shard_bytes > 0:
        shards, cur, size = [], [], 0
        for n in names:
            b = weights[n].numel() * weights[n].element_size()
            if cur and size + b > a.shard_bytes:
                shards.append(cur)
                cur, size = [], 0
            cur.append(n)
            size += b
        shards.append(cur)
    else:
        shards = [names]
    if len(shards) == 1:
        dh.save_safetensors(os.path.join(a.out_dir, "model.safetensors"), weights, {"format": "pt"})
    else:
        weight_map = {}
        for i, part in enumerate(shards):
            fname = "model-%05d-of-%05d.safetensors" % (i + 1, len(shards))
            dh.save_safetensors(os.path.join(a.out_dir, fname), {n: weights[n] for n in part}, {"format": "pt"})
            weight_map.update({n: fname for n in part})
        total = sum(t.numel() * t.element_size() for t in weights.values())
        with open(os.path.join(a.out_dir, "model.safetensors.index.json"), "w", encoding="utf-8") as f:
            json.dump({"metadata": {"total_size": total, "format": "pt"}, "weight_map": weight_map}, f, indent=2)
    for name in ("tokenizer.json", "tokenizer_config.json", "special_tokens_map.json", "generation_config.json"):
        if os.path.exists(os.path.join(a.model_dir, name)):
            shutil.copy(os.path.join(a.model_dir, name), os.path.join(a.out_dir, name))
    if linear:
        for name in ("modeling_dtr_hybrid.py", "dtr_hybrid_torch.py"):
            shutil.copy(os.path.join(PYDIR, name), os.path.join(a.out_dir, name))
    print("wrote %s (%d tensors, %d linear layers)" % (a.out_dir, len(weights), len(linear)))


if __name__ == "__main__":
    main()
