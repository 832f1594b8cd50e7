#pragma once

// The greedy replacement loop of Distill-then-Replace (DESIGN.md §1) and the placement
// baselines it is compared with, on an abstract scorer so the loop can be tested on
// known scores. Torch-free.
//
//   P_full = score(full); P_min = P_full worsened by the tolerance (in the metric's
//   direction); M = pins; M_best = M_opt = M; P_best = score(M)
//   loop while candidates remain (not linear, not forbidden) and |M| < max-linear:
//     score M + {l} for every candidate; l* = best (first index on ties), P* its score
//     if P* at least as good as P_best: M_best = M + {l*}
//     if P* worse than P_min and not --continue: stop (the round is not committed)
//     M = M + {l*}; if P* not worse than P_min: M_opt = M

#include "search/metrics.h"

#include <atomic>
#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <vector>

namespace dtr {

struct ScoredConfig
{
    Score score;
    std::vector<ExampleStat> stats; // per example, for paired noise tests (may be empty)
};

// What the loop needs from whoever scores configurations.
class CandidateScorer
{
public:
    virtual ~CandidateScorer() = default;
    virtual bool higherIsBetter() const = 0;
    // A configuration with exactly these linear layers (the full model, the start).
    virtual ScoredConfig scoreConfiguration(const std::vector<std::int64_t> &linear) = 0;
    // Called before the candidates of a round, with the committed linear layers.
    virtual void beginRound(const std::vector<std::int64_t> &base) { (void)base; }
    // base + {layer}, base as given to beginRound.
    virtual ScoredConfig scoreCandidate(const std::vector<std::int64_t> &base, std::int64_t layer) = 0;
    // The candidate just scored is the best of its round so far.
    virtual void candidateIsBest(std::int64_t layer) { (void)layer; }
    // The round's winner becomes part of the committed configuration.
    virtual void commit(std::int64_t layer) { (void)layer; }
    // Whether a's score is within the noise of b's (same examples).
    virtual bool withinNoise(const ScoredConfig &a, const ScoredConfig &b) { (void)a; (void)b; return false; }
};

struct GreedySettings
{
    double tolerance = 0.05;              // relative
    std::vector<std::int64_t> pin;        // linear from the start
    std::vector<std::int64_t> forbid;     // never leave full attention
    std::optional<std::int64_t> maxLinear;// cap on linear layers (pins included)
    bool continuePastMin = false;         // trace the whole trajectory
};

// Checks layers inside [0, numLayers), pin and forbid disjoint, max-linear >= pins and
// >= 0. Throws dtr::Error naming the option.
void validateGreedySettings(const GreedySettings &settings, std::int64_t numLayers);

struct CandidateScore
{
    std::int64_t layer = 0;
    Score score;
};

struct RoundResult
{
    std::int64_t round = 0;                 // 1-based
    std::vector<CandidateScore> candidates; // in layer order
    std::int64_t chosenLayer = -1;          // -1: a baseline point that is not nested
    Score chosen;
    std::optional<std::int64_t> runnerUp;
    bool withinNoise = false;
    bool committed = false;
    std::vector<std::int64_t> linearAfter;  // sorted
};

struct GreedyState
{
    double fullScore = 0;      // P_full
    double pMin = 0;
    double startScore = 0;     // score of the pins (== P_full without pins)
    std::vector<std::int64_t> linear;  // committed, sorted
    std::vector<std::int64_t> best;    // M_best
    double bestScore = 0;
    std::vector<std::int64_t> opt;     // M_opt
    double optScore = 0;
    std::int64_t roundsDone = 0;
    bool finished = false;
};

struct GreedyHooks
{
    std::function<void(const GreedyState &)> onStart;       // after P_full, P_min, start
    std::function<void(std::int64_t round, const CandidateScore &)> onCandidate;
    std::function<void(const RoundResult &, const GreedyState &)> onRound;
    const std::atomic<bool> *cancel = nullptr;             // checked between candidates
};

// Runs (or, given the state after some rounds, resumes) the greedy loop. Throws
// dtr::Cancelled when cancelled; everything reported through hooks before
// that stands.
GreedyState runGreedy(CandidateScorer &scorer, std::int64_t numLayers, const GreedySettings &settings,
                      const GreedyHooks &hooks, std::optional<GreedyState> resume = std::nullopt);

// The state after these rounds (what a resumed search starts from).
GreedyState replayGreedy(const GreedySettings &settings, bool higherIsBetter, double fullScore, double startScore,
                         const std::vector<RoundResult> &rounds);

// Baselines: the layers a strategy makes linear at each count k (pins included, so
// k > |pins|), for k up to the cap. Eligible layers: not pinned, not forbidden.
std::vector<std::int64_t> eligibleLayers(const GreedySettings &settings, std::int64_t numLayers);
// k evenly spaced eligible layers: eligible[floor((i + 0.5) * n / k)], i < k.
std::vector<std::int64_t> uniformLayers(const std::vector<std::int64_t> &eligible, std::int64_t k);
// A seeded permutation of the eligible layers (Fisher-Yates on mt19937_64).
std::vector<std::int64_t> seededOrder(const std::vector<std::int64_t> &eligible, std::uint64_t seed);
// Eligible layers ordered by a per-layer value, best first (ties: lower index first).
std::vector<std::int64_t> rankedOrder(const std::vector<std::int64_t> &eligible, const std::vector<double> &valueByLayer,
                                      bool higherIsBetter);

// Scores the configuration of each count k = |pins| + 1 .. cap, either the first k - |pins|
// layers of `order` (nested) or uniformLayers (when order is empty), and reports each as
// a committed round; M_best / M_opt follow the greedy rules. Resumes after `resume`.
GreedyState runBaseline(CandidateScorer &scorer, std::int64_t numLayers, const GreedySettings &settings,
                        const std::vector<std::int64_t> &order, const GreedyHooks &hooks,
                        std::optional<GreedyState> resume = std::nullopt);

} // namespace dtr
