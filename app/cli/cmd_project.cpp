#include "cmd_project.h"

#include "cli_util.h"

#include "jobs/project_jobs.h"
#include "project/project.h"
#include "project/project_summary.h"

#include <nlohmann/json.hpp>

#include "util/layer_list.h"
#include "util/json_util.h"

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
    m_constraints = m_project->add_subcommand(
        "constraints", "Show or set the layer constraints (the workbench's layer map): the defaults of dtr search");
    m_constraints->add_option("PROJECT", m_path, "a .dtr file")->required();
    m_constraints->add_option("--pin", m_pin, "layers a search makes linear from the start, e.g. 0,3-4");
    m_constraints->add_option("--forbid", m_forbid, "layers that stay full attention");
    m_constraints->add_flag("--clear", m_clear, "make every layer free (before --pin/--forbid)");
}

int ProjectCommands::run()
{
    if (m_create->parsed()) {
        dtr::CreateProjectJob job(m_path, m_model);
        const bool tty = stderrIsTerminal();
        const dtr::JobOutcome outcome = runCliJob(job, [&](const dtr::JobProgress &jp) {
            if (tty && jp.total > 0)
                std::cerr << "\r\033[Khashing the model " << progressBar(jp.done, jp.total) << std::flush;
        });
        if (tty)
            std::cerr << "\r\033[K" << std::flush;
        if (outcome.status == dtr::JobStatus::Cancelled)
            return cancelledExit("project create (nothing written)");
        auto p = dtr::Project::open(m_path);
        const dtr::ModelRef m = p->model();
        std::cout << "created " << m_path << " (schema " << p->schemaVersion() << ") for " << m.modelType << " model "
                  << m.path << ", " << m.numLayers << " layers, content hash " << m.contentHash << "\n";
        return 0;
    }
    if (m_relocate->parsed()) {
        dtr::RelocateModelJob job(m_path, m_model);
        if (runCliJob(job).status == dtr::JobStatus::Cancelled)
            return cancelledExit("relocate (the project is unchanged)");
        auto p = dtr::Project::open(m_path, dtr::Project::ModelCheck::Report);
        std::cout << "relocated " << m_path << " to " << p->model().path << "\n";
        return 0;
    }
    if (m_constraints->parsed()) {
        auto p = dtr::Project::open(m_path, dtr::Project::ModelCheck::Report);
        if (m_clear || !m_pin.empty() || !m_forbid.empty()) {
            const std::int64_t numLayers = p->model().numLayers;
            dtr::LayerConstraints c = m_clear ? dtr::LayerConstraints{} : p->layerConstraints();
            if (!m_pin.empty())
                c.pinned = dtr::parseLayerList(m_pin, numLayers);
            if (!m_forbid.empty())
                c.forbidden = dtr::parseLayerList(m_forbid, numLayers);
            dtr::SetLayerConstraintsJob job(m_path, c);
            runCliJob(job);
        }
        std::cout << constraintsText(dtr::Project::open(m_path, dtr::Project::ModelCheck::Report)->layerConstraints()) << "\n";
        return 0;
    }
    // show
    auto p = dtr::Project::open(m_path, dtr::Project::ModelCheck::Report);
    const dtr::ModelRef m = p->model();
    const dtr::ProjectCounts c = p->counts();
    const nlohmann::json summary = dtr::projectSummaryJson(*p);
    const nlohmann::json &runs = summary["distill_runs"];
    const nlohmann::json &configs = summary["configurations"];
    if (m_json) {
        const nlohmann::json &j = summary;
        std::cout << dtr::dumpJson(j, 2) << "\n";
        return 0;
    }
    std::cout << "project:        " << p->path() << " (schema " << p->schemaVersion() << ")"
              << (p->readOnly() ? " read-only: " + p->readOnlyReason() : std::string()) << "\n"
              << "model:          " << m.path << " (" << m.modelType << ", " << m.numLayers << " layers)\n"
              << "model status:   " << p->modelStatusMessage() << "\n"
              << "content hash:   " << m.contentHash << "\n"
              << "distill runs:   " << c.distillRuns << " (" << c.losses << " losses, " << c.students << " students)\n"
              << "search runs:    " << c.searchRuns << " (" << c.searchRounds << " rounds, " << c.candidates
              << " candidates)\n"
              << "configurations: " << c.configurations << " (" << c.evaluations << " evaluations, " << c.benchmarks
              << " benchmarks, " << c.exports << " exports)\n"
              << constraintsText(p->layerConstraints()) << "\n";
    for (const auto &r : runs)
        std::cout << "  distill run " << r["id"] << ": " << r["mixer"].get<std::string>() << ", "
                  << r["status"].get<std::string>() << ", " << r["steps_done"] << " steps\n";
    for (const auto &cfg : configs)
        std::cout << "  configuration " << cfg["name"].get<std::string>() << " (" << cfg["source"].get<std::string>()
                  << ")\n";
    return 0;
}
