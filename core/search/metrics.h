#pragma once

// Scores with 95% bootstrap intervals. Every metric is f(sum(num) / sum(den)) over the
// examples (see search/tasks.h), so a score, its bootstrap and a paired comparison of
// two configurations on the same examples all work on per-example (num, den) pairs.
// Torch-free.

#include "search/tasks.h"

#include <cstdint>
#include <vector>

namespace dtr {

struct ExampleStat
{
    double num = 0;
    double den = 1;
};

struct Score
{
    double value = 0;
    double ciLow = 0, ciHigh = 0; // 95% percentile bootstrap interval
    std::int64_t numExamples = 0;
};

struct BootstrapOptions
{
    int samples = 1000;
    std::uint64_t seed = 0;
};

double metricValue(const MetricInfo &metric, const std::vector<ExampleStat> &stats);
// The score with its interval: examples resampled with replacement (seeded, so the same
// stats always give the same interval).
Score bootstrapScore(const MetricInfo &metric, const std::vector<ExampleStat> &stats, const BootstrapOptions &options = {});
// The 95% interval of score(a) - score(b) when both are measured on the same examples
// (paired resampling). Throws dtr::Error when the sizes differ.
std::pair<double, double> pairedDifferenceInterval(const MetricInfo &metric, const std::vector<ExampleStat> &a,
                                                   const std::vector<ExampleStat> &b,
                                                   const BootstrapOptions &options = {});
// a is within the noise of b when the paired interval of their difference holds 0.
bool withinNoise(const MetricInfo &metric, const std::vector<ExampleStat> &a, const std::vector<ExampleStat> &b,
                 const BootstrapOptions &options = {});

// a at least as good as b / strictly better, in the metric's direction.
inline bool atLeastAsGood(double a, double b, bool higherIsBetter) { return higherIsBetter ? a >= b : a <= b; }
inline bool strictlyBetter(double a, double b, bool higherIsBetter) { return higherIsBetter ? a > b : a < b; }
// The score that is `tolerance` (relative) worse than `base`: (1 - t) * base when higher
// is better, (1 + t) * base when lower is better.
double worsenedBy(double base, double tolerance, bool higherIsBetter);

} // namespace dtr
