// Fuzz target: the config.json of a folder `dtr export` wrote (layer_types with
// linear_attention layers and linear_attn_config), read by loadModelConfig as
// loadModel (core/mixers/exported_model.cpp) does, with generation_config.json after
// "\n--generation_config--\n"; each linear layer's options are parsed the way loadModel
// hands them to the mixer registry.

#include "fuzz_util.h"

#include "model/config.h"
#include "util/json_util.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    using namespace dtr::fuzz;
    clearScratch();
    const std::string dir = scratchDir();
    const std::vector<std::string> parts = split(bytesOf(data, size), "\n--generation_config--\n");
    writeFile(dir + "/config.json", parts[0]);
    if (parts.size() > 1)
        writeFile(dir + "/generation_config.json", parts[1]);
    try {
        const dtr::ModelConfig c = dtr::loadModelConfig(dir);
        for (const auto &[layer, spec] : c.linearLayers) {
            if (layer < 0 || layer >= c.numLayers || spec.mixer.empty())
                std::abort();
            const nlohmann::json options = dtr::parseJson(spec.optionsJson, "linear_attn_config");
            if (!options.is_object())
                std::abort();
        }
    } catch (const dtr::Error &) {
    }
    return 0;
}
