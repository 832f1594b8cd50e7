#include "mixers/gated_deltanet.h"

#include "mixers/gdn_step.h"
#include "mixers/kernels.h"
#include "mixers/options.h"
#include "util/error.h"

#include <cmath>

namespace dtr {

namespace F = torch::nn::functional;

nlohmann::json GatedDeltaNetOptions::toJson() const
{
    return {{"hidden_size", hiddenSize}, {"num_k_heads", numKHeads}, {"num_v_heads", numVHeads},
            {"head_k_dim", headKDim},     {"head_v_dim", headVDim},   {"conv_kernel", convKernel},
            {"chunk_size", chunkSize},    {"norm_eps", normEps},      {"bias", bias},
            {"out_bias", outBias}};
}

GatedDeltaNetOptions GatedDeltaNetOptions::fromJson(const nlohmann::json &j)
{
    using namespace mixeropt;
    checkKnown(j, {"hidden_size", "num_k_heads", "num_v_heads", "head_k_dim", "head_v_dim", "conv_kernel",
                   "chunk_size", "norm_eps", "bias", "out_bias"},
               "gdn");
    GatedDeltaNetOptions o;
    o.hiddenSize = getInt(j, "hidden_size", 0);
    o.numKHeads = getInt(j, "num_k_heads", 0);
    o.numVHeads = getInt(j, "num_v_heads", o.numKHeads);
    o.headKDim = getInt(j, "head_k_dim", 0);
    o.headVDim = getInt(j, "head_v_dim", o.headKDim);
    o.convKernel = getInt(j, "conv_kernel", 4);
    o.chunkSize = getInt(j, "chunk_size", 64);
    o.normEps = getDouble(j, "norm_eps", 1e-6);
    o.bias = getBool(j, "bias", false);
    o.outBias = getBool(j, "out_bias", false);
    o.validate();
    return o;
}

void GatedDeltaNetOptions::validate() const
{
    auto need = [](std::int64_t v, const char *name) {
        if (v <= 0)
            throw Error(std::string("gdn option '") + name + "' must be positive, got " + std::to_string(v));
    };
    need(hiddenSize, "hidden_size");
    need(numKHeads, "num_k_heads");
    need(numVHeads, "num_v_heads");
    need(headKDim, "head_k_dim");
    need(headVDim, "head_v_dim");
    need(convKernel, "conv_kernel");
    need(chunkSize, "chunk_size");
    if (numVHeads % numKHeads != 0)
        throw Error("gdn option 'num_v_heads' (" + std::to_string(numVHeads)
                    + ") must be a multiple of 'num_k_heads' (" + std::to_string(numKHeads) + ")");
}

GatedDeltaNetImpl::GatedDeltaNetImpl(const GatedDeltaNetOptions &o)
    : opts(o)
{
    opts.validate();
    const std::int64_t keyDim = o.numKHeads * o.headKDim, valueDim = o.numVHeads * o.headVDim;
    const std::int64_t convDim = 2 * keyDim + valueDim;
    in_proj_qkvz = register_module(
        "in_proj_qkvz", torch::nn::Linear(torch::nn::LinearOptions(o.hiddenSize, 2 * keyDim + 2 * valueDim).bias(o.bias)));
    in_proj_ba = register_module(
        "in_proj_ba", torch::nn::Linear(torch::nn::LinearOptions(o.hiddenSize, 2 * o.numVHeads).bias(o.bias)));
    conv1d = register_module("conv1d", torch::nn::Conv1d(torch::nn::Conv1dOptions(convDim, convDim, o.convKernel)
                                                             .groups(convDim)
                                                             .bias(false)));
    // Qwen3-Next's initialisation: A ~ U(0, 16), dt_bias = 1.
    A_log = register_parameter("A_log", torch::empty({o.numVHeads}).uniform_(1e-3, 16).log());
    dt_bias = register_parameter("dt_bias", torch::ones({o.numVHeads}));
    norm = register_module("norm", GatedRMSNorm(o.headVDim, o.normEps));
    out_proj = register_module("out_proj",
                               torch::nn::Linear(torch::nn::LinearOptions(valueDim, o.hiddenSize).bias(o.outBias)));
}

torch::Tensor GatedDeltaNetImpl::forward(const torch::Tensor &x, const MixerContext &ctx, MixerCache *cache)
{
    return run(x, ctx.tokenMask, cache);
}

torch::Tensor GatedDeltaNetImpl::run(const torch::Tensor &x, const torch::Tensor &tokenMask, MixerCache *cache)
{
    if (x.dim() != 3 || x.size(2) != opts.hiddenSize)
        throw Error("gdn: input must be [B, T, " + std::to_string(opts.hiddenSize) + "]");
    const std::int64_t B = x.size(0), T = x.size(1);
    const std::int64_t Hk = opts.numKHeads, Hv = opts.numVHeads, Dk = opts.headKDim, Dv = opts.headVDim;
    const std::int64_t r = Hv / Hk;
    const std::int64_t keyDim = Hk * Dk, valueDim = Hv * Dv;
    const auto dtype = x.scalar_type();
    const auto compute = dtype == torch::kFloat64 ? torch::kFloat64 : torch::kFloat32;
    if (T == 1 && cache && mode != MixerMode::Chunked && x.is_cpu() && !torch::GradMode::is_enabled()
        && (dtype == torch::kFloat32 || dtype == torch::kFloat64))
        return decodeStep(x, tokenMask, *cache);

    // Projections, grouped by key head as in Qwen3-Next: [q Dk | k Dk | v r*Dv | z r*Dv].
    // split (not narrow): its backward is one cat, not a zero-filled full-size gradient per piece.
    std::vector<torch::Tensor> qkvz = in_proj_qkvz(x).view({B, T, Hk, 2 * Dk + 2 * r * Dv})
                                          .split_with_sizes({Dk, Dk, r * Dv, r * Dv}, 3);
    torch::Tensor q = qkvz[0];                                       // [B, T, Hk, Dk]
    torch::Tensor k = qkvz[1];                                       // [B, T, Hk, Dk]
    torch::Tensor v = qkvz[2];                                       // [B, T, Hk, r*Dv]
    torch::Tensor z = qkvz[3].reshape({B, T, Hv, Dv});
    std::vector<torch::Tensor> ba = in_proj_ba(x).view({B, T, Hk, 2 * r}).split(r, 3);
    torch::Tensor b = ba[0].reshape({B, T, Hv});                     // [B, T, Hv]
    torch::Tensor a = ba[1].reshape({B, T, Hv});

    torch::Tensor mixed = torch::cat({q.reshape({B, T, keyDim}), k.reshape({B, T, keyDim}), v.reshape({B, T, valueDim})},
                                     -1); // [B, T, convDim]
    torch::Tensor mask;
    if (tokenMask.defined()) {
        mask = tokenMask.to(x.device()).to(compute); // [B, T]
        mixed = mixed * mask.unsqueeze(-1).to(dtype); // padding enters neither the conv nor the state
    }
    const bool haveState = cache && !cache->state.empty();
    auto [conv, tail] = causalConvSilu(mixed, conv1d->weight, haveState ? cache->state[0] : torch::Tensor());
    std::vector<torch::Tensor> qkv = conv.split_with_sizes({keyDim, keyDim, valueDim}, 2); // of [B, T, convDim]
    q = qkv[0].reshape({B, T, Hk, Dk});
    k = qkv[1].reshape({B, T, Hk, Dk});
    v = qkv[2].reshape({B, T, Hv, Dv});

    torch::Tensor beta = torch::sigmoid(b.to(compute));                                      // [B, T, Hv]
    torch::Tensor g = -A_log.to(compute).exp() * F::softplus(a.to(compute) + dt_bias.to(compute)); // [B, T, Hv]
    if (mask.defined()) {
        beta = beta * mask.unsqueeze(-1);
        g = g * mask.unsqueeze(-1);
    }
    if (r > 1) {
        q = q.repeat_interleave(r, 2);
        k = k.repeat_interleave(r, 2);
    }
    // Kernel layout [B, H, T, D] in float32 (float64 when given).
    torch::Tensor qh = (l2normalize(q.to(compute)) * (1.0 / std::sqrt(static_cast<double>(Dk)))).transpose(1, 2);
    torch::Tensor kh = l2normalize(k.to(compute)).transpose(1, 2);
    torch::Tensor vh = v.to(compute).transpose(1, 2);
    torch::Tensor gh = g.transpose(1, 2), betah = beta.transpose(1, 2);
    torch::Tensor S0 = haveState ? cache->state[1] : torch::Tensor();
    const bool recurrent = mode == MixerMode::Recurrent || (mode == MixerMode::Auto && cache && T == 1);
    auto [o, S] = recurrent ? gatedDeltaRecurrent(qh, kh, vh, gh, betah, S0)
                            : gatedDeltaChunked(qh, kh, vh, gh, betah, S0, opts.chunkSize);
    if (cache)
        cache->state = {tail, S};
    o = o.transpose(1, 2).to(dtype);            // [B, T, Hv, Dv]
    o = norm(o, z).reshape({B, T, valueDim});   // [B, T, Hv*Dv]
    return out_proj(o);
}

torch::Tensor GatedDeltaNetImpl::decodeStep(const torch::Tensor &x, const torch::Tensor &tokenMask, MixerCache &cache)
{
    const std::int64_t B = x.size(0);
    const std::int64_t Hv = opts.numVHeads, Dk = opts.headKDim, Dv = opts.headVDim, K = opts.convKernel;
    const std::int64_t Ch = 2 * opts.numKHeads * Dk + Hv * Dv;
    const auto options = x.options();
    const auto own = [&](const torch::Tensor &t) { return t.to(options).contiguous(); };
    const torch::Tensor qkvz = in_proj_qkvz(x).contiguous(), ba = in_proj_ba(x).contiguous();
    const torch::Tensor mask = tokenMask.defined() ? own(tokenMask.reshape({B})) : torch::Tensor();
    const bool haveState = !cache.state.empty();
    const torch::Tensor tailIn = haveState ? own(cache.state[0]) : torch::Tensor();
    const torch::Tensor sIn = haveState ? own(cache.state[1]) : torch::Tensor();
    const torch::Tensor convW = own(conv1d->weight), aLog = own(A_log), dtBias = own(dt_bias),
                        normW = own(norm->weight);
    torch::Tensor tailOut = torch::empty({B, Ch, K - 1}, options), sOut = torch::empty({B, Hv, Dk, Dv}, options);
    torch::Tensor o = torch::empty({B, 1, Hv * Dv}, options);
    const gdnstep::Sizes sizes{B, opts.numKHeads, Hv, Dk, Dv, K, opts.normEps};
    AT_DISPATCH_FLOATING_TYPES(x.scalar_type(), "gdn decode step", [&] {
        const auto ptr = [](const torch::Tensor &t) { return t.defined() ? t.data_ptr<scalar_t>() : nullptr; };
        gdnstep::step<scalar_t>(sizes, ptr(qkvz), ptr(ba), ptr(mask), ptr(convW), ptr(tailIn), ptr(tailOut), ptr(aLog),
                                ptr(dtBias), ptr(normW), ptr(sIn), ptr(sOut), ptr(o));
    });
    cache.state = {tailOut, sOut};
    return out_proj(o);
}

} // namespace dtr
