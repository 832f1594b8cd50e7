#include "jobs/project_jobs.h"

#include "model/runtime.h"
#include "model/transformer.h"
#include "project/project.h"
#include "project/project_summary.h"

namespace dtr {

namespace {

HashProgressFn hashProgress(JobContext &context)
{
    return [&context](std::int64_t done, std::int64_t total) { context.report("hash", done, total, "bytes"); };
}

} // namespace

LoadModelJob::LoadModelJob(std::string modelDir, bool loadWeights, Summarizer summarizer)
    : m_modelDir(std::move(modelDir))
    , m_loadWeights(loadWeights)
    , m_summarizer(std::move(summarizer))
{
}

std::string LoadModelJob::title() const
{
    return "Load model " + m_modelDir;
}

Job::Result LoadModelJob::execute(JobContext &context)
{
    const std::int64_t stages = m_loadWeights ? 2 : 1;
    context.report("load", 0, stages, "stages", "reading config and weight headers");
    m_summary = m_summarizer ? m_summarizer(m_modelDir) : summarizeModel(m_modelDir);
    context.throwIfCancelled();
    context.report("load", 1, stages, "stages");
    if (m_loadWeights) {
        context.report("load", 1, stages, "stages", "loading weights");
        context.throwIfCancelled();
        CausalLM model = loadCausalLM(m_modelDir);
        context.report("load", 2, stages, "stages");
    }
    return {JobStatus::Completed, toJson(m_summary), std::nullopt};
}

CreateProjectJob::CreateProjectJob(std::string projectPath, std::string modelDir)
    : m_path(std::move(projectPath))
    , m_modelDir(std::move(modelDir))
{
}

std::string CreateProjectJob::title() const
{
    return "Create project " + m_path;
}

Job::Result CreateProjectJob::execute(JobContext &context)
{
    auto project = Project::create(m_path, m_modelDir, hashProgress(context), context.cancelFlag());
    return {JobStatus::Completed, projectSummaryJson(*project), std::nullopt};
}

OpenProjectJob::OpenProjectJob(std::string projectPath)
    : m_path(std::move(projectPath))
{
}

std::string OpenProjectJob::title() const
{
    return "Open project " + m_path;
}

Job::Result OpenProjectJob::execute(JobContext &context)
{
    context.report("open", 0, 1, "stages", "checking the project and its model");
    auto project = Project::open(m_path, Project::ModelCheck::Report);
    context.throwIfCancelled();
    context.report("open", 1, 1, "stages");
    return {JobStatus::Completed, projectSummaryJson(*project), std::nullopt};
}

RelocateModelJob::RelocateModelJob(std::string projectPath, std::string newModelDir)
    : m_path(std::move(projectPath))
    , m_modelDir(std::move(newModelDir))
{
}

std::string RelocateModelJob::title() const
{
    return "Relocate the model of " + m_path;
}

Job::Result RelocateModelJob::execute(JobContext &context)
{
    auto project = Project::open(m_path, Project::ModelCheck::Report);
    project->requireWritable("relocating the model");
    project->relocateModel(m_modelDir, hashProgress(context), context.cancelFlag());
    return {JobStatus::Completed, projectSummaryJson(*project), std::nullopt};
}

SetLayerConstraintsJob::SetLayerConstraintsJob(std::string projectPath, LayerConstraints constraints)
    : m_path(std::move(projectPath))
    , m_constraints(std::move(constraints))
{
}

std::string SetLayerConstraintsJob::title() const
{
    return "Set the layer constraints of " + m_path;
}

Job::Result SetLayerConstraintsJob::execute(JobContext &context)
{
    context.report("write", 0, 1, "stages", "storing the layer constraints");
    auto project = Project::open(m_path, Project::ModelCheck::Report);
    project->requireWritable("storing the layer constraints");
    context.throwIfCancelled();
    project->setLayerConstraints(m_constraints);
    context.report("write", 1, 1, "stages");
    return {JobStatus::Completed, {{"constraints", layerConstraintsJson(project->layerConstraints())}}, std::nullopt};
}

RunLossesJob::RunLossesJob(std::string projectPath, std::int64_t runId)
    : m_path(std::move(projectPath))
    , m_runId(runId)
{
}

std::string RunLossesJob::title() const
{
    return "Read the losses of distillation run " + std::to_string(m_runId);
}

Job::Result RunLossesJob::execute(JobContext &context)
{
    context.report("read", 0, 1, "stages", "reading the losses");
    auto project = Project::open(m_path, Project::ModelCheck::Report);
    const DistillRunRecord run = project->distillRun(m_runId);
    context.throwIfCancelled();
    nlohmann::json train = nlohmann::json::object(), heldout = nlohmann::json::object();
    for (std::int64_t layer : run.layers) {
        train[std::to_string(layer)] = nlohmann::json::array();
        heldout[std::to_string(layer)] = nlohmann::json::array();
    }
    for (const LossRecord &l : project->losses(m_runId)) {
        nlohmann::json &series = (l.split == "heldout" ? heldout : train)[std::to_string(l.layer)];
        series.push_back({l.step, l.loss ? nlohmann::json(*l.loss) : nlohmann::json(nullptr)});
    }
    context.report("read", 1, 1, "stages");
    return {JobStatus::Completed,
            {{"run_id", run.id}, {"status", run.status}, {"steps_done", run.stepsDone}, {"layers", run.layers},
             {"train", std::move(train)}, {"heldout", std::move(heldout)}},
            std::nullopt};
}

} // namespace dtr
