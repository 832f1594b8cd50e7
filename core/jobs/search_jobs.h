#pragma once

// Stage 2 as jobs: a search (greedy or a baseline), its resumption, and the evaluation
// of a saved configuration on a task.

#include "jobs/job.h"
#include "search/search_types.h"

#include <optional>
#include <string>

namespace dtr {

class SearchJob : public Job
{
public:
    SearchJob(std::string projectPath, SearchSettings settings);
    // Continues search `searchId` at the round it was in (its stored settings apply).
    static SearchJob resume(std::string projectPath, std::int64_t searchId);

    std::string kind() const override { return "search"; }
    std::string title() const override;
    const SearchResult &result() const { return m_result; }

protected:
    Result execute(JobContext &context) override;
    void recordFailure(const std::string &error) override;
    std::optional<std::int64_t> resumableId() const override;

private:
    std::string m_path;
    SearchSettings m_settings;
    std::optional<std::int64_t> m_resumeSearch;
    std::int64_t m_searchId = 0;
    SearchResult m_result;
};

class EvalJob : public Job
{
public:
    EvalJob(std::string projectPath, EvalRequest request);

    std::string kind() const override { return "eval"; }
    std::string title() const override;
    const EvalResult &result() const { return m_result; }

protected:
    Result execute(JobContext &context) override;

private:
    std::string m_path;
    EvalRequest m_request;
    EvalResult m_result;
};

} // namespace dtr
