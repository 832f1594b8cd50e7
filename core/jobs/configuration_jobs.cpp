#include "jobs/configuration_jobs.h"

#include "project/configuration_catalog.h"
#include "project/configuration_names.h"
#include "project/project.h"
#include "util/error.h"

#include <algorithm>
#include <set>

namespace dtr {

ReadConfigurationsJob::ReadConfigurationsJob(std::string projectPath)
    : m_path(std::move(projectPath))
{
}

std::string ReadConfigurationsJob::title() const
{
    return "Read the configurations of " + m_path;
}

Job::Result ReadConfigurationsJob::execute(JobContext &context)
{
    context.report("read", 0, 1, "stages", "reading the configurations");
    auto project = Project::open(m_path, Project::ModelCheck::Report);
    nlohmann::json list = nlohmann::json::array();
    for (const auto &e : configurationCatalog(*project))
        list.push_back(toJson(e));
    context.throwIfCancelled();
    context.report("read", 1, 1, "stages");
    return {JobStatus::Completed, {{"num_layers", project->model().numLayers}, {"configurations", std::move(list)}},
            std::nullopt};
}

SaveConfigurationJob::SaveConfigurationJob(std::string projectPath, std::string name, std::vector<std::int64_t> linear,
                                           std::optional<std::int64_t> runId, std::string notes, bool makeUnique)
    : m_path(std::move(projectPath))
    , m_name(std::move(name))
    , m_notes(std::move(notes))
    , m_linear(std::move(linear))
    , m_runId(runId)
    , m_makeUnique(makeUnique)
{
}

std::string SaveConfigurationJob::title() const
{
    return "Save the configuration '" + m_name + "'";
}

Job::Result SaveConfigurationJob::execute(JobContext &context)
{
    context.report("write", 0, 1, "stages", "saving the configuration");
    auto project = Project::open(m_path, Project::ModelCheck::Report);
    project->requireWritable("saving a configuration");
    const std::int64_t L = project->model().numLayers;
    std::vector<std::int64_t> linear = m_linear;
    std::sort(linear.begin(), linear.end());
    linear.erase(std::unique(linear.begin(), linear.end()), linear.end());
    for (auto l : linear)
        if (l < 0 || l >= L)
            throw Error(m_path + ": configuration '" + m_name + "': layer " + std::to_string(l) + " is outside the model's "
                        + std::to_string(L) + " layers");
    ConfigurationRecord c;
    c.name = m_name;
    c.layerTypes.assign(static_cast<std::size_t>(L), "full_attention");
    c.source = "manual";
    c.notes = m_notes;
    if (!linear.empty()) {
        if (!m_runId)
            throw Error(m_path + ": configuration '" + m_name + "': linear layers need a distillation run's students");
        const DistillRunRecord run = project->distillRun(*m_runId);
        std::set<std::int64_t> trained;
        for (const auto &l : project->distillLayers(run.id))
            if (l.status != "failed" && project->studentWeights(run.id, l.layer))
                trained.insert(l.layer);
        for (auto l : linear)
            if (!trained.count(l))
                throw Error(m_path + ": configuration '" + m_name + "': distillation run " + std::to_string(run.id)
                            + " has no trained student for layer " + std::to_string(l));
        for (auto l : linear)
            c.layerTypes[static_cast<std::size_t>(l)] = run.mixer;
        c.mixer = run.mixer;
        c.distillRunId = run.id;
    }
    context.throwIfCancelled();
    if (m_makeUnique)
        c.name = uniqueConfigurationName(c.name, [&](const std::string &n) { return project->configuration(n).has_value(); });
    const std::int64_t id = project->addConfiguration(c);
    context.report("write", 1, 1, "stages");
    return {JobStatus::Completed, {{"id", id}, {"name", c.name}, {"linear_layers", linear}}, std::nullopt};
}

RenameConfigurationJob::RenameConfigurationJob(std::string projectPath, std::int64_t id, std::string newName)
    : m_path(std::move(projectPath))
    , m_id(id)
    , m_name(std::move(newName))
{
}

std::string RenameConfigurationJob::title() const
{
    return "Rename a configuration to '" + m_name + "'";
}

Job::Result RenameConfigurationJob::execute(JobContext &context)
{
    context.report("write", 0, 1, "stages", "renaming the configuration");
    auto project = Project::open(m_path, Project::ModelCheck::Report);
    project->requireWritable("renaming a configuration");
    project->renameConfiguration(m_id, m_name);
    context.report("write", 1, 1, "stages");
    return {JobStatus::Completed, {{"id", m_id}, {"name", m_name}}, std::nullopt};
}

DeleteConfigurationJob::DeleteConfigurationJob(std::string projectPath, std::int64_t id)
    : m_path(std::move(projectPath))
    , m_id(id)
{
}

std::string DeleteConfigurationJob::title() const
{
    return "Delete configuration " + std::to_string(m_id);
}

Job::Result DeleteConfigurationJob::execute(JobContext &context)
{
    context.report("write", 0, 1, "stages", "deleting the configuration");
    auto project = Project::open(m_path, Project::ModelCheck::Report);
    project->requireWritable("deleting a configuration");
    const auto c = project->configuration(m_id);
    if (!c)
        throw Error(m_path + ": no configuration with id " + std::to_string(m_id));
    project->deleteConfiguration(m_id);
    context.report("write", 1, 1, "stages");
    return {JobStatus::Completed, {{"id", m_id}, {"name", c->name}}, std::nullopt};
}

} // namespace dtr
