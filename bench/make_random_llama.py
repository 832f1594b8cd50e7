#!/usr/bin/python3
"""Writes a Llama model folder with random weights, for speed benchmarks (docs/benchmarks.md).

    /usr/bin/python3 bench/make_random_llama.py OUT_DIR [--hidden 768] [--layers 12] [--heads 12]
        [--kv-heads 4] [--intermediate 2048] [--vocab 32000] [--max-positions 32768] [--seed 0]

The default is a 100M-parameter shape (hidden 768, 12 layers, GQA 12/4 heads, MLP 2048,
vocabulary 32000, tied embeddings). config.json and model.safetensors (float32, weights
N(0, 0.02), norms 1) only: no tokenizer, since benchmarks feed random token ids.
Needs Debian's python3-torch (or any torch) and nothing else.
"""
import argparse
import json
import os
import struct

import torch


def save_safetensors(path, tensors):
    header, offset, blobs = {}, 0, []
    for name, t in tensors.items():
        data = t.contiguous().numpy().tobytes()
        header[name] = {"dtype": "F32", "shape": list(t.shape), "data_offsets": [offset, offset + len(data)]}
        offset += len(data)
        blobs.append(data)
    header["__metadata__"] = {"format": "pt"}
    text = json.dumps(header).encode()
    text += b" " * ((8 - len(text) % 8) % 8)
    with open(path, "wb") as f:
        f.write(struct.pack("<Q", len(text)))
        f.write(text)
        for b in blobs:
            f.write(b)


def main():
    p = argparse.ArgumentParser()
    p.add_argument("out")
    p.add_argument("--hidden", type=int, default=768)
    p.add_argument("--layers", type=int, default=12)
    p.add_argument("--heads", type=int, default=12)
    p.add_argument("--kv-heads", type=int, default=4)
    p.add_argument("--intermediate", type=int, default=2048)
    p.add_argument("--vocab", type=int, default=32000)
    p.add_argument("--max-positions", type=int, default=32768)
    p.add_argument("--seed", type=int, default=0)
    a = p.parse_args()
    torch.manual_seed(a.seed)
    hd = a.hidden // a.heads
    config = {
        "architectures": ["LlamaForCausalLM"], "model_type": "llama", "hidden_act": "silu",
        "hidden_size": a.hidden, "intermediate_size": a.intermediate, "num_hidden_layers": a.layers,
        "num_attention_heads": a.heads, "num_key_value_heads": a.kv_heads, "head_dim": hd,
        "max_position_embeddings": a.max_positions, "rms_norm_eps": 1e-5, "rope_theta": 500000.0,
        "rope_scaling": None, "tie_word_embeddings": True, "vocab_size": a.vocab, "torch_dtype": "float32",
        "attention_bias": False, "mlp_bias": False, "bos_token_id": 0, "eos_token_id": 0,
    }
    w = lambda *shape: torch.randn(*shape) * 0.02
    t = {"model.embed_tokens.weight": w(a.vocab, a.hidden), "model.norm.weight": torch.ones(a.hidden)}
    for i in range(a.layers):
        pre = f"model.layers.{i}."
        t[pre + "self_attn.q_proj.weight"] = w(a.heads * hd, a.hidden)
        t[pre + "self_attn.k_proj.weight"] = w(a.kv_heads * hd, a.hidden)
        t[pre + "self_attn.v_proj.weight"] = w(a.kv_heads * hd, a.hidden)
        t[pre + "self_attn.o_proj.weight"] = w(a.hidden, a.heads * hd)
        t[pre + "mlp.gate_proj.weight"] = w(a.intermediate, a.hidden)
        t[pre + "mlp.up_proj.weight"] = w(a.intermediate, a.hidden)
        t[pre + "mlp.down_proj.weight"] = w(a.hidden, a.intermediate)
        t[pre + "input_layernorm.weight"] = torch.ones(a.hidden)
        t[pre + "post_attention_layernorm.weight"] = torch.ones(a.hidden)
    os.makedirs(a.out, exist_ok=True)
    with open(os.path.join(a.out, "config.json"), "w") as f:
        json.dump(config, f, indent=2)
    save_safetensors(os.path.join(a.out, "model.safetensors"), t)
    n = sum(x.numel() for x in t.values())
    print(f"wrote {a.out}: {n / 1e6:.1f}M parameters")


if __name__ == "__main__":
    main()
