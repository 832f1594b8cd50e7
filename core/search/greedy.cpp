#include "search/greedy.h"

#include "util/error.h"

#include <algorithm>
#include <cmath>
#include <random>
#include <set>

namespace dtr {

namespace {

void checkCancel(const GreedyHooks &hooks)
{
    throwIfCancelled(hooks.cancel);
}

std::vector<std::int64_t> sorted(std::vector<std::int64_t> v)
{
    std::sort(v.begin(), v.end());
    v.erase(std::unique(v.begin(), v.end()), v.end());
    return v;
}

bool contains(const std::vector<std::int64_t> &v, std::int64_t x)
{
    return std::find(v.begin(), v.end(), x) != v.end();
}

std::string layerName(std::int64_t l)
{
    return "layer " + std::to_string(l);
}

// P_full, P_min and the start configuration.
GreedyState start(CandidateScorer &scorer, const GreedySettings &settings, std::int64_t numLayers,
                  const GreedyHooks &hooks)
{
    GreedyState s;
    const bool hib = scorer.higherIsBetter();
    s.fullScore = scorer.scoreConfiguration({}).score.value;
    s.pMin = worsenedBy(s.fullScore, settings.tolerance, hib);
    s.linear = sorted(settings.pin);
    s.startScore = s.linear.empty() ? s.fullScore : scorer.scoreConfiguration(s.linear).score.value;
    s.best = s.opt = s.linear;
    s.bestScore = s.optScore = s.startScore;
    (void)numLayers;
    if (hooks.onStart)
        hooks.onStart(s);
    return s;
}

} // namespace

void validateGreedySettings(const GreedySettings &settings, std::int64_t numLayers)
{
    if (!(settings.tolerance >= 0) || !std::isfinite(settings.tolerance))
        throw Error("the tolerance must be a finite number >= 0, got " + std::to_string(settings.tolerance));
    for (const auto *list : {&settings.pin, &settings.forbid})
        for (std::int64_t l : *list)
            if (l < 0 || l >= numLayers)
                throw Error(std::string(list == &settings.pin ? "pinned layers" : "forbidden layers") + ": " + layerName(l)
                            + " is outside the model (" + std::to_string(numLayers) + " layers)");
    for (std::int64_t l : settings.pin)
        if (contains(settings.forbid, l))
            throw Error("the pinned and the forbidden layers both name " + layerName(l));
    if (settings.maxLinear) {
        if (*settings.maxLinear < 0)
            throw Error("the maximum number of linear layers must be >= 0, got " + std::to_string(*settings.maxLinear));
        const auto pins = static_cast<std::int64_t>(sorted(settings.pin).size());
        if (*settings.maxLinear < pins)
            throw Error("the maximum of " + std::to_string(*settings.maxLinear) + " linear layers is below the " + std::to_string(pins)
                        + " pinned layers");
    }
}

std::vector<std::int64_t> eligibleLayers(const GreedySettings &settings, std::int64_t numLayers)
{
    std::vector<std::int64_t> out;
    for (std::int64_t l = 0; l < numLayers; ++l)
        if (!contains(settings.pin, l) && !contains(settings.forbid, l))
            out.push_back(l);
    return out;
}

GreedyState runGreedy(CandidateScorer &scorer, std::int64_t numLayers, const GreedySettings &settings,
                      const GreedyHooks &hooks, std::optional<GreedyState> resume)
{
    validateGreedySettings(settings, numLayers);
    const bool hib = scorer.higherIsBetter();
    GreedyState s = resume ? *resume : start(scorer, settings, numLayers, hooks);
    const std::int64_t cap = settings.maxLinear.value_or(numLayers);
    while (!s.finished) {
        std::vector<std::int64_t> candidates;
        for (std::int64_t l = 0; l < numLayers; ++l)
            if (!contains(s.linear, l) && !contains(settings.forbid, l))
                candidates.push_back(l);
        if (candidates.empty() || static_cast<std::int64_t>(s.linear.size()) >= cap) {
            s.finished = true;
            break;
        }
        checkCancel(hooks);
        RoundResult r;
        r.round = s.roundsDone + 1;
        scorer.beginRound(s.linear);
        std::vector<ScoredConfig> scored;
        std::size_t bestIdx = 0;
        for (std::size_t i = 0; i < candidates.size(); ++i) {
            checkCancel(hooks);
            scored.push_back(scorer.scoreCandidate(s.linear, candidates[i]));
            const CandidateScore cs{candidates[i], scored.back().score};
            r.candidates.push_back(cs);
            if (hooks.onCandidate)
                hooks.onCandidate(r.round, cs);
            if (i == 0 || strictlyBetter(cs.score.value, scored[bestIdx].score.value, hib)) {
                bestIdx = i;
                scorer.candidateIsBest(cs.layer);
            }
        }
        r.chosenLayer = candidates[bestIdx];
        r.chosen = scored[bestIdx].score;
        std::optional<std::size_t> second;
        for (std::size_t i = 0; i < candidates.size(); ++i)
            if (i != bestIdx && (!second || strictlyBetter(scored[i].score.value, scored[*second].score.value, hib)))
                second = i;
        if (second) {
            r.runnerUp = candidates[*second];
            r.withinNoise = scorer.withinNoise(scored[bestIdx], scored[*second]);
        }
        const double p = r.chosen.value;
        std::vector<std::int64_t> next = sorted([&] { auto v = s.linear; v.push_back(r.chosenLayer); return v; }());
        if (atLeastAsGood(p, s.bestScore, hib)) {
            s.best = next;
            s.bestScore = p;
        }
        const bool aboveMin = atLeastAsGood(p, s.pMin, hib);
        if (!aboveMin && !settings.continuePastMin) {
            r.committed = false;
            r.linearAfter = s.linear;
            s.finished = true;
        } else {
            r.committed = true;
            scorer.commit(r.chosenLayer);
            s.linear = next;
            r.linearAfter = next;
            if (aboveMin) {
                s.opt = next;
                s.optScore = p;
            }
        }
        s.roundsDone = r.round;
        if (hooks.onRound)
            hooks.onRound(r, s);
    }
    return s;
}

GreedyState replayGreedy(const GreedySettings &settings, bool hib, double fullScore, double startScore,
                         const std::vector<RoundResult> &rounds)
{
    GreedyState s;
    s.fullScore = fullScore;
    s.pMin = worsenedBy(fullScore, settings.tolerance, hib);
    s.startScore = startScore;
    s.linear = sorted(settings.pin);
    s.best = s.opt = s.linear;
    s.bestScore = s.optScore = startScore;
    for (const auto &r : rounds) {
        std::vector<std::int64_t> next = r.chosenLayer >= 0
            ? sorted([&] { auto v = s.linear; v.push_back(r.chosenLayer); return v; }())
            : sorted(r.linearAfter);
        if (atLeastAsGood(r.chosen.value, s.bestScore, hib)) {
            s.best = next;
            s.bestScore = r.chosen.value;
        }
        if (!r.committed) {
            s.finished = true;
        } else {
            s.linear = next;
            if (atLeastAsGood(r.chosen.value, s.pMin, hib)) {
                s.opt = next;
                s.optScore = r.chosen.value;
            }
        }
        s.roundsDone = r.round;
    }
    return s;
}

std::vector<std::int64_t> uniformLayers(const std::vector<std::int64_t> &eligible, std::int64_t k)
{
    const auto n = static_cast<std::int64_t>(eligible.size());
    std::vector<std::int64_t> out;
    if (k <= 0 || n == 0)
        return out;
    k = std::min(k, n);
    for (std::int64_t i = 0; i < k; ++i) {
        const auto idx = static_cast<std::int64_t>(std::floor((static_cast<double>(i) + 0.5) * static_cast<double>(n)
                                                              / static_cast<double>(k)));
        out.push_back(eligible[static_cast<std::size_t>(std::min(idx, n - 1))]);
    }
    return out;
}

std::vector<std::int64_t> seededOrder(const std::vector<std::int64_t> &eligible, std::uint64_t seed)
{
    std::vector<std::int64_t> v = eligible;
    std::mt19937_64 rng(seed);
    for (std::size_t i = v.size(); i > 1; --i) {
        const auto j = static_cast<std::size_t>(rng() % i);
        std::swap(v[i - 1], v[j]);
    }
    return v;
}

std::vector<std::int64_t> rankedOrder(const std::vector<std::int64_t> &eligible, const std::vector<double> &valueByLayer,
                                      bool hib)
{
    std::vector<std::int64_t> v = eligible;
    for (auto l : v)
        if (l < 0 || l >= static_cast<std::int64_t>(valueByLayer.size()))
            throw Error("no ranking value for " + layerName(l));
    std::stable_sort(v.begin(), v.end(), [&](std::int64_t a, std::int64_t b) {
        return strictlyBetter(valueByLayer[static_cast<std::size_t>(a)], valueByLayer[static_cast<std::size_t>(b)], hib);
    });
    return v;
}

GreedyState runBaseline(CandidateScorer &scorer, std::int64_t numLayers, const GreedySettings &settings,
                        const std::vector<std::int64_t> &order, const GreedyHooks &hooks,
                        std::optional<GreedyState> resume)
{
    validateGreedySettings(settings, numLayers);
    const bool hib = scorer.higherIsBetter();
    const auto eligible = eligibleLayers(settings, numLayers);
    const auto pins = sorted(settings.pin);
    const auto cap = std::min<std::int64_t>(settings.maxLinear.value_or(numLayers),
                                            static_cast<std::int64_t>(pins.size() + eligible.size()));
    GreedyState s = resume ? *resume : start(scorer, settings, numLayers, hooks);
    for (std::int64_t k = static_cast<std::int64_t>(pins.size()) + s.roundsDone + 1; k <= cap; ++k) {
        checkCancel(hooks);
        const std::int64_t extra = k - static_cast<std::int64_t>(pins.size());
        std::vector<std::int64_t> chosen = order.empty()
            ? uniformLayers(eligible, extra)
            : std::vector<std::int64_t>(order.begin(), order.begin() + extra);
        RoundResult r;
        r.round = s.roundsDone + 1;
        r.chosenLayer = order.empty() ? -1 : order[static_cast<std::size_t>(extra - 1)];
        auto config = pins;
        config.insert(config.end(), chosen.begin(), chosen.end());
        config = sorted(config);
        r.chosen = scorer.scoreConfiguration(config).score;
        r.committed = true;
        r.linearAfter = config;
        if (atLeastAsGood(r.chosen.value, s.bestScore, hib)) {
            s.best = config;
            s.bestScore = r.chosen.value;
        }
        if (atLeastAsGood(r.chosen.value, s.pMin, hib)) {
            s.opt = config;
            s.optScore = r.chosen.value;
        }
        s.linear = config;
        s.roundsDone = r.round;
        if (hooks.onRound)
            hooks.onRound(r, s);
    }
    s.finished = true;
    return s;
}

} // namespace dtr
