#pragma once

#include "model/transformer.h"

#include <atomic>
#include <functional>
#include <vector>

namespace dtr {

struct GenerateOptions
{
    std::int64_t maxNewTokens = 32;
    // Stop a sequence when it produces one of these (transformers' behaviour); the
    // result is then shorter than prompt + maxNewTokens. Empty: never stop early.
    std::vector<std::int64_t> eosTokenIds;
    std::int64_t padTokenId = 0;           // fills finished rows of a batch
    torch::Tensor attentionMask;           // optional [B, T] for left-padded prompts
    // Called after each step with the step index and the new tokens [B]; return false
    // to stop (cancellation).
    std::function<bool(std::int64_t, const torch::Tensor &)> onStep;
    const std::atomic<bool> *cancel = nullptr;
    // The prompt is run in chunks of this many tokens (the KV cache of full layers and
    // the recurrent state of linear layers carry across), so a long prompt never builds
    // one [T, T] attention matrix. 0: the whole prompt at once.
    std::int64_t prefillChunk = 1024;
};

// Greedy decoding with a KV cache: one prefill of the prompt, then one token per step.
// promptIds [B, T] int64 -> [B, T + n] int64 on the CPU, n <= maxNewTokens.
torch::Tensor generateGreedy(CausalLM &model, const torch::Tensor &promptIds, const GenerateOptions &options);

} // namespace dtr
