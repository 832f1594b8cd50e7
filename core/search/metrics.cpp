#include "search/metrics.h"

#include "util/error.h"

#include <algorithm>
#include <cmath>
#include <random>

namespace dtr {

namespace {

double finish(const MetricInfo &metric, double num, double den)
{
    const double r = den != 0 ? num / den : 0.0;
    return metric.exponentiate ? std::exp(r) : r;
}

// Percentile of sorted values (linear interpolation between order statistics).
double percentile(const std::vector<double> &sorted, double q)
{
    if (sorted.empty())
        return 0;
    const double pos = q * static_cast<double>(sorted.size() - 1);
    const auto lo = static_cast<std::size_t>(std::floor(pos));
    const std::size_t hi = std::min(lo + 1, sorted.size() - 1);
    const double f = pos - static_cast<double>(lo);
    return sorted[lo] * (1 - f) + sorted[hi] * f;
}

// Index draws: our own mapping from mt19937_64 so intervals are the same with every
// standard library.
template <typename Fn>
std::vector<double> resample(std::size_t n, const BootstrapOptions &options, Fn statistic)
{
    std::mt19937_64 rng(options.seed ^ 0x5EED5EED5EEDULL);
    std::vector<std::size_t> idx(n);
    std::vector<double> out;
    out.reserve(static_cast<std::size_t>(std::max(options.samples, 0)));
    for (int s = 0; s < options.samples; ++s) {
        for (auto &i : idx)
            i = static_cast<std::size_t>(rng() % n);
        out.push_back(statistic(idx));
    }
    std::sort(out.begin(), out.end());
    return out;
}

} // namespace

double metricValue(const MetricInfo &metric, const std::vector<ExampleStat> &stats)
{
    double num = 0, den = 0;
    for (const auto &s : stats) {
        num += s.num;
        den += s.den;
    }
    return finish(metric, num, den);
}

Score bootstrapScore(const MetricInfo &metric, const std::vector<ExampleStat> &stats, const BootstrapOptions &options)
{
    Score s;
    s.numExamples = static_cast<std::int64_t>(stats.size());
    s.value = metricValue(metric, stats);
    s.ciLow = s.ciHigh = s.value;
    if (stats.size() < 2 || options.samples <= 0)
        return s;
    const auto values = resample(stats.size(), options, [&](const std::vector<std::size_t> &idx) {
        double num = 0, den = 0;
        for (auto i : idx) {
            num += stats[i].num;
            den += stats[i].den;
        }
        return finish(metric, num, den);
    });
    s.ciLow = percentile(values, 0.025);
    s.ciHigh = percentile(values, 0.975);
    return s;
}

std::pair<double, double> pairedDifferenceInterval(const MetricInfo &metric, const std::vector<ExampleStat> &a,
                                                   const std::vector<ExampleStat> &b, const BootstrapOptions &options)
{
    if (a.size() != b.size())
        throw Error("paired comparison of scores over " + std::to_string(a.size()) + " and " + std::to_string(b.size())
                    + " examples");
    const double d = metricValue(metric, a) - metricValue(metric, b);
    if (a.size() < 2 || options.samples <= 0)
        return {d, d};
    const auto values = resample(a.size(), options, [&](const std::vector<std::size_t> &idx) {
        double an = 0, ad = 0, bn = 0, bd = 0;
        for (auto i : idx) {
            an += a[i].num;
            ad += a[i].den;
            bn += b[i].num;
            bd += b[i].den;
        }
        return finish(metric, an, ad) - finish(metric, bn, bd);
    });
    return {percentile(values, 0.025), percentile(values, 0.975)};
}

bool withinNoise(const MetricInfo &metric, const std::vector<ExampleStat> &a, const std::vector<ExampleStat> &b,
                 const BootstrapOptions &options)
{
    const auto [lo, hi] = pairedDifferenceInterval(metric, a, b, options);
    return lo <= 0 && hi >= 0;
}

double worsenedBy(double base, double tolerance, bool higherIsBetter)
{
    return higherIsBetter ? (1 - tolerance) * base : (1 + tolerance) * base;
}

} // namespace dtr
