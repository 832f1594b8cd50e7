#include "search/search.h"

#include "distill/run_students.h"
#include "mixers/exported_model.h"
#include "model/runtime.h"
#include "tokenizer/tokenizer.h"
#include "project/configuration_catalog.h"
#include "project/configuration_names.h"
#include "project/project.h"
#include "util/error.h"
#include "util/json_util.h"

#include <algorithm>
#include <chrono>
#include <cmath>
#include <set>

namespace dtr {

namespace {

using Clock = std::chrono::steady_clock;

std::string joinLayers(const std::vector<std::int64_t> &v)
{
    std::string s;
    for (auto l : v)
        s += (s.empty() ? "" : ",") + std::to_string(l);
    return s.empty() ? "none" : s;
}

std::vector<std::int64_t> withLayer(std::vector<std::int64_t> v, std::int64_t l)
{
    v.push_back(l);
    std::sort(v.begin(), v.end());
    return v;
}

// Everything a search needs, loaded and checked before any record is written.
struct SearchSetup
{
    std::int64_t runId = 0;
    std::string mixer;
    CausalLM model{nullptr};
    std::shared_ptr<const Tokenizer> tokenizer;
    Task val, test;
    bool haveTest = false;
    std::shared_ptr<const PreparedTask> valPrepared, testPrepared;
    MetricInfo metric;
    std::vector<double> distillLoss; // per layer, final held-out loss (NaN: none)
};

SearchSetup prepare(Project &project, SearchSettings &s)
{
    const auto strategies = searchStrategies();
    if (std::find(strategies.begin(), strategies.end(), s.strategy) == strategies.end())
        throw Error("unknown search strategy '" + s.strategy + "' (greedy, uniform, random, importance, distill-loss)");
    if (s.valTask.empty())
        throw Error("a search needs a validation task");
    if (s.batchSize < 1)
        throw Error("the batch size must be at least 1, got " + std::to_string(s.batchSize));
    if (project.modelStatus() != ModelStatus::Ok)
        throw Error(project.path() + ": " + project.modelStatusMessage() + " (" + project.model().path + ")");
    const ModelRef ref = project.model();
    validateGreedySettings(s.greedy, ref.numLayers);

    SearchSetup st;
    st.val = loadTask(s.valTask);
    if (!s.testTask.empty()) {
        st.test = loadTask(s.testTask);
        st.haveTest = true;
        if (st.test.kind != st.val.kind)
            throw Error(s.testTask + ": a " + taskKindName(st.test.kind) + " test task for a " + taskKindName(st.val.kind)
                        + " validation task");
    }
    if (s.metric.empty())
        s.metric = defaultMetric(st.val.kind);
    st.metric = metricInfo(st.val, s.metric);

    // The students: every layer the search may make linear must have one.
    if (!s.studentsRun) {
        for (const auto &r : project.distillRuns())
            if (r.status == "completed")
                s.studentsRun = r.id; // the latest (runs are listed by id)
        if (!s.studentsRun)
            throw Error(project.path() + ": no completed distillation run to take students from (distil the model first)");
    }
    const DistillRunRecord run = project.distillRun(*s.studentsRun);
    st.runId = run.id;
    st.mixer = run.mixer;
    std::set<std::int64_t> trained;
    for (const auto &l : project.distillLayers(run.id))
        if (l.status != "failed" && project.studentWeights(run.id, l.layer))
            trained.insert(l.layer);
    std::vector<std::int64_t> needed = eligibleLayers(s.greedy, ref.numLayers);
    needed.insert(needed.end(), s.greedy.pin.begin(), s.greedy.pin.end());
    std::sort(needed.begin(), needed.end());
    for (auto l : needed)
        if (!trained.count(l))
            throw Error(project.path() + ": distillation run " + std::to_string(run.id) + " has no trained student for layer "
                        + std::to_string(l) + " (students: " + joinLayers({trained.begin(), trained.end()})
                        + "); distill it or forbid layer " + std::to_string(l));
    st.distillLoss.assign(static_cast<std::size_t>(ref.numLayers), NAN);
    if (s.strategy == "distill-loss") {
        for (auto l : needed) {
            std::int64_t bestStep = -1;
            for (const auto &loss : project.losses(run.id, l))
                if (loss.split == "heldout" && loss.loss && loss.step > bestStep) {
                    bestStep = loss.step;
                    st.distillLoss[static_cast<std::size_t>(l)] = *loss.loss;
                }
            if (bestStep < 0)
                throw Error(project.path() + ": distillation run " + std::to_string(run.id)
                            + " has no held-out loss for layer " + std::to_string(l));
        }
    }

    setThreadCount(s.threads);
    LoadOptions lo;
    lo.device = parseDevice(s.device);
    st.model = loadCausalLM(ref.path, lo);
    st.model->eval();
    st.tokenizer = Tokenizer::fromPath(ref.path);
    ScoringOptions so;
    so.batchSize = s.batchSize;
    st.valPrepared = std::make_shared<const PreparedTask>(st.val, *st.tokenizer, st.model->config, so);
    if (st.haveTest)
        st.testPrepared = std::make_shared<const PreparedTask>(st.test, *st.tokenizer, st.model->config, so);
    attachStudents(*st.model, loadRunStudents(project, run.id));
    return st;
}

class ProjectScorer : public CandidateScorer
{
public:
    ProjectScorer(TaskEvaluator &ev, const MetricInfo &metric, const BootstrapOptions &bs, bool reuse,
                  const std::atomic<bool> *cancel)
        : m_ev(ev), m_metric(metric), m_bs(bs), m_reuse(reuse && ev.supportsReuse()), m_cancel(cancel)
    {
    }
    bool higherIsBetter() const override { return m_metric.higherIsBetter; }
    ScoredConfig scoreConfiguration(const std::vector<std::int64_t> &linear) override
    {
        // Reuse: the configuration scored last before the first round is its base.
        return make(m_reuse && m_storeBase ? m_ev.setBase(linear, m_cancel) : m_ev.evaluate(linear, m_cancel));
    }
    void beginRound(const std::vector<std::int64_t> &base) override
    {
        if (m_reuse && (!m_ev.hasBase() || m_ev.base() != base))
            m_ev.setBase(base, m_cancel);
    }
    ScoredConfig scoreCandidate(const std::vector<std::int64_t> &base, std::int64_t layer) override
    {
        return make(m_reuse ? m_ev.candidate(layer, m_cancel) : m_ev.evaluate(withLayer(base, layer), m_cancel));
    }
    void candidateIsBest(std::int64_t) override
    {
        if (m_reuse)
            m_ev.keepPending();
    }
    void commit(std::int64_t) override
    {
        if (m_reuse)
            m_ev.adoptKept();
    }
    bool withinNoise(const ScoredConfig &a, const ScoredConfig &b) override
    {
        return dtr::withinNoise(m_metric, a.stats, b.stats, m_bs);
    }
    void setStoreBase(bool on) { m_storeBase = on; }

private:
    ScoredConfig make(const RawResults &raw)
    {
        ScoredConfig c;
        c.stats = m_ev.task().stats(raw, m_metric);
        c.score = bootstrapScore(m_metric, c.stats, m_bs);
        return c;
    }
    TaskEvaluator &m_ev;
    MetricInfo m_metric;
    BootstrapOptions m_bs;
    bool m_reuse;
    bool m_storeBase = true;
    const std::atomic<bool> *m_cancel;
};

SearchResult execute(Project &project, std::int64_t searchId, SearchSettings s, SearchSetup &st,
                     std::optional<GreedyState> resume, const SearchProgressFn &progress,
                     const std::atomic<bool> *cancel)
{
    const auto t0 = Clock::now();
    SearchResult result;
    result.searchId = searchId;
    result.metric = s.metric;
    result.higherIsBetter = st.metric.higherIsBetter;
    BootstrapOptions bs{s.bootstrapSamples, s.seed};
    ScoringOptions so;
    so.batchSize = s.batchSize;
    TaskEvaluator valEv(st.model, st.valPrepared, st.tokenizer, so);
    std::unique_ptr<TaskEvaluator> testEv;
    if (st.haveTest)
        testEv = std::make_unique<TaskEvaluator>(st.model, st.testPrepared, st.tokenizer, so);
    const bool greedyLike = s.strategy == "greedy";
    ProjectScorer scorer(valEv, st.metric, bs, s.reuseHiddenStates && greedyLike, cancel);
    const std::int64_t L = st.model->config.numLayers;

    auto emit = [&](SearchProgress p) {
        p.searchId = searchId;
        if (progress)
            progress(p);
    };
    auto testScore = [&](const std::vector<std::int64_t> &linear) -> std::optional<Score> {
        if (!testEv)
            return std::nullopt;
        const RawResults raw = testEv->evaluate(linear, cancel);
        return bootstrapScore(st.metric, st.testPrepared->stats(raw, st.metric), bs);
    };

    SearchRunRecord rec = project.searchRun(searchId);
    GreedyHooks hooks;
    hooks.cancel = cancel;
    std::int64_t candidatesDone = 0;
    // Candidates per round: a greedy round scores every eligible layer not yet linear;
    // a baseline scores one configuration per count.
    const auto eligibleCount = static_cast<std::int64_t>(eligibleLayers(s.greedy, L).size());
    std::int64_t committedFree = 0; // committed linear layers that are not pins
    auto candidatesInRound = [&](std::int64_t round) -> std::int64_t {
        if (round == 0)
            return eligibleCount; // the importance baseline's one-round scores
        return greedyLike ? std::max<std::int64_t>(eligibleCount - committedFree, 0) : 1;
    };
    auto countCommitted = [&](const GreedyState &g) {
        committedFree = 0;
        for (auto l : g.linear)
            if (std::find(s.greedy.pin.begin(), s.greedy.pin.end(), l) == s.greedy.pin.end())
                ++committedFree;
    };
    hooks.onStart = [&](const GreedyState &g) {
        countCommitted(g);
        rec.baseScore = g.fullScore;
        rec.pMin = g.pMin;
        nlohmann::json j = s.toJson();
        j["start_score"] = g.startScore;
        rec.settingsJson = dumpJson(j);
        project.updateSearchRun(rec);
        SearchProgress p;
        p.event = "start";
        p.state = g;
        emit(p);
    };
    hooks.onCandidate = [&](std::int64_t round, const CandidateScore &c) {
        project.addCandidate({searchId, round, c.layer, c.score.value, c.score.ciLow, c.score.ciHigh});
        SearchProgress p;
        p.event = "candidate";
        p.round = round;
        p.layer = c.layer;
        p.score = c.score;
        p.candidatesDone = ++candidatesDone;
        p.candidatesTotal = std::max(candidatesInRound(round), p.candidatesDone);
        emit(p);
    };
    hooks.onRound = [&](const RoundResult &r, const GreedyState &g) {
        RoundRecord rr;
        rr.searchId = searchId;
        rr.round = r.round;
        rr.chosenLayer = r.chosenLayer;
        rr.chosenScore = r.chosen.value;
        rr.committed = r.committed;
        rr.withinNoise = r.withinNoise;
        rr.linearLayers = r.linearAfter;
        rr.ciLow = r.chosen.ciLow;
        rr.ciHigh = r.chosen.ciHigh;
        if (r.committed) {
            if (auto t = testScore(r.linearAfter))
                rr.testScore = t->value;
        }
        project.verifyModelUnchanged("the search");
        project.addRound(rr);
        result.rounds.push_back(r);
        candidatesDone = 0;
        countCommitted(g);
        SearchProgress p;
        p.event = "round";
        p.round = r.round;
        p.layer = r.chosenLayer;
        p.score = r.chosen;
        p.roundResult = r;
        p.state = g;
        if (rr.testScore)
            p.message = std::to_string(*rr.testScore);
        emit(p);
    };

    rec.status = "running";
    rec.error.clear();
    project.updateSearchRun(rec);
    try {
        const auto eligible = eligibleLayers(s.greedy, L);
        if (s.strategy == "greedy") {
            result.state = runGreedy(scorer, L, s.greedy, hooks, resume);
        } else if (s.strategy == "uniform") {
            result.state = runBaseline(scorer, L, s.greedy, {}, hooks, resume);
        } else if (s.strategy == "random") {
            result.state = runBaseline(scorer, L, s.greedy, seededOrder(eligible, s.seed), hooks, resume);
        } else if (s.strategy == "distill-loss") {
            result.state = runBaseline(scorer, L, s.greedy, rankedOrder(eligible, st.distillLoss, false), hooks, resume);
        } else { // importance: rank by the one-round scores from the start configuration (round 0)
            std::vector<double> byLayer(static_cast<std::size_t>(L), NAN);
            std::size_t known = 0;
            for (const auto &c : project.candidates(searchId))
                if (c.round == 0) {
                    byLayer[static_cast<std::size_t>(c.layer)] = c.score;
                    ++known;
                }
            if (known < eligible.size()) {
                const auto start = [&] { auto v = s.greedy.pin; std::sort(v.begin(), v.end()); return v; }();
                for (auto l : eligible) {
                    if (!std::isnan(byLayer[static_cast<std::size_t>(l)]))
                        continue;
                    throwIfCancelled(cancel);
                    const ScoredConfig c = scorer.scoreCandidate(start, l);
                    byLayer[static_cast<std::size_t>(l)] = c.score.value;
                    hooks.onCandidate(0, {l, c.score});
                }
            }
            result.state = runBaseline(scorer, L, s.greedy, rankedOrder(eligible, byLayer, st.metric.higherIsBetter),
                                       hooks, resume);
        }

        // M_best and M_opt as configurations, scored on validation and test; a baseline's
        // configuration at every number of linear layers too, with its round's scores.
        // A configuration is known by its source ("search 7: best"), so a resumed search
        // finds what it saved before it stopped; its name is readable and unique.
        const std::string task = taskLabel(s.valTask);
        auto existing = [&](const std::string &what) { return searchConfiguration(project, searchId, what); };
        auto newConfiguration = [&](const std::string &what, const std::vector<std::int64_t> &linear,
                                    const std::string &source) {
            ConfigurationRecord c;
            c.name = uniqueConfigurationName(
                searchConfigurationName(task, st.mixer, s.strategy, what, static_cast<std::int64_t>(linear.size())),
                [&](const std::string &n) { return project.configuration(n).has_value(); });
            c.layerTypes = layerTypesFor(L, linear, st.mixer);
            c.mixer = st.mixer;
            c.distillRunId = st.runId;
            c.source = source;
            c.notes = s.strategy + " on " + st.val.name + ", " + s.metric + ", tolerance " + std::to_string(s.greedy.tolerance);
            c.id = project.addConfiguration(c);
            return c;
        };
        auto evaluation = [&](std::int64_t configId, const Task &task, const Score &sc, nlohmann::json details,
                              bool interval = true) {
            EvaluationRecord e;
            e.configurationId = configId;
            e.task = task.path;
            e.taskHash = task.hash;
            e.metric = s.metric;
            e.score = sc.value;
            if (interval) { // a round's test score has none
                e.ciLow = sc.ciLow;
                e.ciHigh = sc.ciHigh;
            }
            e.numExamples = sc.numExamples;
            details["split"] = &task == &st.val ? "validation" : "test";
            details["search_id"] = searchId;
            e.detailsJson = dumpJson(details);
            project.addEvaluation(e);
        };
        auto save = [&](const std::string &what, const std::vector<std::int64_t> &linear, std::string &name,
                        std::optional<Score> &test) {
            const std::string source = "search " + std::to_string(searchId) + ": " + what;
            if (const auto old = existing(what)) {
                name = old->name;
                if (st.haveTest)
                    for (const auto &e : project.evaluations(old->id))
                        if (e.task == st.test.path)
                            test = Score{e.score, e.ciLow.value_or(e.score), e.ciHigh.value_or(e.score), e.numExamples};
            } else {
                // Scored first, then stored in one transaction (no write lock while scoring).
                std::vector<std::pair<const Task *, std::shared_ptr<const PreparedTask>>> tasks{{&st.val, st.valPrepared}};
                if (st.haveTest)
                    tasks.push_back({&st.test, st.testPrepared});
                std::vector<Score> scores;
                for (const auto &[task, prepared] : tasks) {
                    TaskEvaluator ev(st.model, prepared, st.tokenizer, so);
                    const auto stats = prepared->stats(ev.evaluate(linear, cancel), st.metric);
                    scores.push_back(bootstrapScore(st.metric, stats, bs));
                    if (task == &st.test)
                        test = scores.back();
                }
                project.transaction([&] {
                    const ConfigurationRecord c = newConfiguration(what, linear, source);
                    name = c.name;
                    for (std::size_t i = 0; i < tasks.size(); ++i)
                        evaluation(c.id, *tasks[i].first, scores[i], nlohmann::json::object());
                });
            }
            SearchProgress p;
            p.event = "configuration";
            p.message = name;
            emit(p);
        };
        if (!greedyLike) {
            const auto nVal = static_cast<std::int64_t>(st.val.examples.size());
            const auto nTest = st.haveTest ? static_cast<std::int64_t>(st.test.examples.size()) : 0;
            for (const auto &rr : project.rounds(searchId)) {
                if (!rr.committed || rr.linearLayers.empty())
                    continue;
                const std::string what = "k=" + std::to_string(rr.linearLayers.size());
                if (existing(what))
                    continue;
                const std::string source = "search " + std::to_string(searchId) + ": " + what;
                project.transaction([&] {
                    const ConfigurationRecord c = newConfiguration("", rr.linearLayers, source);
                    const nlohmann::json details{{"round", rr.round}};
                    evaluation(c.id, st.val,
                               Score{rr.chosenScore, rr.ciLow.value_or(rr.chosenScore), rr.ciHigh.value_or(rr.chosenScore), nVal},
                               details);
                    if (st.haveTest && rr.testScore)
                        evaluation(c.id, st.test, Score{*rr.testScore, *rr.testScore, *rr.testScore, nTest}, details, false);
                });
            }
        }
        save("best", result.state.best, result.bestName, result.bestTest);
        save("opt", result.state.opt, result.optName, result.optTest);
        rec.status = "completed";
        result.status = "completed";
    } catch (const Cancelled &) {
        rec.status = "cancelled";
        result.status = "cancelled";
    } catch (...) {
        // Any exception type (dtr::Error, c10::Error from LibTorch, std::bad_alloc, ...):
        // the search is never left "running"; the caller gets the exception.
        rec.status = "failed";
        rec.error = describeException(std::current_exception());
        try {
            project.updateSearchRun(rec);
        } catch (...) {
        }
        throw;
    }
    project.updateSearchRun(rec);
    result.layerForwards = valEv.layerForwards();
    result.seconds = std::chrono::duration<double>(Clock::now() - t0).count();
    return result;
}

} // namespace

std::vector<std::string> searchStrategies()
{
    return {"greedy", "uniform", "random", "importance", "distill-loss"};
}

std::vector<std::string> layerTypesFor(std::int64_t numLayers, const std::vector<std::int64_t> &linear,
                                       const std::string &mixer)
{
    std::vector<std::string> t(static_cast<std::size_t>(numLayers), "full_attention");
    for (auto l : linear)
        if (l >= 0 && l < numLayers)
            t[static_cast<std::size_t>(l)] = mixer;
    return t;
}

std::vector<std::int64_t> linearLayersOf(const std::vector<std::string> &layerTypes)
{
    std::vector<std::int64_t> out;
    for (std::size_t i = 0; i < layerTypes.size(); ++i)
        if (layerTypes[i] != "full_attention")
            out.push_back(static_cast<std::int64_t>(i));
    return out;
}

SearchResult runSearch(Project &project, const SearchSettings &settings, const SearchProgressFn &progress,
                       const std::atomic<bool> *cancel)
{
    SearchSettings s = settings;
    std::sort(s.greedy.pin.begin(), s.greedy.pin.end());
    std::sort(s.greedy.forbid.begin(), s.greedy.forbid.end());
    SearchSetup st = prepare(project, s);
    SearchRunRecord rec;
    rec.distillRunId = st.runId;
    rec.strategy = s.strategy;
    rec.metric = s.metric;
    rec.settingsJson = dumpJson(s.toJson());
    nlohmann::json constraints{{"pin", s.greedy.pin}, {"forbid", s.greedy.forbid}, {"continue", s.greedy.continuePastMin}};
    constraints["max_linear"] = s.greedy.maxLinear ? nlohmann::json(*s.greedy.maxLinear) : nlohmann::json();
    rec.constraintsJson = dumpJson(constraints);
    rec.status = "pending";
    const std::int64_t id = project.addSearchRun(rec);
    return execute(project, id, s, st, std::nullopt, progress, cancel);
}

SearchResult resumeSearch(Project &project, std::int64_t searchId, const SearchProgressFn &progress,
                          const std::atomic<bool> *cancel)
{
    const SearchRunRecord rec = project.searchRun(searchId);
    if (rec.status == "completed")
        throw Error(project.path() + ": search " + std::to_string(searchId) + " has already completed");
    const nlohmann::json j = parseJson(rec.settingsJson, project.path() + ": search " + std::to_string(searchId) + " settings");
    SearchSettings s = SearchSettings::fromJson(j, project.path() + ": search " + std::to_string(searchId));
    SearchSetup st = prepare(project, s);
    std::optional<GreedyState> state;
    if (rec.baseScore && j.contains("start_score")) {
        std::vector<RoundResult> rounds;
        for (const auto &r : project.rounds(searchId)) {
            RoundResult rr;
            rr.round = r.round;
            rr.chosenLayer = r.chosenLayer;
            rr.chosen.value = r.chosenScore;
            rr.committed = r.committed;
            rr.withinNoise = r.withinNoise;
            rr.linearAfter = r.linearLayers;
            rounds.push_back(rr);
        }
        state = replayGreedy(s.greedy, st.metric.higherIsBetter, *rec.baseScore, j["start_score"].get<double>(), rounds);
        state->pMin = *rec.pMin;
        // The round it was in starts again from its first candidate.
        project.deleteCandidates(searchId, state->roundsDone + 1);
    }
    return execute(project, searchId, s, st, state, progress, cancel);
}

EvalResult evaluateConfiguration(Project &project, const EvalRequest &request, const std::atomic<bool> *cancel,
                                 const EvalProgressFn &progress)
{
    if (project.modelStatus() != ModelStatus::Ok)
        throw Error(project.path() + ": " + project.modelStatusMessage() + " (" + project.model().path + ")");
    const ModelRef ref = project.model();
    std::optional<ConfigurationRecord> config = project.configuration(request.configuration);
    if (!config && request.configuration != "full")
        throw Error(project.path() + ": no configuration named '" + request.configuration + "'");
    std::int64_t configId = 0;
    std::vector<std::int64_t> linear;
    if (config) {
        configId = config->id;
        linear = linearLayersOf(config->layerTypes);
        if (static_cast<std::int64_t>(config->layerTypes.size()) != ref.numLayers)
            throw Error(project.path() + ": configuration '" + config->name + "' has "
                        + std::to_string(config->layerTypes.size()) + " layers, the model "
                        + std::to_string(ref.numLayers));
        if (!linear.empty() && !config->distillRunId)
            throw Error(project.path() + ": configuration '" + config->name + "' names no distillation run for its students");
    }
    const Task task = loadTask(request.taskPath);
    const MetricInfo metric = metricInfo(task, request.metric.empty() ? defaultMetric(task.kind) : request.metric);
    setThreadCount(request.threads);
    LoadOptions lo;
    lo.device = parseDevice(request.device);
    CausalLM model = loadCausalLM(ref.path, lo);
    model->eval();
    std::shared_ptr<const Tokenizer> tokenizer = Tokenizer::fromPath(ref.path);
    ScoringOptions so;
    so.batchSize = request.batchSize;
    auto prepared = std::make_shared<const PreparedTask>(task, *tokenizer, model->config, so);
    if (!linear.empty()) {
        StudentSet students = loadRunStudents(project, *config->distillRunId);
        for (auto l : linear)
            if (!students.students.count(l))
                throw Error(project.path() + ": distillation run " + std::to_string(*config->distillRunId)
                            + " has no student for layer " + std::to_string(l) + " of configuration '" + config->name + "'");
        attachStudents(*model, students);
    }
    TaskEvaluator ev(model, prepared, tokenizer, so);
    if (progress)
        ev.setBatchProgress(progress);
    const auto stats = prepared->stats(ev.evaluate(linear, cancel), metric);
    throwIfCancelled(cancel);
    EvalResult out;
    out.configuration = request.configuration;
    out.task = task.path;
    out.metric = metric.name;
    out.score = bootstrapScore(metric, stats, {request.bootstrapSamples, request.seed});
    out.linearLayers = linear;
    if (!config) { // "full": saved on first use so the evaluation has a configuration
        ConfigurationRecord c;
        c.name = "full";
        c.layerTypes = layerTypesFor(ref.numLayers, {}, "");
        c.source = "built-in: every layer full attention";
        configId = project.addConfiguration(c);
    }
    EvaluationRecord e;
    e.configurationId = configId;
    e.task = task.path;
    e.taskHash = task.hash;
    e.metric = metric.name;
    e.score = out.score.value;
    e.ciLow = out.score.ciLow;
    e.ciHigh = out.score.ciHigh;
    e.numExamples = out.score.numExamples;
    project.verifyModelUnchanged("the evaluation");
    out.evaluationId = project.addEvaluation(e);
    return out;
}

EvalResult evaluateModelFolder(const std::string &modelDir, const EvalRequest &request, const std::atomic<bool> *cancel,
                               const EvalProgressFn &progress)
{
    const Task task = loadTask(request.taskPath);
    const MetricInfo metric = metricInfo(task, request.metric.empty() ? defaultMetric(task.kind) : request.metric);
    setThreadCount(request.threads);
    LoadOptions lo;
    lo.device = parseDevice(request.device);
    CausalLM model = loadModel(modelDir, lo); // an export's linear layers are switched on
    model->eval();
    std::shared_ptr<const Tokenizer> tokenizer = Tokenizer::fromPath(modelDir);
    ScoringOptions so;
    so.batchSize = request.batchSize;
    auto prepared = std::make_shared<const PreparedTask>(task, *tokenizer, model->config, so);
    const std::vector<std::int64_t> linear = model->linearLayers();
    TaskEvaluator ev(model, prepared, tokenizer, so);
    if (progress)
        ev.setBatchProgress(progress);
    const auto stats = prepared->stats(ev.evaluate(linear, cancel), metric);
    throwIfCancelled(cancel);
    EvalResult out;
    out.configuration = modelDir;
    out.task = task.path;
    out.metric = metric.name;
    out.score = bootstrapScore(metric, stats, {request.bootstrapSamples, request.seed});
    out.linearLayers = linear;
    return out;
}

} // namespace dtr
