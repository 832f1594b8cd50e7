#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace dtr {

// RoPE frequency scaling; type "default" means none.
struct RopeScaling
{
    std::string type = "default"; // default | linear | llama3
    double factor = 1.0;
    double lowFreqFactor = 1.0;   // llama3
    double highFreqFactor = 4.0;  // llama3
    std::int64_t originalMaxPositionEmbeddings = 0; // llama3
};

// The architecture of a decoder-only causal LM as read from a Hugging Face
// config.json (model types llama, qwen2, qwen3, mistral). Accepts the transformers-5
// style (`rope_parameters`, `dtype`) and the older one (`rope_theta`, `rope_scaling`,
// `torch_dtype`).
// One linear layer of a hybrid exported by `dtr export` (config.json's layer_types says
// "linear_attention"; linear_attn_config.layers names its mixer and options).
struct LinearLayerSpec
{
    std::string mixer;        // registry name: "gdn", "gla", ...
    std::string optionsJson;  // the mixer's options, a JSON object as text
};

struct ModelConfig
{
    std::string modelType;          // llama | qwen2 | qwen3 | mistral
    std::string architecture;       // e.g. "LlamaForCausalLM" (informational)
    std::int64_t vocabSize = 0;
    std::int64_t hiddenSize = 0;
    std::int64_t intermediateSize = 0;
    std::int64_t numLayers = 0;
    std::int64_t numHeads = 0;
    std::int64_t numKvHeads = 0;
    std::int64_t headDim = 0;       // explicit head_dim or hidden/heads
    std::int64_t maxPositionEmbeddings = 0;
    double rmsNormEps = 1e-6;
    double ropeTheta = 10000.0;
    RopeScaling ropeScaling;
    bool attentionBias = false;     // q/k/v biases (Qwen2 always; Llama attention_bias)
    bool attentionOutBias = false;  // o_proj bias (Llama attention_bias)
    bool mlpBias = false;
    bool qkNorm = false;            // Qwen3 q_norm / k_norm
    bool tieWordEmbeddings = false;
    std::string hiddenAct = "silu";
    std::string dtype = "float32";  // storage dtype named by the config
    // Per-layer sliding window (0 = full causal attention). Mistral: every layer;
    // Qwen2/3: layers marked "sliding_attention" when use_sliding_window is set.
    std::vector<std::int64_t> layerSlidingWindow;
    std::optional<std::int64_t> bosTokenId;
    std::vector<std::int64_t> eosTokenIds;
    // An exported hybrid's linear layers (empty for a plain checkpoint); their mixers
    // are built by the registry when the folder is loaded (pipeline/model_loading.h).
    std::map<std::int64_t, LinearLayerSpec> linearLayers;

    std::int64_t slidingWindow(std::int64_t layer) const
    {
        return layer >= 0 && layer < static_cast<std::int64_t>(layerSlidingWindow.size())
            ? layerSlidingWindow[static_cast<std::size_t>(layer)] : 0;
    }
};

// Parses config.json text; `source` names the file in error messages. Throws
// dtr::Error "<source>: field '<name>': ..." for missing or malformed fields and
// "<source>: unsupported model_type '<t>' (supported: ...)" for other architectures.
ModelConfig parseModelConfig(const std::string &jsonText, const std::string &source);
// Reads <modelDir>/config.json (and eos ids from generation_config.json when present).
ModelConfig loadModelConfig(const std::string &modelDir);

// Human-readable summary of the architecture (multi-line, English; the CLI prints it).
std::string describeConfig(const ModelConfig &config);

} // namespace dtr
