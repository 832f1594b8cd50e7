#include "mixers/students_metadata.h"

#include "util/error.h"
#include "util/json_util.h"

#include <stdexcept>

namespace dtr {

namespace {

std::int64_t metaInt(const std::map<std::string, std::string> &meta, const std::string &path, const char *field)
{
    auto it = meta.find(field);
    if (it == meta.end())
        throw Error(path + ": __metadata__ field '" + field + "' is missing");
    try {
        std::size_t used = 0;
        const long long v = std::stoll(it->second, &used);
        if (used != it->second.size())
            throw std::invalid_argument("trailing");
        return v;
    } catch (const std::exception &) {
        throw Error(path + ": __metadata__ field '" + field + "' is not an integer: '" + it->second + "'");
    }
}

} // namespace

nlohmann::json studentsEntries(const std::map<std::string, std::string> &meta, const std::string &path)
{
    auto sit = meta.find("students");
    if (sit == meta.end())
        throw Error(path + ": __metadata__ field 'students' is missing");
    nlohmann::json students;
    try {
        students = parseJson(sit->second, path + ": __metadata__ field 'students'");
    } catch (const Error &) {
        throw Error(path + ": __metadata__ field 'students' is not valid JSON");
    }
    if (!students.is_object())
        throw Error(path + ": __metadata__ field 'students' must be a JSON object");
    return students;
}

void checkStudentsHeader(const std::map<std::string, std::string> &meta, const ModelConfig &config,
                         const std::string &path)
{
    auto fmt = meta.find("format");
    if (fmt == meta.end() || fmt->second != "dtr-students")
        throw Error(path + ": not a students file (__metadata__ field 'format' must be 'dtr-students')");
    if (auto v = meta.find("version"); v == meta.end() || v->second != "1")
        throw Error(path + ": __metadata__ field 'version' must be '1'");
    const std::int64_t hidden = metaInt(meta, path, "hidden_size");
    if (hidden != config.hiddenSize)
        throw Error(path + ": __metadata__ field 'hidden_size' is " + std::to_string(hidden)
                    + ", the model's hidden size is " + std::to_string(config.hiddenSize));
    // The teacher the students were made for: its attention geometry must be this model's.
    const std::pair<const char *, std::int64_t> geometry[] = {
        {"num_heads", config.numHeads}, {"num_kv_heads", config.numKvHeads}, {"head_dim", config.headDim}};
    for (const auto &[field, want] : geometry) {
        const std::int64_t got = metaInt(meta, path, field);
        if (got != want)
            throw Error(path + ": __metadata__ field '" + field + "' is " + std::to_string(got) + ", the model's is "
                        + std::to_string(want) + " (students made for another model)");
    }
}

StudentEntry parseStudentEntry(const std::string &key, const nlohmann::json &entry, const ModelConfig *config,
                               const std::string &where)
{
    StudentEntry e;
    try {
        std::size_t n = 0;
        e.layer = std::stoll(key, &n);
        if (n != key.size())
            e.layer = -1;
    } catch (const std::exception &) {
        e.layer = -1;
    }
    if (e.layer < 0)
        throw Error(where + " is not a layer index");
    if (config && e.layer >= config->numLayers)
        throw Error(where + " is outside the model (" + std::to_string(config->numLayers) + " layers)");
    if (!entry.is_object() || !entry.contains("mixer") || !entry["mixer"].is_string())
        throw Error(where + ": no 'mixer' name");
    e.mixer = entry["mixer"].get<std::string>();
    if (auto o = entry.find("options"); o != entry.end()) {
        if (!o->is_object())
            throw Error(where + ": 'options' must be a JSON object, got " + std::string(o->type_name()));
        e.options = *o;
    }
    if (auto i = entry.find("init"); i != entry.end()) {
        if (!i->is_string())
            throw Error(where + ": 'init' must be a string, got " + std::string(i->type_name()));
        e.init = i->get<std::string>();
    }
    // The mixer is built from its options before its tensors are read: a hidden size
    // other than the model's is refused before anything is allocated for it.
    if (config) {
        if (auto h = e.options.find("hidden_size"); h != e.options.end()
            && !(h->is_number_integer() && h->get<std::int64_t>() == config->hiddenSize))
            throw Error(where + ": option 'hidden_size' is " + dumpJson(*h) + ", the model's hidden size is "
                        + std::to_string(config->hiddenSize));
    }
    return e;
}

} // namespace dtr
