// The model folder pretraining writes: config.json as transformers writes it for
// LlamaForCausalLM, transformers' weight initialisation, and the Hugging Face files.
#include "pretrain/pretrain.h"

#include "model/tensor_io.h"
#include "pretrain/write_text.h"
#include "tokenizer/tokenizer.h"
#include "util/error.h"
#include "util/json_util.h"

#include <nlohmann/json.hpp>

#include <cmath>
#include <filesystem>

namespace dtr {

namespace fs = std::filesystem;

ModelConfig pretrainModelConfig(const PretrainSettings &s, std::int64_t vocabSize, std::int64_t bos, std::int64_t eos)
{
    ModelConfig c;
    c.modelType = "llama";
    c.architecture = "LlamaForCausalLM";
    c.vocabSize = vocabSize;
    c.hiddenSize = s.hidden;
    c.intermediateSize = s.intermediate;
    c.numLayers = s.layers;
    c.numHeads = s.heads;
    c.numKvHeads = s.kvHeads;
    c.headDim = s.hidden / s.heads;
    c.maxPositionEmbeddings = s.maxPositions > 0 ? s.maxPositions : s.seqLen;
    c.rmsNormEps = s.rmsNormEps;
    c.ropeTheta = s.ropeTheta;
    c.tieWordEmbeddings = s.tieEmbeddings;
    c.hiddenAct = "silu";
    c.dtype = "float32";
    c.bosTokenId = bos;
    c.eosTokenIds = {eos};
    return c;
}

nlohmann::json llamaConfigJson(const ModelConfig &c)
{
    nlohmann::json j;
    j["architectures"] = {"LlamaForCausalLM"};
    j["attention_bias"] = false;
    j["attention_dropout"] = 0.0;
    j["bos_token_id"] = c.bosTokenId ? nlohmann::json(*c.bosTokenId) : nlohmann::json(nullptr);
    j["eos_token_id"] = c.eosTokenIds.size() == 1 ? nlohmann::json(c.eosTokenIds.front()) : nlohmann::json(c.eosTokenIds);
    j["head_dim"] = c.headDim;
    j["hidden_act"] = c.hiddenAct;
    j["hidden_size"] = c.hiddenSize;
    j["initializer_range"] = 0.02;
    j["intermediate_size"] = c.intermediateSize;
    j["max_position_embeddings"] = c.maxPositionEmbeddings;
    j["mlp_bias"] = false;
    j["model_type"] = "llama";
    j["num_attention_heads"] = c.numHeads;
    j["num_hidden_layers"] = c.numLayers;
    j["num_key_value_heads"] = c.numKvHeads;
    j["pretraining_tp"] = 1;
    j["rms_norm_eps"] = c.rmsNormEps;
    j["rope_scaling"] = nullptr;
    j["rope_theta"] = c.ropeTheta;
    j["tie_word_embeddings"] = c.tieWordEmbeddings;
    j["torch_dtype"] = "float32";
    j["transformers_version"] = "4.46.0";
    j["use_cache"] = true;
    j["vocab_size"] = c.vocabSize;
    return j;
}

void initLlamaWeights(CausalLMImpl &model, double std)
{
    torch::NoGradGuard noGrad;
    for (auto &item : model.named_parameters(/*recurse=*/true)) {
        const std::string &name = item.key();
        torch::Tensor &p = item.value();
        if (name.find("norm") != std::string::npos)
            p.fill_(1.0);
        else if (p.dim() >= 2)
            p.normal_(0.0, std);
        else
            p.zero_(); // biases
    }
}

void saveHuggingFaceModel(CausalLMImpl &model, const std::string &tokenizerJson, const std::string &dir,
                          const std::map<std::string, std::string> &metadata)
{
    std::error_code ec;
    fs::create_directories(dir, ec);
    if (ec)
        throw Error(dir + ": cannot create the output folder (" + ec.message() + ")");
    const ModelConfig &c = model.config;
    writeText(dir + "/config.json", dumpJson(llamaConfigJson(c), 2) + "\n");
    nlohmann::json gen = {{"_from_model_config", true}, {"transformers_version", "4.46.0"}};
    if (c.bosTokenId)
        gen["bos_token_id"] = *c.bosTokenId;
    if (!c.eosTokenIds.empty())
        gen["eos_token_id"] = c.eosTokenIds.front();
    writeText(dir + "/generation_config.json", dumpJson(gen, 2) + "\n");

    std::vector<std::pair<std::string, torch::Tensor>> tensors;
    for (auto &item : model.named_parameters(/*recurse=*/true))
        tensors.emplace_back(item.key(), item.value().detach().to(torch::kCPU, torch::kFloat32).contiguous());
    std::map<std::string, std::string> meta = metadata;
    meta["format"] = "pt"; // transformers refuses safetensors without it
    saveSafetensors(dir + "/model.safetensors", tensors, meta);

    writeText(dir + "/tokenizer.json", tokenizerJson);
    auto tok = Tokenizer::fromJson(tokenizerJson, dir + "/tokenizer.json");
    auto name = [&](std::int64_t id) { return tok->idToToken(id); };
    nlohmann::json tc;
    tc["tokenizer_class"] = "PreTrainedTokenizerFast";
    tc["clean_up_tokenization_spaces"] = false;
    tc["model_max_length"] = c.maxPositionEmbeddings;
    if (c.bosTokenId)
        tc["bos_token"] = name(*c.bosTokenId);
    if (!c.eosTokenIds.empty()) {
        tc["eos_token"] = name(c.eosTokenIds.front());
        tc["pad_token"] = name(c.eosTokenIds.front());
    }
    writeText(dir + "/tokenizer_config.json", dumpJson(tc, 2) + "\n");
}

// ---------------------------------------------------------------- measuring

} // namespace dtr
