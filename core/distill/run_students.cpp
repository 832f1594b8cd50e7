#include "distill/run_students.h"

#include "model/config.h"
#include "project/project.h"
#include "util/error.h"

namespace dtr {

// The project keeps each layer's student as a students file of that one layer.
std::string studentBlob(const ModelConfig &config, std::int64_t layer, const MixerPtr &m, const std::string &init)
{
    StudentSet one;
    one.students[layer] = m;
    one.init[layer] = init;
    return studentsBytes(config, one);
}

MixerPtr studentOfBlob(const std::string &bytes, const ModelConfig &config, std::int64_t layer, const std::string &source)
{
    StudentSet set = studentsFromBytes(bytes, config, source, layer);
    auto it = set.students.find(layer);
    if (it == set.students.end() || set.students.size() != 1)
        throw Error(source + ": the stored weights are not layer " + std::to_string(layer) + "'s student alone");
    return it->second;
}

StudentSet loadRunStudents(const Project &project, std::int64_t runId)
{
    const ModelConfig config = loadModelConfig(project.model().path);
    StudentSet set;
    for (const DistillLayerRecord &l : project.distillLayers(runId)) {
        if (l.status == "failed")
            continue;
        auto blob = project.studentWeights(runId, l.layer);
        if (!blob)
            continue;
        set.students[l.layer] = studentOfBlob(blob->data, config, l.layer,
                                              project.path() + ": run " + std::to_string(runId) + " layer "
                                                  + std::to_string(l.layer));
        set.init[l.layer] = "trained";
    }
    if (set.students.empty())
        throw Error(project.path() + ": distillation run " + std::to_string(runId) + " has no trained students");
    return set;
}

void saveRunStudents(const Project &project, std::int64_t runId, const std::string &path)
{
    StudentSet set = loadRunStudents(project, runId);
    ModelConfig config = loadModelConfig(project.model().path);
    saveStudents(path, config, set, {{"project", project.path()}, {"run", std::to_string(runId)}});
}

} // namespace dtr
