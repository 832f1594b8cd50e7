#!/usr/bin/env python3
"""Writes tests/data/jetblock/: a JetBlock layer and its outputs in float64, computed by a
plain-PyTorch reference of Jet-Nemotron's JetBlock (NVlabs/Jet-Nemotron,
jetai/modeling/hf/jet_block.py and dynamic_conv.py) on their non-Triton paths:

  - DynamicShortConvolution._forward_naive (pad, unfold, per-token kernels from
    kernel_generator = w1 -> SiLU -> w2) and ._step_naive (a [B, D, W] cache rolled
    by one token per step), SiLU after the convolution;
  - the gated delta rule as fla's naive recurrent form with use_qk_l2norm_in_kernel
    (q, k L2-normalised with eps 1e-6, q scaled by head_dim^-1/2, fla's default);
  - FusedRMSNormGated: rmsnorm(o) * weight * silu(g_proj(x)) per head;
  - padding as the reference handles it for prefill: each row's real tokens alone
    (its unpad / cu_seqlens path), the padded inputs of v zeroed before the conv.

    /usr/bin/python3 tests/python/make_jetblock_fixture.py [OUT_DIR]

Needs only torch (Debian's python3-torch); the .safetensors file is written with the
saver of core/export/python/dtr_hybrid_torch.py. Sizes: hidden 32, 2 heads, head_dim 8,
expand_v 2, conv_size 4, generator reduction 4, batch 2, T 37 (ragged against chunks of
16 or 64). Deterministic (seed 20250).
"""

import json
import math
import os
import sys

import torch
import torch.nn.functional as F

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "..", "core", "export", "python"))
import dtr_hybrid_torch as dh  # noqa: E402  (safetensors I/O only)

OPTIONS = {"hidden_size": 32, "num_heads": 2, "head_dim": 8, "expand_v": 2.0, "conv_size": 4,
           "dconv_generator_reduction": 4, "chunk_size": 16, "norm_eps": 1e-5,
           "bias": False, "gate_bias": False, "out_bias": False}
B, T, PREFIX, PAD = 2, 37, 20, 5


def l2norm(x, eps=1e-6):
    return x * torch.rsqrt((x * x).sum(-1, keepdim=True) + eps)


def get_kernel(w, gin, W):
    flat = F.linear(F.silu(F.linear(gin, w["dynamic_conv1d.kernel_generator.w1.weight"])),
                    w["dynamic_conv1d.kernel_generator.w2.weight"], w["dynamic_conv1d.kernel_generator.w2.bias"])
    return flat.view(*flat.shape[:-1], -1, W)  # '... (d w) -> ... d w'


def dconv_forward_naive(w, x, gin, W):
    """x [B, T, D] -> silu(conv) [B, T, D] and the cache [B, D, W] (the last W inputs)."""
    kernels = get_kernel(w, gin, W)                      # [B, T, D, W]
    xp = F.pad(x.transpose(1, 2), (W - 1, 0))            # [B, D, T+W-1]
    xu = xp.unfold(dimension=2, size=W, step=1).permute(0, 2, 1, 3)  # [B, T, D, W]
    y = F.silu((xu * kernels).sum(-1))
    n = min(W, x.shape[1])
    cache = x.new_zeros(x.shape[0], x.shape[2], W)
    cache[:, :, -n:] = x[:, -n:, :].transpose(1, 2)
    return y, cache


def dconv_step_naive(w, x, gin, cache, W):
    """x, gin [B, 1, *]; cache [B, D, W] rolled in place."""
    cache.copy_(cache.roll(shifts=-1, dims=-1))
    cache[:, :, -1] = x[:, 0]
    kernels = get_kernel(w, gin[:, 0], W)                # [B, D, W]
    return F.silu((cache * kernels).sum(-1)).unsqueeze(1), cache


def naive_recurrent_gated_delta_rule(q, k, v, beta, g, scale, initial_state=None):
    """fla's naive form. q, k [B, T, H, K], v [B, T, H, V], beta, g [B, T, H]."""
    q, k, v, beta, g = (t.transpose(1, 2) for t in (q, k, v, beta, g))
    Bn, H, Tn, K = q.shape
    V = v.shape[-1]
    o = torch.zeros(Bn, H, Tn, V, dtype=q.dtype)
    h = torch.zeros(Bn, H, K, V, dtype=q.dtype) if initial_state is None else initial_state.clone()
    q = q * scale
    for i in range(Tn):
        b_q, b_k, b_v = q[:, :, i], k[:, :, i], v[:, :, i].clone()
        h = h * g[:, :, i].exp()[..., None, None]
        b_v = b_v - (h * b_k[..., None]).sum(-2)
        b_v = b_v * beta[:, :, i][..., None]
        h = h + b_k.unsqueeze(-1) * b_v.unsqueeze(-2)
        o[:, :, i] = torch.einsum("bhd,bhdm->bhm", b_q, h)
    return o.transpose(1, 2), h


