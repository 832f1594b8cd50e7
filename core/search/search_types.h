#pragma once

// Settings, progress and results of a search and an evaluation (search.h). Torch-free.

#include "search/greedy.h"
#include "search/metrics.h"

#include <nlohmann/json.hpp>

#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <vector>

namespace dtr {

struct SearchSettings
{
    std::string strategy = "greedy";       // greedy | uniform | random | importance | distill-loss
    std::string valTask, testTask;         // JSONL paths (test optional)
    std::string metric;                    // empty: the task kind's default
    std::optional<std::int64_t> studentsRun; // empty: the latest completed distillation run
    GreedySettings greedy;
    std::uint64_t seed = 0;                // random baseline and bootstrap resampling
    bool reuseHiddenStates = true;         // the cached search (same decisions, less work)
    std::int64_t batchSize = 16;
    int bootstrapSamples = 1000;
    std::string device = "cpu";
    int threads = 0;

    nlohmann::json toJson() const;
    static SearchSettings fromJson(const nlohmann::json &j, const std::string &source);
};

std::vector<std::string> searchStrategies();

struct SearchProgress
{
    std::int64_t searchId = 0;
    std::string event;       // "start" | "candidate" | "round" | "test" | "configuration"
    std::int64_t round = 0;
    std::int64_t layer = -1;
    Score score;
    std::int64_t candidatesDone = 0, candidatesTotal = 0;
    std::optional<RoundResult> roundResult;   // for "round" (a copy: progress values can be queued)
    GreedyState state;                        // for "start" and "round"
    std::string message;
};
using SearchProgressFn = std::function<void(const SearchProgress &)>;
// An evaluation's progress: batches scored of the task's batches.
using EvalProgressFn = std::function<void(std::int64_t batchesDone, std::int64_t batches)>;

struct SearchResult
{
    std::int64_t searchId = 0;
    std::string status;                     // completed | cancelled
    std::string metric;
    bool higherIsBetter = true;
    GreedyState state;
    std::vector<RoundResult> rounds;        // this invocation's rounds
    std::string bestName, optName;          // configurations saved
    std::optional<Score> bestTest, optTest; // on the test task
    std::int64_t layerForwards = 0;         // validation work (see TaskEvaluator)
    double seconds = 0;
};

struct EvalRequest
{
    std::string configuration = "full";
    std::string taskPath;
    std::string metric;
    std::int64_t batchSize = 16;
    int bootstrapSamples = 1000;
    std::uint64_t seed = 0;
    std::string device = "cpu";
    int threads = 0;
};

struct EvalResult
{
    std::int64_t evaluationId = 0;
    std::string configuration, task, metric;
    Score score;
    std::vector<std::int64_t> linearLayers;
};

// Results as JSON (what `dtr search --json` / `dtr eval --json` print).
nlohmann::json toJson(const SearchResult &result);
nlohmann::json toJson(const EvalResult &result);

} // namespace dtr
