#pragma once

// Loading the models the front ends run: a Hugging Face folder, a hybrid exported by
// `dtr export` (layer_types with linear_attention layers; their mixers come from the
// registry, their weights from the folder), or a configuration of a project (the
// project's model with the configuration's trained students switched on).

#include "mixers/exported_model.h"
#include "mixers/students.h"
#include "model/transformer.h"
#include "project/project.h"

#include <cstdint>
#include <string>
#include <vector>

namespace dtr {

// loadModel (a model folder of either kind) is in mixers/exported_model.h.

struct ConfiguredModel
{
    CausalLM model{nullptr};
    ConfigurationRecord configuration;   // name "full": every layer full attention
    std::vector<std::int64_t> linear;    // the configuration's linear layers (switched on)
    StudentSet students;                 // the students attached (trained, from its run)
    std::string modelDir;                // the project's model folder
};

// The id of the project's "full" configuration (every layer full attention), stored on
// first use so that evaluations, benchmarks and exports of the model itself have one.
std::int64_t fullConfigurationId(Project &project);

// The hybrid a project's configuration names ("full" for the model itself). Errors
// name the project and the configuration or layer.
ConfiguredModel loadConfiguration(const Project &project, const std::string &configuration,
                                  const LoadOptions &options = {});

} // namespace dtr
