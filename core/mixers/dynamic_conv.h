#pragma once

// JetBlock's dynamic causal short convolution (Jet-Nemotron's DynamicShortConvolution):
// a depthwise causal convolution over time whose kernel is made per token, per channel,
// from the hidden state by a small generator
//   kernel_generator.w1 [C/r', Cg]     (no bias)     Cg = generator input size
//   kernel_generator.w2 [D*K, C/r'] + bias [D*K]     r' = reduction, on D channels
//   kernels[b, t, d, j] = w2(silu(w1(g[b, t])))[d*K + j]
//   out[b, t, d] = silu(sum_j kernels[b, t, d, j] * x[b, t - (K-1) + j, d])
// so tap K-1 weighs the current token (zeros, or the carried tail, before the first).
// The tail carries the last K-1 inputs across calls (decoding), like causalConvSilu's.

#include <torch/torch.h>

#include <cstdint>
#include <utility>

namespace dtr {

struct KernelGeneratorImpl : torch::nn::Module
{
    KernelGeneratorImpl(std::int64_t inputSize, std::int64_t hiddenSize, std::int64_t outputSize);
    torch::Tensor forward(const torch::Tensor &x); // w2(silu(w1(x)))

    torch::nn::Linear w1{nullptr}, w2{nullptr};
};
TORCH_MODULE(KernelGenerator);

struct DynamicShortConvolutionImpl : torch::nn::Module
{
    // channels D, kernel size K, generator input size Cg, generator hidden size D / reduction.
    DynamicShortConvolutionImpl(std::int64_t channels, std::int64_t kernelSize, std::int64_t generatorInputSize,
                                std::int64_t generatorReduction);

    // x [B, T, D] (channels last), generatorInput [B, T, Cg], tail [B, D, K-1] (undefined:
    // zeros). Returns (silu of the convolution [B, T, D] in x's dtype, new tail [B, D, K-1]).
    // Computes in float32 (float64 when given).
    std::pair<torch::Tensor, torch::Tensor> forward(const torch::Tensor &x, const torch::Tensor &generatorInput,
                                                    const torch::Tensor &tail);
    // The per-token kernels [B, T, D, K] for generatorInput [B, T, Cg].
    torch::Tensor kernels(const torch::Tensor &generatorInput);
    // w2 weight 0 and its bias 1 on tap K-1, 0 elsewhere: every token's kernel is the
    // identity (out = silu(x)) while w1 keeps its values, so both layers get gradients
    // once w2 moves (with w1 = 0 too, neither ever would).
    void setIdentity();

    std::int64_t channels, kernelSize;
    KernelGenerator kernel_generator{nullptr};
};
TORCH_MODULE(DynamicShortConvolution);

} // namespace dtr
