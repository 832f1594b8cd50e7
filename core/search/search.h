#pragma once

// Stage 2 of Distill-then-Replace against a project: the greedy search (or a placement
// baseline) on a validation task, with the students of a distillation run, stored in
// the project as it happens (each candidate score, each round) and resumable at the
// round it was in. The test task, when given, only scores what the search produced:
// each committed configuration (search_rounds.test_score) and M_best / M_opt, which are
// saved as named configurations with their evaluations.

#include "search/greedy.h"
#include "search/scoring.h"

#include <nlohmann/json.hpp>

#include <atomic>
#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <vector>

namespace dtr {

class Project;

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
    const RoundResult *roundResult = nullptr; // for "round"
    const GreedyState *state = nullptr;       // for "start" and "round"
    std::string message;
};
using SearchProgressFn = std::function<void(const SearchProgress &)>;

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

// Checks every input before any work (tasks, metric, constraints, students covering
// every layer the search may make linear, the model behind the project), then runs and
// stores the search. Cancellation stops between candidates; the run is then
// "cancelled" and resumeSearch continues it at the round it was in.
SearchResult runSearch(Project &project, const SearchSettings &settings, const SearchProgressFn &progress = {},
                       const std::atomic<bool> *cancel = nullptr);
SearchResult resumeSearch(Project &project, std::int64_t searchId, const SearchProgressFn &progress = {},
                          const std::atomic<bool> *cancel = nullptr);

// Layer types of a configuration ("full_attention" or the mixer per layer) and back.
std::vector<std::string> layerTypesFor(std::int64_t numLayers, const std::vector<std::int64_t> &linear,
                                       const std::string &mixer);
std::vector<std::int64_t> linearLayersOf(const std::vector<std::string> &layerTypes);

// `dtr eval`: scores a saved configuration (or "full": every layer attention) on a
// task and stores the evaluation.
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
EvalResult evaluateConfiguration(Project &project, const EvalRequest &request, const std::atomic<bool> *cancel = nullptr);

} // namespace dtr
