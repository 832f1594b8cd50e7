#pragma once

// Gated DeltaNet (Yang et al. 2024) with the parameterisation of Qwen3-Next's
// linear-attention layer (transformers' Qwen3NextGatedDeltaNet), tensor for tensor:
//   in_proj_qkvz  [2*Hk*Dk + 2*Hv*Dv, C]  q, k, v, z grouped by key head
//   in_proj_ba    [2*Hv, C]               beta and decay logits grouped by key head
//   conv1d.weight [2*Hk*Dk + Hv*Dv, 1, K] causal depthwise conv (+ SiLU) on q, k, v
//   A_log, dt_bias [Hv]                   g = -exp(A_log) * softplus(a + dt_bias)
//   norm.weight   [Dv]                    gated RMSNorm: norm(o) * silu(z)
//   out_proj      [C, Hv*Dv]
// q and k are L2-normalised (q also scaled by Dk^-1/2) and shared by Hv/Hk value heads.
// Optional biases (off in Qwen3-Next) let a student copy a teacher with q/k/v/o biases.

#include "mixers/gated_norm.h"
#include "model/mixer.h"

namespace dtr {

struct GatedDeltaNetOptions
{
    std::int64_t hiddenSize = 0;
    std::int64_t numKHeads = 0;
    std::int64_t numVHeads = 0;
    std::int64_t headKDim = 0;
    std::int64_t headVDim = 0;
    std::int64_t convKernel = 4;
    std::int64_t chunkSize = 64;
    double normEps = 1e-6;
    bool bias = false;    // biases of in_proj_qkvz and in_proj_ba
    bool outBias = false; // bias of out_proj

    nlohmann::json toJson() const;
    // Throws dtr::Error naming the field for a missing, malformed or inconsistent option.
    static GatedDeltaNetOptions fromJson(const nlohmann::json &j);
    void validate() const;
};

class GatedDeltaNetImpl : public MixerImpl
{
public:
    explicit GatedDeltaNetImpl(const GatedDeltaNetOptions &options);

    torch::Tensor forward(const torch::Tensor &x, const MixerContext &ctx, MixerCache *cache) override;
    // x [B, T, C], tokenMask [B, T] (optional). Convenience for tests and distillation.
    torch::Tensor run(const torch::Tensor &x, const torch::Tensor &tokenMask = {}, MixerCache *cache = nullptr);
    std::string kind() const override { return "gdn"; }
    nlohmann::json options() const override { return opts.toJson(); }

    GatedDeltaNetOptions opts;
    torch::nn::Linear in_proj_qkvz{nullptr}, in_proj_ba{nullptr}, out_proj{nullptr};
    torch::nn::Conv1d conv1d{nullptr};
    torch::Tensor A_log, dt_bias; // [Hv]
    GatedRMSNorm norm{nullptr};

private:
    // T = 1 with a cache, CPU, no autograd (mixers/gdn_step.h): the recurrent form in one pass.
    torch::Tensor decodeStep(const torch::Tensor &x, const torch::Tensor &tokenMask, MixerCache &cache);
};
TORCH_MODULE(GatedDeltaNet);

} // namespace dtr
