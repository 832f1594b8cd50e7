#pragma once

// Rank correlation between replacement orders: Kendall's tau-b, the statistic the demo
// report and the workbench's orders view use to say whether two searches replaced the
// layers in a similar order. Torch-free.

#include <cstdint>
#include <optional>
#include <vector>

namespace dtr {

// Kendall's tau-b of two paired samples (ties allowed in either). Empty when it is not
// defined: fewer than two pairs, or one sample constant. Throws on unequal lengths.
std::optional<double> kendallTauB(const std::vector<double> &a, const std::vector<double> &b);

// Kendall's tau-b between two replacement orders of the same model's numLayers layers.
// A layer's rank is its position in the order; layers an order never replaced (pinned,
// or the search stopped early) share the last rank. Throws on a layer outside
// [0, numLayers) or one that appears twice.
std::optional<double> orderCorrelation(const std::vector<std::int64_t> &orderA, const std::vector<std::int64_t> &orderB,
                                       std::int64_t numLayers);

} // namespace dtr
