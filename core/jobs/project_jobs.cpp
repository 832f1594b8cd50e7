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
    project->relocateModel(m_modelDir, hashProgress(context), context.cancelFlag());
    return {JobStatus::Completed, projectSummaryJson(*project), std::nullopt};
}

} // namespace dtr
