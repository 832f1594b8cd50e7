#include "model/model_summary.h"

#include "model/safetensors.h"
#include "util/error.h"

#include <cstdio>
#include <map>

namespace dtr {

ModelSummary summarizeModel(const std::string &modelDir)
{
    ModelSummary s;
    s.modelDir = modelDir;
    s.config = loadModelConfig(modelDir);
    WeightFiles weights(modelDir);
    for (const auto &f : weights.files()) {
        const std::string &p = f->path();
        s.weightFiles.push_back(p.substr(p.find_last_of('/') + 1));
    }
    s.layers.resize(static_cast<std::size_t>(s.config.numLayers));
    for (std::size_t i = 0; i < s.layers.size(); ++i) {
        s.layers[i].index = static_cast<std::int64_t>(i);
        s.layers[i].slidingWindow = s.config.slidingWindow(static_cast<std::int64_t>(i));
        // An exported hybrid's linear layer: its mixer, no attention window.
        if (auto it = s.config.linearLayers.find(static_cast<std::int64_t>(i)); it != s.config.linearLayers.end()) {
            s.layers[i].mixer = it->second.mixer;
            s.layers[i].slidingWindow = 0;
        }
    }
    std::map<DType, std::int64_t> paramsByDtype;
    for (const auto &f : weights.files()) {
        for (const TensorInfo &t : f->tensors()) {
            const std::int64_t n = t.numel();
            s.totalParams += n;
            s.weightBytes += static_cast<std::int64_t>(t.end - t.begin);
            paramsByDtype[t.dtype] += n;
            if (t.name == "model.embed_tokens.weight") {
                s.embeddingParams += n;
            } else if (t.name == "lm_head.weight") {
                s.headParams += n;
            } else if (t.name.rfind("model.layers.", 0) == 0) {
                const std::string rest = t.name.substr(13);
                const auto dot = rest.find('.');
                std::int64_t layer = -1;
                try {
                    layer = std::stoll(rest.substr(0, dot));
                } catch (...) {
                }
                if (layer < 0 || layer >= s.config.numLayers)
                    throw Error(f->path() + ": tensor '" + t.name + "' names a layer outside the model's "
                                + std::to_string(s.config.numLayers) + " layers");
                LayerSummary &l = s.layers[static_cast<std::size_t>(layer)];
                const std::string part = rest.substr(dot + 1);
                if (part.rfind("self_attn.", 0) == 0 || part.rfind("linear_attn.", 0) == 0)
                    l.attentionParams += n; // the token mixer's parameters
                else if (part.rfind("mlp.", 0) == 0)
                    l.mlpParams += n;
                else
                    l.normParams += n;
            }
        }
    }
    std::int64_t best = -1;
    for (const auto &[dt, n] : paramsByDtype)
        if (n > best) {
            best = n;
            s.storageDtype = dtypeName(dt);
        }
    const std::string tok = modelDir + "/tokenizer.json";
    if (FILE *fp = std::fopen(tok.c_str(), "rb")) {
        std::fclose(fp);
        s.hasTokenizer = true;
    }
    return s;
}

nlohmann::json toJson(const ModelSummary &s)
{
    const ModelConfig &c = s.config;
    nlohmann::json j;
    j["model_dir"] = s.modelDir;
    j["model_type"] = c.modelType;
    j["architecture"] = c.architecture;
    j["num_layers"] = c.numLayers;
    j["hidden_size"] = c.hiddenSize;
    j["intermediate_size"] = c.intermediateSize;
    j["num_heads"] = c.numHeads;
    j["num_kv_heads"] = c.numKvHeads;
    j["head_dim"] = c.headDim;
    j["vocab_size"] = c.vocabSize;
    j["max_position_embeddings"] = c.maxPositionEmbeddings;
    j["rope_theta"] = c.ropeTheta;
    j["rope_scaling"] = {{"type", c.ropeScaling.type}, {"factor", c.ropeScaling.factor}};
    j["attention_bias"] = c.attentionBias;
    j["qk_norm"] = c.qkNorm;
    j["tie_word_embeddings"] = c.tieWordEmbeddings;
    j["config_dtype"] = c.dtype;
    j["storage_dtype"] = s.storageDtype;
    j["total_params"] = s.totalParams;
    j["weight_bytes"] = s.weightBytes;
    j["weight_files"] = s.weightFiles;
    j["has_tokenizer"] = s.hasTokenizer;
    j["eos_token_ids"] = c.eosTokenIds;
    nlohmann::json layers = nlohmann::json::array();
    for (const auto &l : s.layers)
        layers.push_back({{"index", l.index}, {"mixer", l.mixer}, {"sliding_window", l.slidingWindow},
                          {"attention_params", l.attentionParams}, {"mlp_params", l.mlpParams}});
    j["layers"] = layers;
    return j;
}

} // namespace dtr
