# dtr_hybrid_torch.py: a self-contained PyTorch implementation of a DtR Workbench hybrid
# (written by `dtr export`). Needs nothing but torch (1.13 or later) and the Python
# standard library.
#
# A hybrid is a Llama / Qwen2 / Qwen3 / Mistral decoder in which some attention layers
# are replaced by linear mixers: Gated DeltaNet ("gdn"), Gated Linear Attention
# ("gla") or Jet-Nemotron's JetBlock ("jetblock"). config.json is the source model's
# config plus
#   "layer_types":        one of "full_attention", "sliding_attention",
#                         "linear_attention" per layer
#   "linear_attn_config": {"format": "dtr-hybrid", "version": 1,
#                          "layers": {"<i>": {"mixer": "gdn" | "gla" | "jetblock", "options": {...}}}}
# Parameter names equal the checkpoint's tensor names, so
# `model.load_state_dict(weights, strict=True)` works: a linear layer holds
# model.layers.{i}.linear_attn.* instead of model.layers.{i}.self_attn.*.
#
# Usage:
#   from dtr_hybrid_torch import load_model, greedy_generate
#   model = load_model("path/to/export")                 # float32 by default
#   logits = model(torch.tensor([[1, 2, 3]]))            # [B, T, vocab]
#   ids = greedy_generate(model, torch.tensor([[1, 2, 3]]), max_new_tokens=16)
#
# Numerics: every module computes in the dtype of its parameters (load_model casts the
# checkpoint to float32 unless told otherwise), with the same float32 islands as the
# C++ engine: RMS norms, softmax, gates and the linear-attention recurrences run in
# float32 (float64 stays float64). The linear mixers are written in their plain
# recurrent (token by token) form; the C++ engine's chunked form computes the same
# function, so the two agree to float rounding. Positions are 0..T-1 for every row
# (an attention mask is not turned into shifted positions, as in the C++ engine and a
# plain transformers forward).

import json
import math
import os
import struct
import sys

import torch
import torch.nn as nn
import torch.nn.functional as F

__all__ = [
    "load_safetensors",
    "save_safetensors",
    "load_folder_weights",
    "HybridConfig",
    "RMSNorm",
    "GatedRMSNorm",
    "Attention",
    "MLP",
    "GatedDeltaNet",
    "GatedLinearAttention",
    "DynamicShortConvolution",
    "JetBlock",
    "DecoderLayer",
    "DecoderStack",
    "HybridModel",
    "load_model",
    "greedy_generate",
]

# ---------------------------------------------------------------- safetensors

_ST_DTYPES = {
    "F64": torch.float64,
    "F32": torch.float32,
    "F16": torch.float16,
    "BF16": torch.bfloat16,
    "I64": torch.int64,
    "I32": torch.int32,
    "I16": torch.int16,
    "I8": torch.int8,
    "U8": torch.uint8,
    "BOOL": torch.bool,
}
_ST_NAMES = {v: k for k, v in _ST_DTYPES.items()}
# Read through a dtype of the same width that torch.frombuffer handles everywhere.
_ST_READ_AS = {torch.bfloat16: torch.int16, torch.bool: torch.uint8}


def _read_header(f, path):
    raw = f.read(8)
    if len(raw) != 8:
        raise ValueError("%s: not a safetensors file (shorter than 8 bytes)" % path)
    (n,) = struct.unpack("<Q", raw)
    size = os.fstat(f.fileno()).st_size
    if n > size - 8:
        raise ValueError("%s: header length %d exceeds the file" % (path, n))
    try:
        header = json.loads(f.read(n).decode("utf-8"))
    except ValueError as e:
        raise ValueError("%s: malformed safetensors header: %s" % (path, e))
    if not isinstance(header, dict):
        raise ValueError("%s: malformed safetensors header (not an object)" % path)
    return header, 8 + n, size


def _from_bytes(buf, dtype, shape):
    numel = 1
    for s in shape:
        numel *= s
    if numel == 0:
        return torch.empty(shape, dtype=dtype)
    read_as = _ST_READ_AS.get(dtype, dtype)
    buf = _to_native(buf, torch.empty((), dtype=read_as).element_size())
    t = torch.frombuffer(buf, dtype=read_as)
    if read_as is not dtype:
        t = t.view(dtype) if dtype is not torch.bool else t != 0
    return t.reshape(shape)


def load_safetensors(path, with_metadata=False):
    """Reads a .safetensors file into {name: tensor} (CPU, dtypes as stored).

    With with_metadata=True returns (tensors, metadata) where metadata is the
    __metadata__ dict of strings (empty when absent)."""
    tensors = {}
    with open(path, "rb") as f:
        header, data_start, size = _read_header(f, path)
        metadata = header.pop("__metadata__", None) or {}
        for name, info in header.items():
            try:
                dtype = _ST_DTYPES[info["dtype"]]
            except KeyError:
                raise ValueError("%s: tensor '%s' has unsupported dtype %r" % (path, name, info.get("dtype")))
            shape = [int(s) for s in info["shape"]]
            begin, end = (int(x) for x in info["data_offsets"])
            numel = 1
            for s in shape:
                numel *= s
            itemsize = torch.empty((), dtype=dtype).element_size()
            if end - begin != numel * itemsize or begin < 0 or data_start + end > size:
                raise ValueError("%s: tensor '%s' has inconsistent data offsets" % (path, name))
            f.seek(data_start + begin)
            buf = bytearray(end - begin)
            if f.readinto(buf) != len(buf):
                raise ValueError("%s: truncated data of tensor '%s'" % (path, name))
            tensors[name] = _from_bytes(buf, dtype, shape)
    return (tensors, metadata) if with_metadata else tensors


def _to_native(buf, itemsize):
    """The format is little-endian: on a big-endian host, swap the bytes of each item."""
    if sys.byteorder == "little" or itemsize == 1:
        return buf
    import array

    a = array.array({2: "h", 4: "i", 8: "q"}[itemsize])
    a.frombytes(bytes(buf))
    a.byteswap()
    return bytearray(a.tobytes())


