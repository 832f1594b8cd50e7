#include "search/order_correlation.h"

#include "util/error.h"

#include <cmath>
#include <string>

namespace dtr {

std::optional<double> kendallTauB(const std::vector<double> &a, const std::vector<double> &b)
{
    if (a.size() != b.size())
        throw Error("Kendall's tau: samples of " + std::to_string(a.size()) + " and " + std::to_string(b.size())
                    + " values");
    const std::size_t n = a.size();
    // O(n^2) over pairs: orders have one entry per layer (tens, at most a few hundred).
    double concordant = 0, discordant = 0, tiesA = 0, tiesB = 0;
    for (std::size_t i = 0; i < n; ++i)
        for (std::size_t j = i + 1; j < n; ++j) {
            const double da = a[i] - a[j], db = b[i] - b[j];
            if (da == 0 && db == 0)
                continue; // tied in both: counts in neither denominator term
            if (da == 0)
                tiesA += 1;
            else if (db == 0)
                tiesB += 1;
            else if ((da > 0) == (db > 0))
                concordant += 1;
            else
                discordant += 1;
        }
    const double denom = std::sqrt((concordant + discordant + tiesA) * (concordant + discordant + tiesB));
    if (n < 2 || denom == 0)
        return std::nullopt;
    return (concordant - discordant) / denom;
}

namespace {

std::vector<double> ranks(const std::vector<std::int64_t> &order, std::int64_t numLayers, const char *which)
{
    std::vector<double> r(static_cast<std::size_t>(numLayers), -1.0);
    for (std::size_t pos = 0; pos < order.size(); ++pos) {
        const std::int64_t l = order[pos];
        if (l < 0 || l >= numLayers)
            throw Error(std::string("replacement order ") + which + ": layer " + std::to_string(l) + " is outside 0.."
                        + std::to_string(numLayers - 1));
        if (r[static_cast<std::size_t>(l)] >= 0)
            throw Error(std::string("replacement order ") + which + ": layer " + std::to_string(l) + " appears twice");
        r[static_cast<std::size_t>(l)] = static_cast<double>(pos);
    }
    for (double &v : r)
        if (v < 0)
            v = static_cast<double>(order.size());
    return r;
}

} // namespace

std::optional<double> orderCorrelation(const std::vector<std::int64_t> &orderA, const std::vector<std::int64_t> &orderB,
                                       std::int64_t numLayers)
{
    return kendallTauB(ranks(orderA, numLayers, "A"), ranks(orderB, numLayers, "B"));
}

} // namespace dtr
