#pragma once

// Gated Linear Attention (Yang et al. 2023; fla's GatedLinearAttention layer):
//   q_proj [H*Dk, C], k_proj [Hkv*Dk, C], v_proj [Hkv*Dv, C]   (GQA: Hkv heads shared)
//   gk_proj.0 [R, C], gk_proj.1 [Hkv*Dk, R] + bias            low-rank data-dependent decay
//        gk = logsigmoid(gk_proj(x)) / gate_logit_normalizer  (log decay per key dim)
//   g_proj [H*Dv, C] (+ optional bias)                        output gate
//   g_norm.weight [Dv]                                        norm(o) * silu(g)
//   o_proj [C, H*Dv]
// Optional q/k/v/o biases and per-head q/k RMSNorm (q_norm, k_norm) mirror teachers that
// have them, so a student can start as a copy of the teacher's projections.

#include "mixers/gated_norm.h"
#include "model/mixer.h"
#include "model/transformer.h"

namespace dtr {

struct GLAOptions
{
    std::int64_t hiddenSize = 0;
    std::int64_t numHeads = 0;
    std::int64_t numKvHeads = 0;
    std::int64_t headKDim = 0;
    std::int64_t headVDim = 0;
    std::int64_t gateLowRank = 16;
    double gateLogitNormalizer = 16.0;
    std::int64_t chunkSize = 16;
    double normEps = 1e-5;
    bool bias = false;      // q/k/v biases
    bool outBias = false;   // o_proj bias
    bool gateBias = false;  // g_proj bias
    bool qkNorm = false;    // per-head RMSNorm on q and k (Qwen3 teachers)

    nlohmann::json toJson() const;
    static GLAOptions fromJson(const nlohmann::json &j);
    void validate() const;
};

class GLAImpl : public MixerImpl
{
public:
    explicit GLAImpl(const GLAOptions &options);

    torch::Tensor forward(const torch::Tensor &x, const MixerContext &ctx, MixerCache *cache) override;
    torch::Tensor run(const torch::Tensor &x, const torch::Tensor &tokenMask = {}, MixerCache *cache = nullptr);
    std::string kind() const override { return "gla"; }
    nlohmann::json options() const override { return opts.toJson(); }

    GLAOptions opts;
    torch::nn::Linear q_proj{nullptr}, k_proj{nullptr}, v_proj{nullptr}, g_proj{nullptr}, o_proj{nullptr};
    torch::nn::Sequential gk_proj{nullptr};
    RMSNorm q_norm{nullptr}, k_norm{nullptr};
    GatedRMSNorm g_norm{nullptr};
};
TORCH_MODULE(GLA);

} // namespace dtr
