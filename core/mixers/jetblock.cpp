#include "mixers/jetblock.h"

#include "mixers/kernels.h"
#include "mixers/options.h"
#include "util/error.h"

#include <cmath>

namespace dtr {

namespace F = torch::nn::functional;

std::int64_t JetBlockOptions::headVDim() const
{
    return static_cast<std::int64_t>(std::llround(static_cast<double>(headDim) * expandV));
}

nlohmann::json JetBlockOptions::toJson() const
{
    return {{"hidden_size", hiddenSize},
            {"num_heads", numHeads},
            {"head_dim", headDim},
            {"expand_v", expandV},
            {"conv_size", convSize},
            {"dconv_generator_reduction", dconvGeneratorReduction},
            {"chunk_size", chunkSize},
            {"norm_eps", normEps},
            {"bias", bias},
            {"gate_bias", gateBias},
            {"out_bias", outBias}};
}

JetBlockOptions JetBlockOptions::fromJson(const nlohmann::json &j)
{
    using namespace mixeropt;
    checkKnown(j, {"hidden_size", "num_heads", "head_dim", "expand_v", "conv_size", "dconv_generator_reduction",
                   "chunk_size", "norm_eps", "bias", "gate_bias", "out_bias"},
               "jetblock");
    JetBlockOptions o;
    o.hiddenSize = getInt(j, "hidden_size", 0);
    o.numHeads = getInt(j, "num_heads", 0);
    o.headDim = getInt(j, "head_dim", 0);
    o.expandV = getDouble(j, "expand_v", 2.0);
    o.convSize = getInt(j, "conv_size", 4);
    o.dconvGeneratorReduction = getInt(j, "dconv_generator_reduction", 8);
    o.chunkSize = getInt(j, "chunk_size", 64);
    o.normEps = getDouble(j, "norm_eps", 1e-5);
    o.bias = getBool(j, "bias", false);
    o.gateBias = getBool(j, "gate_bias", false);
    o.outBias = getBool(j, "out_bias", false);
    o.validate();
    return o;
}

void JetBlockOptions::validate() const
{
    auto need = [](std::int64_t v, const char *name) {
        if (v <= 0)
            throw Error(std::string("jetblock option '") + name + "' must be positive, got " + std::to_string(v));
    };
    need(hiddenSize, "hidden_size");
    need(numHeads, "num_heads");
    need(headDim, "head_dim");
    need(convSize, "conv_size");
    need(dconvGeneratorReduction, "dconv_generator_reduction");
    need(chunkSize, "chunk_size");
    if (!(expandV > 0) || !std::isfinite(expandV))
        throw Error("jetblock option 'expand_v' must be positive, got " + std::to_string(expandV));
    const double dv = static_cast<double>(headDim) * expandV;
    if (std::abs(dv - std::round(dv)) > 1e-6 || std::round(dv) < 1)
        throw Error("jetblock option 'expand_v' (" + std::to_string(expandV) + ") times 'head_dim' ("
                    + std::to_string(headDim) + ") must be a positive integer");
    if (numHeads * headVDim() / dconvGeneratorReduction < 1)
        throw Error("jetblock option 'dconv_generator_reduction' (" + std::to_string(dconvGeneratorReduction)
                    + ") leaves no generator channels for a value size of " + std::to_string(numHeads * headVDim()));
    if (!(normEps > 0))
        throw Error("jetblock option 'norm_eps' must be positive");
}

JetBlockImpl::JetBlockImpl(const JetBlockOptions &o)
    : opts(o)
{
    opts.validate();
    const std::int64_t C = o.hiddenSize, H = o.numHeads, keyDim = H * o.headDim, valueDim = H * o.headVDim();
    auto lin = [](std::int64_t in, std::int64_t out, bool bias) {
        return torch::nn::Linear(torch::nn::LinearOptions(in, out).bias(bias));
    };
    q_proj = register_module("q_proj", lin(C, keyDim, o.bias));
    k_proj = register_module("k_proj", lin(C, keyDim, o.bias));
    v_proj = register_module("v_proj", lin(C, valueDim, o.bias));
    b_proj = register_module("b_proj", lin(C, H, false));
    a_proj = register_module("a_proj", lin(C, H, false));
    // Jet-Nemotron's initialisation: A ~ U(0, 16) (floored at 1e-3 here), dt log-uniform in
    // [1e-3, 0.1] and dt_bias = softplus^-1(dt).
    A_log = register_parameter("A_log", torch::empty({H}).uniform_(1e-3, 16).log());
    torch::Tensor dt = (torch::rand({H}) * (std::log(0.1) - std::log(1e-3)) + std::log(1e-3)).exp().clamp_min(1e-4);
    dt_bias = register_parameter("dt_bias", dt + torch::log(-torch::expm1(-dt)));
    // The generator's hidden size is the value size over the reduction, as in the reference.
    dynamic_conv1d = register_module("dynamic_conv1d",
                                     DynamicShortConvolution(valueDim, o.convSize, C, o.dconvGeneratorReduction));
    g_proj = register_module("g_proj", lin(C, valueDim, o.gateBias));
    o_norm = register_module("o_norm", GatedRMSNorm(o.headVDim(), o.normEps));
    o_proj = register_module("o_proj", lin(valueDim, C, o.outBias));
}

torch::Tensor JetBlockImpl::forward(const torch::Tensor &x, const MixerContext &ctx, MixerCache *cache)
{
    return run(x, ctx.tokenMask, cache);
}

torch::Tensor JetBlockImpl::run(const torch::Tensor &x, const torch::Tensor &tokenMask, MixerCache *cache)
{
    if (x.dim() != 3 || x.size(2) != opts.hiddenSize)
        throw Error("jetblock: input must be [B, T, " + std::to_string(opts.hiddenSize) + "]");
    const std::int64_t B = x.size(0), T = x.size(1);
    const std::int64_t H = opts.numHeads, Dk = opts.headDim, Dv = opts.headVDim();
    const auto dtype = x.scalar_type();
    const auto compute = dtype == torch::kFloat64 ? torch::kFloat64 : torch::kFloat32;

    torch::Tensor q = torch::silu(q_proj(x)).view({B, T, H, Dk}); // [B, T, H, Dk]
    torch::Tensor k = torch::silu(k_proj(x)).view({B, T, H, Dk});
    torch::Tensor vin = v_proj(x);                                 // [B, T, H*Dv]
    torch::Tensor mask;
    if (tokenMask.defined()) {
        mask = tokenMask.to(x.device()).to(compute);   // [B, T]
        vin = vin * mask.unsqueeze(-1).to(dtype);      // padding enters neither the conv nor the state
    }
    const bool haveState = cache && !cache->state.empty();
    auto [v, tail] = dynamic_conv1d(vin, x, haveState ? cache->state[0] : torch::Tensor()); // v [B, T, H*Dv]

    torch::Tensor beta = torch::sigmoid(b_proj(x).to(compute));                                         // [B, T, H]
    torch::Tensor g = -A_log.to(compute).exp() * F::softplus(a_proj(x).to(compute) + dt_bias.to(compute)); // [B, T, H]
    if (mask.defined()) {
        beta = beta * mask.unsqueeze(-1);
        g = g * mask.unsqueeze(-1);
    }
    // Kernel layout [B, H, T, D] in float32 (float64 when given).
    torch::Tensor qh = (l2normalize(q.to(compute)) * (1.0 / std::sqrt(static_cast<double>(Dk)))).transpose(1, 2);
    torch::Tensor kh = l2normalize(k.to(compute)).transpose(1, 2);
    torch::Tensor vh = v.to(compute).view({B, T, H, Dv}).transpose(1, 2);
    torch::Tensor gh = g.transpose(1, 2), betah = beta.transpose(1, 2);
    torch::Tensor S0 = haveState ? cache->state[1] : torch::Tensor();
    const bool recurrent = mode == MixerMode::Recurrent || (mode == MixerMode::Auto && cache && T == 1);
    auto [o, S] = recurrent ? gatedDeltaRecurrent(qh, kh, vh, gh, betah, S0)
                            : gatedDeltaChunked(qh, kh, vh, gh, betah, S0, opts.chunkSize);
    if (cache)
        cache->state = {tail, S};
    o = o.transpose(1, 2).to(dtype);                         // [B, T, H, Dv]
    torch::Tensor gate = g_proj(x).view({B, T, H, Dv});
    o = o_norm(o, gate).reshape({B, T, H * Dv});             // [B, T, H*Dv]
    return o_proj(o);
}

} // namespace dtr
