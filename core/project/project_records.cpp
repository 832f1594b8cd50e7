// The project's search, configuration, evaluation, benchmark and export records, its
// counts and integrity check (class Project, project.h; the file, its model and the
// distillation records are in project.cpp).
#include "project/project.h"

#include "project/json_columns.h"
#include "project/sqlite.h"
#include "util/error.h"
#include "util/json_util.h"

#include <nlohmann/json.hpp>

#include <algorithm>

namespace dtr {

using projectdb::fromJsonArray;
using projectdb::stringsJson;

// ---------------------------------------------------------------- search

std::int64_t Project::addSearchRun(const SearchRunRecord &r)
{
    const std::string now = utcNow();
    SqliteStmt st(*m_db, "INSERT INTO search_runs(distill_run_id, strategy, metric, settings_json, constraints_json, status, "
                         "error, base_score, p_min, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    st.bind(1, r.distillRunId).bind(2, r.strategy).bind(3, r.metric).bind(4, r.settingsJson).bind(5, r.constraintsJson)
        .bind(6, r.status).bind(7, r.error).bind(8, r.baseScore).bind(9, r.pMin).bind(10, now).bind(11, now).run();
    return m_db->lastInsertId();
}

void Project::updateSearchRun(const SearchRunRecord &r)
{
    SqliteStmt st(*m_db, "UPDATE search_runs SET status = ?, error = ?, base_score = ?, p_min = ?, settings_json = ?, "
                         "updated_at = ? WHERE id = ?");
    st.bind(1, r.status).bind(2, r.error).bind(3, r.baseScore).bind(4, r.pMin).bind(5, r.settingsJson).bind(6, utcNow())
        .bind(7, r.id).run();
    if (m_db->changes() != 1)
        throw Error(m_path + ": no search run " + std::to_string(r.id));
}

namespace {
const char *kSearchColumns = "id, distill_run_id, strategy, metric, settings_json, constraints_json, status, "
                             "COALESCE(error, ''), base_score, p_min, created_at, updated_at";
SearchRunRecord searchFromRow(const SqliteStmt &st)
{
    SearchRunRecord r;
    r.id = st.int64(0);
    r.distillRunId = st.optInt64(1);
    r.strategy = st.text(2);
    r.metric = st.text(3);
    r.settingsJson = st.text(4);
    r.constraintsJson = st.text(5);
    r.status = st.text(6);
    r.error = st.text(7);
    r.baseScore = st.optReal(8);
    r.pMin = st.optReal(9);
    r.createdAt = st.text(10);
    r.updatedAt = st.text(11);
    return r;
}
} // namespace

SearchRunRecord Project::searchRun(std::int64_t id) const
{
    SqliteStmt st(*m_db, std::string("SELECT ") + kSearchColumns + " FROM search_runs WHERE id = ?");
    st.bind(1, id);
    if (!st.step())
        throw Error(m_path + ": no search run " + std::to_string(id));
    return searchFromRow(st);
}

std::vector<SearchRunRecord> Project::searchRuns() const
{
    std::vector<SearchRunRecord> out;
    SqliteStmt st(*m_db, std::string("SELECT ") + kSearchColumns + " FROM search_runs ORDER BY id");
    while (st.step())
        out.push_back(searchFromRow(st));
    return out;
}

void Project::addCandidate(const CandidateRecord &c)
{
    SqliteStmt st(*m_db, "INSERT OR REPLACE INTO search_candidates(search_id, round, layer, score, ci_low, ci_high) "
                         "VALUES (?, ?, ?, ?, ?, ?)");
    st.bind(1, c.searchId).bind(2, c.round).bind(3, c.layer).bind(4, c.score).bind(5, c.ciLow).bind(6, c.ciHigh).run();
}

std::vector<CandidateRecord> Project::candidates(std::int64_t searchId) const
{
    std::vector<CandidateRecord> out;
    SqliteStmt st(*m_db, "SELECT search_id, round, layer, score, ci_low, ci_high FROM search_candidates "
                         "WHERE search_id = ? ORDER BY round, layer");
    st.bind(1, searchId);
    while (st.step())
        out.push_back({st.int64(0), st.int64(1), st.int64(2), st.real(3), st.optReal(4), st.optReal(5)});
    return out;
}

void Project::addRound(const RoundRecord &r)
{
    SqliteStmt st(*m_db, "INSERT INTO search_rounds(search_id, round, chosen_layer, chosen_score, committed, within_noise, "
                         "layers_json, ci_low, ci_high, test_score) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    st.bind(1, r.searchId).bind(2, r.round).bind(3, r.chosenLayer).bind(4, r.chosenScore)
        .bind(5, static_cast<std::int64_t>(r.committed)).bind(6, static_cast<std::int64_t>(r.withinNoise))
        .bind(7, dumpJson(nlohmann::json(r.linearLayers))).bind(8, r.ciLow).bind(9, r.ciHigh).bind(10, r.testScore).run();
}

void Project::deleteCandidates(std::int64_t searchId, std::int64_t round)
{
    SqliteStmt st(*m_db, "DELETE FROM search_candidates WHERE search_id = ? AND round = ?");
    st.bind(1, searchId).bind(2, round).run();
}

std::vector<RoundRecord> Project::rounds(std::int64_t searchId) const
{
    std::vector<RoundRecord> out;
    SqliteStmt st(*m_db, "SELECT search_id, round, chosen_layer, chosen_score, committed, within_noise, layers_json, "
                         "ci_low, ci_high, test_score FROM search_rounds WHERE search_id = ? ORDER BY round");
    st.bind(1, searchId);
    while (st.step()) {
        RoundRecord r{st.int64(0), st.int64(1), st.int64(2), st.real(3), st.int64(4) != 0, st.int64(5) != 0, {}, {}, {}, {}};
        r.linearLayers = fromJsonArray<std::int64_t>(st.text(6), m_path + ": search_rounds.layers_json");
        r.ciLow = st.optReal(7);
        r.ciHigh = st.optReal(8);
        r.testScore = st.optReal(9);
        out.push_back(std::move(r));
    }
    return out;
}

// ---------------------------------------------------------------- layer constraints

LayerConstraints Project::layerConstraints() const
{
    LayerConstraints c;
    SqliteStmt st(*m_db, "SELECT layer, kind FROM layer_constraints ORDER BY layer");
    while (st.step())
        (st.text(1) == "pinned" ? c.pinned : c.forbidden).push_back(st.int64(0));
    return c;
}

void Project::setLayerConstraints(const LayerConstraints &c)
{
    const std::int64_t numLayers = model().numLayers;
    std::vector<int> seen(static_cast<std::size_t>(std::max<std::int64_t>(numLayers, 0)), 0);
    for (const auto *list : {&c.pinned, &c.forbidden})
        for (std::int64_t layer : *list) {
            if (layer < 0 || layer >= numLayers)
                throw Error(m_path + ": layer constraint on layer " + std::to_string(layer) + ": the model has " +
                            std::to_string(numLayers) + " layers (0-" + std::to_string(numLayers - 1) + ")");
            if (seen[static_cast<std::size_t>(layer)]++)
                throw Error(m_path + ": layer " + std::to_string(layer) + " is constrained twice (pinned and forbidden?)");
        }
    transaction([&] {
        m_db->exec("DELETE FROM layer_constraints");
        const std::string now = utcNow();
        SqliteStmt st(*m_db, "INSERT INTO layer_constraints(layer, kind, updated_at) VALUES (?, ?, ?)");
        for (std::int64_t layer : c.pinned) {
            st.reset();
            st.bind(1, layer).bind(2, "pinned").bind(3, now).run();
        }
        for (std::int64_t layer : c.forbidden) {
            st.reset();
            st.bind(1, layer).bind(2, "forbidden").bind(3, now).run();
        }
    });
}

// ---------------------------------------------------------------- configurations

std::int64_t Project::addConfiguration(const ConfigurationRecord &c)
{
    if (c.name.empty())
        throw Error(m_path + ": a configuration needs a name");
    if (configuration(c.name))
        throw Error(m_path + ": a configuration named '" + c.name + "' already exists");
    SqliteStmt st(*m_db, "INSERT INTO configurations(name, layer_types_json, mixer, distill_run_id, source, notes, created_at) "
                         "VALUES (?, ?, ?, ?, ?, ?, ?)");
    st.bind(1, c.name).bind(2, stringsJson(c.layerTypes)).bind(3, c.mixer).bind(4, c.distillRunId).bind(5, c.source)
        .bind(6, c.notes).bind(7, utcNow()).run();
    return m_db->lastInsertId();
}

namespace {
const char *kConfigColumns = "id, name, layer_types_json, COALESCE(mixer, ''), distill_run_id, source, notes, created_at";
ConfigurationRecord configFromRow(const SqliteStmt &st, const std::string &path)
{
    ConfigurationRecord c;
    c.id = st.int64(0);
    c.name = st.text(1);
    c.layerTypes = fromJsonArray<std::string>(st.text(2), path + ": configuration '" + c.name + "'");
    c.mixer = st.text(3);
    c.distillRunId = st.optInt64(4);
    c.source = st.text(5);
    c.notes = st.text(6);
    c.createdAt = st.text(7);
    return c;
}
} // namespace

std::optional<ConfigurationRecord> Project::configuration(const std::string &name) const
{
    SqliteStmt st(*m_db, std::string("SELECT ") + kConfigColumns + " FROM configurations WHERE name = ?");
    st.bind(1, name);
    if (!st.step())
        return std::nullopt;
    return configFromRow(st, m_path);
}

std::vector<ConfigurationRecord> Project::configurations() const
{
    std::vector<ConfigurationRecord> out;
    SqliteStmt st(*m_db, std::string("SELECT ") + kConfigColumns + " FROM configurations ORDER BY id");
    while (st.step())
        out.push_back(configFromRow(st, m_path));
    return out;
}

std::optional<ConfigurationRecord> Project::configuration(std::int64_t id) const
{
    SqliteStmt st(*m_db, std::string("SELECT ") + kConfigColumns + " FROM configurations WHERE id = ?");
    st.bind(1, id);
    if (!st.step())
        return std::nullopt;
    return configFromRow(st, m_path);
}

void Project::renameConfiguration(std::int64_t id, const std::string &newName)
{
    const auto c = configuration(id);
    if (!c)
        throw Error(m_path + ": no configuration with id " + std::to_string(id));
    if (newName.empty() || newName.find_first_not_of(" \t") == std::string::npos)
        throw Error(m_path + ": configuration '" + c->name + "': a configuration needs a name");
    if (newName == c->name)
        return;
    if (configuration(newName))
        throw Error(m_path + ": a configuration named '" + newName + "' already exists");
    SqliteStmt st(*m_db, "UPDATE configurations SET name = ? WHERE id = ?");
    st.bind(1, newName).bind(2, id).run();
}

void Project::deleteConfiguration(std::int64_t id)
{
    if (!configuration(id))
        throw Error(m_path + ": no configuration with id " + std::to_string(id));
    transaction([&] {
        for (const char *sql : {"DELETE FROM evaluations WHERE configuration_id = ?", "DELETE FROM benchmarks WHERE configuration_id = ?",
                                "DELETE FROM exports WHERE configuration_id = ?", "DELETE FROM configurations WHERE id = ?"}) {
            SqliteStmt st(*m_db, sql);
            st.bind(1, id).run();
        }
    });
}

std::int64_t Project::addEvaluation(const EvaluationRecord &e)
{
    SqliteStmt st(*m_db, "INSERT INTO evaluations(configuration_id, task, task_hash, metric, score, ci_low, ci_high, "
                         "n_examples, details_json, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    st.bind(1, e.configurationId).bind(2, e.task).bind(3, e.taskHash).bind(4, e.metric).bind(5, e.score)
        .bind(6, e.ciLow).bind(7, e.ciHigh).bind(8, e.numExamples).bind(9, e.detailsJson).bind(10, utcNow()).run();
    return m_db->lastInsertId();
}

std::vector<EvaluationRecord> Project::evaluations(std::int64_t configurationId) const
{
    std::vector<EvaluationRecord> out;
    SqliteStmt st(*m_db, "SELECT id, configuration_id, task, task_hash, metric, score, ci_low, ci_high, n_examples, "
                         "details_json, created_at FROM evaluations WHERE configuration_id = ? ORDER BY id");
    st.bind(1, configurationId);
    while (st.step())
        out.push_back({st.int64(0), st.int64(1), st.text(2), st.text(3), st.text(4), st.real(5), st.optReal(6),
                       st.optReal(7), st.int64(8), st.text(9), st.text(10)});
    return out;
}

std::int64_t Project::addBenchmark(const BenchmarkRecord &b)
{
    SqliteStmt st(*m_db, "INSERT INTO benchmarks(configuration_id, device, seq_len, batch_size, tokens_per_second, "
                         "peak_memory_bytes, settings_json, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
    st.bind(1, b.configurationId).bind(2, b.device).bind(3, b.seqLen).bind(4, b.batchSize).bind(5, b.tokensPerSecond)
        .bind(6, b.peakMemoryBytes).bind(7, b.settingsJson).bind(8, utcNow()).run();
    return m_db->lastInsertId();
}

std::vector<BenchmarkRecord> Project::benchmarks(std::int64_t configurationId) const
{
    std::vector<BenchmarkRecord> out;
    SqliteStmt st(*m_db, "SELECT id, configuration_id, device, seq_len, batch_size, tokens_per_second, peak_memory_bytes, "
                         "settings_json, created_at FROM benchmarks WHERE configuration_id = ? ORDER BY id");
    st.bind(1, configurationId);
    while (st.step())
        out.push_back({st.int64(0), st.int64(1), st.text(2), st.int64(3), st.int64(4), st.real(5), st.optInt64(6),
                       st.text(7), st.text(8)});
    return out;
}

std::int64_t Project::addExport(const ExportRecord &e)
{
    SqliteStmt st(*m_db, "INSERT INTO exports(configuration_id, path, manifest_json, created_at) VALUES (?, ?, ?, ?)");
    st.bind(1, e.configurationId).bind(2, e.path).bind(3, e.manifestJson).bind(4, utcNow()).run();
    return m_db->lastInsertId();
}

std::vector<ExportRecord> Project::exports(std::int64_t configurationId) const
{
    std::vector<ExportRecord> out;
    SqliteStmt st(*m_db, "SELECT id, configuration_id, path, manifest_json, created_at FROM exports "
                         "WHERE configuration_id = ? ORDER BY id");
    st.bind(1, configurationId);
    while (st.step())
        out.push_back({st.int64(0), st.int64(1), st.text(2), st.text(3), st.text(4)});
    return out;
}

ProjectCounts Project::counts() const
{
    auto count = [this](const char *table) {
        SqliteStmt st(*m_db, std::string("SELECT count(*) FROM ") + table);
        st.step();
        return st.int64(0);
    };
    ProjectCounts c;
    c.distillRuns = count("distill_runs");
    c.losses = count("distill_losses");
    c.students = count("student_weights");
    c.searchRuns = count("search_runs");
    c.searchRounds = count("search_rounds");
    c.candidates = count("search_candidates");
    c.configurations = count("configurations");
    c.evaluations = count("evaluations");
    c.benchmarks = count("benchmarks");
    c.exports = count("exports");
    c.constraints = count("layer_constraints");
    return c;
}

std::string Project::integrityCheck() const
{
    SqliteStmt st(*m_db, "PRAGMA integrity_check(1)");
    return st.step() ? st.text(0) : std::string("no answer");
}

} // namespace dtr
