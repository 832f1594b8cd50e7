#include "project/project_summary.h"

#include "project/project.h"
#include "util/error.h"
#include "util/json_util.h"

#include <filesystem>
#include <map>

namespace dtr {

namespace {

nlohmann::json lossOrNull(const std::optional<double> &v)
{
    return v ? nlohmann::json(*v) : nlohmann::json(nullptr);
}

// Per layer of the run (in r.layers' order): the held-out loss at step 0 and at the
// last step measured (null where none was, or it was NaN).
void addHeldout(const Project &p, const DistillRunRecord &r, nlohmann::json &run)
{
    std::map<std::int64_t, std::pair<std::optional<double>, std::optional<double>>> byLayer;
    std::map<std::int64_t, std::int64_t> lastStep;
    for (const LossRecord &l : p.losses(r.id, std::nullopt, std::string("heldout"))) {
        auto &entry = byLayer[l.layer];
        if (l.step == 0)
            entry.first = l.loss;
        if (!lastStep.count(l.layer) || l.step >= lastStep[l.layer]) {
            lastStep[l.layer] = l.step;
            entry.second = l.step > 0 ? l.loss : std::nullopt;
        }
    }
    nlohmann::json initial = nlohmann::json::array(), last = nlohmann::json::array();
    for (std::int64_t layer : r.layers) {
        const auto it = byLayer.find(layer);
        initial.push_back(it == byLayer.end() ? nlohmann::json(nullptr) : lossOrNull(it->second.first));
        last.push_back(it == byLayer.end() ? nlohmann::json(nullptr) : lossOrNull(it->second.second));
    }
    run["initial_heldout"] = std::move(initial);
    run["final_heldout"] = std::move(last);
}

} // namespace

nlohmann::json layerConstraintsJson(const LayerConstraints &c)
{
    return {{"pinned", c.pinned}, {"forbidden", c.forbidden}};
}

nlohmann::json projectSummaryJson(const Project &p)
{
    const ModelRef m = p.model();
    const ProjectCounts c = p.counts();
    nlohmann::json runs = nlohmann::json::array();
    for (const auto &r : p.distillRuns()) {
        nlohmann::json run = {{"id", r.id}, {"mixer", r.mixer}, {"status", r.status}, {"steps_done", r.stepsDone},
                              {"layers", r.layers}, {"created_at", r.createdAt}, {"updated_at", r.updatedAt},
                              {"error", r.error}, {"tokens_per_second", lossOrNull(r.tokensPerSecond)},
                              {"settings", parseJson(r.settingsJson, p.path() + ": distillation run " + std::to_string(r.id) + " settings")}};
        addHeldout(p, r, run);
        runs.push_back(std::move(run));
    }
    nlohmann::json searches = nlohmann::json::array();
    for (const auto &s : p.searchRuns()) {
        const nlohmann::json settings = parseJson(s.settingsJson, p.path() + ": search " + std::to_string(s.id) + " settings");
        const auto text = [&](const char *key) {
            const auto it = settings.find(key);
            return it != settings.end() && it->is_string() ? it->get<std::string>() : std::string();
        };
        searches.push_back({{"id", s.id}, {"strategy", s.strategy}, {"metric", s.metric}, {"status", s.status},
                            {"rounds", p.rounds(s.id).size()}, {"val", text("val")}, {"test", text("test")},
                            {"error", s.error},
                            {"distill_run_id", s.distillRunId ? nlohmann::json(*s.distillRunId) : nlohmann::json()}});
    }
    nlohmann::json configs = nlohmann::json::array();
    for (const auto &cfg : p.configurations())
        configs.push_back({{"name", cfg.name}, {"layer_types", cfg.layerTypes}, {"source", cfg.source}});
    return {{"path", p.path()},
            {"schema_version", p.schemaVersion()},
            {"read_only", p.readOnly()},
            {"read_only_reason", p.readOnlyReason()},
            {"model", {{"path", m.path}, {"content_hash", m.contentHash}, {"model_type", m.modelType},
                       {"num_layers", m.numLayers}, {"status", p.modelStatusMessage()},
                       {"summary", parseJson(m.summaryJson, p.path() + ": model summary")}}},
            {"counts", {{"distill_runs", c.distillRuns}, {"losses", c.losses}, {"students", c.students},
                        {"search_runs", c.searchRuns}, {"search_rounds", c.searchRounds},
                        {"candidates", c.candidates}, {"configurations", c.configurations},
                        {"evaluations", c.evaluations}, {"benchmarks", c.benchmarks}, {"exports", c.exports}}},
            {"distill_runs", runs},
            {"search_runs", searches},
            {"configurations", configs},
            {"constraints", layerConstraintsJson(p.layerConstraints())}};
}

std::string resolveModelDir(const std::string &path)
{
    namespace fs = std::filesystem;
    std::error_code ec;
    if (fs::is_directory(path, ec))
        return path;
    if (!fs::exists(path, ec))
        throw Error(path + ": no such file or folder");
    // Opened without requiring the model: a moved model's folder is what the caller
    // reports (or offers to relocate).
    return Project::open(path, Project::ModelCheck::Report)->model().path;
}

} // namespace dtr
