#pragma once

#include "model/config.h"

#include <nlohmann/json.hpp>

#include <cstdint>
#include <string>
#include <vector>

namespace dtr {

// What a model folder holds, read from config.json and the safetensors headers only
// (no weights are loaded), so it is cheap and torch-free: the GUI and `dtr info` use it.
struct LayerSummary
{
    std::int64_t index = 0;
    std::string mixer = "full_attention"; // an export's linear layers: gdn, gla, ...
    std::int64_t slidingWindow = 0;       // 0 = none
    std::int64_t attentionParams = 0;     // the token mixer's (attention or linear)
    std::int64_t mlpParams = 0;
    std::int64_t normParams = 0;
};

struct ModelSummary
{
    std::string modelDir;
    ModelConfig config;
    std::vector<std::string> weightFiles;  // relative to modelDir
    std::string storageDtype;              // dtype of most weights as stored, e.g. "BF16"
    std::int64_t totalParams = 0;
    std::int64_t embeddingParams = 0;
    std::int64_t headParams = 0;           // 0 when tied
    std::int64_t weightBytes = 0;
    bool hasTokenizer = false;
    std::vector<LayerSummary> layers;
};

// Throws dtr::Error naming the file on any problem.
ModelSummary summarizeModel(const std::string &modelDir);

// The summary as JSON (`dtr info --json`).
nlohmann::json toJson(const ModelSummary &summary);

} // namespace dtr
