#pragma once

// Read-only jobs behind the workbench's search view: a search's data for its plots, and
// the preview of a task file. They run on a worker like every job (a task file or a
// project can be large) and change nothing.

#include "jobs/job.h"

#include <cstdint>
#include <string>

namespace dtr {

// Everything the search view draws for search `searchId`, as JSON:
//   "search": {id, strategy, metric, higher_is_better, status, error, base_score, p_min,
//              start_score, distill_run_id, mixer, val, test, tolerance, pin, forbid,
//              max_linear, continue}
//   "trajectory": the rows of v_search_trajectory in round order: {round, num_linear,
//              linear_layers, chosen_layer, score, ci_low, ci_high, committed,
//              within_noise, test_score} (null where unknown)
//   "candidates": the rows of v_search_rounds: {round, layer, score, ci_low, ci_high, chosen}
//   "best", "opt": {name, num_linear, linear_layers} of M_best / M_opt once saved (else null)
//   "baselines": the project's other searches on the same validation task (same path)
//              with the same students run, each {id, strategy, status, trajectory: [...]}
class ReadSearchJob : public Job
{
public:
    ReadSearchJob(std::string projectPath, std::int64_t searchId);
    std::string kind() const override { return "read-search"; }
    std::string title() const override;

protected:
    Result execute(JobContext &context) override;

private:
    std::string m_path;
    std::int64_t m_searchId;
};

// The replacement order of every search in the project that has one (greedy, and the
// baselines whose configurations nest: random, importance, distill-loss; not uniform),
// for the orders view: {"num_layers": L, "orders": [{search, strategy, status, task,
// mixer, val, order: [layers in the round they were replaced]}], "tau": [[...]]} with
// "tau"[i][j] Kendall's tau-b between orders i and j (orderCorrelation; null where
// undefined). Searches still running are included with the rounds done so far.
class ReadOrdersJob : public Job
{
public:
    explicit ReadOrdersJob(std::string projectPath);
    std::string kind() const override { return "read-orders"; }
    std::string title() const override;

protected:
    Result execute(JobContext &context) override;

private:
    std::string m_path;
};

// A task file's preview: {"path", "name", "kind", "examples", "metrics": [...],
// "default_metric", "example": {line, and context/choices/label, text, or prompt/answer}}.
// A bad file fails with loadTask's one-line error (naming the file and line).
class TaskPreviewJob : public Job
{
public:
    explicit TaskPreviewJob(std::string taskPath);
    std::string kind() const override { return "preview-task"; }
    std::string title() const override;

protected:
    Result execute(JobContext &context) override;

private:
    std::string m_path;
};

} // namespace dtr
