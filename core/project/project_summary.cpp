#include "project/project_summary.h"

#include "project/project.h"
#include "util/error.h"
#include "util/json_util.h"

#include <filesystem>

namespace dtr {

nlohmann::json projectSummaryJson(const Project &p)
{
    const ModelRef m = p.model();
    const ProjectCounts c = p.counts();
    nlohmann::json runs = nlohmann::json::array();
    for (const auto &r : p.distillRuns())
        runs.push_back({{"id", r.id}, {"mixer", r.mixer}, {"status", r.status}, {"steps_done", r.stepsDone},
                        {"layers", r.layers}, {"created_at", r.createdAt}, {"error", r.error}});
    nlohmann::json searches = nlohmann::json::array();
    for (const auto &s : p.searchRuns())
        searches.push_back({{"id", s.id}, {"strategy", s.strategy}, {"metric", s.metric}, {"status", s.status},
                            {"rounds", p.rounds(s.id).size()}});
    nlohmann::json configs = nlohmann::json::array();
    for (const auto &cfg : p.configurations())
        configs.push_back({{"name", cfg.name}, {"layer_types", cfg.layerTypes}, {"source", cfg.source}});
    return {{"path", p.path()},
            {"schema_version", p.schemaVersion()},
            {"model", {{"path", m.path}, {"content_hash", m.contentHash}, {"model_type", m.modelType},
                       {"num_layers", m.numLayers}, {"status", p.modelStatusMessage()},
                       {"summary", parseJson(m.summaryJson, p.path() + ": model summary")}}},
            {"counts", {{"distill_runs", c.distillRuns}, {"losses", c.losses}, {"students", c.students},
                        {"search_runs", c.searchRuns}, {"search_rounds", c.searchRounds},
                        {"candidates", c.candidates}, {"configurations", c.configurations},
                        {"evaluations", c.evaluations}, {"benchmarks", c.benchmarks}, {"exports", c.exports}}},
            {"distill_runs", runs},
            {"search_runs", searches},
            {"configurations", configs}};
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
