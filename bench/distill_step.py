#!/usr/bin/python3
"""The blockwise-distillation step of bench_distill, written as plain PyTorch research code.

A Llama teacher (RMSNorm, RoPE, GQA attention, SwiGLU MLP) written directly, the input
and output of every attention module captured in the forward, one linear student per
layer (GLA or Gated DeltaNet, the same parameterisation and chunked math as
core/mixers), per-layer MSE, backward, clip_grad_norm_ and torch.optim.AdamW.

Prints one JSON object with the same fields as bench_distill (see
docs/distill-benchmark.md). Run with Debian's python3-torch (/usr/bin/python3), the
same LibTorch 1.13 the C++ engine links.
"""

import argparse
import json
import math
import time

import torch
import torch.nn as nn
import torch.nn.functional as F

UNIT_SILU_BIAS = 1.2784645  # silu(1.2785) = 1


# ------------------------------------------------------------------ teacher

class RMSNorm(nn.Module):
    def __init__(self, dim, eps):
        super().__init__()
        self.weight = nn.Parameter(torch.ones(dim))
        self.eps = eps

    def forward(self, x):
        h = x.float()
        h = h * torch.rsqrt(h.pow(2).mean(-1, keepdim=True) + self.eps)
        return self.weight * h.to(x.dtype)


def rotate_half(x):
    x1, x2 = x.chunk(2, dim=-1)
    return torch.cat((-x2, x1), dim=-1)


