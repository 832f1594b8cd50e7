#include "mixers/students.h"

#include "mixers/registry.h"
#include "mixers/students_metadata.h"
#include "model/safetensors.h"
#include "model/tensor_io.h"
#include "util/error.h"
#include "util/json_util.h"

#include <functional>
#include <set>
#include <sstream>

namespace dtr {

StudentInit parseStudentInit(const std::string &name)
{
    if (name == "transfer")
        return StudentInit::Transfer;
    if (name == "random")
        return StudentInit::Random;
    throw Error("unknown student initialisation '" + name + "' (known: transfer, random)");
}

std::string studentInitName(StudentInit init)
{
    return init == StudentInit::Transfer ? "transfer" : "random";
}

std::string studentPrefix(std::int64_t layer)
{
    return "model.layers." + std::to_string(layer) + ".linear_attn.";
}

MixerPtr buildStudent(const CausalLMImpl &model, std::int64_t layer, const std::string &kind, StudentInit init,
                      const nlohmann::json &overrides)
{
    const MixerKind &k = mixerKind(kind);
    const DecoderLayerImpl &l = model.layer(layer);
    nlohmann::json options;
    try {
        options = k.optionsFor(model.config, layer, overrides);
    } catch (const Error &e) {
        throw Error("layer " + std::to_string(layer) + ": " + e.what());
    }
    MixerPtr m = k.create(options);
    if (init == StudentInit::Transfer) {
        try {
            if (!l.self_attn)
                throw Error("no attention to transfer weights from (a linear layer of an exported hybrid)");
            k.transfer(*m, TransferSource{*l.self_attn, model.config, l.input_layernorm->weight});
        } catch (const Error &e) {
            throw Error("layer " + std::to_string(layer) + ": " + e.what());
        }
    }
    return m;
}

StudentSet buildStudents(const CausalLMImpl &model, const std::vector<std::int64_t> &layers, const std::string &kind,
                         StudentInit init, const nlohmann::json &overrides)
{
    StudentSet set;
    for (std::int64_t l : layers) {
        set.students[l] = buildStudent(model, l, kind, init, overrides);
        set.init[l] = studentInitName(init);
    }
    return set;
}

namespace {

// The tensors and __metadata__ of a students file.
std::pair<std::vector<std::pair<std::string, torch::Tensor>>, std::map<std::string, std::string>>
studentsContent(const ModelConfig &config, const StudentSet &set, const std::map<std::string, std::string> &extraMetadata)
{
    std::vector<std::pair<std::string, torch::Tensor>> tensors;
    nlohmann::json students = nlohmann::json::object();
    for (const auto &[layer, m] : set.students) {
        nlohmann::json entry{{"mixer", m->kind()}, {"options", m->options()}};
        if (auto it = set.init.find(layer); it != set.init.end())
            entry["init"] = it->second;
        students[std::to_string(layer)] = entry;
        for (const auto &p : m->named_parameters(/*recurse=*/true))
            tensors.emplace_back(studentPrefix(layer) + p.key(), p.value().detach().to(torch::kCPU, torch::kFloat32));
    }
    std::map<std::string, std::string> meta = extraMetadata;
    meta["format"] = "dtr-students";
    meta["version"] = "1";
    meta["hidden_size"] = std::to_string(config.hiddenSize);
    meta["num_layers"] = std::to_string(config.numLayers);
    meta["num_heads"] = std::to_string(config.numHeads);
    meta["num_kv_heads"] = std::to_string(config.numKvHeads);
    meta["head_dim"] = std::to_string(config.headDim);
    meta["students"] = dumpJson(students);
    return {std::move(tensors), std::move(meta)};
}

// The one loader: every student the entries name, built from its mixer and options,
// each parameter read from `prefixOf(layer) + name` with its shape checked, and no
// tensor of the file left over.
StudentSet readStudents(const SafetensorsFile &file, const nlohmann::json &students, const ModelConfig *config,
                        const std::function<std::string(std::int64_t)> &prefixOf, const std::string &path)
{
    StudentSet set;
    std::set<std::string> used;
    for (auto it = students.begin(); it != students.end(); ++it) {
        const std::string where = path + ": __metadata__ field 'students': layer '" + it.key() + "'";
        const StudentEntry entry = parseStudentEntry(it.key(), it.value(), config, where);
        const std::int64_t layer = entry.layer;
        MixerPtr m;
        try {
            const MixerKind &kind = mixerKind(entry.mixer); // (named first: GCC 13 warns on a temporary)
            m = kind.create(entry.options);
        } catch (const Error &e) {
            throw Error(where + ": " + e.what());
        } catch (const std::exception &) {
            // e.g. LibTorch cannot allocate parameters of the sizes the options ask for
            throw Error(where + ": " + describeException(std::current_exception()));
        }
        if (config && m->options().value("hidden_size", config->hiddenSize) != config->hiddenSize)
            throw Error(where + ": option 'hidden_size' is " + std::to_string(m->options().value("hidden_size", 0))
                        + ", the model's hidden size is " + std::to_string(config->hiddenSize));
        torch::NoGradGuard ng;
        for (auto &p : m->named_parameters(/*recurse=*/true)) {
            const std::string name = prefixOf(layer) + p.key();
            const TensorInfo *info = file.find(name);
            if (!info)
                throw Error(path + ": missing tensor '" + name + "' (a " + m->kind() + " student for layer "
                            + std::to_string(layer) + ")");
            if (info->shape != p.value().sizes().vec())
                throw Error(path + ": tensor '" + name + "' has shape " + shapeString(info->shape) + ", expected "
                            + shapeString(p.value()) + " for the " + m->kind() + " options in __metadata__");
            torch::Tensor t = readTensor(file, *info);
            if (!t.is_floating_point())
                throw Error(path + ": tensor '" + name + "' is not a floating-point tensor");
            p.value().copy_(t.to(torch::kFloat32));
            used.insert(name);
        }
        set.students[layer] = m;
        set.init[layer] = entry.init;
    }
    for (const TensorInfo &t : file.tensors())
        if (!used.count(t.name))
            throw Error(path + ": unexpected tensor '" + t.name + "' (not a parameter of a student in __metadata__)");
    return set;
}

StudentSet studentsFromFile(const SafetensorsFile &file, const ModelConfig &config, const std::string &path)
{
    checkStudentsHeader(file.metadata(), config, path);
    return readStudents(file, studentsEntries(file.metadata(), path), &config, studentPrefix, path);
}

} // namespace

void saveStudents(const std::string &path, const ModelConfig &config, const StudentSet &set,
                  const std::map<std::string, std::string> &extraMetadata)
{
    auto [tensors, meta] = studentsContent(config, set, extraMetadata);
    saveSafetensors(path, tensors, meta);
}

std::string studentsBytes(const ModelConfig &config, const StudentSet &set,
                          const std::map<std::string, std::string> &extraMetadata)
{
    auto [tensors, meta] = studentsContent(config, set, extraMetadata);
    return safetensorsBytes(tensors, meta);
}

StudentSet loadStudents(const std::string &path, const ModelConfig &config)
{
    auto file = SafetensorsFile::open(path);
    return studentsFromFile(*file, config, path);
}


StudentSet studentsFromBytes(const std::string &bytes, const ModelConfig &config, const std::string &source,
                             std::int64_t legacyLayer)
{
    auto file = SafetensorsFile::fromBytes(bytes, source);
    const auto &meta = file->metadata();
    if (meta.count("format") || legacyLayer < 0)
        return studentsFromFile(*file, config, source);
    // Written by an earlier version: one student, bare parameter names, "mixer" and
    // "options" metadata. The same loader, with the layer's one entry.
    const std::int64_t layer = legacyLayer;
    auto kindIt = meta.find("mixer");
    auto optIt = meta.find("options");
    if (kindIt == meta.end() || optIt == meta.end())
        throw Error(source + ": student weights lack their mixer kind or options");
    nlohmann::json options;
    try {
        options = parseJson(optIt->second, source);
    } catch (const Error &) {
        throw Error(source + ": malformed mixer options");
    }
    nlohmann::json entries{{std::to_string(layer), {{"mixer", kindIt->second}, {"options", options}}}};
    return readStudents(*file, entries, &config, [](std::int64_t) { return std::string(); }, source);
}

void attachStudents(CausalLMImpl &model, const StudentSet &set)
{
    for (const auto &[layer, m] : set.students)
        model.setStudent(layer, m);
}

} // namespace dtr
