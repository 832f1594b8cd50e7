#pragma once

// JetBlock (Jet-Nemotron, NVlabs; jetai/modeling/hf/jet_block.py), tensor for tensor:
//   q_proj, k_proj [H*Dk, C]            q = silu(q_proj(x)), k = silu(k_proj(x)); no static conv
//   v_proj [H*Dv, C]                    v = dynamic_conv1d(v_proj(x)) (+ SiLU), Dv = Dk * expand_v
//   dynamic_conv1d.kernel_generator.w1 [H*Dv/r, C], .w2 [H*Dv*K, H*Dv/r] + bias
//                                       per-token kernels from x (mixers/dynamic_conv.h)
//   b_proj, a_proj [H, C]               beta = sigmoid(b_proj(x))
//   A_log, dt_bias [H]                  g = -exp(A_log) * softplus(a_proj(x) + dt_bias)
//   g_proj [H*Dv, C]                    output gate
//   o_norm.weight [Dv]                  gated RMSNorm: norm(o) * silu(g_proj(x))
//   o_proj [C, H*Dv]
// The gated delta rule on L2-normalised q and k, q scaled by Dk^-1/2 (fla's
// chunk_gated_delta_rule with use_qk_l2norm_in_kernel and its default scale), as in GDN.
// Optional biases (off in Jet-Nemotron) let a student copy a teacher with q/k/v/o
// biases and open its output gate at weight transfer (gate_bias).

#include "mixers/dynamic_conv.h"
#include "mixers/gated_norm.h"
#include "model/mixer.h"

namespace dtr {

struct JetBlockOptions
{
    std::int64_t hiddenSize = 0;
    std::int64_t numHeads = 0;
    std::int64_t headDim = 0;               // Dk
    double expandV = 2.0;                   // Dv = head_dim * expand_v (an integer)
    std::int64_t convSize = 4;              // K of the dynamic convolution
    std::int64_t dconvGeneratorReduction = 8;
    std::int64_t chunkSize = 64;
    double normEps = 1e-5;
    bool bias = false;     // q/k/v biases
    bool gateBias = false; // g_proj bias
    bool outBias = false;  // o_proj bias

    std::int64_t headVDim() const;
    nlohmann::json toJson() const;
    // Throws dtr::Error naming the field for a missing, malformed or inconsistent option.
    static JetBlockOptions fromJson(const nlohmann::json &j);
    void validate() const;
};

class JetBlockImpl : public MixerImpl
{
public:
    explicit JetBlockImpl(const JetBlockOptions &options);

    // With a cache: state = {dynamic-conv tail [B, H*Dv, K-1], delta-rule state [B, H, Dk, Dv]}.
    torch::Tensor forward(const torch::Tensor &x, const MixerContext &ctx, MixerCache *cache) override;
    // x [B, T, C], tokenMask [B, T] (optional). Convenience for tests and distillation.
    torch::Tensor run(const torch::Tensor &x, const torch::Tensor &tokenMask = {}, MixerCache *cache = nullptr);
    std::string kind() const override { return "jetblock"; }
    nlohmann::json options() const override { return opts.toJson(); }

    JetBlockOptions opts;
    torch::nn::Linear q_proj{nullptr}, k_proj{nullptr}, v_proj{nullptr}, a_proj{nullptr}, b_proj{nullptr},
        g_proj{nullptr}, o_proj{nullptr};
    torch::Tensor A_log, dt_bias; // [H]
    DynamicShortConvolution dynamic_conv1d{nullptr};
    GatedRMSNorm o_norm{nullptr};
};
TORCH_MODULE(JetBlock);

} // namespace dtr
