#pragma once

#include <torch/torch.h>

#include <cstdint>

namespace dtr {

// weight * rmsnorm(x) * silu(gate): the normalised, gated output of GDN and GLA
// (transformers' Qwen3NextRMSNormGated, fla's FusedRMSNormSwishGate). Normalises in
// float32 over the last dim (one head), weight shared by all heads.
struct GatedRMSNormImpl : torch::nn::Module
{
    GatedRMSNormImpl(std::int64_t dim, double eps);
    torch::Tensor forward(const torch::Tensor &x, const torch::Tensor &gate);

    torch::Tensor weight; // [dim]
    double eps;
};
TORCH_MODULE(GatedRMSNorm);

} // namespace dtr
