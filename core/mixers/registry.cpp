#include "mixers/registry.h"
#include "mixers/mixer_list.h"

#include "mixers/gated_deltanet.h"
#include "mixers/gla.h"
#include "mixers/jetblock.h"
#include "model/transformer.h"
#include "util/error.h"

#include <cmath>
#include <map>
#include <mutex>

namespace dtr {

namespace {

// silu(1.2785) = 1.0000: a gate bias that lets the gated norm pass its input unchanged.
constexpr double kUnitSiluBias = 1.2784645;

// Per-head decay rates spread like RetNet's: gamma_h = 1 - 2^-(5 + 7 h / (H - 1)), i.e.
// memories of ~32 to ~4096 tokens. Softmax attention has no decay; a slow, multi-scale
// one keeps the copied q/k/v computation closest while leaving room to learn.
std::vector<double> headDecays(std::int64_t H)
{
    std::vector<double> out;
    for (std::int64_t h = 0; h < H; ++h) {
        const double e = 5.0 + (H > 1 ? 7.0 * static_cast<double>(h) / static_cast<double>(H - 1) : 0.0);
        out.push_back(1.0 - std::pow(2.0, -e));
    }
    return out;
}

// Rows [h*D, (h+1)*D) of a [H*D, ...] weight (or [H*D] bias).
torch::Tensor headRows(const torch::Tensor &w, std::int64_t h, std::int64_t D)
{
    return w.narrow(0, h * D, D);
}

// The teacher's q (or k) rows of one head with its Qwen3 q/k RMSNorm weight folded in:
// the student L2-normalises, so the norm's per-head RMS factor drops out exactly.
torch::Tensor foldNorm(const torch::Tensor &rows, const RMSNorm &norm)
{
    if (!norm)
        return rows;
    return rows.dim() == 2 ? rows * norm->weight.unsqueeze(1) : rows * norm->weight;
}

// Expected RMS of each value dimension d (averaged over heads) for an input
// x = scale * n with n of unit RMS: sqrt(mean_h sum_i W[h*D+d, i]^2 scale_i^2 + b^2).
// The gated norm erases the mixer output's magnitude; its weight restores the scale of
// the teacher's per-head values (what attention averages), so out_proj = o_proj sees
// inputs of the size it was trained on.
torch::Tensor valueScale(const torch::Tensor &Wv, const torch::Tensor &bv, const torch::Tensor &scale, std::int64_t D)
{
    torch::Tensor w = Wv.detach().to(torch::kCPU, torch::kFloat64);
    torch::Tensor s = scale.detach().to(torch::kCPU, torch::kFloat64);
    torch::Tensor var = (w * w * (s * s).unsqueeze(0)).sum(1); // [Hkv*D]
    if (bv.defined())
        var = var + bv.detach().to(torch::kCPU, torch::kFloat64).pow(2);
    return var.view({-1, D}).mean(0).sqrt().to(torch::kFloat32); // [D]
}

void requireEqual(std::int64_t got, std::int64_t want, const std::string &what)
{
    if (got != want)
        throw Error("weight transfer: " + what + " is " + std::to_string(got) + ", the teacher's is "
                    + std::to_string(want));
}

// ---------------------------------------------------------------- gdn

nlohmann::json gdnOptionsFor(const ModelConfig &c, std::int64_t, const nlohmann::json &overrides)
{
    GatedDeltaNetOptions o;
    o.hiddenSize = c.hiddenSize;
    // One key and one value head per teacher query head: the GQA kv heads are repeated,
    // so head h sees exactly the q/k/v the teacher's head h saw.
    o.numKHeads = c.numHeads;
    o.numVHeads = c.numHeads;
    o.headKDim = c.headDim;
    o.headVDim = c.headDim;
    o.normEps = c.rmsNormEps;
    o.bias = true; // q/k/v biases of the teacher (or 0) and the z gate's unit bias
    o.outBias = c.attentionOutBias;
    nlohmann::json j = o.toJson();
    j.merge_patch(overrides.is_null() ? nlohmann::json::object() : overrides);
    return GatedDeltaNetOptions::fromJson(j).toJson();
}

void gdnTransfer(MixerImpl &m, const TransferSource &src)
{
    const AttentionImpl &t = src.attention;
    const ModelConfig &c = src.config;
    auto &s = dynamic_cast<GatedDeltaNetImpl &>(m);
    const GatedDeltaNetOptions &o = s.opts;
    const std::int64_t H = t.numHeads, D = t.headDim, rep = t.numHeads / t.numKvHeads;
    requireEqual(o.hiddenSize, c.hiddenSize, "gdn 'hidden_size'");
    requireEqual(o.numKHeads, H, "gdn 'num_k_heads' (one per teacher query head)");
    requireEqual(o.numVHeads, H, "gdn 'num_v_heads' (one per teacher query head)");
    requireEqual(o.headKDim, D, "gdn 'head_k_dim'");
    requireEqual(o.headVDim, D, "gdn 'head_v_dim'");
    if (!o.bias)
        throw Error("weight transfer: gdn needs option 'bias' = true (for the output gate's bias)");
    if (o.outBias != static_cast<bool>(t.o_proj->bias.defined()))
        throw Error("weight transfer: gdn 'out_bias' must match the teacher's o_proj bias");
    torch::NoGradGuard ng;
    const auto f32 = [](const torch::Tensor &x) { return x.detach().to(torch::kCPU, torch::kFloat32); };
    const torch::Tensor Wq = f32(t.q_proj->weight), Wk = f32(t.k_proj->weight), Wv = f32(t.v_proj->weight);
    const bool tb = t.q_proj->bias.defined();
    const std::int64_t C = c.hiddenSize;
    // in_proj_qkvz, grouped by head: [q_h | k_h | v_h | z_h], each D rows.
    torch::Tensor W = torch::zeros({4 * H * D, C}), bias = torch::zeros({4 * H * D});
    for (std::int64_t h = 0; h < H; ++h) {
        const std::int64_t base = h * 4 * D, kv = h / rep;
        W.narrow(0, base, D).copy_(foldNorm(headRows(Wq, h, D), t.q_norm));
        W.narrow(0, base + D, D).copy_(foldNorm(headRows(Wk, kv, D), t.k_norm));
        W.narrow(0, base + 2 * D, D).copy_(headRows(Wv, kv, D));
        // z rows stay 0 with bias 1.2785: silu(z) = 1, the gate starts open and flat.
        bias.narrow(0, base + 3 * D, D).fill_(kUnitSiluBias);
        if (tb) {
            bias.narrow(0, base, D).copy_(foldNorm(headRows(f32(t.q_proj->bias), h, D), t.q_norm));
            bias.narrow(0, base + D, D).copy_(foldNorm(headRows(f32(t.k_proj->bias), kv, D), t.k_norm));
            bias.narrow(0, base + 2 * D, D).copy_(headRows(f32(t.v_proj->bias), kv, D));
        }
    }
    auto put = [](torch::Tensor &dst, const torch::Tensor &src) { dst.copy_(src.to(dst.device(), dst.scalar_type())); };
    put(s.in_proj_qkvz->weight, W);
    put(s.in_proj_qkvz->bias, bias);
    // beta = sigmoid(0) = 1/2 and a data-independent decay: in_proj_ba rows 0.
    s.in_proj_ba->weight.zero_();
    s.in_proj_ba->bias.zero_();
    // g = -exp(A_log) softplus(dt_bias) = log(gamma_h): A_log = 0, dt_bias = softplus^-1(-log gamma_h).
    std::vector<double> dt;
    for (double gamma : headDecays(H)) {
        const double x = -std::log(gamma);
        dt.push_back(std::log(std::expm1(x)));
    }
    s.A_log.zero_();
    put(s.dt_bias, torch::tensor(dt, torch::kFloat64));
    // Identity convolution (last tap 1): q/k/v pass through (SiLU stays, part of the layer).
    s.conv1d->weight.zero_();
    s.conv1d->weight.select(2, o.convKernel - 1).fill_(1.0);
    put(s.norm->weight, valueScale(t.v_proj->weight, t.v_proj->bias, src.inputScale, D));
    put(s.out_proj->weight, f32(t.o_proj->weight));
    if (o.outBias)
        put(s.out_proj->bias, f32(t.o_proj->bias));
}

// ---------------------------------------------------------------- gla

nlohmann::json glaOptionsFor(const ModelConfig &c, std::int64_t, const nlohmann::json &overrides)
{
    GLAOptions o;
    o.hiddenSize = c.hiddenSize;
    o.numHeads = c.numHeads;
    o.numKvHeads = c.numKvHeads; // GQA kept: k/v/decay per kv head, shared like the teacher's
    o.headKDim = c.headDim;
    o.headVDim = c.headDim;
    o.normEps = c.rmsNormEps;
    o.bias = c.attentionBias;
    o.outBias = c.attentionOutBias;
    o.gateBias = true;
    o.qkNorm = c.qkNorm;
    nlohmann::json j = o.toJson();
    j.merge_patch(overrides.is_null() ? nlohmann::json::object() : overrides);
    return GLAOptions::fromJson(j).toJson();
}

void glaTransfer(MixerImpl &m, const TransferSource &src)
{
    const AttentionImpl &t = src.attention;
    const ModelConfig &c = src.config;
    auto &s = dynamic_cast<GLAImpl &>(m);
    const GLAOptions &o = s.opts;
    requireEqual(o.hiddenSize, c.hiddenSize, "gla 'hidden_size'");
    requireEqual(o.numHeads, t.numHeads, "gla 'num_heads'");
    requireEqual(o.numKvHeads, t.numKvHeads, "gla 'num_kv_heads'");
    requireEqual(o.headKDim, t.headDim, "gla 'head_k_dim'");
    requireEqual(o.headVDim, t.headDim, "gla 'head_v_dim'");
    if (o.bias != static_cast<bool>(t.q_proj->bias.defined()))
        throw Error("weight transfer: gla 'bias' must match the teacher's q/k/v biases");
    if (o.outBias != static_cast<bool>(t.o_proj->bias.defined()))
        throw Error("weight transfer: gla 'out_bias' must match the teacher's o_proj bias");
    if (o.qkNorm != static_cast<bool>(t.q_norm))
        throw Error("weight transfer: gla 'qk_norm' must match the teacher's q/k norm");
    if (!o.gateBias)
        throw Error("weight transfer: gla needs option 'gate_bias' = true (for the output gate's bias)");
    torch::NoGradGuard ng;
    auto put = [](torch::Tensor &dst, const torch::Tensor &src) {
        dst.copy_(src.detach().to(dst.device(), dst.scalar_type()));
    };
    put(s.q_proj->weight, t.q_proj->weight);
    put(s.k_proj->weight, t.k_proj->weight);
    put(s.v_proj->weight, t.v_proj->weight);
    put(s.o_proj->weight, t.o_proj->weight);
    if (o.bias) {
        put(s.q_proj->bias, t.q_proj->bias);
        put(s.k_proj->bias, t.k_proj->bias);
        put(s.v_proj->bias, t.v_proj->bias);
    }
    if (o.outBias)
        put(s.o_proj->bias, t.o_proj->bias);
    if (o.qkNorm) {
        put(s.q_norm->weight, t.q_norm->weight);
        put(s.k_norm->weight, t.k_norm->weight);
    }
    // Decay: gk_proj.1 weight 0 (so gk_proj.0 keeps its random init and both get
    // gradients), bias = logit(gamma_h^normalizer) so that exp(gk) = gamma_h per kv head.
    auto &up = *s.gk_proj[1]->as<torch::nn::LinearImpl>();
    up.weight.zero_();
    const std::vector<double> gammas = headDecays(o.numKvHeads);
    std::vector<double> b;
    for (std::int64_t h = 0; h < o.numKvHeads; ++h) {
        const double p = std::pow(gammas[static_cast<std::size_t>(h)], o.gateLogitNormalizer);
        for (std::int64_t d = 0; d < o.headKDim; ++d)
            b.push_back(std::log(p / (1.0 - p)));
    }
    put(up.bias, torch::tensor(b, torch::kFloat64));
    // Output gate open and flat: g_proj weight 0, bias 1.2785 (silu = 1).
    s.g_proj->weight.zero_();
    s.g_proj->bias.fill_(kUnitSiluBias);
    put(s.g_norm->weight, valueScale(t.v_proj->weight, t.v_proj->bias, src.inputScale, o.headVDim));
}

// ---------------------------------------------------------------- jetblock

nlohmann::json jetblockOptionsFor(const ModelConfig &c, std::int64_t, const nlohmann::json &overrides)
{
    JetBlockOptions o;
    o.hiddenSize = c.hiddenSize;
    // One head per teacher query head (GQA kv heads repeated), as for GDN. expand_v,
    // conv_size and the generator's reduction keep Jet-Nemotron's defaults (2, 4, 8).
    o.numHeads = c.numHeads;
    o.headDim = c.headDim;
    o.normEps = c.rmsNormEps;
    o.bias = c.attentionBias;
    o.gateBias = true; // the output gate's unit bias at weight transfer
    o.outBias = c.attentionOutBias;
    nlohmann::json j = o.toJson();
    j.merge_patch(overrides.is_null() ? nlohmann::json::object() : overrides);
    return JetBlockOptions::fromJson(j).toJson();
}

// q/k/v from the teacher head by head (kv heads repeated for GQA; Qwen3 q/k norm weights
// folded into the rows as for GDN, exact up to the SiLU that JetBlock puts before its L2
// norm). With expand_v > 1 each head's value has Dv > D dimensions: the first D are the
// teacher's value, the rest keep their random rows scaled to 1% and get zero o_proj
// columns, so the output starts as the copy and those dimensions still get gradients.
// The output norm then sees D of Dv dimensions at full size: its weight is scaled by
// sqrt(D / Dv) to give the copied dimensions the size they have at expand_v = 1.
void jetblockTransfer(MixerImpl &m, const TransferSource &src)
{
    const AttentionImpl &t = src.attention;
    const ModelConfig &c = src.config;
    auto &s = dynamic_cast<JetBlockImpl &>(m);
    const JetBlockOptions &o = s.opts;
    const std::int64_t H = t.numHeads, D = t.headDim, rep = t.numHeads / t.numKvHeads, Dv = o.headVDim();
    requireEqual(o.hiddenSize, c.hiddenSize, "jetblock 'hidden_size'");
    requireEqual(o.numHeads, H, "jetblock 'num_heads' (one per teacher query head)");
    requireEqual(o.headDim, D, "jetblock 'head_dim'");
    if (Dv < D)
        throw Error("weight transfer: jetblock 'expand_v' must be at least 1 (the value head holds the teacher's "
                    + std::to_string(D) + " dimensions), got " + std::to_string(o.expandV));
    const bool tb = t.q_proj->bias.defined();
    if (tb && !o.bias)
        throw Error("weight transfer: jetblock needs option 'bias' = true for a teacher with q/k/v biases");
    if (!o.gateBias)
        throw Error("weight transfer: jetblock needs option 'gate_bias' = true (for the output gate's bias)");
    if (o.outBias != static_cast<bool>(t.o_proj->bias.defined()))
        throw Error("weight transfer: jetblock 'out_bias' must match the teacher's o_proj bias");
    torch::NoGradGuard ng;
    const auto f32 = [](const torch::Tensor &x) { return x.detach().to(torch::kCPU, torch::kFloat32); };
    auto put = [](torch::Tensor &dst, const torch::Tensor &src) { dst.copy_(src.to(dst.device(), dst.scalar_type())); };
    const torch::Tensor Wq = f32(t.q_proj->weight), Wk = f32(t.k_proj->weight), Wv = f32(t.v_proj->weight);
    torch::Tensor q = torch::empty({H * D, c.hiddenSize}), k = torch::empty_like(q);
    torch::Tensor v = f32(s.v_proj->weight) * 0.01;                 // [H*Dv, C]
    torch::Tensor qb = torch::zeros({H * D}), kb = torch::zeros({H * D}), vb = torch::zeros({H * Dv});
    torch::Tensor out = torch::zeros({c.hiddenSize, H * Dv});
    const torch::Tensor Wo = f32(t.o_proj->weight);                 // [C, H*D]
    for (std::int64_t h = 0; h < H; ++h) {
        const std::int64_t kv = h / rep;
        q.narrow(0, h * D, D).copy_(foldNorm(headRows(Wq, h, D), t.q_norm));
        k.narrow(0, h * D, D).copy_(foldNorm(headRows(Wk, kv, D), t.k_norm));
        v.narrow(0, h * Dv, D).copy_(headRows(Wv, kv, D));
        out.narrow(1, h * Dv, D).copy_(Wo.narrow(1, h * D, D));
        if (tb) {
            qb.narrow(0, h * D, D).copy_(foldNorm(headRows(f32(t.q_proj->bias), h, D), t.q_norm));
            kb.narrow(0, h * D, D).copy_(foldNorm(headRows(f32(t.k_proj->bias), kv, D), t.k_norm));
            vb.narrow(0, h * Dv, D).copy_(headRows(f32(t.v_proj->bias), kv, D));
        }
    }
    put(s.q_proj->weight, q);
    put(s.k_proj->weight, k);
    put(s.v_proj->weight, v);
    if (o.bias) {
        put(s.q_proj->bias, qb);
        put(s.k_proj->bias, kb);
        put(s.v_proj->bias, vb);
    }
    put(s.o_proj->weight, out);
    if (o.outBias)
        put(s.o_proj->bias, f32(t.o_proj->bias));
    // beta = sigmoid(0) = 1/2 and a data-independent decay per head (as for GDN).
    s.b_proj->weight.zero_();
    s.a_proj->weight.zero_();
    std::vector<double> dt;
    for (double gamma : headDecays(H))
        dt.push_back(std::log(std::expm1(-std::log(gamma))));
    s.A_log.zero_();
    put(s.dt_bias, torch::tensor(dt, torch::kFloat64));
    // The dynamic convolution starts as the identity kernel on every token.
    s.dynamic_conv1d->setIdentity();
    // Output gate open and flat: g_proj weight 0, bias 1.2785 (silu = 1).
    s.g_proj->weight.zero_();
    s.g_proj->bias.fill_(kUnitSiluBias);
    torch::Tensor scale = valueScale(t.v_proj->weight, t.v_proj->bias, src.inputScale, D)
                          * std::sqrt(static_cast<double>(D) / static_cast<double>(Dv)); // [D]
    torch::Tensor normW = torch::full({Dv}, scale.mean().item<double>());
    normW.narrow(0, 0, D).copy_(scale);
    put(s.o_norm->weight, normW);
}

std::map<std::string, MixerKind> &registry()
{
    static std::map<std::string, MixerKind> kinds;
    return kinds;
}

std::mutex &registryMutex()
{
    static std::mutex m;
    return m;
}

void ensureBuiltins()
{
    static std::once_flag once;
    std::call_once(once, [] {
        auto &r = registry();
        r["gdn"] = MixerKind{"gdn", "Gated DeltaNet (Qwen3-Next parameterisation)", gdnOptionsFor,
                             [](const nlohmann::json &j) -> MixerPtr {
                                 return std::make_shared<GatedDeltaNetImpl>(GatedDeltaNetOptions::fromJson(j));
                             },
                             gdnTransfer};
        r["gla"] = MixerKind{"gla", "Gated Linear Attention (fla parameterisation, GQA)", glaOptionsFor,
                             [](const nlohmann::json &j) -> MixerPtr {
                                 return std::make_shared<GLAImpl>(GLAOptions::fromJson(j));
                             },
                             glaTransfer};
        r["jetblock"] = MixerKind{"jetblock", "JetBlock (Jet-Nemotron: gated delta rule, dynamic convolution on v)",
                                  jetblockOptionsFor,
                                  [](const nlohmann::json &j) -> MixerPtr {
                                      return std::make_shared<JetBlockImpl>(JetBlockOptions::fromJson(j));
                                  },
                                  jetblockTransfer};
    });
}

} // namespace

void registerMixerKind(const MixerKind &kind)
{
    ensureBuiltins();
    std::lock_guard<std::mutex> lock(registryMutex());
    registry()[kind.name] = kind;
}

const MixerKind &mixerKind(const std::string &name)
{
    ensureBuiltins();
    std::lock_guard<std::mutex> lock(registryMutex());
    auto it = registry().find(name);
    if (it == registry().end()) {
        std::string known;
        for (const auto &[n, k] : registry())
            known += (known.empty() ? "" : ", ") + n;
        throw Error("unknown mixer '" + name + "' (known: " + known + ")");
    }
    return it->second;
}

std::vector<std::string> mixerKindNames()
{
    ensureBuiltins();
    std::lock_guard<std::mutex> lock(registryMutex());
    std::vector<std::string> out;
    for (const auto &[n, k] : registry())
        out.push_back(n);
    return out;
}

std::vector<MixerDescription> linearMixers()
{
    ensureBuiltins();
    std::lock_guard<std::mutex> lock(registryMutex());
    static const std::map<std::string, std::string> displayNames{
        {"gdn", "Gated DeltaNet"}, {"gla", "GLA"}, {"jetblock", "JetBlock"}};
    std::vector<MixerDescription> out;
    for (const auto &[n, k] : registry()) {
        auto it = displayNames.find(n);
        out.push_back({n, k.description, it != displayNames.end() ? it->second : n});
    }
    return out;
}

} // namespace dtr
