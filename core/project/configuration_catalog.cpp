#include "project/configuration_catalog.h"

#include "project/configuration_names.h"

#include <map>
#include <regex>

namespace dtr {

namespace {

nlohmann::json optJson(const std::optional<double> &v)
{
    return v ? nlohmann::json(*v) : nlohmann::json(nullptr);
}

std::optional<double> optDouble(const nlohmann::json &j, const char *key)
{
    const auto it = j.find(key);
    if (it == j.end() || !it->is_number())
        return std::nullopt;
    return it->get<double>();
}

nlohmann::json scoreJson(const std::optional<CatalogScore> &s)
{
    if (!s)
        return nullptr;
    return {{"value", s->value}, {"ci_low", optJson(s->ciLow)}, {"ci_high", optJson(s->ciHigh)},
            {"examples", s->numExamples}, {"task", s->task}, {"metric", s->metric}};
}

std::optional<CatalogScore> scoreFromJson(const nlohmann::json &j)
{
    if (!j.is_object())
        return std::nullopt;
    CatalogScore s;
    s.value = j.value("value", 0.0);
    s.ciLow = optDouble(j, "ci_low");
    s.ciHigh = optDouble(j, "ci_high");
    s.numExamples = j.value("examples", std::int64_t(0));
    s.task = j.value("task", "");
    s.metric = j.value("metric", "");
    return s;
}

CatalogScore fromEvaluation(const EvaluationRecord &e)
{
    return {e.score, e.ciLow, e.ciHigh, e.numExamples, e.task, e.metric};
}

std::string splitOf(const EvaluationRecord &e)
{
    const auto d = nlohmann::json::parse(e.detailsJson, nullptr, false);
    return d.is_object() ? d.value("split", "") : "";
}

} // namespace

std::optional<ConfigurationRecord> searchConfiguration(const Project &project, std::int64_t searchId, const std::string &what)
{
    const std::string source = "search " + std::to_string(searchId) + ": " + what;
    for (auto &c : project.configurations())
        if (c.source == source)
            return c;
    return std::nullopt;
}

std::vector<ConfigurationEntry> configurationCatalog(const Project &project)
{
    std::map<std::int64_t, SearchRunRecord> searches;
    for (auto &r : project.searchRuns())
        searches[r.id] = r;
    static const std::regex searchSource(R"(^search (\d+): (best|opt|k=\d+)$)");
    std::vector<ConfigurationEntry> out;
    for (auto &c : project.configurations()) {
        ConfigurationEntry e;
        for (std::size_t i = 0; i < c.layerTypes.size(); ++i)
            if (c.layerTypes[i] != "full_attention")
                e.linear.push_back(static_cast<std::int64_t>(i));
        std::smatch m;
        std::string valTask, testTask;
        if (std::regex_match(c.source, m, searchSource)) {
            e.searchId = std::stoll(m[1].str());
            e.origin = m[2].str().rfind("k=", 0) == 0 ? "k" : m[2].str();
            const auto it = searches.find(*e.searchId);
            if (it != searches.end()) {
                e.strategy = it->second.strategy;
                const auto settings = nlohmann::json::parse(it->second.settingsJson, nullptr, false);
                if (settings.is_object()) {
                    valTask = settings.value("val", "");
                    testTask = settings.value("test", "");
                }
                e.task = valTask.empty() ? "" : taskLabel(valTask);
            }
        } else if (c.name == "full" && e.linear.empty()) {
            e.origin = "full";
        } else {
            e.origin = "manual";
        }
        e.evaluations = project.evaluations(c.id);
        // The search's splits where it scored them, else the latest evaluation on any task.
        for (const auto &ev : e.evaluations) {
            const std::string split = splitOf(ev);
            if (e.searchId && split == "validation" && (valTask.empty() || ev.task == valTask))
                e.validation = fromEvaluation(ev);
            else if (e.searchId && split == "test" && (testTask.empty() || ev.task == testTask))
                e.test = fromEvaluation(ev);
        }
        if (!e.validation && !e.evaluations.empty())
            e.validation = fromEvaluation(e.evaluations.back());
        if (e.task.empty() && e.validation)
            e.task = taskLabel(e.validation->task);
        std::map<std::pair<std::string, std::int64_t>, CatalogBenchmark> latest;
        for (const auto &b : project.benchmarks(c.id)) {
            CatalogBenchmark cb;
            cb.context = b.seqLen;
            cb.device = b.device;
            cb.decodeMedianMs = b.tokensPerSecond > 0 ? 1000.0 / b.tokensPerSecond : 0;
            cb.peakBytes = b.peakMemoryBytes.value_or(0);
            const auto s = nlohmann::json::parse(b.settingsJson, nullptr, false);
            if (s.is_object()) {
                cb.decodeMedianMs = s.value("decode_median_ms", cb.decodeMedianMs);
                cb.prefillTokensPerSecond = s.value("prefill_tokens_per_second", 0.0);
                cb.cacheBytes = s.value("kv_cache_bytes", std::int64_t(0)) + s.value("state_bytes", std::int64_t(0));
            }
            latest[{b.device, b.seqLen}] = cb;
        }
        for (auto &[key, b] : latest)
            e.benchmarks.push_back(b);
        e.exports = project.exports(c.id);
        e.record = std::move(c);
        out.push_back(std::move(e));
    }
    return out;
}

nlohmann::json toJson(const ConfigurationEntry &e)
{
    nlohmann::json j;
    j["id"] = e.record.id;
    j["name"] = e.record.name;
    j["layer_types"] = e.record.layerTypes;
    j["mixer"] = e.record.mixer;
    j["distill_run_id"] = e.record.distillRunId ? nlohmann::json(*e.record.distillRunId) : nlohmann::json(nullptr);
    j["source"] = e.record.source;
    j["notes"] = e.record.notes;
    j["created_at"] = e.record.createdAt;
    j["linear_layers"] = e.linear;
    j["origin"] = e.origin;
    j["search_id"] = e.searchId ? nlohmann::json(*e.searchId) : nlohmann::json(nullptr);
    j["task"] = e.task;
    j["strategy"] = e.strategy;
    j["validation"] = scoreJson(e.validation);
    j["test"] = scoreJson(e.test);
    j["evaluations"] = nlohmann::json::array();
    for (const auto &ev : e.evaluations)
        j["evaluations"].push_back({{"id", ev.id}, {"task", ev.task}, {"metric", ev.metric}, {"score", ev.score},
                                    {"ci_low", optJson(ev.ciLow)}, {"ci_high", optJson(ev.ciHigh)},
                                    {"examples", ev.numExamples}, {"created_at", ev.createdAt}});
    j["benchmarks"] = nlohmann::json::array();
    for (const auto &b : e.benchmarks)
        j["benchmarks"].push_back({{"context", b.context}, {"device", b.device}, {"decode_median_ms", b.decodeMedianMs},
                                   {"prefill_tokens_per_second", b.prefillTokensPerSecond},
                                   {"cache_bytes", b.cacheBytes}, {"peak_bytes", b.peakBytes}});
    j["exports"] = nlohmann::json::array();
    for (const auto &x : e.exports)
        j["exports"].push_back({{"path", x.path}, {"created_at", x.createdAt}});
    return j;
}

ConfigurationEntry configurationEntryFromJson(const nlohmann::json &j)
{
    ConfigurationEntry e;
    e.record.id = j.value("id", std::int64_t(0));
    e.record.name = j.value("name", "");
    e.record.layerTypes = j.value("layer_types", std::vector<std::string>{});
    e.record.mixer = j.value("mixer", "");
    if (j.contains("distill_run_id") && j["distill_run_id"].is_number())
        e.record.distillRunId = j["distill_run_id"].get<std::int64_t>();
    e.record.source = j.value("source", "");
    e.record.notes = j.value("notes", "");
    e.record.createdAt = j.value("created_at", "");
    e.linear = j.value("linear_layers", std::vector<std::int64_t>{});
    e.origin = j.value("origin", "");
    if (j.contains("search_id") && j["search_id"].is_number())
        e.searchId = j["search_id"].get<std::int64_t>();
    e.task = j.value("task", "");
    e.strategy = j.value("strategy", "");
    e.validation = scoreFromJson(j.value("validation", nlohmann::json()));
    e.test = scoreFromJson(j.value("test", nlohmann::json()));
    for (const auto &ev : j.value("evaluations", nlohmann::json::array())) {
        EvaluationRecord r;
        r.id = ev.value("id", std::int64_t(0));
        r.configurationId = e.record.id;
        r.task = ev.value("task", "");
        r.metric = ev.value("metric", "");
        r.score = ev.value("score", 0.0);
        r.ciLow = optDouble(ev, "ci_low");
        r.ciHigh = optDouble(ev, "ci_high");
        r.numExamples = ev.value("examples", std::int64_t(0));
        r.createdAt = ev.value("created_at", "");
        e.evaluations.push_back(r);
    }
    for (const auto &b : j.value("benchmarks", nlohmann::json::array())) {
        CatalogBenchmark cb;
        cb.context = b.value("context", std::int64_t(0));
        cb.device = b.value("device", "");
        cb.decodeMedianMs = b.value("decode_median_ms", 0.0);
        cb.prefillTokensPerSecond = b.value("prefill_tokens_per_second", 0.0);
        cb.cacheBytes = b.value("cache_bytes", std::int64_t(0));
        cb.peakBytes = b.value("peak_bytes", std::int64_t(0));
        e.benchmarks.push_back(cb);
    }
    for (const auto &x : j.value("exports", nlohmann::json::array())) {
        ExportRecord r;
        r.configurationId = e.record.id;
        r.path = x.value("path", "");
        r.createdAt = x.value("created_at", "");
        e.exports.push_back(r);
    }
    return e;
}

} // namespace dtr