class Attention(nn.Module):
    def __init__(self, cfg):
        super().__init__()
        C, H, Hkv, D = cfg["hidden"], cfg["heads"], cfg["kv_heads"], cfg["head_dim"]
        self.H, self.Hkv, self.D = H, Hkv, D
        self.q_proj = nn.Linear(C, H * D, bias=False)
        self.k_proj = nn.Linear(C, Hkv * D, bias=False)
        self.v_proj = nn.Linear(C, Hkv * D, bias=False)
        self.o_proj = nn.Linear(H * D, C, bias=False)

    def forward(self, x, cos, sin, mask):
        B, T, _ = x.shape
        q = self.q_proj(x).view(B, T, self.H, self.D).transpose(1, 2)
        k = self.k_proj(x).view(B, T, self.Hkv, self.D).transpose(1, 2)
        v = self.v_proj(x).view(B, T, self.Hkv, self.D).transpose(1, 2)
        q = q * cos + rotate_half(q) * sin
        k = k * cos + rotate_half(k) * sin
        if self.Hkv != self.H:
            k = k.repeat_interleave(self.H // self.Hkv, 1)
            v = v.repeat_interleave(self.H // self.Hkv, 1)
        scores = torch.matmul(q, k.transpose(2, 3)) / math.sqrt(self.D) + mask
        probs = torch.softmax(scores, -1, dtype=torch.float32).to(q.dtype)
        out = torch.matmul(probs, v).transpose(1, 2).reshape(B, T, self.H * self.D)
        return self.o_proj(out)


class MLP(nn.Module):
    def __init__(self, cfg):
        super().__init__()
        C, I = cfg["hidden"], cfg["intermediate"]
        self.gate_proj = nn.Linear(C, I, bias=False)
        self.up_proj = nn.Linear(C, I, bias=False)
        self.down_proj = nn.Linear(I, C, bias=False)

    def forward(self, x):
        return self.down_proj(F.silu(self.gate_proj(x)) * self.up_proj(x))


class DecoderLayer(nn.Module):
    def __init__(self, cfg):
        super().__init__()
        self.self_attn = Attention(cfg)
        self.mlp = MLP(cfg)
        self.input_layernorm = RMSNorm(cfg["hidden"], cfg["eps"])
        self.post_attention_layernorm = RMSNorm(cfg["hidden"], cfg["eps"])


class Llama(nn.Module):
    def __init__(self, cfg):
        super().__init__()
        self.cfg = cfg
        self.embed_tokens = nn.Embedding(cfg["vocab"], cfg["hidden"])
        self.layers = nn.ModuleList(DecoderLayer(cfg) for _ in range(cfg["layers"]))
        self.norm = RMSNorm(cfg["hidden"], cfg["eps"])
        D = cfg["head_dim"]
        self.register_buffer("inv_freq", 1.0 / (cfg["rope_theta"] ** (torch.arange(0, D, 2).float() / D)),
                             persistent=False)
        # tied embeddings: the LM head is embed_tokens.weight (unused: no logits needed)

    def forward(self, ids, capture):
        """Runs the stack; `capture` gets (attention input, attention output) per layer."""
        B, T = ids.shape
        h = self.embed_tokens(ids)
        pos = torch.arange(T).unsqueeze(0).expand(B, T)
        freqs = pos.float().unsqueeze(-1) * self.inv_freq
        emb = torch.cat((freqs, freqs), -1)
        cos, sin = emb.cos().unsqueeze(1), emb.sin().unsqueeze(1)
        mask = torch.full((T, T), torch.finfo(h.dtype).min).triu(1).view(1, 1, T, T)
        for layer in self.layers:
            x = layer.input_layernorm(h)
            a = layer.self_attn(x, cos, sin, mask)
            capture.append((x, a))
            h = h + a
            h = h + layer.mlp(layer.post_attention_layernorm(h))
        return self.norm(h)


# ------------------------------------------------------------------ students

def head_decays(H):
    return [1.0 - 2.0 ** -(5.0 + (7.0 * h / (H - 1) if H > 1 else 0.0)) for h in range(H)]


def value_scale(Wv, D):
    # RMS of each value dimension for a unit-RMS input (input-norm weight is 1 here)
    return (Wv.double() ** 2).sum(1).view(-1, D).mean(0).sqrt().float()


class GatedRMSNorm(nn.Module):
    def __init__(self, dim, eps):
        super().__init__()
        self.weight = nn.Parameter(torch.ones(dim))
        self.eps = eps

    def forward(self, x, g):
        h = x * torch.rsqrt(x.pow(2).mean(-1, keepdim=True) + self.eps)
        return self.weight * h * F.silu(g)


def chunk_gla(q, k, v, gk, C):
    """q, k, gk [B, H, T, K] (q scaled), v [B, H, T, V]; chunked GLA as core/mixers/kernels.cpp."""
    B, H, T, K = q.shape
    V = v.shape[-1]
    pad = (C - T % C) % C
    if pad:
        q, k, v, gk = (F.pad(t, (0, 0, 0, pad)) for t in (q, k, v, gk))
    N = q.shape[2] // C
    q, k, v, gk = (t.reshape(B, H, N, C, -1) for t in (q, k, v, gk))
    G = gk.cumsum(-2)
    incl = torch.ones(C, C, dtype=torch.bool).tril().unsqueeze(-1)
    E = (G.unsqueeze(-2) - G.unsqueeze(-3)).masked_fill(~incl, 0).exp().masked_fill(~incl, 0)
    scores = (q.unsqueeze(-2) * k.unsqueeze(-3) * E).sum(-1)
    intra = scores @ v
    Glast = G[..., -1, :]
    Qg = q * G.exp()
    kdecay = k * (Glast.unsqueeze(-2) - G).exp()
    cdecay = Glast.exp().unsqueeze(-1)
    S = q.new_zeros(B, H, K, V)
    outs = []
    for n in range(N):
        outs.append(Qg[:, :, n] @ S + intra[:, :, n])
        S = S * cdecay[:, :, n] + kdecay[:, :, n].transpose(-1, -2) @ v[:, :, n]
    return torch.cat(outs, 2)[:, :, :T]


def chunk_gated_delta_rule(q, k, v, g, beta, C):
    """q, k [B, H, T, K] (q scaled), v [B, H, T, V], g, beta [B, H, T]; WY-form chunks."""
    B, H, T, K = q.shape
    V = v.shape[-1]
    pad = (C - T % C) % C
    if pad:
        q, k, v = (F.pad(t, (0, 0, 0, pad)) for t in (q, k, v))
        g, beta = (F.pad(t, (0, pad)) for t in (g, beta))
    N = q.shape[2] // C
    q, k, v = (t.reshape(B, H, N, C, -1) for t in (q, k, v))
    g, beta = (t.reshape(B, H, N, C) for t in (g, beta))
    incl = torch.ones(C, C, dtype=torch.bool).tril()
    strict = torch.ones(C, C, dtype=torch.bool).tril(-1)
    G = g.cumsum(-1)
    D = (G.unsqueeze(-1) - G.unsqueeze(-2)).masked_fill(~incl, 0).exp().masked_fill(~incl, 0)
    A = (beta.unsqueeze(-1) * (k @ k.transpose(-1, -2)) * D).masked_fill(~strict, 0)
    L = A + torch.eye(C)
    U = torch.linalg.solve_triangular(L, v * beta.unsqueeze(-1), upper=False, unitriangular=True)
    W = torch.linalg.solve_triangular(L, k * (beta * G.exp()).unsqueeze(-1), upper=False, unitriangular=True)
    Qg = q * G.exp().unsqueeze(-1)
    QK = (q @ k.transpose(-1, -2)) * D
    Glast = G[..., -1]
    kdecay = k * (Glast.unsqueeze(-1) - G).exp().unsqueeze(-1)
    cdecay = Glast.exp()
    S = q.new_zeros(B, H, K, V)
    outs = []
    for n in range(N):
        delta = U[:, :, n] - W[:, :, n] @ S
        outs.append(Qg[:, :, n] @ S + QK[:, :, n] @ delta)
        S = S * cdecay[:, :, n, None, None] + kdecay[:, :, n].transpose(-1, -2) @ delta
    return torch.cat(outs, 2)[:, :, :T]


class GLA(nn.Module):
    def __init__(self, cfg, low_rank=16, normalizer=16.0, chunk=16):
        super().__init__()
        C, H, Hkv, D = cfg["hidden"], cfg["heads"], cfg["kv_heads"], cfg["head_dim"]
        self.H, self.Hkv, self.D, self.normalizer, self.chunk = H, Hkv, D, normalizer, chunk
        self.q_proj = nn.Linear(C, H * D, bias=False)
        self.k_proj = nn.Linear(C, Hkv * D, bias=False)
        self.v_proj = nn.Linear(C, Hkv * D, bias=False)
        self.gk_proj = nn.Sequential(nn.Linear(C, low_rank, bias=False), nn.Linear(low_rank, Hkv * D, bias=True))
        self.g_proj = nn.Linear(C, H * D, bias=True)
        self.g_norm = GatedRMSNorm(D, cfg["eps"])
        self.o_proj = nn.Linear(H * D, C, bias=False)

    @torch.no_grad()
    def transfer(self, attn):
        for name in ("q_proj", "k_proj", "v_proj", "o_proj"):
            getattr(self, name).weight.copy_(getattr(attn, name).weight)
        self.gk_proj[1].weight.zero_()
        b = []
        for gamma in head_decays(self.Hkv):
            p = gamma ** self.normalizer
            b += [math.log(p / (1 - p))] * self.D
        self.gk_proj[1].bias.copy_(torch.tensor(b))
        self.g_proj.weight.zero_()
        self.g_proj.bias.fill_(UNIT_SILU_BIAS)
        self.g_norm.weight.copy_(value_scale(attn.v_proj.weight, self.D))

    def forward(self, x):
        B, T, _ = x.shape
        H, Hkv, D = self.H, self.Hkv, self.D
        q = self.q_proj(x).view(B, T, H, D)
        k = self.k_proj(x).view(B, T, Hkv, D)
        v = self.v_proj(x).view(B, T, Hkv, D)
        gk = F.logsigmoid(self.gk_proj(x)).view(B, T, Hkv, D) / self.normalizer
        if Hkv != H:
            k, v, gk = (t.repeat_interleave(H // Hkv, 2) for t in (k, v, gk))
        o = chunk_gla((q * D ** -0.5).transpose(1, 2), k.transpose(1, 2), v.transpose(1, 2),
                      gk.transpose(1, 2), self.chunk)
        o = self.g_norm(o.transpose(1, 2), self.g_proj(x).view(B, T, H, D))
        return self.o_proj(o.reshape(B, T, H * D))


class GatedDeltaNet(nn.Module):
    """Qwen3-Next parameterisation, one key and value head per teacher query head."""

    def __init__(self, cfg, conv_kernel=4, chunk=64):
        super().__init__()
        C, H, D = cfg["hidden"], cfg["heads"], cfg["head_dim"]
        self.H, self.D, self.K, self.chunk = H, D, conv_kernel, chunk
        self.in_proj_qkvz = nn.Linear(C, 4 * H * D, bias=True)
        self.in_proj_ba = nn.Linear(C, 2 * H, bias=True)
        self.conv1d = nn.Conv1d(3 * H * D, 3 * H * D, conv_kernel, groups=3 * H * D, bias=False)
        self.A_log = nn.Parameter(torch.empty(H).uniform_(1e-3, 16).log())
        self.dt_bias = nn.Parameter(torch.ones(H))
        self.norm = GatedRMSNorm(D, cfg["eps"])
        self.out_proj = nn.Linear(H * D, C, bias=False)

    @torch.no_grad()
    def transfer(self, attn):
        H, D = self.H, self.D
        rep = attn.H // attn.Hkv
        Wq, Wk, Wv = attn.q_proj.weight, attn.k_proj.weight, attn.v_proj.weight
        W = torch.zeros_like(self.in_proj_qkvz.weight)
        bias = torch.zeros_like(self.in_proj_qkvz.bias)
        for h in range(H):
            base, kv = 4 * h * D, h // rep
            W[base:base + D] = Wq[h * D:(h + 1) * D]
            W[base + D:base + 2 * D] = Wk[kv * D:(kv + 1) * D]
            W[base + 2 * D:base + 3 * D] = Wv[kv * D:(kv + 1) * D]
            bias[base + 3 * D:base + 4 * D] = UNIT_SILU_BIAS
        self.in_proj_qkvz.weight.copy_(W)
        self.in_proj_qkvz.bias.copy_(bias)
        self.in_proj_ba.weight.zero_()
        self.in_proj_ba.bias.zero_()
        self.A_log.zero_()
        self.dt_bias.copy_(torch.tensor([math.log(math.expm1(-math.log(g))) for g in head_decays(H)]))
        self.conv1d.weight.zero_()
        self.conv1d.weight[:, :, -1] = 1.0
        self.norm.weight.copy_(value_scale(Wv, D))
        self.out_proj.weight.copy_(attn.o_proj.weight)

    def forward(self, x):
        B, T, _ = x.shape
        H, D = self.H, self.D
        qkvz = self.in_proj_qkvz(x).view(B, T, H, 4 * D)
        q, k, v, z = qkvz.split(D, dim=-1)
        b, a = self.in_proj_ba(x).view(B, T, H, 2).unbind(-1)
        mixed = torch.cat((q.reshape(B, T, -1), k.reshape(B, T, -1), v.reshape(B, T, -1)), -1).transpose(1, 2)
        conv = F.conv1d(F.pad(mixed, (self.K - 1, 0)), self.conv1d.weight, groups=mixed.shape[1])
        conv = F.silu(conv).transpose(1, 2)
        q, k, v = (t.reshape(B, T, H, D) for t in conv.split(H * D, dim=-1))
        beta = b.sigmoid()
        g = -self.A_log.exp() * F.softplus(a + self.dt_bias)
        l2 = lambda t: t * torch.rsqrt((t * t).sum(-1, keepdim=True) + 1e-6)
        o = chunk_gated_delta_rule((l2(q) * D ** -0.5).transpose(1, 2), l2(k).transpose(1, 2), v.transpose(1, 2),
                                   g.transpose(1, 2), beta.transpose(1, 2), self.chunk)
        o = self.norm(o.transpose(1, 2), z)
        return self.out_proj(o.reshape(B, T, H * D))


# ------------------------------------------------------------------ measuring

def rss_mib(field):
    with open("/proc/self/status") as f:
        for line in f:
            if line.startswith(field + ":"):
                return int(line.split()[1]) / 1024.0
    return -1.0


def median(xs):
    xs = sorted(xs)
    n = len(xs)
    if n == 0:
        return 0.0
    return xs[n // 2] if n % 2 else 0.5 * (xs[n // 2 - 1] + xs[n // 2])


def matmul_rate():
    a, b = torch.randn(1024, 1024), torch.randn(1024, 1024)
    for _ in range(3):
        a @ b
    rates = []
    for _ in range(10):
        t0 = time.perf_counter()
        a @ b
        rates.append(2 * 1024 ** 3 / (time.perf_counter() - t0) / 1e9)
    return median(rates)


def learning_rate(step, peak, total, min_ratio=0.1, warmup=0):
    if step < warmup:
        return peak * (step + 1) / warmup
    progress = min(1.0, (step - warmup) / max(1, total - warmup))
    lo = peak * min_ratio
    return lo + 0.5 * (peak - lo) * (1 + math.cos(math.pi * progress))


GEMMS = ("aten::mm", "aten::addmm", "aten::bmm", "aten::baddbmm")


def gemm_flops(name, s):
    def prod(v):
        p = 1
        for x in v:
            p *= x
        return p
    try:
        if name == "aten::mm" and len(s[0]) == 2 and len(s[1]) == 2:
            return 2.0 * prod(s[0]) * s[1][1]
        if name == "aten::addmm" and len(s[1]) == 2 and len(s[2]) == 2:
            return 2.0 * prod(s[1]) * s[2][1]
        if name == "aten::bmm" and len(s[0]) == 3 and len(s[1]) == 3:
            return 2.0 * prod(s[0]) * s[1][2]
        if name == "aten::baddbmm" and len(s[1]) == 3 and len(s[2]) == 3:
            return 2.0 * prod(s[1]) * s[2][2]
    except (IndexError, TypeError):
        pass
    return 0.0


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--mixer", default="gla", choices=("gla", "gdn"))
    ap.add_argument("--batch", type=int, default=2)
    ap.add_argument("--seq-len", type=int, default=256)
    ap.add_argument("--steps", type=int, default=4)
    ap.add_argument("--warmup", type=int, default=1)
    ap.add_argument("--breakdown-steps", type=int, default=2)
    ap.add_argument("--threads", type=int, default=2)
    ap.add_argument("--layers", type=int, default=12)
    ap.add_argument("--hidden", type=int, default=768)
    ap.add_argument("--heads", type=int, default=12)
    ap.add_argument("--kv-heads", type=int, default=4)
    ap.add_argument("--intermediate", type=int, default=2560)
    ap.add_argument("--vocab", type=int, default=12288)
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--no-profile", action="store_true")
    args = ap.parse_args()
    if args.steps < 2 or args.steps % 2:
        ap.error("--steps must be even and >= 2")

    torch.set_num_threads(args.threads)
    torch.manual_seed(args.seed)
    cfg = dict(hidden=args.hidden, heads=args.heads, kv_heads=args.kv_heads, head_dim=args.hidden // args.heads,
               intermediate=args.intermediate, vocab=args.vocab, layers=args.layers, eps=1e-5, rope_theta=10000.0)
    teacher = Llama(cfg).eval().requires_grad_(False)
    students, optims = [], []
    for layer in teacher.layers:
        s = GLA(cfg) if args.mixer == "gla" else GatedDeltaNet(cfg)
        s.transfer(layer.self_attn)
        s.train()
        students.append(s)
        optims.append(torch.optim.AdamW(s.parameters(), lr=1e-3, betas=(0.9, 0.999), eps=1e-8, weight_decay=0.0))
    grad_clip = 1.0
    total = args.warmup + args.steps

    def lin_params(m):
        return sum(p.numel() for n, p in m.named_parameters() if p.dim() == 2 and "embed_tokens" not in n)

    teacher_params = sum(p.numel() for p in teacher.parameters())
    student_params = sum(p.numel() for s in students for p in s.parameters())
    tokens = args.batch * args.seq_len
    attn_flops = 4.0 * args.batch * cfg["heads"] * args.seq_len ** 2 * cfg["head_dim"] * cfg["layers"]
    step_gemm = 2.0 * lin_params(teacher) * tokens + attn_flops + 6.0 * sum(lin_params(s) for s in students) * tokens

    rate = matmul_rate()

    def batch_at(step):
        gen = torch.Generator().manual_seed(args.seed * 1000003 + step)
        return torch.randint(cfg["vocab"], (args.batch, args.seq_len), generator=gen)

    def step_fn(ids, lr, timers=None):
        t0 = time.perf_counter()
        capture = []
        with torch.no_grad():
            teacher(ids, capture)
        t1 = time.perf_counter()
        fwd = bwd = clip = opt = 0.0
        losses = []
        for s, o, (x, y) in zip(students, optims, capture):
            a = time.perf_counter()
            loss = F.mse_loss(s(x), y)
            losses.append(loss.item())
            b = time.perf_counter()
            o.zero_grad()
            loss.backward()
            c = time.perf_counter()
            torch.nn.utils.clip_grad_norm_(s.parameters(), grad_clip)
            d = time.perf_counter()
            for group in o.param_groups:
                group["lr"] = lr
            o.step()
            e = time.perf_counter()
            fwd += b - a
            bwd += c - b
            clip += d - c
            opt += e - d
        if timers is not None:
            for key, v in (("teacher_fwd", t1 - t0), ("student_fwd_loss", fwd), ("backward", bwd), ("clip", clip),
                           ("adamw", opt), ("total", time.perf_counter() - t0)):
                timers.setdefault(key, []).append(v * 1e3)
        return losses

    rss_start = rss_mib("VmRSS")
    step_ms, losses = [], []
    rss_half = hwm_half = 0.0
    for s in range(total):
        ids = batch_at(s)
        t0 = time.perf_counter()
        losses = step_fn(ids, learning_rate(s, 1e-3, total))
        dt = (time.perf_counter() - t0) * 1e3
        if s >= args.warmup:
            step_ms.append(dt)
        if s + 1 == args.warmup + args.steps // 2:
            rss_half, hwm_half = rss_mib("VmRSS"), rss_mib("VmHWM")
    rss_end, hwm_end = rss_mib("VmRSS"), rss_mib("VmHWM")

    timers = {}
    for s in range(args.breakdown_steps):
        step_fn(batch_at(total + s), learning_rate(total - 1, 1e-3, total), timers)
    hwm_breakdown = rss_mib("VmHWM")

    prof = None
    if not args.no_profile:
        with torch.autograd.profiler.profile(record_shapes=True) as p:
            t0 = time.perf_counter()
            step_fn(batch_at(total + args.breakdown_steps), learning_rate(total - 1, 1e-3, total))
            t1 = time.perf_counter()
        by = {}
        for ev in p.function_events:
            a = by.setdefault(ev.name, [0.0, 0.0, 0])
            a[0] += ev.self_cpu_time_total
            a[1] += gemm_flops(ev.name, ev.input_shapes) if ev.name in GEMMS else 0.0
            a[2] += 1
        tot = sum(v[0] for v in by.values())
        gemm_us = sum(v[0] for n, v in by.items() if n in GEMMS)
        gemm_flop = sum(v[1] for n, v in by.items() if n in GEMMS)
        top = sorted(by.items(), key=lambda kv: -kv[1][0])[:15]
        prof = {"step_ms_profiled": (t1 - t0) * 1e3, "ops_self_ms": tot / 1e3, "gemm_ms": gemm_us / 1e3,
                "gemm_gflop": gemm_flop / 1e9, "gemm_gflops": gemm_flop / (gemm_us * 1e-6) / 1e9 if gemm_us else 0.0,
                "gemm_share": gemm_us / tot if tot else 0.0,
                "top_ops": [{"op": n, "self_ms": v[0] / 1e3, "calls": v[2], "share": v[0] / tot} for n, v in top]}

    med = median(step_ms)
    out = {
        "impl": "python", "torch": torch.__version__, "mixer": args.mixer, "batch": args.batch,
        "seq_len": args.seq_len, "threads": torch.get_num_threads(), "warmup": args.warmup, "steps": args.steps,
        "teacher_params": teacher_params, "student_params": student_params, "layers": cfg["layers"],
        "step_ms": step_ms, "step_ms_median": med, "tokens_per_s": tokens / (med * 1e-3),
        "last_loss_mean": sum(losses) / len(losses),
        "breakdown_ms": {k: median(v) for k, v in timers.items()},
        "matmul_gflops": rate, "step_gemm_gflop_est": step_gemm / 1e9,
        "achieved_gflops": step_gemm / (med * 1e-3) / 1e9,
        "gemm_at_matmul_rate_share": (step_gemm / (rate * 1e9)) / (med * 1e-3),
        "rss_start_mib": rss_start, "rss_after_n_mib": rss_half, "rss_after_2n_mib": rss_end,
        "peak_rss_after_n_mib": hwm_half, "peak_rss_after_2n_mib": hwm_end, "peak_rss_after_breakdown_mib": hwm_breakdown,
        "peak_rss_mib": rss_mib("VmHWM"),
        "profile": prof,
    }
    print(json.dumps(out))


if __name__ == "__main__":
    main()
