#pragma once

// The .dtr project file: one SQLite database holding the model reference and every
// run, loss, student, search round, configuration, evaluation, benchmark and export.
// Torch-free and Qt-free; all SQL of the engine lives in core/project. Each Project
// owns its own connection: use one per thread (WAL lets readers read while a writer
// writes). Writers commit in small transactions as work progresses.

#include "project/model_hash.h"

#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace dtr {

class SqliteDb;

struct ModelRef
{
    std::string path;
    std::string contentHash;
    std::string modelType;
    std::int64_t numLayers = 0;
    std::string summaryJson;
    std::string registeredAt;
};

enum class ModelStatus { Ok, Missing, Changed };

struct DistillRunRecord
{
    std::int64_t id = 0;
    std::string mixer;
    std::string settingsJson = "{}";
    std::string status = "pending"; // pending | running | completed | failed | cancelled
    std::string error;
    std::int64_t stepsDone = 0;
    std::vector<std::int64_t> layers;
    std::optional<double> tokensPerSecond; // training throughput at the last checkpoint (schema 4)
    std::string createdAt, updatedAt;
};

struct DistillLayerRecord
{
    std::int64_t runId = 0;
    std::int64_t layer = 0;
    std::string status = "pending"; // pending | running | completed | failed
    std::string error;
};

struct LossRecord
{
    std::int64_t runId = 0;
    std::int64_t layer = 0;
    std::int64_t step = 0;
    std::optional<double> loss; // nullopt: NaN or Inf
    std::string split = "train"; // train | heldout
};

struct BlobRecord // student weights (safetensors bytes) or a run checkpoint
{
    std::int64_t runId = 0;
    std::int64_t layer = 0; // unused for checkpoints
    std::int64_t step = 0;
    std::string data;
    std::string createdAt;
};

struct SearchRunRecord
{
    std::int64_t id = 0;
    std::optional<std::int64_t> distillRunId;
    std::string strategy = "greedy";
    std::string metric;
    std::string settingsJson = "{}";
    std::string constraintsJson = "{}";
    std::string status = "pending";
    std::string error;
    std::optional<double> baseScore;
    std::optional<double> pMin;
    std::string createdAt, updatedAt;
};

struct CandidateRecord
{
    std::int64_t searchId = 0;
    std::int64_t round = 0;
    std::int64_t layer = 0;
    double score = 0;
    std::optional<double> ciLow, ciHigh;
};

struct RoundRecord
{
    std::int64_t searchId = 0;
    std::int64_t round = 0;
    std::int64_t chosenLayer = 0;
    double chosenScore = 0;
    bool committed = false;
    bool withinNoise = false;
    std::vector<std::int64_t> linearLayers;  // linear layers after the round (schema 3)
    std::optional<double> ciLow, ciHigh;     // the chosen score's interval (schema 3)
    std::optional<double> testScore;         // the same configuration on the test task (schema 3)
};

struct ConfigurationRecord
{
    std::int64_t id = 0;
    std::string name;
    std::vector<std::string> layerTypes; // per layer: "full_attention", "gdn", "gla", ...
    std::string mixer;
    std::optional<std::int64_t> distillRunId;
    std::string source = "manual";
    std::string notes;
    std::string createdAt;
};

struct EvaluationRecord
{
    std::int64_t id = 0;
    std::int64_t configurationId = 0;
    std::string task;
    std::string taskHash;
    std::string metric;
    double score = 0;
    std::optional<double> ciLow, ciHigh;
    std::int64_t numExamples = 0;
    std::string detailsJson = "{}";
    std::string createdAt;
};

struct BenchmarkRecord
{
    std::int64_t id = 0;
    std::int64_t configurationId = 0;
    std::string device;
    std::int64_t seqLen = 0;
    std::int64_t batchSize = 1;
    double tokensPerSecond = 0;
    std::optional<std::int64_t> peakMemoryBytes;
    std::string settingsJson = "{}";
    std::string createdAt;
};

struct ExportRecord
{
    std::int64_t id = 0;
    std::int64_t configurationId = 0;
    std::string path;
    std::string manifestJson = "{}";
    std::string createdAt;
};

// The layer map's constraints (schema 4): the defaults of a search. A pinned layer is
// linear from the start; a forbidden one stays full attention; any other layer is free.
struct LayerConstraints
{
    std::vector<std::int64_t> pinned, forbidden; // ascending
    bool empty() const { return pinned.empty() && forbidden.empty(); }
    bool operator==(const LayerConstraints &o) const { return pinned == o.pinned && forbidden == o.forbidden; }
};

struct ProjectCounts
{
    std::int64_t distillRuns = 0, losses = 0, students = 0, searchRuns = 0, searchRounds = 0,
                 candidates = 0, configurations = 0, evaluations = 0, benchmarks = 0, exports = 0, constraints = 0;
};

class Project
{
public:
    enum class ModelCheck {
        Require, // refuse to open when the model folder is gone or changed
        Report   // open anyway; modelStatus() tells
    };

    // Creates a new project for a model folder (which must load as a model). Refuses
    // an existing file.
    // Hashing the weights takes time: progress(bytesDone, bytesTotal) reports it, and a
    // set *cancel stops it (dtr::Cancelled; no file is left behind).
    static std::unique_ptr<Project> create(const std::string &path, const std::string &modelDir,
                                           const HashProgressFn &progress = {},
                                           const std::atomic<bool> *cancel = nullptr);
    // Opens a project, migrating an older schema. Everything that could make the open
    // fail (not SQLite, corrupt, not a project, newer schema, model gone or changed) is
    // checked on a read-only connection first, so a failed open never modifies the file.
    static std::unique_ptr<Project> open(const std::string &path, ModelCheck check = ModelCheck::Require);
    ~Project();

