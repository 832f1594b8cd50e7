#include "cmd_project.h"

#include "project/project.h"

#include <nlohmann/json.hpp>

#include <iostream>

ProjectCommands::ProjectCommands(CLI::App &app)
{
    m_project = app.add_subcommand("project", "Create, inspect or relocate a .dtr project file");
    m_project->require_subcommand(1);
    m_create = m_project->add_subcommand("create", "Create a project for a model folder");
    m_create->add_option("PROJECT", m_path, "the .dtr file to create")->required();
    m_create->add_option("--model", m_model, "Hugging Face model folder")->required();
    m_show = m_project->add_subcommand("show", "Summarise a project: model, runs, configurations");
    m_show->add_option("PROJECT", m_path, "a .dtr file")->required();
    m_show->add_flag("--json", m_json, "print JSON");
    m_relocate = m_project->add_subcommand("relocate", "Point a project at its model's new folder (same content)");
    m_relocate->add_option("PROJECT", m_path, "a .dtr file")->required();
    m_relocate->add_option("--model", m_model, "the model's new folder")->required();
}

int ProjectCommands::run()
{
    if (m_create->parsed()) {
        auto p = dtr::Project::create(m_path, m_model);
        const dtr::ModelRef m = p->model();
        std::cout << "created " << m_path << " (schema " << p->schemaVersion() << ") for " << m.modelType << " model "
                  << m.path << ", " << m.numLayers << " layers, content hash " << m.contentHash << "\n";
        return 0;
    }
    if (m_relocate->parsed()) {
        auto p = dtr::Project::open(m_path, dtr::Project::ModelCheck::Report);
        p->relocateModel(m_model);
        std::cout << "relocated " << m_path << " to " << p->model().path << "\n";
        return 0;
    }
    // show
    auto p = dtr::Project::open(m_path, dtr::Project::ModelCheck::Report);
    const dtr::ModelRef m = p->model();
    const dtr::ProjectCounts c = p->counts();
    nlohmann::json runs = nlohmann::json::array();
    for (const auto &r : p->distillRuns())
        runs.push_back({{"id", r.id}, {"mixer", r.mixer}, {"status", r.status}, {"steps_done", r.stepsDone},
                        {"layers", r.layers}, {"created_at", r.createdAt}, {"error", r.error}});
    nlohmann::json searches = nlohmann::json::array();
    for (const auto &s : p->searchRuns())
        searches.push_back({{"id", s.id}, {"strategy", s.strategy}, {"metric", s.metric}, {"status", s.status},
                            {"rounds", p->rounds(s.id).size()}});
    nlohmann::json configs = nlohmann::json::array();
    for (const auto &cfg : p->configurations())
        configs.push_back({{"name", cfg.name}, {"layer_types", cfg.layerTypes}, {"source", cfg.source}});
    if (m_json) {
        nlohmann::json j = {
            {"path", p->path()},
            {"schema_version", p->schemaVersion()},
            {"model", {{"path", m.path}, {"content_hash", m.contentHash}, {"model_type", m.modelType},
                       {"num_layers", m.numLayers}, {"status", p->modelStatusMessage()},
                       {"summary", nlohmann::json::parse(m.summaryJson)}}},
            {"counts", {{"distill_runs", c.distillRuns}, {"losses", c.losses}, {"students", c.students},
                        {"search_runs", c.searchRuns}, {"search_rounds", c.searchRounds},
                        {"candidates", c.candidates}, {"configurations", c.configurations},
                        {"evaluations", c.evaluations}, {"benchmarks", c.benchmarks}, {"exports", c.exports}}},
            {"distill_runs", runs},
            {"search_runs", searches},
            {"configurations", configs}};
        std::cout << j.dump(2) << "\n";
        return 0;
    }
    std::cout << "project:        " << p->path() << " (schema " << p->schemaVersion() << ")\n"
              << "model:          " << m.path << " (" << m.modelType << ", " << m.numLayers << " layers)\n"
              << "model status:   " << p->modelStatusMessage() << "\n"
              << "content hash:   " << m.contentHash << "\n"
              << "distill runs:   " << c.distillRuns << " (" << c.losses << " losses, " << c.students << " students)\n"
              << "search runs:    " << c.searchRuns << " (" << c.searchRounds << " rounds, " << c.candidates
              << " candidates)\n"
              << "configurations: " << c.configurations << " (" << c.evaluations << " evaluations, " << c.benchmarks
              << " benchmarks, " << c.exports << " exports)\n";
    for (const auto &r : runs)
        std::cout << "  distill run " << r["id"] << ": " << r["mixer"].get<std::string>() << ", "
                  << r["status"].get<std::string>() << ", " << r["steps_done"] << " steps\n";
    for (const auto &cfg : configs)
        std::cout << "  configuration " << cfg["name"].get<std::string>() << " (" << cfg["source"].get<std::string>()
                  << ")\n";
    return 0;
}
