#pragma once

// `dtr export`: a configuration of a project written as a Hugging Face folder that other
// tools load (docs/export.md):
//   config.json   the source model's config plus layer_types ("full_attention",
//                 "sliding_attention", "linear_attention": transformers' own per-layer
//                 convention, as Qwen3-Next uses it), linear_attn_config (each linear
//                 layer's mixer and options), auto_map for the bundled modeling file and
//                 dtr_export (provenance)
//   weights       safetensors, sharded above the shard size with
//                 model.safetensors.index.json; unchanged modules keep the source
//                 checkpoint's tensor names, a linear layer's mixer is
//                 model.layers.{l}.linear_attn.<parameter>
//   tokenizer files, README.md (the model card with provenance),
//   modeling_dtr_hybrid.py + dtr_hybrid_torch.py (a self-contained PyTorch
//                 implementation; the math needs nothing but torch)
// The folder is written under a temporary name beside the target and renamed into place
// at the end, so a cancelled or failed export leaves nothing under the final name.

#include "project/project.h"

#include <nlohmann/json.hpp>

#include <atomic>
#include <cstdint>
#include <functional>
#include <string>
#include <vector>

namespace dtr {

struct ExportSettings
{
    std::string projectPath;
    std::string configuration;               // a configuration of the project, or "full"
    std::string outDir;                      // must not exist yet
    std::string dtype = "float32";           // float32 | bfloat16 | float16
    std::int64_t shardBytes = 2'000'000'000; // a new shard once one would exceed this
    std::string toolVersion;                 // written into the model card and config
};

struct ExportResult
{
    std::string path;                        // the folder (absolute)
    std::vector<std::string> files;          // its files, by name
    std::vector<std::int64_t> linearLayers;
    std::int64_t weightBytes = 0;
    int shards = 0;
};

nlohmann::json toJson(const ExportResult &result);

// "2GB", "500MB", "1.5GiB", "123456" (bytes); throws dtr::Error naming the text.
std::int64_t parseByteSize(const std::string &text);

// progress(bytesDone, bytesTotal) as the weights are written; a set *cancel throws
// dtr::Cancelled between tensors (the temporary folder is removed first).
using ExportProgressFn = std::function<void(std::int64_t done, std::int64_t total, const std::string &what)>;
ExportResult exportHybrid(const ExportSettings &settings, const ExportProgressFn &progress = {},
                          const std::atomic<bool> *cancel = nullptr);

// The bundled Python files, by file name (embedded at build time).
const std::vector<std::pair<std::string, std::string>> &exportPythonFiles();

// The model card (README.md) of an export.
std::string exportModelCard(const Project &project, const ConfigurationRecord &configuration,
                            const std::vector<std::int64_t> &linear, const ExportSettings &settings);

} // namespace dtr
