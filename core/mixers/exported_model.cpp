#include "mixers/exported_model.h"

#include "mixers/registry.h"
#include "model/safetensors.h"
#include "util/error.h"

#include <nlohmann/json.hpp>

namespace dtr {

CausalLM loadModel(const std::string &modelDir, const LoadOptions &options)
{
    ModelConfig config = loadModelConfig(modelDir);
    if (config.linearLayers.empty())
        return loadCausalLM(modelDir, options);
    const std::string source = modelDir + "/config.json";
    WeightFiles weights(modelDir);
    CausalLM lm(config);
    std::vector<std::int64_t> linear;
    for (const auto &[layer, spec] : config.linearLayers) {
        const std::string where = source + ": linear_attn_config.layers." + std::to_string(layer);
        MixerPtr mixer;
        try {
            const MixerKind &kind = mixerKind(spec.mixer);
            mixer = kind.create(nlohmann::json::parse(spec.optionsJson));
        } catch (const std::exception &e) {
            throw Error(where + ": " + e.what());
        }
        try {
            lm->setStudent(layer, mixer);
        } catch (const Error &e) {
            throw Error(where + ": " + e.what());
        }
        linear.push_back(layer);
    }
    loadParameters(*lm, weights, options);
    lm->setLinearLayers(linear);
    return lm;
}

} // namespace dtr