    static int currentSchemaVersion();
    const std::string &path() const { return m_path; }
    int schemaVersion() const;

    // A project whose file (or folder: SQLite writes its -wal and -shm files beside it)
    // this process may not write opens read-only: everything reads, every write throws
    // dtr::Error saying so, and writing jobs refuse to start (requireWritable).
    bool readOnly() const { return !m_readOnlyReason.empty(); }
    // "no write permission on the file" or "... on its folder DIR"; empty when writable.
    const std::string &readOnlyReason() const { return m_readOnlyReason; }
    // Throws "<file>: the project is read-only (...); <what> needs to write it:
    // nothing was started" when readOnly().
    void requireWritable(const std::string &what) const;

    ModelRef model() const;
    ModelStatus modelStatus() const { return m_modelStatus; }
    // Jobs call this before they store results computed from the model's files: throws
    // "<model dir>/<file>: the model file changed while <during> ran (...)" when a file's
    // size or modification time differs from the project's record, or one is gone.
    // Cheap (a stat per file).
    void verifyModelUnchanged(const std::string &during) const;
    std::string modelStatusMessage() const;
    // Points the project at a moved copy of its model; accepted only when the content
    // hash matches.
    void relocateModel(const std::string &newDir, const HashProgressFn &progress = {},
                       const std::atomic<bool> *cancel = nullptr);

    // Runs fn inside one transaction (BEGIN IMMEDIATE ... COMMIT), rolled back if fn
    // throws. Nested calls become savepoints of the enclosing transaction.
    void transaction(const std::function<void()> &fn);

    // Distillation
    std::int64_t addDistillRun(const DistillRunRecord &run); // also creates its layer rows
    void updateDistillRun(const DistillRunRecord &run);      // status, error, steps, settings
    DistillRunRecord distillRun(std::int64_t id) const;
    std::vector<DistillRunRecord> distillRuns() const;
    void updateDistillLayer(const DistillLayerRecord &layer);
    std::vector<DistillLayerRecord> distillLayers(std::int64_t runId) const;
    void addLosses(const std::vector<LossRecord> &losses); // one transaction
    // One run's losses, ordered by layer, split (train first) and step; optionally of one
    // layer and/or one split ("train" | "heldout").
    std::vector<LossRecord> losses(std::int64_t runId, std::optional<std::int64_t> layer = std::nullopt,
                                   const std::optional<std::string> &split = std::nullopt) const;
    void putStudentWeights(const BlobRecord &weights); // replaces the layer's previous weights
    std::optional<BlobRecord> studentWeights(std::int64_t runId, std::int64_t layer) const;
    void putCheckpoint(const BlobRecord &checkpoint);
    std::optional<BlobRecord> checkpoint(std::int64_t runId) const;

    // Search
    std::int64_t addSearchRun(const SearchRunRecord &run);
    void updateSearchRun(const SearchRunRecord &run);
    SearchRunRecord searchRun(std::int64_t id) const;
    std::vector<SearchRunRecord> searchRuns() const;
    void addCandidate(const CandidateRecord &candidate);
    std::vector<CandidateRecord> candidates(std::int64_t searchId) const;
    void addRound(const RoundRecord &round);
    // Forgets the candidates of one round (a resumed search redoes the round it was in).
    void deleteCandidates(std::int64_t searchId, std::int64_t round);
    std::vector<RoundRecord> rounds(std::int64_t searchId) const;

    // Layer constraints: replaced as a whole in one transaction. Refuses a layer outside
    // the model or one that is both pinned and forbidden (naming it); nothing changes then.
    LayerConstraints layerConstraints() const;
    void setLayerConstraints(const LayerConstraints &constraints);

    // Configurations and what was measured on them
    std::int64_t addConfiguration(const ConfigurationRecord &config); // name must be new
    std::optional<ConfigurationRecord> configuration(const std::string &name) const;
    std::vector<ConfigurationRecord> configurations() const;
    std::optional<ConfigurationRecord> configuration(std::int64_t id) const;
    // Refuses an empty name or one another configuration has (naming it); nothing
    // changes then.
    void renameConfiguration(std::int64_t id, const std::string &newName);
    // The configuration with its evaluations, benchmarks and export records, in one
    // transaction (exported folders on disk are left alone).
    void deleteConfiguration(std::int64_t id);
    std::int64_t addEvaluation(const EvaluationRecord &evaluation);
    std::vector<EvaluationRecord> evaluations(std::int64_t configurationId) const;
    std::int64_t addBenchmark(const BenchmarkRecord &benchmark);
    std::vector<BenchmarkRecord> benchmarks(std::int64_t configurationId) const;
    std::int64_t addExport(const ExportRecord &exportRecord);
    std::vector<ExportRecord> exports(std::int64_t configurationId) const;

    ProjectCounts counts() const;
    // "ok" or the first problem PRAGMA integrity_check reports.
    std::string integrityCheck() const;

    // For tests of migrations: creates a project file at an older schema version.
    static std::unique_ptr<Project> createAtVersion(const std::string &path, const std::string &modelDir, int version);

private:
    Project(const std::string &path, std::unique_ptr<SqliteDb> db);
    static std::unique_ptr<Project> createImpl(const std::string &path, const std::string &modelDir, int version,
                                               const HashProgressFn &progress, const std::atomic<bool> *cancel);
    void checkModelNow();

    std::string m_path;
    std::unique_ptr<SqliteDb> m_db;
    ModelStatus m_modelStatus = ModelStatus::Ok;
    std::string m_readOnlyReason;
    int m_transactionDepth = 0;
};

// ISO-8601 UTC time with milliseconds, e.g. "2026-11-26T15:21:10.123Z".
std::string utcNow();

} // namespace dtr