def _tensor_bytes(t):
    t = t.detach().to("cpu").contiguous()
    if t.dtype is torch.bool:
        t = t.to(torch.uint8)
    if t.numel() == 0:
        return b""
    import ctypes

    raw = ctypes.string_at(t.data_ptr(), t.numel() * t.element_size())
    return bytes(_to_native(raw, t.element_size()))


def save_safetensors(path, tensors, metadata=None):
    """Writes {name: tensor} as a .safetensors file (metadata: dict of strings)."""
    header = {}
    if metadata:
        header["__metadata__"] = {str(k): str(v) for k, v in metadata.items()}
    blobs = []
    offset = 0
    for name, t in tensors.items():
        if t.dtype not in _ST_NAMES:
            raise ValueError("save_safetensors: tensor '%s' has unsupported dtype %s" % (name, t.dtype))
        b = _tensor_bytes(t)
        header[name] = {"dtype": _ST_NAMES[t.dtype], "shape": list(t.shape), "data_offsets": [offset, offset + len(b)]}
        blobs.append(b)
        offset += len(b)
    h = json.dumps(header, separators=(",", ":")).encode("utf-8")
    h += b" " * ((8 - len(h) % 8) % 8)
    tmp = path + ".tmp"
    with open(tmp, "wb") as f:
        f.write(struct.pack("<Q", len(h)))
        f.write(h)
        for b in blobs:
            f.write(b)
    os.replace(tmp, path)


def load_folder_weights(folder):
    """All tensors of a Hugging Face folder: model.safetensors, or the shards named by
    model.safetensors.index.json."""
    index = os.path.join(folder, "model.safetensors.index.json")
    single = os.path.join(folder, "model.safetensors")
    if os.path.exists(index):
        with open(index, "r", encoding="utf-8") as f:
            weight_map = json.load(f).get("weight_map")
        if not isinstance(weight_map, dict) or not weight_map:
            raise ValueError("%s: no weight_map" % index)
        weights = {}
        for shard in sorted(set(weight_map.values())):
            part = load_safetensors(os.path.join(folder, shard))
            for name, t in part.items():
                if weight_map.get(name) == shard:
                    weights[name] = t
        missing = [n for n in weight_map if n not in weights]
        if missing:
            raise ValueError("%s: tensor '%s' is not in its shard %s" % (index, missing[0], weight_map[missing[0]]))
        return weights
    if os.path.exists(single):
        return load_safetensors(single)
    raise ValueError("%s: neither model.safetensors nor model.safetensors.index.json" % folder)


# ---------------------------------------------------------------- config


def _get(cfg, key, default=None):
    v = cfg.get(key, default)
    return default if v is None else v


