#include "jobs/search_read_jobs.h"

#include "project/configuration_catalog.h"
#include "project/configuration_names.h"
#include "search/order_correlation.h"

#include "project/project.h"
#include "search/tasks.h"
#include "util/json_util.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <map>

namespace dtr {

namespace {

nlohmann::json orNull(const std::optional<double> &v)
{
    return v ? nlohmann::json(*v) : nlohmann::json(nullptr);
}

nlohmann::json trajectoryJson(const Project &p, std::int64_t searchId)
{
    std::vector<RoundRecord> rounds = p.rounds(searchId);
    std::sort(rounds.begin(), rounds.end(), [](const RoundRecord &a, const RoundRecord &b) { return a.round < b.round; });
    nlohmann::json out = nlohmann::json::array();
    for (const RoundRecord &r : rounds)
        out.push_back({{"round", r.round}, {"num_linear", r.linearLayers.size()}, {"linear_layers", r.linearLayers},
                       {"chosen_layer", r.chosenLayer}, {"score", r.chosenScore}, {"ci_low", orNull(r.ciLow)},
                       {"ci_high", orNull(r.ciHigh)}, {"committed", r.committed}, {"within_noise", r.withinNoise},
                       {"test_score", orNull(r.testScore)}});
    return out;
}

nlohmann::json configurationJson(const Project &p, std::int64_t searchId, const std::string &what)
{
    const auto c = searchConfiguration(p, searchId, what);
    if (!c)
        return nullptr;
    std::vector<std::int64_t> linear;
    for (std::size_t i = 0; i < c->layerTypes.size(); ++i)
        if (c->layerTypes[i] != "full_attention")
            linear.push_back(static_cast<std::int64_t>(i));
    return {{"name", c->name}, {"num_linear", linear.size()}, {"linear_layers", linear}};
}

template <typename T>
T get(const nlohmann::json &j, const char *key, T fallback)
{
    const auto it = j.find(key);
    if (it == j.end() || it->is_null())
        return fallback;
    try {
        return it->get<T>();
    } catch (const nlohmann::json::exception &) {
        return fallback;
    }
}

} // namespace

ReadSearchJob::ReadSearchJob(std::string projectPath, std::int64_t searchId)
    : m_path(std::move(projectPath))
    , m_searchId(searchId)
{
}

std::string ReadSearchJob::title() const
{
    return "Read search " + std::to_string(m_searchId);
}

Job::Result ReadSearchJob::execute(JobContext &context)
{
    context.report("read", 0, 1, "stages", "reading the search");
    auto project = Project::open(m_path, Project::ModelCheck::Report);
    const SearchRunRecord run = project->searchRun(m_searchId);
    const std::string source = m_path + ": search " + std::to_string(run.id) + " settings";
    const nlohmann::json settings = parseJson(run.settingsJson, source);
    std::string mixer;
    if (run.distillRunId)
        mixer = project->distillRun(*run.distillRunId).mixer;
    const std::string val = get<std::string>(settings, "val", "");
    nlohmann::json search = {{"id", run.id},
                             {"strategy", run.strategy},
                             {"metric", run.metric},
                             {"higher_is_better", metricHigherIsBetter(run.metric)},
                             {"status", run.status},
                             {"error", run.error},
                             {"base_score", orNull(run.baseScore)},
                             {"p_min", orNull(run.pMin)},
                             {"start_score", settings.contains("start_score") ? settings["start_score"] : nlohmann::json()},
                             {"distill_run_id", run.distillRunId ? nlohmann::json(*run.distillRunId) : nlohmann::json()},
                             {"mixer", mixer},
                             {"val", val},
                             {"test", get<std::string>(settings, "test", "")},
                             {"tolerance", get<double>(settings, "tolerance", 0.05)},
                             {"pin", get<std::vector<std::int64_t>>(settings, "pin", {})},
                             {"forbid", get<std::vector<std::int64_t>>(settings, "forbid", {})},
                             {"max_linear", settings.contains("max_linear") ? settings["max_linear"] : nlohmann::json()},
                             {"continue", get<bool>(settings, "continue", false)}};
    context.throwIfCancelled();
    nlohmann::json candidates = nlohmann::json::array();
    std::vector<CandidateRecord> cands = project->candidates(m_searchId);
    std::sort(cands.begin(), cands.end(), [](const CandidateRecord &a, const CandidateRecord &b) {
        return a.round != b.round ? a.round < b.round : a.layer < b.layer;
    });
    std::map<std::int64_t, std::int64_t> chosen; // round -> committed layer
    for (const RoundRecord &r : project->rounds(m_searchId))
        if (r.committed)
            chosen[r.round] = r.chosenLayer;
    for (const CandidateRecord &c : cands) {
        const auto it = chosen.find(c.round);
        candidates.push_back({{"round", c.round}, {"layer", c.layer}, {"score", c.score}, {"ci_low", orNull(c.ciLow)},
                              {"ci_high", orNull(c.ciHigh)}, {"chosen", it != chosen.end() && it->second == c.layer}});
    }
    nlohmann::json baselines = nlohmann::json::array();
    for (const SearchRunRecord &other : project->searchRuns()) {
        if (other.id == run.id || other.distillRunId != run.distillRunId)
            continue;
        nlohmann::json os = parseJson(other.settingsJson, m_path + ": search " + std::to_string(other.id) + " settings");
        if (get<std::string>(os, "val", "") != val || other.metric != run.metric)
            continue;
        baselines.push_back({{"id", other.id}, {"strategy", other.strategy}, {"status", other.status},
                             {"trajectory", trajectoryJson(*project, other.id)}});
    }
    nlohmann::json out = {{"search", std::move(search)},
                          {"trajectory", trajectoryJson(*project, m_searchId)},
                          {"candidates", std::move(candidates)},
                          {"best", configurationJson(*project, run.id, "best")},
                          {"opt", configurationJson(*project, run.id, "opt")},
                          {"baselines", std::move(baselines)}};
    context.throwIfCancelled();
    context.report("read", 1, 1, "stages");
    return {JobStatus::Completed, std::move(out), std::nullopt};
}

ReadOrdersJob::ReadOrdersJob(std::string projectPath)
    : m_path(std::move(projectPath))
{
}

std::string ReadOrdersJob::title() const
{
    return "Read the replacement orders of " + m_path;
}

Job::Result ReadOrdersJob::execute(JobContext &context)
{
    context.report("read", 0, 1, "stages", "reading the searches");
    auto project = Project::open(m_path, Project::ModelCheck::Report);
    const std::int64_t L = project->model().numLayers;
    nlohmann::json orders = nlohmann::json::array();
    std::vector<std::vector<std::int64_t>> raw;
    for (const SearchRunRecord &run : project->searchRuns()) {
        if (run.strategy == "uniform")
            continue; // its configurations do not nest: no order
        context.throwIfCancelled();
        std::vector<std::int64_t> order;
        for (const RoundRecord &r : project->rounds(run.id))
            if (r.committed && r.round >= 1 && r.chosenLayer >= 0 && r.chosenLayer < L
                && std::find(order.begin(), order.end(), r.chosenLayer) == order.end())
                order.push_back(r.chosenLayer);
        if (order.empty())
            continue;
        const nlohmann::json settings = parseJson(run.settingsJson, m_path + ": search " + std::to_string(run.id) + " settings");
        const std::string val = get<std::string>(settings, "val", "");
        orders.push_back({{"search", run.id},
                          {"strategy", run.strategy},
                          {"status", run.status},
                          {"task", val.empty() ? std::string() : taskLabel(val)},
                          {"mixer", run.distillRunId ? project->distillRun(*run.distillRunId).mixer : std::string()},
                          {"val", val},
                          {"order", order}});
        raw.push_back(std::move(order));
    }
    nlohmann::json tau = nlohmann::json::array();
    for (const auto &a : raw) {
        nlohmann::json row = nlohmann::json::array();
        for (const auto &b : raw)
            row.push_back(orNull(orderCorrelation(a, b, L)));
        tau.push_back(std::move(row));
    }
    context.report("read", 1, 1, "stages");
    return {JobStatus::Completed, {{"num_layers", L}, {"orders", std::move(orders)}, {"tau", std::move(tau)}}, std::nullopt};
}

TaskPreviewJob::TaskPreviewJob(std::string taskPath)
    : m_path(std::move(taskPath))
{
}

std::string TaskPreviewJob::title() const
{
    return "Read task " + m_path;
}

Job::Result TaskPreviewJob::execute(JobContext &context)
{
    context.report("read", 0, 1, "stages", "reading the task");
    const Task task = loadTask(m_path);
    context.throwIfCancelled();
    nlohmann::json example = nlohmann::json::object();
    if (!task.examples.empty()) {
        const TaskExample &e = task.examples.front();
        example["line"] = e.line;
        switch (task.kind) {
        case TaskKind::MultipleChoice:
            example["context"] = e.context;
            example["choices"] = e.choices;
            example["label"] = e.label;
            break;
        case TaskKind::LanguageModel:
            example["text"] = e.text;
            break;
        case TaskKind::Generation:
            example["prompt"] = e.prompt;
            example["answer"] = e.answer;
            break;
        }
    }
    context.report("read", 1, 1, "stages");
    return {JobStatus::Completed,
            {{"path", task.path}, {"name", task.name}, {"kind", taskKindName(task.kind)},
             {"examples", task.examples.size()}, {"metrics", metricNames(task.kind)},
             {"default_metric", defaultMetric(task.kind)}, {"example", std::move(example)}},
            std::nullopt};
}

} // namespace dtr
