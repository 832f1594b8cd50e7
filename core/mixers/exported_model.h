#pragma once

// Loading a model folder of either kind: a Hugging Face checkpoint, or a hybrid that
// `dtr export` wrote (config.json's layer_types with linear_attention layers and
// linear_attn_config; docs/export.md). An export's linear layers get their mixers from
// the registry with the stored options and their weights from the folder, and are
// switched on; they hold no attention.

#include "model/transformer.h"

#include <string>

namespace dtr {

// Errors name the file and the item: config.json's field, an unknown mixer, a missing
// shard, a tensor of the wrong shape.
CausalLM loadModel(const std::string &modelDir, const LoadOptions &options = {});

} // namespace dtr
