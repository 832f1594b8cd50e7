#include "search/search_types.h"

#include "util/error.h"

namespace dtr {

nlohmann::json SearchSettings::toJson() const
{
    nlohmann::json j;
    j["strategy"] = strategy;
    j["val"] = valTask;
    j["test"] = testTask;
    j["metric"] = metric;
    j["students_run"] = studentsRun ? nlohmann::json(*studentsRun) : nlohmann::json();
    j["tolerance"] = greedy.tolerance;
    j["pin"] = greedy.pin;
    j["forbid"] = greedy.forbid;
    j["max_linear"] = greedy.maxLinear ? nlohmann::json(*greedy.maxLinear) : nlohmann::json();
    j["continue"] = greedy.continuePastMin;
    j["seed"] = seed;
    j["reuse_hidden_states"] = reuseHiddenStates;
    j["batch_size"] = batchSize;
    j["bootstrap_samples"] = bootstrapSamples;
    j["device"] = device;
    j["threads"] = threads;
    return j;
}

SearchSettings SearchSettings::fromJson(const nlohmann::json &j, const std::string &source)
{
    try {
        SearchSettings s;
        s.strategy = j.at("strategy").get<std::string>();
        s.valTask = j.at("val").get<std::string>();
        s.testTask = j.value("test", std::string());
        s.metric = j.value("metric", std::string());
        if (j.contains("students_run") && !j["students_run"].is_null())
            s.studentsRun = j["students_run"].get<std::int64_t>();
        s.greedy.tolerance = j.at("tolerance").get<double>();
        s.greedy.pin = j.at("pin").get<std::vector<std::int64_t>>();
        s.greedy.forbid = j.at("forbid").get<std::vector<std::int64_t>>();
        if (j.contains("max_linear") && !j["max_linear"].is_null())
            s.greedy.maxLinear = j["max_linear"].get<std::int64_t>();
        s.greedy.continuePastMin = j.value("continue", false);
        s.seed = j.value("seed", std::uint64_t{0});
        s.reuseHiddenStates = j.value("reuse_hidden_states", true);
        s.batchSize = j.value("batch_size", std::int64_t{16});
        s.bootstrapSamples = j.value("bootstrap_samples", 1000);
        s.device = j.value("device", std::string("cpu"));
        s.threads = j.value("threads", 0);
        return s;
    } catch (const nlohmann::json::exception &e) {
        throw Error(source + ": bad search settings: " + e.what());
    }
}

nlohmann::json toJson(const SearchResult &r)
{
    nlohmann::json j;
    j["search_id"] = r.searchId;
    j["status"] = r.status;
    j["metric"] = r.metric;
    j["full_score"] = r.state.fullScore;
    j["p_min"] = r.state.pMin;
    j["best"] = {{"name", r.bestName}, {"linear", r.state.best}, {"val", r.state.bestScore}};
    j["opt"] = {{"name", r.optName}, {"linear", r.state.opt}, {"val", r.state.optScore}};
    if (r.bestTest)
        j["best"]["test"] = r.bestTest->value;
    if (r.optTest)
        j["opt"]["test"] = r.optTest->value;
    j["layer_forwards"] = r.layerForwards;
    j["seconds"] = r.seconds;
    return j;
}

nlohmann::json toJson(const EvalResult &r)
{
    return {{"configuration", r.configuration}, {"task", r.task}, {"metric", r.metric},
            {"score", r.score.value}, {"ci_low", r.score.ciLow}, {"ci_high", r.score.ciHigh},
            {"examples", r.score.numExamples}, {"linear", r.linearLayers}, {"evaluation_id", r.evaluationId}};
}

} // namespace dtr
