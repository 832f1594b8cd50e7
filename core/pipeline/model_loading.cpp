#include "pipeline/model_loading.h"

#include "distill/run_students.h"
#include "mixers/students.h"
#include "model/safetensors.h"
#include "util/error.h"

#include <nlohmann/json.hpp>

namespace dtr {

std::int64_t fullConfigurationId(Project &project)
{
    if (auto full = project.configuration("full"))
        return full->id;
    ConfigurationRecord c;
    c.name = "full";
    c.layerTypes.assign(static_cast<std::size_t>(project.model().numLayers), "full_attention");
    c.source = "built-in: every layer full attention";
    return project.addConfiguration(c);
}

ConfiguredModel loadConfiguration(const Project &project, const std::string &name, const LoadOptions &options)
{
    ConfiguredModel out;
    const ModelRef ref = project.model();
    out.modelDir = ref.path;
    std::optional<ConfigurationRecord> config = project.configuration(name);
    if (!config && name != "full")
        throw Error(project.path() + ": no configuration named '" + name + "'");
    if (config) {
        out.configuration = *config;
    } else {
        out.configuration.name = "full";
        out.configuration.layerTypes.assign(static_cast<std::size_t>(ref.numLayers), "full_attention");
    }
    const auto &types = out.configuration.layerTypes;
    if (static_cast<std::int64_t>(types.size()) != ref.numLayers)
        throw Error(project.path() + ": configuration '" + name + "' has " + std::to_string(types.size())
                    + " layers, the model " + std::to_string(ref.numLayers));
    for (std::size_t i = 0; i < types.size(); ++i)
        if (types[i] != "full_attention")
            out.linear.push_back(static_cast<std::int64_t>(i));
    out.model = loadCausalLM(ref.path, options);
    if (out.linear.empty())
        return out;
    if (!out.configuration.distillRunId)
        throw Error(project.path() + ": configuration '" + name + "' names no distillation run for its students");
    StudentSet all = loadRunStudents(project, *out.configuration.distillRunId);
    for (std::int64_t l : out.linear) {
        auto it = all.students.find(l);
        if (it == all.students.end())
            throw Error(project.path() + ": distillation run " + std::to_string(*out.configuration.distillRunId)
                        + " has no student for layer " + std::to_string(l) + " of configuration '" + name + "'");
        if (it->second->kind() != types[static_cast<std::size_t>(l)])
            throw Error(project.path() + ": configuration '" + name + "' wants a " + types[static_cast<std::size_t>(l)]
                        + " mixer in layer " + std::to_string(l) + ", run " + std::to_string(*out.configuration.distillRunId)
                        + " trained a " + it->second->kind());
        out.students.students[l] = it->second;
        out.students.init[l] = all.init.count(l) ? all.init[l] : "trained";
    }
    attachStudents(*out.model, out.students);
    out.model->setLinearLayers(out.linear);
    return out;
}

} // namespace dtr
