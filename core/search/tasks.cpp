#include "search/tasks.h"

#include "util/error.h"
#include "util/json_util.h"
#include "util/utf8.h"

#define XXH_INLINE_ALL
#include <xxhash.h>

#include <nlohmann/json.hpp>

#include <cstdio>
#include <fstream>
#include <sstream>

namespace dtr {

namespace {

std::string hex128(XXH128_hash_t h)
{
    char buf[33];
    std::snprintf(buf, sizeof buf, "%016llx%016llx", static_cast<unsigned long long>(h.high64),
                  static_cast<unsigned long long>(h.low64));
    return buf;
}

TaskKind inferKind(const nlohmann::json &obj, const std::string &where)
{
    if (obj.contains("choices") || obj.contains("context") || obj.contains("label"))
        return TaskKind::MultipleChoice;
    if (obj.contains("prompt") || obj.contains("answer"))
        return TaskKind::Generation;
    if (obj.contains("text"))
        return TaskKind::LanguageModel;
    throw Error(where + ": cannot tell the task kind: expected \"context\"/\"choices\"/\"label\" (multiple choice), "
                        "\"text\" (language modelling) or \"prompt\"/\"answer\" (generation)");
}

std::string stringField(const nlohmann::json &obj, const char *key, const std::string &where)
{
    auto it = obj.find(key);
    if (it == obj.end() || it->is_null())
        throw Error(where + ": missing field '" + key + "'");
    if (!it->is_string())
        throw Error(where + ": field '" + key + "' must be a string, got " + it->type_name());
    return it->get<std::string>();
}

} // namespace

std::string taskKindName(TaskKind kind)
{
    switch (kind) {
    case TaskKind::MultipleChoice: return "multiple_choice";
    case TaskKind::LanguageModel: return "language_model";
    case TaskKind::Generation: return "generation";
    }
    return "?";
}

Task loadTask(const std::string &path)
{
    {
        std::ifstream in(path, std::ios::binary);
        if (!in)
            throw Error(path + ": cannot open the task file");
    }
    // Held in memory whole (the examples are): refused before reading past the limit.
    const std::string bytes = readFileWithLimit(path, kMaxTaskFileBytes, "task file");

    Task task;
    task.path = path;
    std::string base = path.substr(path.find_last_of('/') == std::string::npos ? 0 : path.find_last_of('/') + 1);
    if (base.size() > 6 && base.compare(base.size() - 6, 6, ".jsonl") == 0)
        base.resize(base.size() - 6);
    task.name = base;
    task.hash = hex128(XXH3_128bits(bytes.data(), bytes.size()));

    bool haveKind = false;
    std::int64_t lineNo = 0;
    std::size_t pos = 0;
    while (pos < bytes.size()) {
        std::size_t end = bytes.find('\n', pos);
        if (end == std::string::npos)
            end = bytes.size();
        std::string line = bytes.substr(pos, end - pos);
        pos = end + 1;
        ++lineNo;
        if (!line.empty() && line.back() == '\r')
            line.pop_back();
        if (line.find_first_not_of(" \t") == std::string::npos)
            continue;
        const std::string where = path + ": line " + std::to_string(lineNo);
        if (!isValidUtf8(line))
            throw Error(where + ": not valid UTF-8 (wrong encoding?)");
        nlohmann::json obj;
        checkJsonDepth(line, where);
        try {
            obj = nlohmann::json::parse(line);
        } catch (const nlohmann::json::parse_error &e) {
            throw Error(where + ": malformed JSON (byte " + std::to_string(e.byte) + ")");
        } catch (const nlohmann::json::exception &) {
            throw Error(where + ": malformed JSON (a number out of range)");
        }
        if (!obj.is_object())
            throw Error(where + ": expected a JSON object, got " + std::string(obj.type_name()));
        const TaskKind kind = inferKind(obj, where);
        if (!haveKind) {
            task.kind = kind;
            haveKind = true;
        } else if (kind != task.kind) {
            throw Error(where + ": a " + taskKindName(kind) + " example in a " + taskKindName(task.kind)
                        + " task (the kind is set by the first example)");
        }
        TaskExample ex;
        ex.line = lineNo;
        switch (kind) {
        case TaskKind::MultipleChoice: {
            ex.context = stringField(obj, "context", where);
            auto it = obj.find("choices");
            if (it == obj.end() || !it->is_array())
                throw Error(where + ": field 'choices' must be an array of strings");
            for (const auto &c : *it) {
                if (!c.is_string())
                    throw Error(where + ": field 'choices' must hold strings only");
                ex.choices.push_back(c.get<std::string>());
                if (ex.choices.back().empty())
                    throw Error(where + ": choice " + std::to_string(ex.choices.size() - 1) + " is empty");
            }
            if (ex.choices.size() < 2)
                throw Error(where + ": needs at least two choices, got " + std::to_string(ex.choices.size()));
            auto lab = obj.find("label");
            if (lab == obj.end() || !lab->is_number_integer())
                throw Error(where + ": field 'label' must be an integer (the index of the right choice)");
            ex.label = lab->get<std::int64_t>();
            if (ex.label < 0 || ex.label >= static_cast<std::int64_t>(ex.choices.size()))
                throw Error(where + ": label " + std::to_string(ex.label) + " is out of range for "
                            + std::to_string(ex.choices.size()) + " choices");
            break;
        }
        case TaskKind::LanguageModel:
            ex.text = stringField(obj, "text", where);
            if (ex.text.empty())
                throw Error(where + ": field 'text' is empty");
            break;
        case TaskKind::Generation:
            ex.prompt = stringField(obj, "prompt", where);
            ex.answer = stringField(obj, "answer", where);
            if (ex.prompt.empty())
                throw Error(where + ": field 'prompt' is empty");
            break;
        }
        task.examples.push_back(std::move(ex));
    }
    if (task.examples.empty())
        throw Error(path + ": the task has no examples");
    return task;
}

std::vector<std::string> metricNames(TaskKind kind)
{
    switch (kind) {
    case TaskKind::MultipleChoice: return {"acc", "acc_norm"};
    case TaskKind::LanguageModel: return {"bits_per_byte", "perplexity"};
    case TaskKind::Generation: return {"exact_match"};
    }
    return {};
}

std::string defaultMetric(TaskKind kind)
{
    return metricNames(kind).front() == "acc" ? "acc_norm" : metricNames(kind).front();
}

bool metricHigherIsBetter(const std::string &metric)
{
    return metric == "acc" || metric == "acc_norm" || metric == "exact_match";
}

MetricInfo metricInfo(const Task &task, const std::string &metric)
{
    const auto names = metricNames(task.kind);
    bool known = false;
    std::string list;
    for (const auto &n : names) {
        known = known || n == metric;
        list += (list.empty() ? "" : ", ") + n;
    }
    if (!known)
        throw Error(task.path + ": metric '" + metric + "' does not apply to a " + taskKindName(task.kind)
                    + " task (use " + list + ")");
    MetricInfo m;
    m.name = metric;
    m.higherIsBetter = metricHigherIsBetter(metric);
    m.exponentiate = metric == "perplexity";
    return m;
}

} // namespace dtr
