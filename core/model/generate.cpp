#include "model/generate.h"

#include "model/tensor_io.h"
#include "util/error.h"

namespace dtr {

torch::Tensor generateGreedy(CausalLM &model, const torch::Tensor &promptIds, const GenerateOptions &options)
{
    if (promptIds.dim() != 2 || promptIds.size(1) == 0)
        throw Error("prompt must be a non-empty [batch, tokens] tensor, got " + shapeString(promptIds));
    if (options.maxNewTokens < 0)
        throw Error("max new tokens must not be negative");
    torch::NoGradGuard noGrad;
    const std::int64_t B = promptIds.size(0);
    const std::int64_t T = promptIds.size(1);
    const std::int64_t total = T + options.maxNewTokens;
    if (total > model->config.maxPositionEmbeddings)
        throw Error("prompt (" + std::to_string(T) + ") plus new tokens (" + std::to_string(options.maxNewTokens)
                    + ") exceed the model's context of " + std::to_string(model->config.maxPositionEmbeddings)
                    + " positions");
    const torch::Device device = model->outputWeight().device();
    torch::Tensor ids = promptIds.to(torch::kInt64).to(device);
    torch::Tensor mask = options.attentionMask.defined()
        ? options.attentionMask.to(device).to(torch::kInt64)
        : torch::ones({B, T}, torch::TensorOptions().dtype(torch::kInt64).device(device));
    // Positions count real tokens only, so left padding does not shift them.
    torch::Tensor positions = (mask.cumsum(1) - 1).clamp_min(0);

    KVCache cache;
    ForwardOptions fo;
    fo.attentionMask = mask;
    fo.positionIds = positions;
    fo.lastTokenLogitsOnly = true;
    torch::Tensor finished = torch::zeros({B}, torch::TensorOptions().dtype(torch::kBool).device(device));
    torch::Tensor eos;
    if (!options.eosTokenIds.empty())
        eos = torch::tensor(options.eosTokenIds, torch::kInt64).to(device);
    std::vector<torch::Tensor> out{ids};
    torch::Tensor nextPos = positions.select(1, T - 1) + 1; // [B]
    torch::Tensor input = ids;
    // Chunked prefill: every chunk but the last only fills the cache.
    const std::int64_t chunk = options.prefillChunk > 0 ? options.prefillChunk : T;
    std::int64_t at = 0;
    while (T - at > chunk) {
        if (options.cancel && options.cancel->load())
            return torch::cat(out, 1).to(torch::kCPU);
        ForwardOptions part = fo;
        part.attentionMask = mask.slice(1, at, at + chunk); // the cache keeps the earlier ones
        part.positionIds = positions.slice(1, at, at + chunk);
        model->forward(ids.slice(1, at, at + chunk), part, &cache);
        at += chunk;
    }
    if (at > 0) {
        input = ids.slice(1, at, T);
        fo.attentionMask = mask.slice(1, at, T);
        fo.positionIds = positions.slice(1, at, T);
    }
    for (std::int64_t step = 0; step < options.maxNewTokens; ++step) {
        if (options.cancel && options.cancel->load())
            break;
        ForwardResult r = model->forward(input, fo, &cache);
        torch::Tensor next = r.logits.select(1, 0).argmax(-1); // [B]
        next = torch::where(finished, torch::full_like(next, options.padTokenId), next);
        out.push_back(next.unsqueeze(1));
        if (eos.defined())
            finished = finished.logical_or(torch::isin(next, eos));
        if (options.onStep && !options.onStep(step, next.to(torch::kCPU)))
            break;
        if (finished.all().item<bool>())
            break;
        input = next.unsqueeze(1);
        fo.attentionMask = torch::ones({B, 1}, torch::TensorOptions().dtype(torch::kInt64).device(device));
        fo.positionIds = nextPos.unsqueeze(1);
        nextPos = nextPos + 1;
    }
    return torch::cat(out, 1).to(torch::kCPU);
}

} // namespace dtr
