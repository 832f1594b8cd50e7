#include "jobs/distill_job.h"

#include "distill/distill.h"
#include "project/project.h"

namespace dtr {

DistillJob::DistillJob(std::string projectPath, DistillSettings settings)
    : m_path(std::move(projectPath))
    , m_settings(std::move(settings))
{
}

DistillJob DistillJob::resume(std::string projectPath, std::int64_t runId, int threads)
{
    DistillJob job(std::move(projectPath), {});
    job.m_resumeRun = runId;
    job.m_threads = threads;
    job.m_runId = runId;
    return job;
}

std::string DistillJob::title() const
{
    if (m_resumeRun)
        return "Resume distillation run " + std::to_string(*m_resumeRun);
    return "Distil with " + m_settings.mixer;
}

Job::Result DistillJob::execute(JobContext &context)
{
    auto project = Project::open(m_path);
    project->requireWritable("distillation");
    auto progress = [&](const DistillProgress &p) {
        m_runId = p.runId;
        JobProgress jp;
        jp.phase = "train";
        jp.done = p.step;
        jp.total = p.totalSteps;
        jp.unit = "steps";
        jp.etaSeconds = p.etaSeconds;
        jp.message = p.message;
        DistillPayload d;
        d.runId = p.runId;
        d.step = p.step;
        d.layers = p.layers;
        d.train = p.losses;
        d.heldout = p.heldoutLosses;
        d.status = p.status;
        d.heldoutUpdated = p.message.find("held-out") != std::string::npos;
        d.tokensPerSecond = p.tokensPerSecond;
        jp.payload = std::move(d);
        context.report(std::move(jp));
    };
    m_result = m_resumeRun ? resumeDistillation(*project, *m_resumeRun, m_threads, progress, context.cancelFlag())
                           : runDistillation(*project, m_settings, progress, context.cancelFlag());
    m_runId = m_result.runId;
    if (m_result.status == "completed" && !m_studentsOut.empty())
        saveRunStudents(*project, m_result.runId, m_studentsOut);
    nlohmann::json data = toJson(m_result);
    if (m_result.status == "completed" && !m_studentsOut.empty())
        data["students_file"] = m_studentsOut;
    if (m_result.status == "cancelled")
        return {JobStatus::Cancelled, data, m_result.runId};
    return {JobStatus::Completed, data, std::nullopt};
}

void DistillJob::recordFailure(const std::string &error)
{
    if (m_runId <= 0)
        return;
    auto project = Project::open(m_path, Project::ModelCheck::Report);
    DistillRunRecord rec = project->distillRun(m_runId);
    if (rec.status == "running") {
        rec.status = "failed";
        rec.error = error;
        project->updateDistillRun(rec);
    }
}

std::optional<std::int64_t> DistillJob::resumableId() const
{
    if (m_runId > 0)
        return m_runId;
    return std::nullopt;
}

} // namespace dtr
