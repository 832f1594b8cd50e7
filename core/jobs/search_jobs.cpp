#include "jobs/search_jobs.h"

#include <filesystem>

#include "project/project.h"
#include "search/search.h"

namespace dtr {

SearchJob::SearchJob(std::string projectPath, SearchSettings settings)
    : m_path(std::move(projectPath))
    , m_settings(std::move(settings))
{
}

SearchJob SearchJob::resume(std::string projectPath, std::int64_t searchId)
{
    SearchJob job(std::move(projectPath), {});
    job.m_resumeSearch = searchId;
    job.m_searchId = searchId;
    return job;
}

std::string SearchJob::title() const
{
    if (m_resumeSearch)
        return "Resume search " + std::to_string(*m_resumeSearch);
    return "Search (" + m_settings.strategy + ") on " + m_settings.valTask;
}

Job::Result SearchJob::execute(JobContext &context)
{
    auto project = Project::open(m_path);
    project->requireWritable("the search");
    auto progress = [&](const SearchProgress &p) {
        m_searchId = p.searchId;
        SearchPayload s;
        s.searchId = p.searchId;
        s.round = p.round;
        s.layer = p.layer;
        s.score = p.score;
        s.state = p.state;
        JobProgress jp;
        jp.unit = "candidates";
        if (p.event == "start") {
            s.event = SearchPayload::Event::Start;
            jp.phase = "start";
        } else if (p.event == "candidate") {
            s.event = SearchPayload::Event::Candidate;
            jp.phase = "round " + std::to_string(p.round);
            jp.done = p.candidatesDone;
            jp.total = p.candidatesTotal;
        } else if (p.event == "round") {
            s.event = SearchPayload::Event::Round;
            s.roundResult = p.roundResult;
            if (!p.message.empty())
                s.testScore = std::stod(p.message);
            jp.phase = "round " + std::to_string(p.round);
            if (p.roundResult)
                jp.done = jp.total = static_cast<std::int64_t>(p.roundResult->candidates.size());
        } else if (p.event == "configuration") {
            s.event = SearchPayload::Event::Configuration;
            s.configuration = p.message;
            jp.phase = "configurations";
            jp.message = "saved configuration " + p.message;
        } else {
            return; // "test": the committed configuration's test score comes with its round
        }
        jp.payload = std::move(s);
        context.report(std::move(jp));
    };
    m_result = m_resumeSearch ? resumeSearch(*project, *m_resumeSearch, progress, context.cancelFlag())
                              : runSearch(*project, m_settings, progress, context.cancelFlag());
    m_searchId = m_result.searchId;
    if (m_result.status == "cancelled")
        return {JobStatus::Cancelled, toJson(m_result), m_result.searchId};
    return {JobStatus::Completed, toJson(m_result), std::nullopt};
}

void SearchJob::recordFailure(const std::string &error)
{
    if (m_searchId <= 0)
        return;
    auto project = Project::open(m_path, Project::ModelCheck::Report);
    SearchRunRecord rec = project->searchRun(m_searchId);
    if (rec.status == "running") {
        rec.status = "failed";
        rec.error = error;
        project->updateSearchRun(rec);
    }
}

std::optional<std::int64_t> SearchJob::resumableId() const
{
    if (m_searchId > 0)
        return m_searchId;
    return std::nullopt;
}

EvalJob::EvalJob(std::string projectPath, EvalRequest request)
    : m_path(std::move(projectPath))
    , m_request(std::move(request))
{
}

std::string EvalJob::title() const
{
    return "Evaluate " + m_request.configuration + " on " + m_request.taskPath;
}

Job::Result EvalJob::execute(JobContext &context)
{
    context.report("evaluate", 0, 0, "batches", "loading the model and the task");
    const auto batches = [&](std::int64_t done, std::int64_t total) { context.report("evaluate", done, total, "batches"); };
    std::error_code ec;
    if (std::filesystem::is_directory(m_path, ec)) { // a model folder or an export
        m_result = evaluateModelFolder(m_path, m_request, context.cancelFlag(), batches);
    } else {
        auto project = Project::open(m_path);
        project->requireWritable("the evaluation");
        m_result = evaluateConfiguration(*project, m_request, context.cancelFlag(), batches);
    }
    return {JobStatus::Completed, toJson(m_result), std::nullopt};
}

} // namespace dtr
