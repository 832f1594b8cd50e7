#include "mixers/dynamic_conv.h"

#include "util/error.h"

namespace dtr {

KernelGeneratorImpl::KernelGeneratorImpl(std::int64_t inputSize, std::int64_t hiddenSize, std::int64_t outputSize)
{
    w1 = register_module("w1", torch::nn::Linear(torch::nn::LinearOptions(inputSize, hiddenSize).bias(false)));
    w2 = register_module("w2", torch::nn::Linear(torch::nn::LinearOptions(hiddenSize, outputSize).bias(true)));
}

torch::Tensor KernelGeneratorImpl::forward(const torch::Tensor &x)
{
    return w2(torch::silu(w1(x)));
}

DynamicShortConvolutionImpl::DynamicShortConvolutionImpl(std::int64_t channels_, std::int64_t kernelSize_,
                                                         std::int64_t generatorInputSize,
                                                         std::int64_t generatorReduction)
    : channels(channels_)
    , kernelSize(kernelSize_)
{
    if (channels <= 0 || kernelSize <= 0 || generatorInputSize <= 0 || generatorReduction <= 0
        || channels / generatorReduction <= 0)
        throw Error("dynamic convolution: invalid sizes (channels " + std::to_string(channels) + ", kernel "
                    + std::to_string(kernelSize) + ", reduction " + std::to_string(generatorReduction) + ")");
    kernel_generator = register_module(
        "kernel_generator", KernelGenerator(generatorInputSize, channels / generatorReduction, channels * kernelSize));
    setIdentity();
}

void DynamicShortConvolutionImpl::setIdentity()
{
    torch::NoGradGuard ng;
    kernel_generator->w2->weight.zero_();
    kernel_generator->w2->bias.zero_();
    kernel_generator->w2->bias.view({channels, kernelSize}).select(1, kernelSize - 1).fill_(1.0);
}

torch::Tensor DynamicShortConvolutionImpl::kernels(const torch::Tensor &generatorInput)
{
    const std::int64_t B = generatorInput.size(0), T = generatorInput.size(1);
    return kernel_generator(generatorInput).view({B, T, channels, kernelSize}); // [B, T, D, K]: d*K + j
}

std::pair<torch::Tensor, torch::Tensor> DynamicShortConvolutionImpl::forward(const torch::Tensor &x,
                                                                             const torch::Tensor &generatorInput,
                                                                             const torch::Tensor &tail)
{
    const std::int64_t D = channels, K = kernelSize;
    if (x.dim() != 3 || x.size(2) != D)
        throw Error("dynamic convolution: input must be [B, T, " + std::to_string(D) + "]");
    const std::int64_t B = x.size(0), T = x.size(1);
    if (generatorInput.dim() != 3 || generatorInput.size(0) != B || generatorInput.size(1) != T)
        throw Error("dynamic convolution: generator input must be [B, T, *] like the input");
    if (tail.defined() && tail.sizes() != torch::IntArrayRef({B, D, K - 1}))
        throw Error("dynamic convolution: tail must be [B, " + std::to_string(D) + ", " + std::to_string(K - 1) + "]");
    const auto dtype = x.scalar_type();
    const auto compute = dtype == torch::kFloat64 ? torch::kFloat64 : torch::kFloat32;
    torch::Tensor prefix = tail.defined() ? tail.to(x.options()).transpose(1, 2) : torch::zeros({B, K - 1, D}, x.options());
    torch::Tensor xin = torch::cat({prefix, x}, 1);         // [B, T+K-1, D]
    torch::Tensor w = kernels(generatorInput).to(compute);  // [B, T, D, K]
    torch::Tensor xc = xin.to(compute);
    torch::Tensor acc = xc.narrow(1, 0, T) * w.select(3, 0);
    for (std::int64_t j = 1; j < K; ++j)
        acc = acc + xc.narrow(1, j, T) * w.select(3, j);    // tap j sees token t - (K-1) + j
    torch::Tensor newTail = xin.narrow(1, T, K - 1).transpose(1, 2).contiguous(); // [B, D, K-1]
    return {torch::silu(acc).to(dtype), newTail};
}

} // namespace dtr
