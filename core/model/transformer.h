#pragma once

// Decoder-only causal LM in the Llama family (Llama, Qwen2, Qwen3, Mistral), written
// in the LibTorch C++ frontend style. Module and parameter names equal the Hugging
// Face checkpoint tensor names ("model.layers.3.self_attn.q_proj.weight"), so loading
// is a name-for-name copy with a shape check for every tensor.

#include "model/config.h"

#include <torch/torch.h>

#include <string>
#include <vector>

namespace dtr {

// x * rsqrt(mean(x^2) + eps) * weight, computed in float32 like transformers.
struct RMSNormImpl : torch::nn::Module
{
    RMSNormImpl(std::int64_t dim, double eps);
    torch::Tensor forward(const torch::Tensor &x);

    torch::Tensor weight; // [dim]
    double eps;
};
TORCH_MODULE(RMSNorm);

// Rotary position embedding tables for one model (default, linear and llama3 scaling).
class Rotary
{
public:
    explicit Rotary(const ModelConfig &config);
    // positions [B, T] (int64) -> cos, sin [B, 1, T, D] in dtype on positions' device.
    std::pair<torch::Tensor, torch::Tensor> cosSin(const torch::Tensor &positions, torch::Dtype dtype) const;
    const torch::Tensor &invFreq() const { return m_invFreq; } // [D/2] float32, CPU
    // Rounds the frequency table through a lower precision. transformers does this when
    // a model is cast with model.to(bfloat16 / float16): its inv_freq buffer is cast too,
    // so outputs of such a model differ slightly from exact RoPE. Used to show that the
    // fixtures saved in bf16/fp16 differ from us by that rounding alone.
    void roundTo(torch::Dtype dtype) { m_invFreq = m_invFreq.to(dtype).to(torch::kFloat32); }

private:
    torch::Tensor m_invFreq;
};

// Keys and values of the full-attention layers for incremental decoding.
struct KVCache
{
    std::vector<torch::Tensor> keys;   // per layer [B, Hkv, S, D] (undefined until used)
    std::vector<torch::Tensor> values; // per layer [B, Hkv, S, D]
    torch::Tensor keyMask;             // [B, S] bool: which cached positions are real tokens
    std::int64_t length = 0;           // S
};

// What one attention call needs besides its input.
struct AttentionContext
{
    torch::Tensor cos, sin;            // [B, 1, T, D]
    torch::Tensor keyMask;             // [B, S] bool, S = past + T
    std::int64_t pastLength = 0;
    std::vector<std::pair<std::int64_t, torch::Tensor>> *maskCache = nullptr; // by window size
};

struct AttentionImpl : torch::nn::Module
{
    AttentionImpl(const ModelConfig &config, std::int64_t layerIndex);
    // x [B, T, C] -> [B, T, C]; appends this layer's keys/values to cache when given.
    torch::Tensor forward(const torch::Tensor &x, const AttentionContext &ctx, KVCache *cache);

    torch::nn::Linear q_proj{nullptr}, k_proj{nullptr}, v_proj{nullptr}, o_proj{nullptr};
    RMSNorm q_norm{nullptr}, k_norm{nullptr}; // Qwen3 only
    std::int64_t layerIndex, numHeads, numKvHeads, headDim, slidingWindow;
    double scaling;
};
TORCH_MODULE(Attention);

struct MLPImpl : torch::nn::Module
{
    explicit MLPImpl(const ModelConfig &config);
    torch::Tensor forward(const torch::Tensor &x); // down(silu(gate(x)) * up(x))

    torch::nn::Linear gate_proj{nullptr}, up_proj{nullptr}, down_proj{nullptr};
};
TORCH_MODULE(MLP);

struct DecoderLayerImpl : torch::nn::Module
{
    DecoderLayerImpl(const ModelConfig &config, std::int64_t layerIndex);

    Attention self_attn{nullptr};
    MLP mlp{nullptr};
    RMSNorm input_layernorm{nullptr}, post_attention_layernorm{nullptr};
};
TORCH_MODULE(DecoderLayer);

// The "model." part of the checkpoint: embeddings, layers, final norm.
struct DecoderStackImpl : torch::nn::Module
{
    explicit DecoderStackImpl(const ModelConfig &config);

    torch::nn::Embedding embed_tokens{nullptr};
    torch::nn::ModuleList layers{nullptr};
    RMSNorm norm{nullptr};
};
TORCH_MODULE(DecoderStack);

struct ForwardOptions
{
    torch::Tensor attentionMask;       // optional [B, T] (1 = token, 0 = padding)
    torch::Tensor positionIds;         // optional [B, T]; default past .. past+T-1
    bool outputHiddenStates = false;
    bool computeLogits = true;
    bool lastTokenLogitsOnly = false;  // logits only for the last position (generation)
    bool captureAttention = false;     // inputs and outputs of every attention module
};

struct ForwardResult
{
    torch::Tensor logits;                       // [B, T, V] (or [B, 1, V])
    std::vector<torch::Tensor> hiddenStates;    // L+1, as transformers' output_hidden_states
    std::vector<torch::Tensor> attentionInputs; // per layer [B, T, C] (after input norm)
    std::vector<torch::Tensor> attentionOutputs;// per layer [B, T, C] (after o_proj)
};

struct CausalLMImpl : torch::nn::Module
{
    explicit CausalLMImpl(const ModelConfig &config);

    // input_ids [B, T] int64. With a cache, continues from cache->length.
    ForwardResult forward(const torch::Tensor &inputIds, const ForwardOptions &options = {},
                          KVCache *cache = nullptr);

    // The output projection weight (lm_head or, when tied, the embedding).
    torch::Tensor outputWeight() const;

    ModelConfig config;
    DecoderStack model{nullptr};
    torch::nn::Linear lm_head{nullptr}; // absent when tie_word_embeddings
    Rotary rotary;
};
TORCH_MODULE(CausalLM);

struct LoadOptions
{
    torch::Device device = torch::kCPU;
    torch::Dtype dtype = torch::kFloat32; // compute dtype; weights are converted
};

// Builds the model for <modelDir>/config.json and loads every parameter from the
// checkpoint, checking each tensor's presence and shape (errors name file and tensor).
// Tensors in the checkpoint that the architecture does not use are an error too
// (except rotary inv_freq buffers), since they mean a mismatched architecture.
CausalLM loadCausalLM(const std::string &modelDir, const LoadOptions &options = {});

} // namespace dtr
