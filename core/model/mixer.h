#pragma once

// The token-mixer interface: what sits in a decoder layer between the input norm and
// the residual add. Full softmax attention (the teacher's own, AttentionImpl in
// model/transformer.h) and every linear mixer (Gated DeltaNet, GLA, ...) implement it,
// so a hybrid model is a choice of one mixer per layer. The interface lives in model/
// (the model hosts mixers); the linear ones live in mixers/, which depends on model/
// and never the other way round.

#include <nlohmann/json.hpp>
#include <torch/torch.h>

#include <cstdint>
#include <memory>
#include <string>
#include <utility>
#include <vector>

namespace dtr {

// What one mixer call needs besides its input. Full attention uses all of it; linear
// mixers use tokenMask only (they carry position implicitly in their recurrence).
struct MixerContext
{
    torch::Tensor cos, sin;            // [B, 1, T, D] RoPE tables (full attention)
    torch::Tensor keyMask;             // [B, S] bool, S = past + T: which keys are real tokens
    torch::Tensor tokenMask;           // [B, T] bool: which of the T new positions are real tokens
    std::int64_t pastLength = 0;
    std::vector<std::pair<std::int64_t, torch::Tensor>> *maskCache = nullptr; // by window size
};

// One layer's decoding state. Full attention appends keys/values; a linear mixer keeps
// a fixed-size state (e.g. convolution tail and recurrent matrix) in `state`.
struct MixerCache
{
    torch::Tensor keys;                // [B, Hkv, S, D]
    torch::Tensor values;              // [B, Hkv, S, D]
    std::vector<torch::Tensor> state;  // mixer-defined, empty until the first call
};

// Which form a linear mixer computes with. Auto: chunkwise-parallel for prefill and
// training, recurrent for single-token decoding steps (T == 1 with a cache).
enum class MixerMode { Auto, Chunked, Recurrent };

class MixerImpl : public torch::nn::Module
{
public:
    // x [B, T, C] -> [B, T, C]. With a cache, continues from (and updates) its state.
    virtual torch::Tensor forward(const torch::Tensor &x, const MixerContext &ctx, MixerCache *cache) = 0;
    // Registry name: "full", "gdn", "gla", ...
    virtual std::string kind() const = 0;
    // The options that rebuild this mixer's shapes (stored in students files).
    virtual nlohmann::json options() const { return nlohmann::json::object(); }
    bool isLinear() const { return kind() != "full"; }

    MixerMode mode = MixerMode::Auto;
};

using MixerPtr = std::shared_ptr<MixerImpl>;

} // namespace dtr
