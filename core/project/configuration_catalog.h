#pragma once

// The project's configurations as one list a window can show, group and compare: each
// with where it came from (a search's M_best / M_opt, a baseline at k linear layers, the
// full model, a hand-made map), its validation and test scores with their intervals, and
// what was benchmarked and exported. Read-only; torch-free.

#include "project/project.h"

#include <nlohmann/json.hpp>

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace dtr {

struct CatalogScore
{
    double value = 0;
    std::optional<double> ciLow, ciHigh;
    std::int64_t numExamples = 0;
    std::string task;   // the task file
    std::string metric;
};

struct CatalogBenchmark
{
    std::int64_t context = 0;
    std::string device;
    double decodeMedianMs = 0;          // per decoded token
    double prefillTokensPerSecond = 0;  // 0 where not recorded
    std::int64_t cacheBytes = 0;        // KV cache + recurrent state at that context
    std::int64_t peakBytes = 0;         // 0 where not recorded
};

struct ConfigurationEntry
{
    ConfigurationRecord record;
    std::vector<std::int64_t> linear;   // its linear layers
    std::string origin;                 // "best" | "opt" | "k" (a baseline's) | "full" | "manual"
    std::optional<std::int64_t> searchId;
    std::string task;                   // the search's validation task, by its readable name
    std::string strategy;               // the search's; empty otherwise
    std::optional<CatalogScore> validation, test; // the search's splits, else the latest evaluation
    std::vector<EvaluationRecord> evaluations;
    std::vector<CatalogBenchmark> benchmarks;   // the latest per (device, context)
    std::vector<ExportRecord> exports;
};

// Every configuration, in creation order.
std::vector<ConfigurationEntry> configurationCatalog(const Project &project);
// The configuration a search saved as `what` ("best", "opt", "k=3"), found by its source.
std::optional<ConfigurationRecord> searchConfiguration(const Project &project, std::int64_t searchId, const std::string &what);

nlohmann::json toJson(const ConfigurationEntry &entry);
ConfigurationEntry configurationEntryFromJson(const nlohmann::json &j);

} // namespace dtr
