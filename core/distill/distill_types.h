#pragma once

// Settings, progress and result of a blockwise local distillation run (distill.h).
// Torch-free, so front ends and the job layer can hold them.

#include <nlohmann/json.hpp>

#include <cstdint>
#include <functional>
#include <map>
#include <string>
#include <vector>

namespace dtr {

struct DistillSettings
{
    std::string mixer = "gdn";
    std::vector<std::int64_t> layers;      // empty: every layer
    std::vector<std::string> calibFiles;
    std::int64_t steps = 300;
    std::int64_t seqLen = 256;
    std::int64_t batchSize = 4;
    double lr = 1e-3;                      // peak learning rate (AdamW)
    double minLrRatio = 0.1;               // cosine decays to lr * minLrRatio
    std::int64_t warmupSteps = 20;         // linear warm-up
    double weightDecay = 0.0;
    double beta1 = 0.9, beta2 = 0.999, eps = 1e-8;
    double gradClip = 1.0;                 // global-norm clipping per student (0: off)
    std::string init = "transfer";         // transfer | random
    std::uint64_t seed = 0;                // data order and random initialisation
    std::string device = "cpu";
    int threads = 0;                       // 0: all cores
    std::int64_t heldoutWindows = 4;
    std::int64_t evalEvery = 25;           // held-out loss every N steps (and at 0 and the end)
    std::int64_t checkpointEvery = 25;
    nlohmann::json mixerOptions = nlohmann::json::object();

    nlohmann::json toJson() const;
    static DistillSettings fromJson(const nlohmann::json &j, const std::string &source);
};

struct DistillProgress
{
    std::int64_t runId = 0;
    std::int64_t step = 0;                 // steps done
    std::int64_t totalSteps = 0;
    double tokensPerSecond = 0;
    double etaSeconds = 0;
    std::vector<std::int64_t> layers;
    std::vector<double> losses;            // last train loss per layer (NaN for a failed layer)
    std::vector<double> heldoutLosses;     // last held-out loss per layer
    std::vector<std::string> status;       // per layer: running | completed | failed
    std::string message;                   // e.g. "checkpoint", "held-out"
};

struct DistillResult
{
    std::int64_t runId = 0;
    std::string status;                    // completed | cancelled | failed
    std::int64_t stepsDone = 0;
    std::map<std::int64_t, double> initialHeldout, finalHeldout;
    std::map<std::int64_t, std::string> layerErrors;
    double tokensPerSecond = 0;
};

using DistillProgressFn = std::function<void(const DistillProgress &)>;

// The result as JSON (what `dtr distill` and the jobs list show).
nlohmann::json toJson(const DistillResult &result);

} // namespace dtr
