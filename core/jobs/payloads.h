#pragma once

// The typed part of a JobProgress: one plain, copyable value type per kind of job, so a
// progress value can be queued to another thread (no pointers into the job). Torch-free.

#include "search/greedy.h"
#include "search/metrics.h"

#include <cstdint>
#include <optional>
#include <string>
#include <variant>
#include <vector>

namespace dtr {

// Distillation: per-layer losses after a step.
struct DistillPayload
{
    std::int64_t runId = 0;
    std::int64_t step = 0;                 // steps done
    std::vector<std::int64_t> layers;
    std::vector<double> train;             // last train loss per layer (NaN: failed layer)
    std::vector<double> heldout;           // last held-out loss per layer
    std::vector<std::string> status;       // per layer: running | completed | failed
    bool heldoutUpdated = false;           // this step measured the held-out loss
    double tokensPerSecond = 0;
};

// Search: one event of the greedy loop or a baseline.
struct SearchPayload
{
    enum class Event { Start, Candidate, Round, Configuration };
    Event event = Event::Start;
    std::int64_t searchId = 0;
    std::int64_t round = 0;
    std::int64_t layer = -1;
    Score score;                           // Candidate, Round
    std::optional<RoundResult> roundResult; // Round
    GreedyState state;                     // Start, Round
    std::optional<double> testScore;       // Round: the committed configuration on the test task
    std::string configuration;             // Configuration: the name saved
};

// Pretraining: the training loop's numbers.
struct PretrainPayload
{
    std::int64_t step = 0;
    double loss = 0;                       // last train loss (NaN before the first step)
    double heldoutLoss = 0;                // last held-out loss (NaN before the first)
    double lr = 0;
    double tokensPerSecond = 0;
    bool heldoutUpdated = false;
};

// The demo pipeline: a stage finished, with its one-line summary.
struct DemoPayload
{
    std::string stage;                     // "distill" | "search"
    std::string summary;                   // e.g. "distill gdn: run 1, 60 steps, ..."
};

using JobPayload = std::variant<std::monostate, DistillPayload, SearchPayload, PretrainPayload, DemoPayload>;

} // namespace dtr