def jetblock(w, x, state=None, step=False, mask=None):
    """One JetBlock call. state = (conv cache [B, D, W], recurrent state) or None.
    Returns (output, (conv cache, recurrent state))."""
    H, Dk, W = OPTIONS["num_heads"], OPTIONS["head_dim"], OPTIONS["conv_size"]
    Dv = int(Dk * OPTIONS["expand_v"])
    Bn, Tn, _ = x.shape
    q = F.silu(F.linear(x, w["q_proj.weight"]))
    k = F.silu(F.linear(x, w["k_proj.weight"]))
    vin = F.linear(x, w["v_proj.weight"])
    if mask is not None:
        vin = vin * mask.unsqueeze(-1)
    if step:
        v, cache = dconv_step_naive(w, vin, x, state[0], W)
    else:
        v, cache = dconv_forward_naive(w, vin, x, W)
    q, k = q.view(Bn, Tn, H, Dk), k.view(Bn, Tn, H, Dk)
    v = v.view(Bn, Tn, H, Dv)
    beta = torch.sigmoid(F.linear(x, w["b_proj.weight"]))
    g = -w["A_log"].exp() * F.softplus(F.linear(x, w["a_proj.weight"]) + w["dt_bias"])
    o, S = naive_recurrent_gated_delta_rule(l2norm(q), l2norm(k), v, beta, g, Dk ** -0.5,
                                            None if state is None else state[1])
    gate = F.linear(x, w["g_proj.weight"]).view(Bn, Tn, H, Dv)
    o = o * torch.rsqrt(o.pow(2).mean(-1, keepdim=True) + OPTIONS["norm_eps"]) * w["o_norm.weight"]
    o = (o * F.silu(gate)).reshape(Bn, Tn, H * Dv)
    return F.linear(o, w["o_proj.weight"]), (cache, S)


def make_weights(gen):
    C, H, Dk, W = OPTIONS["hidden_size"], OPTIONS["num_heads"], OPTIONS["head_dim"], OPTIONS["conv_size"]
    Dv = int(Dk * OPTIONS["expand_v"])
    VD = H * Dv
    G = VD // OPTIONS["dconv_generator_reduction"]

    def rnd(*shape, std):
        return torch.randn(*shape, generator=gen, dtype=torch.float64) * std

    w2_bias = rnd(VD, W, std=0.3)
    w2_bias[:, -1] += 1.0  # near the identity kernel, as trained kernels are
    return {
        "q_proj.weight": rnd(H * Dk, C, std=C ** -0.5),
        "k_proj.weight": rnd(H * Dk, C, std=C ** -0.5),
        "v_proj.weight": rnd(VD, C, std=C ** -0.5),
        "b_proj.weight": rnd(H, C, std=C ** -0.5),
        "a_proj.weight": rnd(H, C, std=C ** -0.5),
        "A_log": torch.empty(H, dtype=torch.float64).uniform_(0.5, 4, generator=gen).log(),
        "dt_bias": rnd(H, std=0.5),
        "dynamic_conv1d.kernel_generator.w1.weight": rnd(G, C, std=C ** -0.5),
        "dynamic_conv1d.kernel_generator.w2.weight": rnd(VD * W, G, std=0.3 * G ** -0.5),
        "dynamic_conv1d.kernel_generator.w2.bias": w2_bias.reshape(-1),
        "g_proj.weight": rnd(VD, C, std=C ** -0.5),
        "o_norm.weight": 1.0 + rnd(Dv, std=0.2),
        "o_proj.weight": rnd(C, VD, std=VD ** -0.5),
    }


def main():
    out_dir = sys.argv[1] if len(sys.argv) > 1 else os.path.join(HERE, "..", "data", "jetblock")
    os.makedirs(out_dir, exist_ok=True)
    gen = torch.Generator().manual_seed(20250)
    w = make_weights(gen)
    x = torch.randn(B, T, OPTIONS["hidden_size"], generator=gen, dtype=torch.float64)
    with torch.no_grad():
        y, (cache, S) = jetblock(w, x)
        # Prefill PREFIX tokens, then the reference's decode step token by token.
        parts = []
        yp, state = jetblock(w, x[:, :PREFIX])
        parts.append(yp)
        for t in range(PREFIX, T):
            yt, state = jetblock(w, x[:, t:t + 1], state=state, step=True)
            parts.append(yt)
        decode = torch.cat(parts, 1)
        # Row 1 left-padded by PAD: its real tokens alone (the reference's unpad path).
        mask = torch.ones(B, T, dtype=torch.float64)
        mask[1, :PAD] = 0
        padded = torch.zeros_like(y)
        padded[0] = y[0]
        padded[1, PAD:] = jetblock(w, x[1:, PAD:])[0][0]
    tensors = {"weights." + n: t for n, t in w.items()}
    tensors.update({"input": x, "output": y, "final_state": S, "conv_cache": cache, "decode.output": decode,
                    "padded.mask": mask, "padded.output": padded})
    meta = {"options": json.dumps(OPTIONS), "prefix": str(PREFIX), "pad": str(PAD),
            "source": "tests/python/make_jetblock_fixture.py (plain-PyTorch reference of Jet-Nemotron's JetBlock)"}
    path = os.path.join(out_dir, "jetblock_reference.safetensors")
    dh.save_safetensors(path, tensors, meta)
    with open(os.path.join(out_dir, "jetblock_reference.json"), "w", encoding="utf-8") as f:
        json.dump({"options": OPTIONS, "batch": B, "tokens": T, "prefix": PREFIX, "pad": PAD, "dtype": "float64",
                   "decode_vs_full_max_abs": float((decode - y).abs().max()),
                   "tensors": {n: list(t.shape) for n, t in tensors.items()}}, f, indent=2)
        f.write("\n")
    print("wrote %s (%d tensors); reference decode vs full: %.3g" % (path, len(tensors),
                                                                     float((decode - y).abs().max())))


if __name__ == "__main__":
    main()
