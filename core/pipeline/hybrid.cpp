#include "pipeline/hybrid.h"

#include "mixers/students.h"
#include "util/error.h"
#include "util/layer_list.h"

#include <nlohmann/json.hpp>

namespace dtr {

std::vector<std::int64_t> applyHybrid(CausalLM &lm, const HybridSpec &h, const std::string &modelDir)
{
    const std::int64_t L = lm->config.numLayers;
    StudentSet set;
    std::vector<std::int64_t> layers;
    if (!h.studentsFile.empty()) {
        if (h.init || h.mixerOptions)
            throw Error("the initialisation and mixer options build fresh students; they do not apply to the students file "
                        + h.studentsFile);
        set = loadStudents(h.studentsFile, lm->config);
        if (!h.linearLayers.empty()) {
            layers = parseLayerList(h.linearLayers, L);
        } else {
            for (const auto &[l, m] : set.students)
                layers.push_back(l);
        }
        for (std::int64_t l : layers) {
            auto it = set.students.find(l);
            if (it == set.students.end()) {
                std::vector<std::int64_t> have;
                for (const auto &[k, m] : set.students)
                    have.push_back(k);
                throw Error(h.studentsFile + ": holds no student for layer " + std::to_string(l) + " (it has layers "
                            + formatLayerList(have, "none") + ")");
            }
            if (h.mixer && it->second->kind() != *h.mixer)
                throw Error(h.studentsFile + ": layer " + std::to_string(l) + " holds a " + it->second->kind()
                            + " student, the mixer asked for is " + *h.mixer);
        }
    } else if (!h.linearLayers.empty()) {
        layers = parseLayerList(h.linearLayers, L);
        nlohmann::json overrides = nlohmann::json::object();
        if (h.mixerOptions && !h.mixerOptions->empty()) {
            try {
                overrides = nlohmann::json::parse(*h.mixerOptions);
            } catch (const nlohmann::json::exception &) {
                throw Error("mixer options: not valid JSON: " + *h.mixerOptions);
            }
            if (!overrides.is_object())
                throw Error("mixer options: must be a JSON object, got " + *h.mixerOptions);
        }
        torch::manual_seed(h.seed);
        set = buildStudents(*lm, layers, h.mixer.value_or("gdn"), parseStudentInit(h.init.value_or("transfer")), overrides);
    } else {
        if (h.mixer || h.init || h.mixerOptions || !h.saveStudents.empty())
            throw Error("the mixer, initialisation, mixer options and students output need linear layers or a students file");
        return {};
    }
    attachStudents(*lm, set);
    lm->setLinearLayers(layers);
    if (!h.saveStudents.empty())
        saveStudents(h.saveStudents, lm->config, set, {{"producer", "dtr"}, {"teacher", modelDir}});
    return layers;
}

} // namespace dtr
