#include "mixers/gla.h"

#include "mixers/kernels.h"
#include "mixers/options.h"
#include "util/error.h"

#include <cmath>

namespace dtr {

namespace F = torch::nn::functional;

nlohmann::json GLAOptions::toJson() const
{
    return {{"hidden_size", hiddenSize},
            {"num_heads", numHeads},
            {"num_kv_heads", numKvHeads},
            {"head_k_dim", headKDim},
            {"head_v_dim", headVDim},
            {"gate_low_rank", gateLowRank},
            {"gate_logit_normalizer", gateLogitNormalizer},
            {"chunk_size", chunkSize},
            {"norm_eps", normEps},
            {"bias", bias},
            {"out_bias", outBias},
            {"gate_bias", gateBias},
            {"qk_norm", qkNorm}};
}

GLAOptions GLAOptions::fromJson(const nlohmann::json &j)
{
    using namespace mixeropt;
    checkKnown(j, {"hidden_size", "num_heads", "num_kv_heads", "head_k_dim", "head_v_dim", "gate_low_rank",
                   "gate_logit_normalizer", "chunk_size", "norm_eps", "bias", "out_bias", "gate_bias", "qk_norm"},
               "gla");
    GLAOptions o;
    o.hiddenSize = getInt(j, "hidden_size", 0);
    o.numHeads = getInt(j, "num_heads", 0);
    o.numKvHeads = getInt(j, "num_kv_heads", o.numHeads);
    o.headKDim = getInt(j, "head_k_dim", 0);
    o.headVDim = getInt(j, "head_v_dim", o.headKDim);
    o.gateLowRank = getInt(j, "gate_low_rank", 16);
    o.gateLogitNormalizer = getDouble(j, "gate_logit_normalizer", 16.0);
    o.chunkSize = getInt(j, "chunk_size", 16);
    o.normEps = getDouble(j, "norm_eps", 1e-5);
    o.bias = getBool(j, "bias", false);
    o.outBias = getBool(j, "out_bias", false);
    o.gateBias = getBool(j, "gate_bias", false);
    o.qkNorm = getBool(j, "qk_norm", false);
    o.validate();
    return o;
}

void GLAOptions::validate() const
{
    auto need = [](std::int64_t v, const char *name) {
        if (v <= 0)
            throw Error(std::string("gla option '") + name + "' must be positive, got " + std::to_string(v));
    };
    need(hiddenSize, "hidden_size");
    need(numHeads, "num_heads");
    need(numKvHeads, "num_kv_heads");
    need(headKDim, "head_k_dim");
    need(headVDim, "head_v_dim");
    need(gateLowRank, "gate_low_rank");
    need(chunkSize, "chunk_size");
    if (numHeads % numKvHeads != 0)
        throw Error("gla option 'num_heads' (" + std::to_string(numHeads) + ") must be a multiple of 'num_kv_heads' ("
                    + std::to_string(numKvHeads) + ")");
    if (!(gateLogitNormalizer > 0))
        throw Error("gla option 'gate_logit_normalizer' must be positive");
}

GLAImpl::GLAImpl(const GLAOptions &o)
    : opts(o)
{
    opts.validate();
    auto lin = [](std::int64_t in, std::int64_t out, bool bias) {
        return torch::nn::Linear(torch::nn::LinearOptions(in, out).bias(bias));
    };
    q_proj = register_module("q_proj", lin(o.hiddenSize, o.numHeads * o.headKDim, o.bias));
    k_proj = register_module("k_proj", lin(o.hiddenSize, o.numKvHeads * o.headKDim, o.bias));
    v_proj = register_module("v_proj", lin(o.hiddenSize, o.numKvHeads * o.headVDim, o.bias));
    gk_proj = register_module("gk_proj", torch::nn::Sequential(lin(o.hiddenSize, o.gateLowRank, false),
                                                               lin(o.gateLowRank, o.numKvHeads * o.headKDim, true)));
    g_proj = register_module("g_proj", lin(o.hiddenSize, o.numHeads * o.headVDim, o.gateBias));
    if (o.qkNorm) {
        q_norm = register_module("q_norm", RMSNorm(o.headKDim, o.normEps));
        k_norm = register_module("k_norm", RMSNorm(o.headKDim, o.normEps));
    }
    g_norm = register_module("g_norm", GatedRMSNorm(o.headVDim, o.normEps));
    o_proj = register_module("o_proj", lin(o.numHeads * o.headVDim, o.hiddenSize, o.outBias));
}

torch::Tensor GLAImpl::forward(const torch::Tensor &x, const MixerContext &ctx, MixerCache *cache)
{
    return run(x, ctx.tokenMask, cache);
}

torch::Tensor GLAImpl::run(const torch::Tensor &x, const torch::Tensor &tokenMask, MixerCache *cache)
{
    if (x.dim() != 3 || x.size(2) != opts.hiddenSize)
        throw Error("gla: input must be [B, T, " + std::to_string(opts.hiddenSize) + "]");
    const std::int64_t B = x.size(0), T = x.size(1);
    const std::int64_t H = opts.numHeads, Hkv = opts.numKvHeads, Dk = opts.headKDim, Dv = opts.headVDim;
    const auto dtype = x.scalar_type();
    const auto compute = dtype == torch::kFloat64 ? torch::kFloat64 : torch::kFloat32;

    torch::Tensor q = q_proj(x).view({B, T, H, Dk});   // [B, T, H, Dk]
    torch::Tensor k = k_proj(x).view({B, T, Hkv, Dk}); // [B, T, Hkv, Dk]
    torch::Tensor v = v_proj(x).view({B, T, Hkv, Dv}); // [B, T, Hkv, Dv]
    if (q_norm) {
        q = q_norm(q);
        k = k_norm(k);
    }
    torch::Tensor gk = F::logsigmoid(gk_proj->forward(x).to(compute)).view({B, T, Hkv, Dk}) / opts.gateLogitNormalizer;
    q = q.to(compute);
    k = k.to(compute);
    v = v.to(compute);
    if (tokenMask.defined()) { // padding neither decays nor writes the state
        torch::Tensor m = tokenMask.to(x.device()).to(compute).view({B, T, 1, 1});
        k = k * m;
        v = v * m;
        gk = gk * m;
    }
    if (Hkv != H) {
        const std::int64_t rep = H / Hkv;
        k = k.repeat_interleave(rep, 2);
        v = v.repeat_interleave(rep, 2);
        gk = gk.repeat_interleave(rep, 2);
    }
    torch::Tensor qh = (q * (1.0 / std::sqrt(static_cast<double>(Dk)))).transpose(1, 2); // [B, H, T, Dk]
    torch::Tensor kh = k.transpose(1, 2), vh = v.transpose(1, 2), gh = gk.transpose(1, 2);
    const bool haveState = cache && !cache->state.empty();
    torch::Tensor S0 = haveState ? cache->state[0] : torch::Tensor();
    const bool recurrent = mode == MixerMode::Recurrent || (mode == MixerMode::Auto && cache && T == 1);
    auto [o, S] = recurrent ? glaRecurrent(qh, kh, vh, gh, S0) : glaChunked(qh, kh, vh, gh, S0, opts.chunkSize);
    if (cache)
        cache->state = {S};
    o = o.transpose(1, 2).to(dtype);                          // [B, T, H, Dv]
    torch::Tensor gate = g_proj(x).view({B, T, H, Dv});
    o = g_norm(o, gate).reshape({B, T, H * Dv});
    return o_proj(o);
}

} // namespace dtr
