#pragma once

// Decoder-only causal LM in the Llama family (Llama, Qwen2, Qwen3, Mistral), written
// in the LibTorch C++ frontend style. Module and parameter names equal the Hugging
// Face checkpoint tensor names ("model.layers.3.self_attn.q_proj.weight"), so loading
// is a name-for-name copy with a shape check for every tensor.

#include "model/mixer.h"
#include "model/config.h"

#include <torch/torch.h>

#include <string>
#include <vector>

namespace dtr {

class WeightFiles;

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

// Decoding state of every layer: keys/values for full attention, a fixed-size
// recurrent state for linear mixers (see mixers/mixer.h).
struct KVCache
{
    std::vector<MixerCache> layers;    // per layer (empty until the first forward)
    torch::Tensor keyMask;             // [B, S] bool: which cached positions are real tokens
    std::int64_t length = 0;           // S
};

using AttentionContext = MixerContext;

// The teacher's full softmax attention (RoPE, GQA, q/k/v/o biases, Qwen3 q/k norm,
// sliding window) as a mixer of kind "full".
class AttentionImpl : public MixerImpl
{
public:
    AttentionImpl(const ModelConfig &config, std::int64_t layerIndex);
    // x [B, T, C] -> [B, T, C]; appends this layer's keys/values to cache when given.
    torch::Tensor forward(const torch::Tensor &x, const MixerContext &ctx, MixerCache *cache) override;
    std::string kind() const override { return "full"; }

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

    // The mixer this layer runs now: the student when useStudent is set, else self_attn.
    MixerImpl &mixer();

    Attention self_attn{nullptr};   // the teacher's attention, always kept
    MixerPtr linear_attn;           // optional student (registered as "linear_attn")
    bool useStudent = false;
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
    // With captureAttention: stop once layer N's attention output is captured (its MLP,
    // the layers after it, the final norm and the logits are not computed; the captures
    // then hold layers 0..N). Distillation needs nothing past its last layer. -1: all.
    // Not with a cache, hidden states or logits.
    std::int64_t stopAfterAttention = -1;
};

struct ForwardResult
{
    torch::Tensor logits;                       // [B, T, V] (or [B, 1, V])
    std::vector<torch::Tensor> hiddenStates;    // L+1, as transformers' output_hidden_states
    std::vector<torch::Tensor> attentionInputs; // per layer [B, T, C] (after input norm)
    std::vector<torch::Tensor> attentionOutputs;// per layer [B, T, C] (after o_proj)
};

// The inputs of a prefill forward that every layer shares (see CausalLMImpl::prefill).
struct PrefillInputs
{
    torch::Tensor embeddings;      // [B, T, C]: the residual stream entering layer 0
    torch::Tensor cos, sin;        // RoPE tables
    torch::Tensor keyMask;         // [B, T] bool
    torch::Tensor tokenMask;       // [B, T] bool, or undefined without an attention mask
    std::vector<std::pair<std::int64_t, torch::Tensor>> masks; // attention masks by window
};

struct CausalLMImpl : torch::nn::Module
{
    explicit CausalLMImpl(const ModelConfig &config);

    // input_ids [B, T] int64. With a cache, continues from cache->length.
    ForwardResult forward(const torch::Tensor &inputIds, const ForwardOptions &options = {},
                          KVCache *cache = nullptr);

    // The output projection weight (lm_head or, when tied, the embedding).
    torch::Tensor outputWeight() const;

    // The forward in pieces, for callers that reuse the residual stream entering a layer
    // (the search scores many hybrids that share their first layers). Without a cache;
    // prefill + runLayers(0, L) + finalNorm + output projection computes exactly what
    // forward() does. attentionMask is optional [B, T].
    PrefillInputs prefill(const torch::Tensor &inputIds, const torch::Tensor &attentionMask = {});
    // Runs layers [from, to) on h, the stream entering layer `from`, and returns the
    // stream leaving layer to - 1. With `entering`, entering[i] receives the stream
    // entering layer i for i in [from, to) (the vector is resized to L when smaller).
    torch::Tensor runLayers(torch::Tensor h, std::int64_t from, std::int64_t to, PrefillInputs &inputs,
                            std::vector<torch::Tensor> *entering = nullptr);
    torch::Tensor finalNorm(const torch::Tensor &h) { return model->norm(h); }

    // Hybrid models. A layer holds the teacher's attention and at most one student
    // mixer; which one runs is a flag, so swapping costs nothing and reloads nothing.
    // setStudent registers the student as model.layers.{l}.linear_attn (moved to the
    // model's device and dtype), replacing any previous one, and leaves the layer on
    // full attention; nullptr removes it. Throws dtr::Error for a layer outside the
    // model or a student whose hidden size differs.
    void setStudent(std::int64_t layer, MixerPtr student);
    MixerPtr student(std::int64_t layer) const;
    // Exactly these layers run their students (each must have one), the rest full attention.
    void setLinearLayers(const std::vector<std::int64_t> &layers);
    std::vector<std::int64_t> linearLayers() const;
    DecoderLayerImpl &layer(std::int64_t index) const;

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
// A folder with linear_attention layers (an export) is refused: pipeline's loadModel
// reads both kinds.
CausalLM loadCausalLM(const std::string &modelDir, const LoadOptions &options = {});

// Loads every parameter of `lm` from the checkpoint (presence and shape checked, errors
// naming file and tensor; a checkpoint tensor the model does not use is an error), then
// moves it to the device, in eval mode, without gradients.
void loadParameters(CausalLMImpl &lm, const WeightFiles &weights, const LoadOptions &options);

} // namespace dtr
