#include "project/project.h"

#include "model/model_summary.h"
#include "project/json_columns.h"
#include "project/migrations.h"
#include "project/sqlite.h"
#include "util/error.h"
#include "util/io_faults.h"
#include "util/json_util.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <chrono>
#include <climits>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <ctime>
#include <fstream>
#include <sys/stat.h>
#include <unistd.h>

namespace dtr {

using projectdb::fromJsonArray;
using projectdb::stringsJson;

namespace {

constexpr std::int64_t kApplicationId = 0x44745231; // "DtR1"

std::string absolutePath(const std::string &p)
{
    char buf[PATH_MAX];
    if (::realpath(p.c_str(), buf))
        return buf;
    return p;
}

// Why this process may not write a project file, or "" when it may. SQLite also creates
// and deletes the -wal and -shm files beside it, so the folder must be writable too.
std::string writeBlocker(const std::string &path)
{
    if (::access(path.c_str(), W_OK) != 0)
        return "no write permission on the file";
    const std::string dir = containingFolder(path);
    if (::access(dir.c_str(), W_OK) != 0)
        return "no write permission on its folder " + dir;
    return {};
}

bool fileExists(const std::string &p)
{
    struct stat st {};
    return ::stat(p.c_str(), &st) == 0;
}

std::vector<ModelFileStamp> storedStamps(SqliteDb &db)
{
    std::vector<ModelFileStamp> out;
    SqliteStmt st(db, "SELECT name, size, mtime_ns FROM model_files ORDER BY name");
    while (st.step())
        out.push_back({st.text(0), st.int64(1), st.int64(2)});
    return out;
}

void storeStamps(SqliteDb &db, const std::vector<ModelFileStamp> &stamps)
{
    db.exec("DELETE FROM model_files");
    SqliteStmt st(db, "INSERT INTO model_files(name, size, mtime_ns) VALUES (?, ?, ?)");
    for (const auto &s : stamps) {
        st.reset();
        st.bind(1, s.name).bind(2, s.size).bind(3, s.mtimeNs).run();
    }
}

ModelRef readModel(SqliteDb &db)
{
    SqliteStmt st(db, "SELECT path, content_hash, model_type, num_layers, summary_json, registered_at FROM model WHERE id = 1");
    if (!st.step())
        throw Error(db.path() + ": the project names no model (table 'model' is empty)");
    return {st.text(0), st.text(1), st.text(2), st.int64(3), st.text(4), st.text(5)};
}

// Whether the model at ref.path is still the one registered. Sets staleStamps when the
// content is unchanged but sizes/mtimes differ (e.g. the folder was copied back).
ModelStatus checkModel(SqliteDb &db, const ModelRef &ref, bool &staleStamps)
{
    staleStamps = false;
    struct stat st {};
    if (::stat(ref.path.c_str(), &st) != 0 || !S_ISDIR(st.st_mode))
        return ModelStatus::Missing;
    std::vector<ModelFileStamp> now;
    try {
        now = modelFileStamps(ref.path);
    } catch (const Error &) {
        return ModelStatus::Changed;
    }
    if (now == storedStamps(db))
        return ModelStatus::Ok;
    if (hashModel(ref.path, now) != ref.contentHash)
        return ModelStatus::Changed;
    staleStamps = true;
    return ModelStatus::Ok;
}

void applyMigrations(SqliteDb &db, int from, int to)
{
    for (const Migration &m : projectMigrations()) {
        if (m.version <= from || m.version > to)
            continue;
        SqliteTransaction tx(db);
        try {
            db.exec(m.sql);
        } catch (const Error &e) {
            throw Error(db.path() + ": migration " + m.file + " failed: " + e.what());
        }
        db.exec("PRAGMA user_version = " + std::to_string(m.version));
        tx.commit();
    }
}

} // namespace

std::string utcNow()
{
    using namespace std::chrono;
    auto now = system_clock::now();
    std::time_t t = system_clock::to_time_t(now);
    std::tm tm {};
    gmtime_r(&t, &tm);
    char buf[40];
    std::strftime(buf, sizeof buf, "%Y-%m-%dT%H:%M:%S", &tm);
    auto ms = duration_cast<milliseconds>(now.time_since_epoch()).count() % 1000;
    char out[48];
    std::snprintf(out, sizeof out, "%s.%03dZ", buf, static_cast<int>(ms));
    return out;
}

int Project::currentSchemaVersion()
{
    return projectMigrations().empty() ? 0 : projectMigrations().back().version;
}

Project::Project(const std::string &path, std::unique_ptr<SqliteDb> db)
    : m_path(path)
    , m_db(std::move(db))
{
}

Project::~Project() = default;

std::unique_ptr<Project> Project::create(const std::string &path, const std::string &modelDir,
                                         const HashProgressFn &progress, const std::atomic<bool> *cancel)
{
    return createImpl(path, modelDir, currentSchemaVersion(), progress, cancel);
}

std::unique_ptr<Project> Project::createAtVersion(const std::string &path, const std::string &modelDir, int version)
{
    return createImpl(path, modelDir, version, {}, nullptr);
}

std::unique_ptr<Project> Project::createImpl(const std::string &path, const std::string &modelDir, int version,
                                             const HashProgressFn &progress, const std::atomic<bool> *cancel)
{
    if (fileExists(path))
        throw Error(path + ": already exists; choose another name or open it");
    if (version < 1 || version > currentSchemaVersion())
        throw Error(path + ": cannot create schema version " + std::to_string(version));
    const std::string dir = absolutePath(modelDir);
    ModelSummary summary = summarizeModel(dir); // validates config and weight headers
    std::vector<ModelFileStamp> stamps = modelFileStamps(dir);
    const std::string hash = hashModel(dir, stamps, progress, cancel);
    nlohmann::json sj = {{"model_type", summary.config.modelType},
                         {"architecture", summary.config.architecture},
                         {"num_layers", summary.config.numLayers},
                         {"hidden_size", summary.config.hiddenSize},
                         {"num_heads", summary.config.numHeads},
                         {"num_kv_heads", summary.config.numKvHeads},
                         {"head_dim", summary.config.headDim},
                         {"vocab_size", summary.config.vocabSize},
                         {"total_params", summary.totalParams},
                         {"storage_dtype", summary.storageDtype}};

    // Built under a temporary name and renamed at the end: a failed create leaves nothing.
    const std::string tmp = path + ".creating-" + std::to_string(::getpid());
    std::remove(tmp.c_str());
    try {
        {
            SqliteDb db(tmp, SqliteDb::Mode::Create);
            db.exec("PRAGMA application_id = " + std::to_string(kApplicationId));
            applyMigrations(db, 0, version);
            SqliteTransaction tx(db);
            const std::string now = utcNow();
            SqliteStmt info(db, "INSERT INTO project_info(key, value) VALUES (?, ?)");
            for (auto [k, v] : {std::pair<std::string, std::string>{"created_at", now},
                                {"created_by", "DtR Workbench 0.1.0"}}) {
                info.reset();
                info.bind(1, k).bind(2, v).run();
            }
            SqliteStmt m(db, "INSERT INTO model(id, path, content_hash, model_type, num_layers, summary_json, registered_at) "
                             "VALUES (1, ?, ?, ?, ?, ?, ?)");
            m.bind(1, dir).bind(2, hash).bind(3, summary.config.modelType).bind(4, summary.config.numLayers)
                .bind(5, dumpJson(sj)).bind(6, now).run();
            storeStamps(db, stamps);
            tx.commit();
        }
        if (std::rename(tmp.c_str(), path.c_str()) != 0)
            throw Error(path + ": cannot create: " + std::strerror(errno));
    } catch (...) {
        std::remove(tmp.c_str());
        throw;
    }
    if (version != currentSchemaVersion()) {
        // An old-version file for migration tests: opening it would migrate it.
        auto db = std::make_unique<SqliteDb>(path, SqliteDb::Mode::ReadWrite);
        return std::unique_ptr<Project>(new Project(path, std::move(db)));
    }
    return open(path);
}

std::unique_ptr<Project> Project::open(const std::string &path, ModelCheck check)
{
    // 1. Is it an SQLite file at all? (SQLite would treat an empty file as a new database.)
    struct stat st {};
    if (::stat(path.c_str(), &st) != 0)
        throw Error(path + ": no such project file");
    if (!S_ISREG(st.st_mode))
        throw Error(path + ": not a regular file");
    {
        std::ifstream in(path, std::ios::binary);
        char magic[16] = {};
        in.read(magic, sizeof magic);
        if (!in || std::memcmp(magic, "SQLite format 3", 16) != 0)
            throw Error(path + ": not a DtR project (not an SQLite database)");
    }
    // 2. Everything else on a read-only connection.
    int version = 0;
    bool staleStamps = false;
    ModelStatus status = ModelStatus::Ok;
    {
        SqliteDb ro(path, SqliteDb::Mode::ReadOnly);
        const std::int64_t appId = ro.pragmaInt("application_id");
        version = static_cast<int>(ro.pragmaInt("user_version"));
        if (appId != kApplicationId || version < 1)
            throw Error(path + ": an SQLite database but not a DtR project");
        if (version > currentSchemaVersion())
            throw Error(path + ": written by a newer DtR Workbench (schema " + std::to_string(version)
                        + "; this build reads up to " + std::to_string(currentSchemaVersion()) + "); not opened");
        SqliteStmt qc(ro, "PRAGMA quick_check(1)");
        if (qc.step() && qc.text(0) != "ok")
            throw Error(path + ": corrupt project file (" + qc.text(0) + ")");
        ModelRef ref = readModel(ro);
        status = checkModel(ro, ref, staleStamps);
        if (check == ModelCheck::Require && status != ModelStatus::Ok) {
            if (status == ModelStatus::Missing)
                throw Error(path + ": the model folder " + ref.path
                            + " is gone; relocate the project to the model's new folder");
            throw Error(path + ": the model in " + ref.path
                        + " changed since the project was created (content hash differs); its runs no longer apply");
        }
    }
    // 3. A file this process may not write opens read-only, as it is (no migration, no
    // stamps refreshed).
    const std::string readOnlyReason = writeBlocker(path);
    if (!readOnlyReason.empty()) {
        if (version != currentSchemaVersion())
            throw Error(path + ": written by an older DtR Workbench (schema " + std::to_string(version)
                        + ") and read-only (" + readOnlyReason
                        + "); it must be upgraded before it can be opened: make it writable and open it again");
        auto db = std::make_unique<SqliteDb>(path, SqliteDb::Mode::ReadOnly);
        std::unique_ptr<Project> p(new Project(path, std::move(db)));
        p->m_modelStatus = status;
        p->m_readOnlyReason = readOnlyReason;
        return p;
    }
    // 4. Read-write: migrate (each step one transaction), then WAL and the rest.
    auto db = std::make_unique<SqliteDb>(path, SqliteDb::Mode::ReadWrite);
    db->exec("PRAGMA foreign_keys = ON");
    applyMigrations(*db, version, currentSchemaVersion());
    db->exec("PRAGMA journal_mode = WAL");
    db->exec("PRAGMA synchronous = FULL");
    if (staleStamps) {
        SqliteTransaction tx(*db);
        storeStamps(*db, modelFileStamps(readModel(*db).path));
        tx.commit();
    }
    std::unique_ptr<Project> p(new Project(path, std::move(db)));
    p->m_modelStatus = status;
    return p;
}

int Project::schemaVersion() const
{
    return static_cast<int>(m_db->pragmaInt("user_version"));
}

ModelRef Project::model() const
{
    return readModel(*m_db);
}

void Project::verifyModelUnchanged(const std::string &during) const
{
    const ModelRef ref = model();
    const std::string stopped = "; the job stopped: what was stored before is kept";
    std::vector<ModelFileStamp> now;
    try {
        now = modelFileStamps(ref.path);
    } catch (const Error &e) {
        throw Error(ref.path + ": the model folder changed while " + during + " ran (" + e.what() + ")" + stopped);
    }
    const std::vector<ModelFileStamp> stored = storedStamps(*m_db);
    if (now == stored)
        return;
    for (const ModelFileStamp &was : stored) {
        const auto it = std::find_if(now.begin(), now.end(), [&](const ModelFileStamp &s) { return s.name == was.name; });
        if (it == now.end())
            throw Error(ref.path + "/" + was.name + ": the model file disappeared while " + during + " ran" + stopped);
        if (it->size != was.size)
            throw Error(ref.path + "/" + was.name + ": the model file changed while " + during + " ran ("
                        + std::to_string(was.size) + " bytes, now " + std::to_string(it->size) + ")" + stopped);
        if (it->mtimeNs != was.mtimeNs)
            throw Error(ref.path + "/" + was.name + ": the model file changed while " + during
                        + " ran (it was modified)" + stopped);
    }
    for (const ModelFileStamp &s : now)
        if (std::none_of(stored.begin(), stored.end(), [&](const ModelFileStamp &w) { return w.name == s.name; }))
            throw Error(ref.path + "/" + s.name + ": a model file appeared while " + during + " ran" + stopped);
}

std::string Project::modelStatusMessage() const
{
    switch (m_modelStatus) {
    case ModelStatus::Ok: return "ok";
    case ModelStatus::Missing: return "model folder is gone";
    case ModelStatus::Changed: return "model changed since the project was created";
    }
    return "?";
}

void Project::relocateModel(const std::string &newDir, const HashProgressFn &progress,
                            const std::atomic<bool> *cancel)
{
    const std::string dir = absolutePath(newDir);
    std::vector<ModelFileStamp> stamps = modelFileStamps(dir);
    const std::string hash = hashModel(dir, stamps, progress, cancel);
    const ModelRef ref = model();
    if (hash != ref.contentHash)
        throw Error(dir + ": not the project's model (content hash " + hash + ", the project's model has "
                    + ref.contentHash + "); " + m_path + " left unchanged");
    transaction([&] {
        SqliteStmt st(*m_db, "UPDATE model SET path = ? WHERE id = 1");
        st.bind(1, dir).run();
        storeStamps(*m_db, stamps);
    });
    m_modelStatus = ModelStatus::Ok;
}

void Project::requireWritable(const std::string &what) const
{
    if (readOnly())
        throw Error(m_path + ": the project is read-only (" + m_readOnlyReason + "); " + what
                    + " needs to write it: nothing was started");
}

void Project::transaction(const std::function<void()> &fn)
{
    if (readOnly())
        throw Error(m_path + ": the project is read-only (" + m_readOnlyReason + "); nothing was changed");
    if (m_transactionDepth > 0) { // nested: a savepoint inside the open transaction
        const std::string name = "sp" + std::to_string(m_transactionDepth);
        m_db->exec("SAVEPOINT " + name);
        ++m_transactionDepth;
        try {
            fn();
        } catch (...) {
            --m_transactionDepth;
            m_db->exec("ROLLBACK TO " + name);
            m_db->exec("RELEASE " + name);
            throw;
        }
        --m_transactionDepth;
        m_db->exec("RELEASE " + name);
        return;
    }
    SqliteTransaction tx(*m_db);
    m_transactionDepth = 1;
    try {
        fn();
    } catch (...) {
        m_transactionDepth = 0;
        throw;
    }
    m_transactionDepth = 0;
    tx.commit();
}

// ---------------------------------------------------------------- distillation

std::int64_t Project::addDistillRun(const DistillRunRecord &run)
{
    std::int64_t id = 0;
    transaction([&] {
        const std::string now = utcNow();
        SqliteStmt st(*m_db, "INSERT INTO distill_runs(mixer, settings_json, status, error, steps_done, created_at, updated_at) "
                             "VALUES (?, ?, ?, ?, ?, ?, ?)");
        st.bind(1, run.mixer).bind(2, run.settingsJson).bind(3, run.status).bind(4, run.error)
            .bind(5, run.stepsDone).bind(6, now).bind(7, now).run();
        id = m_db->lastInsertId();
        SqliteStmt l(*m_db, "INSERT INTO distill_layers(run_id, layer, status) VALUES (?, ?, 'pending')");
        for (std::int64_t layer : run.layers) {
            l.reset();
            l.bind(1, id).bind(2, layer).run();
        }
    });
    return id;
}

void Project::updateDistillRun(const DistillRunRecord &run)
{
    SqliteStmt st(*m_db, "UPDATE distill_runs SET settings_json = ?, status = ?, error = ?, steps_done = ?, updated_at = ?, "
                         "tokens_per_second = ? WHERE id = ?");
    st.bind(1, run.settingsJson).bind(2, run.status).bind(3, run.error).bind(4, run.stepsDone).bind(5, utcNow())
        .bind(6, run.tokensPerSecond).bind(7, run.id).run();
    if (m_db->changes() != 1)
        throw Error(m_path + ": no distillation run " + std::to_string(run.id));
}

DistillRunRecord Project::distillRun(std::int64_t id) const
{
    SqliteStmt st(*m_db, "SELECT id, mixer, settings_json, status, COALESCE(error, ''), steps_done, created_at, updated_at, "
                         "tokens_per_second FROM distill_runs WHERE id = ?");
    st.bind(1, id);
    if (!st.step())
        throw Error(m_path + ": no distillation run " + std::to_string(id));
    DistillRunRecord r;
    r.id = st.int64(0);
    r.mixer = st.text(1);
    r.settingsJson = st.text(2);
    r.status = st.text(3);
    r.error = st.text(4);
    r.stepsDone = st.int64(5);
    r.createdAt = st.text(6);
    r.updatedAt = st.text(7);
    r.tokensPerSecond = st.optReal(8);
    SqliteStmt l(*m_db, "SELECT layer FROM distill_layers WHERE run_id = ? ORDER BY layer");
    l.bind(1, id);
    while (l.step())
        r.layers.push_back(l.int64(0));
    return r;
}

std::vector<DistillRunRecord> Project::distillRuns() const
{
    std::vector<std::int64_t> ids;
    SqliteStmt st(*m_db, "SELECT id FROM distill_runs ORDER BY id");
    while (st.step())
        ids.push_back(st.int64(0));
    std::vector<DistillRunRecord> out;
    for (std::int64_t id : ids)
        out.push_back(distillRun(id));
    return out;
}

void Project::updateDistillLayer(const DistillLayerRecord &layer)
{
    SqliteStmt st(*m_db, "UPDATE distill_layers SET status = ?, error = ? WHERE run_id = ? AND layer = ?");
    st.bind(1, layer.status).bind(2, layer.error).bind(3, layer.runId).bind(4, layer.layer).run();
    if (m_db->changes() != 1)
        throw Error(m_path + ": run " + std::to_string(layer.runId) + " has no layer " + std::to_string(layer.layer));
}

std::vector<DistillLayerRecord> Project::distillLayers(std::int64_t runId) const
{
    std::vector<DistillLayerRecord> out;
    SqliteStmt st(*m_db, "SELECT run_id, layer, status, COALESCE(error, '') FROM distill_layers WHERE run_id = ? ORDER BY layer");
    st.bind(1, runId);
    while (st.step())
        out.push_back({st.int64(0), st.int64(1), st.text(2), st.text(3)});
    return out;
}

void Project::addLosses(const std::vector<LossRecord> &losses)
{
    transaction([&] {
        SqliteStmt st(*m_db, "INSERT OR REPLACE INTO distill_losses(run_id, layer, step, split, loss) VALUES (?, ?, ?, ?, ?)");
        for (const LossRecord &l : losses) {
            st.reset();
            st.bind(1, l.runId).bind(2, l.layer).bind(3, l.step).bind(4, l.split).bind(5, l.loss).run();
        }
    });
}

std::vector<LossRecord> Project::losses(std::int64_t runId, std::optional<std::int64_t> layer,
                                       const std::optional<std::string> &split) const
{
    std::vector<LossRecord> out;
    SqliteStmt st(*m_db, "SELECT run_id, layer, step, loss, split FROM distill_losses "
                         "WHERE run_id = ?1 AND (?2 IS NULL OR layer = ?2) AND (?3 IS NULL OR split = ?3) "
                         "ORDER BY layer, split DESC, step");
    st.bind(1, runId).bind(2, layer).bind(3, split);
    while (st.step())
        out.push_back({st.int64(0), st.int64(1), st.int64(2), st.optReal(3), st.text(4)});
    return out;
}

void Project::putStudentWeights(const BlobRecord &w)
{
    SqliteStmt st(*m_db, "INSERT OR REPLACE INTO student_weights(run_id, layer, step, data, created_at) VALUES (?, ?, ?, ?, ?)");
    st.bind(1, w.runId).bind(2, w.layer).bind(3, w.step).bindBlob(4, w.data).bind(5, utcNow()).run();
}

std::optional<BlobRecord> Project::studentWeights(std::int64_t runId, std::int64_t layer) const
{
    SqliteStmt st(*m_db, "SELECT run_id, layer, step, data, created_at FROM student_weights WHERE run_id = ? AND layer = ?");
    st.bind(1, runId).bind(2, layer);
    if (!st.step())
        return std::nullopt;
    return BlobRecord{st.int64(0), st.int64(1), st.int64(2), st.blob(3), st.text(4)};
}

void Project::putCheckpoint(const BlobRecord &c)
{
    SqliteStmt st(*m_db, "INSERT OR REPLACE INTO run_checkpoints(run_id, step, data, created_at) VALUES (?, ?, ?, ?)");
    st.bind(1, c.runId).bind(2, c.step).bindBlob(3, c.data).bind(4, utcNow()).run();
}

std::optional<BlobRecord> Project::checkpoint(std::int64_t runId) const
{
    SqliteStmt st(*m_db, "SELECT run_id, step, data, created_at FROM run_checkpoints WHERE run_id = ?");
    st.bind(1, runId);
    if (!st.step())
        return std::nullopt;
    return BlobRecord{st.int64(0), 0, st.int64(1), st.blob(2), st.text(3)};
}

} // namespace dtr