class HybridConfig:
    """The architecture read from a config.json dict, with the rules of the C++ engine
    (core/model/config.cpp): defaults, biases per model type, RoPE (transformers 4 style
    rope_theta / rope_scaling or transformers 5 style rope_parameters), sliding windows
    per layer, and the linear layers of layer_types + linear_attn_config."""

    SUPPORTED = ("llama", "qwen2", "qwen3", "mistral")

    def __init__(self, cfg):
        if not isinstance(cfg, dict):
            raise TypeError("config must be a dict (the parsed config.json)")
        self.raw = cfg
        self.model_type = cfg.get("model_type")
        if self.model_type not in self.SUPPORTED:
            raise ValueError("unsupported model_type %r (supported: %s)" % (self.model_type, ", ".join(self.SUPPORTED)))
        self.vocab_size = int(cfg["vocab_size"])
        self.hidden_size = int(cfg["hidden_size"])
        self.intermediate_size = int(cfg["intermediate_size"])
        self.num_layers = int(cfg["num_hidden_layers"])
        self.num_heads = int(cfg["num_attention_heads"])
        self.num_kv_heads = int(_get(cfg, "num_key_value_heads", self.num_heads))
        if self.num_heads % self.num_kv_heads:
            raise ValueError("num_attention_heads is not a multiple of num_key_value_heads")
        self.head_dim = int(_get(cfg, "head_dim", self.hidden_size // self.num_heads))
        self.rms_norm_eps = float(_get(cfg, "rms_norm_eps", 1e-6))
        act = _get(cfg, "hidden_act", "silu")
        if act != "silu":
            raise ValueError("unsupported hidden_act %r (supported: silu)" % act)
        self.tie_word_embeddings = bool(_get(cfg, "tie_word_embeddings", False))

        rp = cfg.get("rope_parameters")
        if isinstance(rp, dict):
            self.rope_theta = float(_get(rp, "rope_theta", _get(cfg, "rope_theta", 10000.0)))
            scaling = rp
        else:
            self.rope_theta = float(_get(cfg, "rope_theta", 10000.0))
            scaling = cfg.get("rope_scaling") or {}
        self.rope_type = scaling.get("rope_type") or scaling.get("type") or "default"
        if self.rope_type not in ("default", "linear", "llama3"):
            raise ValueError("unsupported rope type %r (supported: default, linear, llama3)" % self.rope_type)
        self.rope_scaling = dict(scaling)

        if self.model_type == "qwen2":
            self.attention_bias, self.attention_out_bias = True, False
        else:
            b = bool(_get(cfg, "attention_bias", False))
            self.attention_bias, self.attention_out_bias = b, b
        self.mlp_bias = bool(_get(cfg, "mlp_bias", False))
        self.qk_norm = self.model_type == "qwen3"

        layer_types = cfg.get("layer_types")
        if layer_types is not None and len(layer_types) != self.num_layers:
            raise ValueError("layer_types has %d entries for %d layers" % (len(layer_types), self.num_layers))
        self.sliding_windows = [0] * self.num_layers
        window = cfg.get("sliding_window")
        if self.model_type == "mistral":
            if window and window > 0:
                self.sliding_windows = [int(window)] * self.num_layers
        elif bool(_get(cfg, "use_sliding_window", False)) and window and window > 0:
            if layer_types is not None:
                self.sliding_windows = [int(window) if t == "sliding_attention" else 0 for t in layer_types]
            else:
                first = int(_get(cfg, "max_window_layers", self.num_layers))
                self.sliding_windows = [int(window) if i >= first else 0 for i in range(self.num_layers)]

        # Linear layers: {index: (mixer, options)}
        self.linear_layers = {}
        linear = [i for i, t in enumerate(layer_types or []) if t == "linear_attention"]
        for i, t in enumerate(layer_types or []):
            if t not in ("full_attention", "sliding_attention", "linear_attention"):
                raise ValueError("layer_types[%d]: unsupported layer type %r" % (i, t))
        if linear:
            lac = cfg.get("linear_attn_config")
            if not isinstance(lac, dict) or not isinstance(lac.get("layers"), dict):
                raise ValueError("linear_attn_config.layers is missing (layer_types has linear_attention layers)")
            entries = lac["layers"]
            for i in linear:
                e = entries.get(str(i))
                if not isinstance(e, dict) or "mixer" not in e:
                    raise ValueError("linear_attn_config.layers has no entry for linear_attention layer %d" % i)
                self.linear_layers[i] = (e["mixer"], dict(e.get("options") or {}))
            extra = [k for k in entries if not k.isdigit() or int(k) not in self.linear_layers]
            if extra:
                raise ValueError("linear_attn_config.layers.%s: layer_types does not mark it linear_attention" % extra[0])


# ---------------------------------------------------------------- building blocks


def _compute_dtype(dtype):
    return torch.float64 if dtype == torch.float64 else torch.float32


class RMSNorm(nn.Module):
    """weight * x * rsqrt(mean(x^2) + eps), normalised in float32 like transformers."""

    def __init__(self, dim, eps):
        super().__init__()
        self.weight = nn.Parameter(torch.ones(dim))
        self.eps = eps

    def forward(self, x):
        dtype = x.dtype
        h = x.to(_compute_dtype(dtype))
        h = h * torch.rsqrt(h.pow(2).mean(-1, keepdim=True) + self.eps)
        return self.weight * h.to(dtype)


class GatedRMSNorm(nn.Module):
    """weight * rmsnorm(x) * silu(gate) over the last dim (one head), the output norm of
    GDN and GLA (C++ GatedRMSNorm)."""

    def __init__(self, dim, eps):
        super().__init__()
        self.weight = nn.Parameter(torch.ones(dim))
        self.eps = eps

    def forward(self, x, gate):
        dtype = x.dtype
        compute = _compute_dtype(dtype)
        h = x.to(compute)
        h = h * torch.rsqrt(h.pow(2).mean(-1, keepdim=True) + self.eps)
        h = self.weight * h.to(dtype)
        h = h * F.silu(gate.to(compute))
        return h.to(dtype)


def rope_inv_freq(config):
    """[head_dim / 2] float32 inverse frequencies (default, linear, llama3 scaling) as
    transformers computes them."""
    dim = config.head_dim
    exponent = torch.arange(0, dim, 2, dtype=torch.int64).to(torch.float32) / dim
    inv = 1.0 / torch.pow(torch.tensor(config.rope_theta, dtype=torch.float32), exponent)
    s = config.rope_scaling
    if config.rope_type == "linear":
        inv = inv / float(s["factor"])
    elif config.rope_type == "llama3":
        factor = float(s["factor"])
        low = float(s["low_freq_factor"])
        high = float(s["high_freq_factor"])
        old = float(s["original_max_position_embeddings"])
        low_wavelen = old / low
        high_wavelen = old / high
        wavelen = 2 * math.pi / inv
        llama = torch.where(wavelen > low_wavelen, inv / factor, inv)
        smooth = (old / wavelen - low) / (high - low)
        smoothed = (1 - smooth) * llama / factor + smooth * llama
        medium = (wavelen >= high_wavelen) & (wavelen <= low_wavelen)
        inv = torch.where(medium, smoothed, llama)
    return inv


def _rotate_half(x):
    half = x.shape[-1] // 2
    return torch.cat((-x[..., half:], x[..., :half]), dim=-1)


class Attention(nn.Module):
    """The source model's softmax attention: RoPE, GQA, q/k/v(/o) biases, Qwen3 per-head
    q/k RMSNorm (before RoPE), causal and sliding-window masks."""

    def __init__(self, config, layer_index):
        super().__init__()
        c = config
        self.num_heads, self.num_kv_heads, self.head_dim = c.num_heads, c.num_kv_heads, c.head_dim
        self.sliding_window = c.sliding_windows[layer_index]
        self.scaling = 1.0 / math.sqrt(c.head_dim)
        self.q_proj = nn.Linear(c.hidden_size, c.num_heads * c.head_dim, bias=c.attention_bias)
        self.k_proj = nn.Linear(c.hidden_size, c.num_kv_heads * c.head_dim, bias=c.attention_bias)
        self.v_proj = nn.Linear(c.hidden_size, c.num_kv_heads * c.head_dim, bias=c.attention_bias)
        self.o_proj = nn.Linear(c.num_heads * c.head_dim, c.hidden_size, bias=c.attention_out_bias)
        if c.qk_norm:
            self.q_norm = RMSNorm(c.head_dim, c.rms_norm_eps)
            self.k_norm = RMSNorm(c.head_dim, c.rms_norm_eps)
        else:
            self.q_norm = self.k_norm = None

    def forward(self, x, ctx):
        B, T, _ = x.shape
        H, Hkv, D = self.num_heads, self.num_kv_heads, self.head_dim
        q = self.q_proj(x).view(B, T, H, D)
        k = self.k_proj(x).view(B, T, Hkv, D)
        v = self.v_proj(x).view(B, T, Hkv, D)
        if self.q_norm is not None:
            q = self.q_norm(q)
            k = self.k_norm(k)
        cos, sin = ctx["cos"], ctx["sin"]  # [B, 1, T, D]
        q = q.transpose(1, 2)
        k = k.transpose(1, 2)
        q = q * cos + _rotate_half(q) * sin
        k = k * cos + _rotate_half(k) * sin
        v = v.transpose(1, 2)
        if Hkv != H:
            k = k.repeat_interleave(H // Hkv, dim=1)
            v = v.repeat_interleave(H // Hkv, dim=1)
        mask = ctx["mask"](self.sliding_window, q.dtype)  # [B, 1, T, T] additive
        scores = torch.matmul(q, k.transpose(2, 3)) * self.scaling + mask
        probs = torch.softmax(scores, dim=-1, dtype=torch.float32).to(q.dtype)
        out = torch.matmul(probs, v).transpose(1, 2).reshape(B, T, H * D)
        return self.o_proj(out)


class MLP(nn.Module):
    def __init__(self, config):
        super().__init__()
        c = config
        self.gate_proj = nn.Linear(c.hidden_size, c.intermediate_size, bias=c.mlp_bias)
        self.up_proj = nn.Linear(c.hidden_size, c.intermediate_size, bias=c.mlp_bias)
        self.down_proj = nn.Linear(c.intermediate_size, c.hidden_size, bias=c.mlp_bias)

    def forward(self, x):
        return self.down_proj(F.silu(self.gate_proj(x)) * self.up_proj(x))


# ---------------------------------------------------------------- linear mixers


def _opt_int(o, name, default, minimum=1):
    v = o.get(name, default)
    if isinstance(v, bool) or not isinstance(v, int):
        raise ValueError("mixer option '%s' must be an integer, got %r" % (name, v))
    if v < minimum:
        raise ValueError("mixer option '%s' must be >= %d, got %d" % (name, minimum, v))
    return v


def _opt_float(o, name, default):
    v = o.get(name, default)
    if isinstance(v, bool) or not isinstance(v, (int, float)):
        raise ValueError("mixer option '%s' must be a number, got %r" % (name, v))
    return float(v)


def _opt_bool(o, name, default):
    v = o.get(name, default)
    if not isinstance(v, bool):
        raise ValueError("mixer option '%s' must be true or false, got %r" % (name, v))
    return v


def _check_known(o, known, mixer):
    for k in o:
        if k not in known:
            raise ValueError("unknown %s option '%s'" % (mixer, k))


def l2normalize(x, eps=1e-6):
    """x * rsqrt(sum(x^2) + eps) over the last dim (fla's / transformers' l2norm)."""
    return x * torch.rsqrt((x * x).sum(-1, keepdim=True) + eps)


def causal_conv_silu(x, weight):
    """silu of the causal depthwise convolution over time. x [B, T, Ch] (channels last),
    weight [Ch, 1, K]: out[t, c] = silu(sum_j weight[c, 0, j] * x[t - (K-1) + j, c]),
    with zeros before the first token."""
    B, T, Ch = x.shape
    K = weight.shape[-1]
    if x.dtype in (torch.float32, torch.float64):
        # Tap by tap in the order of the C++ CPU kernel (same rounding).
        w = weight.to(x.dtype).reshape(Ch, K).t()  # [K, Ch]
        xin = torch.cat((x.new_zeros(B, K - 1, Ch), x), dim=1)  # [B, T+K-1, Ch]
        pre = x.new_zeros(B, T, Ch)
        for j in range(K):
            pre = pre + w[j] * xin[:, j : j + T, :]
        return pre * torch.sigmoid(pre)
    xin = F.pad(x.transpose(1, 2), (K - 1, 0))  # [B, Ch, T+K-1]
    y = F.conv1d(xin, weight.to(x.dtype), groups=Ch)
    return F.silu(y).transpose(1, 2)


def gated_delta_rule(q, k, v, g, beta):
    """Recurrent gated delta rule. q, k [B, H, T, K] (q already scaled), v [B, H, T, V],
    g (log decay) and beta [B, H, T]. Per step, S [B, H, K, V] from zeros:
        S = exp(g_t) S;  S = S + k_t (beta_t (v_t - S^T k_t))^T;  o_t = S^T q_t"""
    B, H, T, Kd = q.shape
    S = q.new_zeros(B, H, Kd, v.shape[-1])
    outs = []
    for t in range(T):
        qt, kt, vt = q[:, :, t], k[:, :, t], v[:, :, t]
        S = S * g[:, :, t].exp()[..., None, None]
        mem = torch.matmul(kt.unsqueeze(-2), S).squeeze(-2)  # [B, H, V]
        delta = (vt - mem) * beta[:, :, t].unsqueeze(-1)
        S = S + kt.unsqueeze(-1) * delta.unsqueeze(-2)
        outs.append(torch.matmul(qt.unsqueeze(-2), S).squeeze(-2))
    return torch.stack(outs, dim=2)  # [B, H, T, V]


def gated_linear_attention(q, k, v, gk):
    """Recurrent GLA with a per-key-dimension decay. q, k, gk (log decay) [B, H, T, K]
    (q already scaled), v [B, H, T, V]. Per step, S [B, H, K, V] from zeros:
        S = diag(exp(gk_t)) S + k_t v_t^T;  o_t = S^T q_t"""
    B, H, T, Kd = q.shape
    S = q.new_zeros(B, H, Kd, v.shape[-1])
    outs = []
    for t in range(T):
        S = S * gk[:, :, t].exp().unsqueeze(-1) + k[:, :, t].unsqueeze(-1) * v[:, :, t].unsqueeze(-2)
        outs.append(torch.matmul(q[:, :, t].unsqueeze(-2), S).squeeze(-2))
    return torch.stack(outs, dim=2)


class GatedDeltaNet(nn.Module):
    """Gated DeltaNet in the Qwen3-Next parameterisation (C++ GatedDeltaNetImpl):
      in_proj_qkvz [2*Hk*Dk + 2*Hv*Dv, C]  q, k, v, z grouped by key head
      in_proj_ba   [2*Hv, C]               beta and decay logits grouped by key head
      conv1d       [2*Hk*Dk + Hv*Dv, 1, K] causal depthwise conv + SiLU on q, k, v
      A_log, dt_bias [Hv]                  g = -exp(A_log) * softplus(a + dt_bias)
      norm.weight  [Dv]                    gated RMSNorm: norm(o) * silu(z)
      out_proj     [C, Hv*Dv]
    q and k are L2-normalised (q also scaled by Dk^-1/2) and shared by Hv/Hk value heads."""

    KNOWN = ("hidden_size", "num_k_heads", "num_v_heads", "head_k_dim", "head_v_dim", "conv_kernel", "chunk_size",
             "norm_eps", "bias", "out_bias")

    def __init__(self, options):
        super().__init__()
        o = dict(options)
        _check_known(o, self.KNOWN, "gdn")
        self.hidden_size = _opt_int(o, "hidden_size", 0)
        self.num_k_heads = _opt_int(o, "num_k_heads", 0)
        self.num_v_heads = _opt_int(o, "num_v_heads", self.num_k_heads)
        self.head_k_dim = _opt_int(o, "head_k_dim", 0)
        self.head_v_dim = _opt_int(o, "head_v_dim", self.head_k_dim)
        self.conv_kernel = _opt_int(o, "conv_kernel", 4)
        self.chunk_size = _opt_int(o, "chunk_size", 64)  # the C++ kernel's; unused here
        self.norm_eps = _opt_float(o, "norm_eps", 1e-6)
        bias = _opt_bool(o, "bias", False)
        out_bias = _opt_bool(o, "out_bias", False)
        if self.num_v_heads % self.num_k_heads:
            raise ValueError("gdn option 'num_v_heads' must be a multiple of 'num_k_heads'")
        key_dim = self.num_k_heads * self.head_k_dim
        value_dim = self.num_v_heads * self.head_v_dim
        conv_dim = 2 * key_dim + value_dim
        self.in_proj_qkvz = nn.Linear(self.hidden_size, 2 * key_dim + 2 * value_dim, bias=bias)
        self.in_proj_ba = nn.Linear(self.hidden_size, 2 * self.num_v_heads, bias=bias)
        self.conv1d = nn.Conv1d(conv_dim, conv_dim, self.conv_kernel, groups=conv_dim, bias=False)
        self.A_log = nn.Parameter(torch.zeros(self.num_v_heads))
        self.dt_bias = nn.Parameter(torch.ones(self.num_v_heads))
        self.norm = GatedRMSNorm(self.head_v_dim, self.norm_eps)
        self.out_proj = nn.Linear(value_dim, self.hidden_size, bias=out_bias)

    def forward(self, x, token_mask=None):
        B, T, _ = x.shape
        Hk, Hv, Dk, Dv = self.num_k_heads, self.num_v_heads, self.head_k_dim, self.head_v_dim
        r = Hv // Hk
        key_dim, value_dim = Hk * Dk, Hv * Dv
        dtype = x.dtype
        compute = _compute_dtype(dtype)

        q, k, v, z = self.in_proj_qkvz(x).view(B, T, Hk, 2 * Dk + 2 * r * Dv).split([Dk, Dk, r * Dv, r * Dv], dim=3)
        z = z.reshape(B, T, Hv, Dv)
        b, a = self.in_proj_ba(x).view(B, T, Hk, 2 * r).split(r, dim=3)
        b = b.reshape(B, T, Hv)
        a = a.reshape(B, T, Hv)

        mixed = torch.cat((q.reshape(B, T, key_dim), k.reshape(B, T, key_dim), v.reshape(B, T, value_dim)), dim=-1)
        mask = None
        if token_mask is not None:
            mask = token_mask.to(x.device).to(compute)  # [B, T]
            mixed = mixed * mask.unsqueeze(-1).to(dtype)  # padding enters neither the conv nor the state
        conv = causal_conv_silu(mixed, self.conv1d.weight)
        q, k, v = conv.split([key_dim, key_dim, value_dim], dim=2)
        q = q.reshape(B, T, Hk, Dk)
        k = k.reshape(B, T, Hk, Dk)
        v = v.reshape(B, T, Hv, Dv)

        beta = torch.sigmoid(b.to(compute))
        g = -self.A_log.to(compute).exp() * F.softplus(a.to(compute) + self.dt_bias.to(compute))
        if mask is not None:
            beta = beta * mask.unsqueeze(-1)
            g = g * mask.unsqueeze(-1)
        if r > 1:
            q = q.repeat_interleave(r, dim=2)
            k = k.repeat_interleave(r, dim=2)
        qh = (l2normalize(q.to(compute)) * (1.0 / math.sqrt(Dk))).transpose(1, 2)  # [B, Hv, T, Dk]
        kh = l2normalize(k.to(compute)).transpose(1, 2)
        vh = v.to(compute).transpose(1, 2)
        o = gated_delta_rule(qh, kh, vh, g.transpose(1, 2), beta.transpose(1, 2))
        o = o.transpose(1, 2).to(dtype)  # [B, T, Hv, Dv]
        o = self.norm(o, z).reshape(B, T, value_dim)
        return self.out_proj(o)


class GatedLinearAttention(nn.Module):
    """Gated Linear Attention in fla's parameterisation with GQA (C++ GLAImpl):
      q_proj [H*Dk, C], k_proj [Hkv*Dk, C], v_proj [Hkv*Dv, C]
      gk_proj.0 [R, C], gk_proj.1 [Hkv*Dk, R] + bias:
          gk = logsigmoid(gk_proj(x)) / gate_logit_normalizer  (log decay per key dim)
      g_proj [H*Dv, C] (+ bias), g_norm.weight [Dv]: norm(o) * silu(g)
      o_proj [C, H*Dv]; optional q/k/v/o biases and per-head q_norm / k_norm."""

    KNOWN = ("hidden_size", "num_heads", "num_kv_heads", "head_k_dim", "head_v_dim", "gate_low_rank",
             "gate_logit_normalizer", "chunk_size", "norm_eps", "bias", "out_bias", "gate_bias", "qk_norm")

    def __init__(self, options):
        super().__init__()
        o = dict(options)
        _check_known(o, self.KNOWN, "gla")
        self.hidden_size = _opt_int(o, "hidden_size", 0)
        self.num_heads = _opt_int(o, "num_heads", 0)
        self.num_kv_heads = _opt_int(o, "num_kv_heads", self.num_heads)
        self.head_k_dim = _opt_int(o, "head_k_dim", 0)
        self.head_v_dim = _opt_int(o, "head_v_dim", self.head_k_dim)
        self.gate_low_rank = _opt_int(o, "gate_low_rank", 16)
        self.gate_logit_normalizer = _opt_float(o, "gate_logit_normalizer", 16.0)
        self.chunk_size = _opt_int(o, "chunk_size", 16)  # the C++ kernel's; unused here
        self.norm_eps = _opt_float(o, "norm_eps", 1e-5)
        bias = _opt_bool(o, "bias", False)
        out_bias = _opt_bool(o, "out_bias", False)
        gate_bias = _opt_bool(o, "gate_bias", False)
        qk_norm = _opt_bool(o, "qk_norm", False)
        if self.num_heads % self.num_kv_heads:
            raise ValueError("gla option 'num_heads' must be a multiple of 'num_kv_heads'")
        if not self.gate_logit_normalizer > 0:
            raise ValueError("gla option 'gate_logit_normalizer' must be positive")
        C, H, Hkv, Dk, Dv = self.hidden_size, self.num_heads, self.num_kv_heads, self.head_k_dim, self.head_v_dim
        self.q_proj = nn.Linear(C, H * Dk, bias=bias)
        self.k_proj = nn.Linear(C, Hkv * Dk, bias=bias)
        self.v_proj = nn.Linear(C, Hkv * Dv, bias=bias)
        self.gk_proj = nn.Sequential(nn.Linear(C, self.gate_low_rank, bias=False),
                                     nn.Linear(self.gate_low_rank, Hkv * Dk, bias=True))
        self.g_proj = nn.Linear(C, H * Dv, bias=gate_bias)
        if qk_norm:
            self.q_norm = RMSNorm(Dk, self.norm_eps)
            self.k_norm = RMSNorm(Dk, self.norm_eps)
        else:
            self.q_norm = self.k_norm = None
        self.g_norm = GatedRMSNorm(Dv, self.norm_eps)
        self.o_proj = nn.Linear(H * Dv, C, bias=out_bias)

    def forward(self, x, token_mask=None):
        B, T, _ = x.shape
        H, Hkv, Dk, Dv = self.num_heads, self.num_kv_heads, self.head_k_dim, self.head_v_dim
        dtype = x.dtype
        compute = _compute_dtype(dtype)
        q = self.q_proj(x).view(B, T, H, Dk)
        k = self.k_proj(x).view(B, T, Hkv, Dk)
        v = self.v_proj(x).view(B, T, Hkv, Dv)
        if self.q_norm is not None:
            q = self.q_norm(q)
            k = self.k_norm(k)
        gk = F.logsigmoid(self.gk_proj(x).to(compute)).view(B, T, Hkv, Dk) / self.gate_logit_normalizer
        q, k, v = q.to(compute), k.to(compute), v.to(compute)
        if token_mask is not None:  # padding neither decays nor writes the state
            m = token_mask.to(x.device).to(compute).view(B, T, 1, 1)
            k, v, gk = k * m, v * m, gk * m
        if Hkv != H:
            rep = H // Hkv
            k = k.repeat_interleave(rep, dim=2)
            v = v.repeat_interleave(rep, dim=2)
            gk = gk.repeat_interleave(rep, dim=2)
        qh = (q * (1.0 / math.sqrt(Dk))).transpose(1, 2)  # [B, H, T, Dk]
        o = gated_linear_attention(qh, k.transpose(1, 2), v.transpose(1, 2), gk.transpose(1, 2))
        o = o.transpose(1, 2).to(dtype)  # [B, T, H, Dv]
        gate = self.g_proj(x).view(B, T, H, Dv)
        o = self.g_norm(o, gate).reshape(B, T, H * Dv)
        return self.o_proj(o)


class DynamicShortConvolution(nn.Module):
    """JetBlock's causal short convolution with per-token kernels (C++ DynamicShortConvolutionImpl):
      kernel_generator.w1 [D/r, C] (no bias), .w2 [D*K, D/r] + bias
      kernels[b, t, d, j] = w2(silu(w1(x[b, t])))[d*K + j]
      out[b, t, d] = silu(sum_j kernels[b, t, d, j] * v[b, t - (K-1) + j, d]), zeros before 0."""

    def __init__(self, channels, kernel_size, generator_input_size, reduction):
        super().__init__()
        self.channels, self.kernel_size = channels, kernel_size
        self.kernel_generator = nn.Sequential()
        self.kernel_generator.add_module("w1", nn.Linear(generator_input_size, channels // reduction, bias=False))
        self.kernel_generator.add_module("act", nn.SiLU())
        self.kernel_generator.add_module("w2", nn.Linear(channels // reduction, channels * kernel_size, bias=True))

    def forward(self, v, generator_input):
        B, T, D = v.shape
        K = self.kernel_size
        compute = _compute_dtype(v.dtype)
        kern = self.kernel_generator(generator_input).view(B, T, D, K).to(compute)
        vin = torch.cat((v.new_zeros(B, K - 1, D), v), dim=1).to(compute)  # [B, T+K-1, D]
        acc = vin[:, 0:T] * kern[..., 0]
        for j in range(1, K):
            acc = acc + vin[:, j:j + T] * kern[..., j]
        return F.silu(acc).to(v.dtype)


class JetBlock(nn.Module):
    """Jet-Nemotron's JetBlock (C++ JetBlockImpl; NVlabs/Jet-Nemotron jet_block.py):
      q_proj, k_proj [H*Dk, C]  q = silu(q_proj(x)), k = silu(k_proj(x))
      v_proj [H*Dv, C]          v = dynamic_conv1d(v_proj(x), x), Dv = Dk * expand_v
      b_proj, a_proj [H, C]     beta = sigmoid(b), g = -exp(A_log) * softplus(a + dt_bias)
      g_proj [H*Dv, C], o_norm.weight [Dv]: norm(o) * silu(g_proj(x)); o_proj [C, H*Dv]
    The gated delta rule on L2-normalised q, k (q scaled by Dk^-1/2), as in GDN."""

    KNOWN = ("hidden_size", "num_heads", "head_dim", "expand_v", "conv_size", "dconv_generator_reduction",
             "chunk_size", "norm_eps", "bias", "gate_bias", "out_bias")

    def __init__(self, options):
        super().__init__()
        o = dict(options)
        _check_known(o, self.KNOWN, "jetblock")
        self.hidden_size = _opt_int(o, "hidden_size", 0)
        self.num_heads = _opt_int(o, "num_heads", 0)
        self.head_dim = _opt_int(o, "head_dim", 0)
        expand_v = _opt_float(o, "expand_v", 2.0)
        self.conv_size = _opt_int(o, "conv_size", 4)
        reduction = _opt_int(o, "dconv_generator_reduction", 8)
        self.chunk_size = _opt_int(o, "chunk_size", 64)  # the C++ kernel's; unused here
        self.norm_eps = _opt_float(o, "norm_eps", 1e-5)
        bias, gate_bias, out_bias = (_opt_bool(o, n, False) for n in ("bias", "gate_bias", "out_bias"))
        dv = self.head_dim * expand_v
        if not expand_v > 0 or abs(dv - round(dv)) > 1e-6:
            raise ValueError("jetblock option 'expand_v' times 'head_dim' must be a positive integer")
        self.head_v_dim = int(round(dv))
        C, H, Dk, Dv = self.hidden_size, self.num_heads, self.head_dim, self.head_v_dim
        if H * Dv // reduction < 1:
            raise ValueError("jetblock option 'dconv_generator_reduction' leaves no generator channels")
        self.q_proj = nn.Linear(C, H * Dk, bias=bias)
        self.k_proj = nn.Linear(C, H * Dk, bias=bias)
        self.v_proj = nn.Linear(C, H * Dv, bias=bias)
        self.b_proj = nn.Linear(C, H, bias=False)
        self.a_proj = nn.Linear(C, H, bias=False)
        self.A_log = nn.Parameter(torch.zeros(H))
        self.dt_bias = nn.Parameter(torch.ones(H))
        self.dynamic_conv1d = DynamicShortConvolution(H * Dv, self.conv_size, C, reduction)
        self.g_proj = nn.Linear(C, H * Dv, bias=gate_bias)
        self.o_norm = GatedRMSNorm(Dv, self.norm_eps)
        self.o_proj = nn.Linear(H * Dv, C, bias=out_bias)

    def forward(self, x, token_mask=None):
        B, T, _ = x.shape
        H, Dk, Dv = self.num_heads, self.head_dim, self.head_v_dim
        dtype = x.dtype
        compute = _compute_dtype(dtype)
        q = F.silu(self.q_proj(x)).view(B, T, H, Dk)
        k = F.silu(self.k_proj(x)).view(B, T, H, Dk)
        vin = self.v_proj(x)
        mask = None
        if token_mask is not None:
            mask = token_mask.to(x.device).to(compute)  # [B, T]
            vin = vin * mask.unsqueeze(-1).to(dtype)  # padding enters neither the conv nor the state
        v = self.dynamic_conv1d(vin, x).view(B, T, H, Dv)
        beta = torch.sigmoid(self.b_proj(x).to(compute))
        g = -self.A_log.to(compute).exp() * F.softplus(self.a_proj(x).to(compute) + self.dt_bias.to(compute))
        if mask is not None:
            beta = beta * mask.unsqueeze(-1)
            g = g * mask.unsqueeze(-1)
        qh = (l2normalize(q.to(compute)) * (1.0 / math.sqrt(Dk))).transpose(1, 2)  # [B, H, T, Dk]
        kh = l2normalize(k.to(compute)).transpose(1, 2)
        o = gated_delta_rule(qh, kh, v.to(compute).transpose(1, 2), g.transpose(1, 2), beta.transpose(1, 2))
        o = o.transpose(1, 2).to(dtype)  # [B, T, H, Dv]
        gate = self.g_proj(x).view(B, T, H, Dv)
        o = self.o_norm(o, gate).reshape(B, T, H * Dv)
        return self.o_proj(o)


MIXERS = {"gdn": GatedDeltaNet, "gla": GatedLinearAttention, "jetblock": JetBlock}


def build_mixer(kind, options, hidden_size, layer):
    if kind not in MIXERS:
        raise ValueError("layer %d: unknown mixer '%s' (known: %s)" % (layer, kind, ", ".join(sorted(MIXERS))))
    m = MIXERS[kind](options)
    if m.hidden_size != hidden_size:
        raise ValueError("layer %d: the %s mixer has hidden size %d, the model %d" % (layer, kind, m.hidden_size,
                                                                                     hidden_size))
    return m


# ---------------------------------------------------------------- the model


class DecoderLayer(nn.Module):
    """input_layernorm -> self_attn (full / sliding) or linear_attn -> residual,
    post_attention_layernorm -> mlp -> residual."""

    def __init__(self, config, layer_index):
        super().__init__()
        self.layer_index = layer_index
        if layer_index in config.linear_layers:
            kind, options = config.linear_layers[layer_index]
            self.linear_attn = build_mixer(kind, options, config.hidden_size, layer_index)
            self.mixer_kind = kind
        else:
            self.self_attn = Attention(config, layer_index)
            self.mixer_kind = "full"
        self.mlp = MLP(config)
        self.input_layernorm = RMSNorm(config.hidden_size, config.rms_norm_eps)
        self.post_attention_layernorm = RMSNorm(config.hidden_size, config.rms_norm_eps)

    def forward(self, h, ctx):
        x = self.input_layernorm(h)
        if self.mixer_kind == "full":
            a = self.self_attn(x, ctx)
        else:
            a = self.linear_attn(x, ctx["token_mask"])
        h = h + a
        return h + self.mlp(self.post_attention_layernorm(h))


class DecoderStack(nn.Module):
    """The "model." part of the checkpoint: embed_tokens, layers, norm. forward returns
    the final-normed hidden states [B, T, C]."""

    def __init__(self, config):
        super().__init__()
        if not isinstance(config, HybridConfig):
            config = HybridConfig(config)
        self.config = config
        self.embed_tokens = nn.Embedding(config.vocab_size, config.hidden_size)
        self.layers = nn.ModuleList([DecoderLayer(config, i) for i in range(config.num_layers)])
        self.norm = RMSNorm(config.hidden_size, config.rms_norm_eps)
        self._inv_freq = None  # computed on first use; not a buffer, never in the state dict

    def inv_freq(self, device):
        if self._inv_freq is None or self._inv_freq.device != device:
            self._inv_freq = rope_inv_freq(self.config).to(device)
        return self._inv_freq

    def forward(self, input_ids, attention_mask=None, position_ids=None, output_hidden_states=False):
        if input_ids.dim() != 2 or input_ids.shape[1] == 0:
            raise ValueError("input_ids must be a non-empty [batch, tokens] tensor, got %s" % (tuple(input_ids.shape),))
        device = self.embed_tokens.weight.device
        ids = input_ids.to(device=device, dtype=torch.int64)
        B, T = ids.shape
        if int(ids.min()) < 0 or int(ids.max()) >= self.config.vocab_size:
            raise ValueError("input_ids holds token ids outside the vocabulary [0, %d)" % self.config.vocab_size)
        if attention_mask is not None:
            if tuple(attention_mask.shape) != (B, T):
                raise ValueError("attention_mask has shape %s, expected %s" % (tuple(attention_mask.shape), (B, T)))
            token_mask = attention_mask.to(device).to(torch.bool)
        else:
            token_mask = None
        key_mask = token_mask if token_mask is not None else torch.ones(B, T, dtype=torch.bool, device=device)
        if position_ids is None:
            position_ids = torch.arange(T, dtype=torch.int64, device=device).unsqueeze(0).expand(B, T)
        else:
            position_ids = position_ids.to(device=device, dtype=torch.int64).expand(B, T)

        h = self.embed_tokens(ids)
        dtype = h.dtype
        freqs = position_ids.to(torch.float32).unsqueeze(-1) * self.inv_freq(device)  # [B, T, D/2]
        emb = torch.cat((freqs, freqs), dim=-1)
        cos, sin = emb.cos().to(dtype).unsqueeze(1), emb.sin().to(dtype).unsqueeze(1)

        masks = {}

        def mask(window, mdtype):
            # Additive [B, 1, T, T]: 0 where query i may see key j (j <= i, i - j < window,
            # key a real token), the dtype's lowest value elsewhere.
            key = (window, mdtype)
            if key not in masks:
                i = torch.arange(T, device=device).unsqueeze(1)
                j = torch.arange(T, device=device).unsqueeze(0)
                allowed = j <= i
                if window > 0:
                    allowed = allowed & ((i - j) < window)
                allowed = allowed.unsqueeze(0) & key_mask.unsqueeze(1)  # [B, T, T]
                m = torch.zeros(allowed.shape, dtype=mdtype, device=device)
                m.masked_fill_(~allowed, torch.finfo(mdtype).min)
                masks[key] = m.unsqueeze(1)
            return masks[key]

        ctx = {"cos": cos, "sin": sin, "mask": mask, "token_mask": token_mask}
        hidden = [h] if output_hidden_states else None
        for i, layer in enumerate(self.layers):
            h = layer(h, ctx)
            if output_hidden_states and i + 1 < len(self.layers):
                hidden.append(h)
        h = self.norm(h)
        if output_hidden_states:
            hidden.append(h)
            return h, hidden
        return h


class HybridModel(nn.Module):
    """The whole causal LM: .model (DecoderStack) and .lm_head (absent when
    tie_word_embeddings: the embedding is the output projection).

    forward(input_ids [B, T] int64, attention_mask=None [B, T] (1 token, 0 padding),
    position_ids=None) -> logits [B, T, vocab] in the parameters' dtype."""

    def __init__(self, config):
        super().__init__()
        if not isinstance(config, HybridConfig):
            config = HybridConfig(config)
        self.config = config
        self.model = DecoderStack(config)
        if not config.tie_word_embeddings:
            self.lm_head = nn.Linear(config.hidden_size, config.vocab_size, bias=False)
        else:
            self.lm_head = None

    def output_weight(self):
        return self.lm_head.weight if self.lm_head is not None else self.model.embed_tokens.weight

    def forward(self, input_ids, attention_mask=None, position_ids=None):
        h = self.model(input_ids, attention_mask=attention_mask, position_ids=position_ids)
        return F.linear(h, self.output_weight())

    def layer_kinds(self):
        """Per layer: "full" or the linear mixer's name ("gdn", "gla", "jetblock")."""
        return [layer.mixer_kind for layer in self.model.layers]


def _prepare_state_dict(weights, config):
    """Drops the tensors that loaders ignore: rotary inv_freq buffers, and lm_head.weight
    in a tied checkpoint that stores it anyway."""
    out = {}
    for name, t in weights.items():
        if "rotary_emb.inv_freq" in name:
            continue
        if name == "lm_head.weight" and config.tie_word_embeddings:
            continue
        out[name] = t
    return out


def load_model(folder, dtype=torch.float32, device="cpu"):
    """Builds the HybridModel of <folder>/config.json and loads its weights (strict: every
    parameter present with its shape, no stray tensors). dtype: the compute dtype the
    weights are cast to (None keeps the stored dtype). Returns the model in eval mode."""
    with open(os.path.join(folder, "config.json"), "r", encoding="utf-8") as f:
        cfg = json.load(f)
    config = HybridConfig(cfg)
    model = HybridModel(config)
    weights = _prepare_state_dict(load_folder_weights(folder), config)
    if dtype is None:
        stored = {t.dtype for t in weights.values() if t.is_floating_point()}
        dtype = stored.pop() if len(stored) == 1 else torch.float32
    model.load_state_dict(weights, strict=True)
    model.to(device=device, dtype=dtype)
    model.eval()
    for p in model.parameters():
        p.requires_grad_(False)
    return model


def greedy_generate(model, input_ids, max_new_tokens, eos_token_id=None):
    """Greedy decoding: appends up to max_new_tokens argmax tokens to input_ids [B, T]
    (recomputing the full forward per step). With eos_token_id (an int or a list), a
    row that produced it is padded with that token afterwards and decoding stops once
    every row has. Returns [B, T + n] int64."""
    with torch.no_grad():
        return _greedy(model, input_ids, max_new_tokens, eos_token_id)


def _greedy(model, input_ids, max_new_tokens, eos_token_id):
    ids = input_ids.to(torch.int64)
    if isinstance(eos_token_id, int):
        eos_token_id = [eos_token_id]
    done = torch.zeros(ids.shape[0], dtype=torch.bool, device=ids.device)
    for _ in range(max_new_tokens):
        logits = model(ids)[:, -1, :]
        nxt = logits.argmax(-1).to(ids.device)
        if eos_token_id:
            nxt = torch.where(done, torch.full_like(nxt, eos_token_id[0]), nxt)
            done = done | torch.isin(nxt, torch.tensor(eos_token_id, device=ids.device))
        ids = torch.cat((ids, nxt.unsqueeze(1)), dim=1)
        if eos_token_id and bool(done.all()):
            break
    return ids
