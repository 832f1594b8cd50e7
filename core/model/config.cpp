#include "model/config.h"

#include "util/error.h"
#include "util/json_util.h"
#include "util/mmap_file.h"

#include <algorithm>
#include <sstream>

namespace dtr {

namespace {

const char *kSupported = "llama, qwen2, qwen3, mistral";
constexpr std::int64_t kMaxLayers = 65536;

std::vector<std::int64_t> tokenIds(const nlohmann::json &obj, const char *key, const std::string &source)
{
    std::vector<std::int64_t> ids;
    auto it = obj.find(key);
    if (it == obj.end() || it->is_null())
        return ids;
    if (it->is_number_integer()) {
        ids.push_back(it->get<std::int64_t>());
    } else if (it->is_array()) {
        for (const auto &v : *it) {
            if (!v.is_number_integer())
                throw Error(source + ": field '" + key + "': expected integers");
            ids.push_back(v.get<std::int64_t>());
        }
    } else {
        throw Error(source + ": field '" + key + "': expected an integer or a list of integers");
    }
    return ids;
}

void requirePositive(std::int64_t v, const char *key, const std::string &source)
{
    if (v <= 0)
        throw Error(source + ": field '" + std::string(key) + "' must be positive, got " + std::to_string(v));
}

RopeScaling parseRopeScaling(const nlohmann::json &obj, const std::string &source, const std::string &field)
{
    RopeScaling s;
    const std::string where = source + " (" + field + ")";
    auto type = optionalString(obj, "rope_type", where);
    if (!type)
        type = optionalString(obj, "type", where);
    s.type = type.value_or("default");
    if (s.type == "default")
        return s;
    if (s.type == "linear") {
        s.factor = requiredNumber(obj, "factor", where);
    } else if (s.type == "llama3") {
        s.factor = requiredNumber(obj, "factor", where);
        s.lowFreqFactor = requiredNumber(obj, "low_freq_factor", where);
        s.highFreqFactor = requiredNumber(obj, "high_freq_factor", where);
        s.originalMaxPositionEmbeddings = requiredInt(obj, "original_max_position_embeddings", where);
        if (s.highFreqFactor <= s.lowFreqFactor)
            throw Error(where + ": 'high_freq_factor' must exceed 'low_freq_factor'");
    } else {
        throw Error(where + ": unsupported rope type '" + s.type + "' (supported: default, linear, llama3)");
    }
    if (s.factor <= 0)
        throw Error(where + ": field 'factor' must be positive");
    return s;
}

} // namespace

namespace {

// linear_attn_config.layers of an exported hybrid: exactly the "linear_attention" layers
// of layer_types, each with a mixer name and an options object.
void parseLinearAttnConfig(const nlohmann::json &j, const std::string &source, ModelConfig &c)
{
    const auto lac = j.find("linear_attn_config");
    if (c.linearLayers.empty()) {
        if (lac != j.end() && !lac->is_null())
            throw Error(source + ": field 'linear_attn_config' is given but 'layer_types' has no linear_attention layer");
        return;
    }
    if (lac == j.end() || !lac->is_object())
        throw Error(source + ": field 'linear_attn_config': missing (layer_types has linear_attention layers)");
    const auto layers = lac->find("layers");
    if (layers == lac->end() || !layers->is_object())
        throw Error(source + ": field 'linear_attn_config.layers': expected an object of layer -> {mixer, options}");
    for (const auto &[key, entry] : layers->items()) {
        const std::string where = source + ": field 'linear_attn_config.layers." + key + "'";
        std::int64_t layer = -1;
        try {
            std::size_t used = 0;
            layer = std::stoll(key, &used);
            if (used != key.size())
                layer = -1;
        } catch (const std::exception &) {
        }
        if (layer < 0 || !c.linearLayers.count(layer))
            throw Error(where + ": layer_types does not mark layer " + key + " as linear_attention");
        if (!entry.is_object() || !entry.contains("mixer") || !entry["mixer"].is_string())
            throw Error(where + ": expected {\"mixer\": NAME, \"options\": {...}}");
        const auto options = entry.find("options");
        if (options != entry.end() && !options->is_object())
            throw Error(where + ".options: expected an object");
        c.linearLayers[layer] = {entry["mixer"].get<std::string>(),
                                 options == entry.end() ? std::string("{}") : dumpJson(*options)};
    }
    for (const auto &[layer, spec] : c.linearLayers)
        if (spec.mixer.empty())
            throw Error(source + ": field 'linear_attn_config.layers': no entry for linear_attention layer "
                        + std::to_string(layer));
}

} // namespace

ModelConfig parseModelConfig(const std::string &jsonText, const std::string &source)
{
    const nlohmann::json j = parseJson(jsonText, source);
    if (!j.is_object())
        throw Error(source + ": expected a JSON object");
    ModelConfig c;
    c.modelType = requiredString(j, "model_type", source);
    if (c.modelType != "llama" && c.modelType != "qwen2" && c.modelType != "qwen3" && c.modelType != "mistral")
        throw Error(source + ": unsupported model_type '" + c.modelType + "' (supported: " + kSupported + ")");
    if (auto arch = j.find("architectures"); arch != j.end() && arch->is_array() && !arch->empty()
        && (*arch)[0].is_string())
        c.architecture = (*arch)[0].get<std::string>();

    c.vocabSize = requiredInt(j, "vocab_size", source);
    c.hiddenSize = requiredInt(j, "hidden_size", source);
    c.intermediateSize = requiredInt(j, "intermediate_size", source);
    c.numLayers = requiredInt(j, "num_hidden_layers", source);
    c.numHeads = requiredInt(j, "num_attention_heads", source);
    c.numKvHeads = optionalInt(j, "num_key_value_heads", source).value_or(c.numHeads);
    requirePositive(c.vocabSize, "vocab_size", source);
    requirePositive(c.hiddenSize, "hidden_size", source);
    requirePositive(c.intermediateSize, "intermediate_size", source);
    requirePositive(c.numLayers, "num_hidden_layers", source);
    requirePositive(c.numHeads, "num_attention_heads", source);
    requirePositive(c.numKvHeads, "num_key_value_heads", source);
    // Per-layer tables are sized by the layer count: bound it before anything is allocated.
    if (c.numLayers > kMaxLayers)
        throw Error(source + ": field 'num_hidden_layers' is " + std::to_string(c.numLayers) + ", more than "
                    + std::to_string(kMaxLayers) + " layers");
    if (c.numHeads % c.numKvHeads != 0)
        throw Error(source + ": field 'num_attention_heads' (" + std::to_string(c.numHeads)
                    + ") is not a multiple of 'num_key_value_heads' (" + std::to_string(c.numKvHeads) + ")");
    if (auto hd = optionalInt(j, "head_dim", source)) {
        c.headDim = *hd;
    } else {
        if (c.hiddenSize % c.numHeads != 0)
            throw Error(source + ": field 'hidden_size' is not divisible by 'num_attention_heads' and no 'head_dim' is given");
        c.headDim = c.hiddenSize / c.numHeads;
    }
    requirePositive(c.headDim, "head_dim", source);
    if (c.headDim % 2 != 0)
        throw Error(source + ": field 'head_dim' must be even for rotary embeddings, got " + std::to_string(c.headDim));
    c.maxPositionEmbeddings = optionalInt(j, "max_position_embeddings", source).value_or(2048);
    c.rmsNormEps = optionalNumber(j, "rms_norm_eps", source).value_or(1e-6);
    c.hiddenAct = optionalString(j, "hidden_act", source).value_or("silu");
    if (c.hiddenAct != "silu")
        throw Error(source + ": field 'hidden_act': unsupported activation '" + c.hiddenAct + "' (supported: silu)");
    c.tieWordEmbeddings = optionalBool(j, "tie_word_embeddings", source).value_or(false);

    // dtype: transformers 5 writes "dtype", older versions "torch_dtype".
    if (auto d = optionalString(j, "dtype", source))
        c.dtype = *d;
    else if (auto td = optionalString(j, "torch_dtype", source))
        c.dtype = *td;

    // RoPE: new style nests everything in rope_parameters; old style has rope_theta
    // and an optional rope_scaling object at top level.
    if (auto rp = j.find("rope_parameters"); rp != j.end() && !rp->is_null()) {
        if (!rp->is_object())
            throw Error(source + ": field 'rope_parameters': expected an object");
        c.ropeTheta = optionalNumber(*rp, "rope_theta", source + " (rope_parameters)")
                          .value_or(optionalNumber(j, "rope_theta", source).value_or(10000.0));
        c.ropeScaling = parseRopeScaling(*rp, source, "rope_parameters");
    } else {
        c.ropeTheta = optionalNumber(j, "rope_theta", source).value_or(10000.0);
        if (auto rs = j.find("rope_scaling"); rs != j.end() && !rs->is_null()) {
            if (!rs->is_object())
                throw Error(source + ": field 'rope_scaling': expected an object");
            c.ropeScaling = parseRopeScaling(*rs, source, "rope_scaling");
        }
    }
    if (c.ropeTheta <= 0)
        throw Error(source + ": field 'rope_theta' must be positive");

    if (c.modelType == "qwen2") {
        c.attentionBias = true; // Qwen2 always has q/k/v biases and no o_proj bias
    } else {
        bool bias = optionalBool(j, "attention_bias", source).value_or(false);
        c.attentionBias = bias;
        c.attentionOutBias = bias;
    }
    c.mlpBias = optionalBool(j, "mlp_bias", source).value_or(false);
    c.qkNorm = c.modelType == "qwen3";

    // Sliding window attention.
    c.layerSlidingWindow.assign(static_cast<std::size_t>(c.numLayers), 0);
    const auto window = optionalInt(j, "sliding_window", source);
    if (c.modelType == "mistral") {
        if (window && *window > 0)
            c.layerSlidingWindow.assign(static_cast<std::size_t>(c.numLayers), *window);
    } else if (c.modelType == "qwen2" || c.modelType == "qwen3") {
        const bool use = optionalBool(j, "use_sliding_window", source).value_or(false);
        if (use && window && *window > 0) {
            auto lt = j.find("layer_types");
            if (lt != j.end() && lt->is_array()) {
                if (static_cast<std::int64_t>(lt->size()) != c.numLayers)
                    throw Error(source + ": field 'layer_types' has " + std::to_string(lt->size())
                                + " entries for " + std::to_string(c.numLayers) + " layers");
                for (std::size_t i = 0; i < lt->size(); ++i)
                    if ((*lt)[i] == "sliding_attention")
                        c.layerSlidingWindow[i] = *window;
            } else {
                const std::int64_t maxWindowLayers = optionalInt(j, "max_window_layers", source).value_or(c.numLayers);
                for (std::int64_t i = std::max<std::int64_t>(maxWindowLayers, 0); i < c.numLayers; ++i)
                    c.layerSlidingWindow[static_cast<std::size_t>(i)] = *window;
            }
        }
    }
    if (auto lt = j.find("layer_types"); lt != j.end() && lt->is_array()) {
        for (std::size_t i = 0; i < lt->size(); ++i) {
            const auto &t = (*lt)[i];
            if (!t.is_string() || (t != "full_attention" && t != "sliding_attention" && t != "linear_attention"))
                throw Error(source + ": field 'layer_types[" + std::to_string(i) + "]': unsupported layer type "
                            + dumpJson(t));
            if (t == "linear_attention")
                c.linearLayers[static_cast<std::int64_t>(i)] = {};
        }
        if (!c.linearLayers.empty() && static_cast<std::int64_t>(lt->size()) != c.numLayers)
            throw Error(source + ": field 'layer_types' has " + std::to_string(lt->size()) + " entries for "
                        + std::to_string(c.numLayers) + " layers");
    }
    parseLinearAttnConfig(j, source, c);

    c.bosTokenId = optionalInt(j, "bos_token_id", source);
    c.eosTokenIds = tokenIds(j, "eos_token_id", source);
    return c;
}

ModelConfig loadModelConfig(const std::string &modelDir)
{
    const std::string path = modelDir + "/config.json";
    ModelConfig c = parseModelConfig(readFileWithLimit(path, kMaxJsonFileBytes, "JSON file"), path);
    const std::string genPath = modelDir + "/generation_config.json";
    if (FILE *fp = std::fopen(genPath.c_str(), "rb")) {
        std::fclose(fp);
        nlohmann::json g = readJsonFile(genPath);
        if (g.is_object()) {
            std::vector<std::int64_t> eos = tokenIds(g, "eos_token_id", genPath);
            if (!eos.empty())
                c.eosTokenIds = eos;
        }
    }
    for (std::int64_t id : c.eosTokenIds)
        if (id < 0 || id >= c.vocabSize)
            throw Error(path + ": eos token id " + std::to_string(id) + " is outside the vocabulary");
    return c;
}

std::string describeConfig(const ModelConfig &c)
{
    std::ostringstream s;
    s << "model type:        " << c.modelType << (c.architecture.empty() ? "" : " (" + c.architecture + ")") << "\n"
      << "layers:            " << c.numLayers << "\n"
      << "hidden size:       " << c.hiddenSize << "\n"
      << "intermediate size: " << c.intermediateSize << "\n"
      << "attention heads:   " << c.numHeads << " (kv heads " << c.numKvHeads << ", head dim " << c.headDim << ")\n"
      << "vocabulary:        " << c.vocabSize << "\n"
      << "rope:              theta " << c.ropeTheta << ", scaling " << c.ropeScaling.type;
    if (c.ropeScaling.type != "default")
        s << " (factor " << c.ropeScaling.factor << ")";
    s << "\n"
      << "attention bias:    " << (c.attentionBias ? "yes" : "no") << "\n"
      << "q/k norm:          " << (c.qkNorm ? "yes" : "no") << "\n"
      << "tied embeddings:   " << (c.tieWordEmbeddings ? "yes" : "no") << "\n"
      << "dtype:             " << c.dtype << "\n";
    bool anyWindow = false;
    for (auto w : c.layerSlidingWindow)
        anyWindow = anyWindow || w > 0;
    if (anyWindow) {
        s << "sliding window:    ";
        for (std::size_t i = 0; i < c.layerSlidingWindow.size(); ++i)
            s << (i ? "," : "") << c.layerSlidingWindow[i];
        s << "\n";
    }
    return s.str();
}

} // namespace dtr
