#pragma once

// `dtr bench`: the speed and memory of a model, an exported hybrid or a project's
// configuration, per context length — prefill throughput, per-token decode latency
// (median and p90), and memory (weights, KV cache, recurrent state, peak) — next to its
// full-attention baseline, with the decode speed-up that bytes read per decoded token
// (weights + KV cache + state) predict beside the measured one (docs/benchmarks.md).
// Speed, not quality: contexts beyond max_position_embeddings are allowed (flagged).

#include "jobs/job.h"

#include <nlohmann/json.hpp>

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace dtr {

struct BenchSettings
{
    std::vector<std::int64_t> contexts{512, 2048, 8192};
    std::int64_t batch = 1;
    std::string device = "cpu";
    int threads = 0;                 // 0: all cores
    std::int64_t decodeTokens = 16;  // decoded per run, after the prefill
    int runs = 3;                    // decode runs per context (latencies pooled)
    std::int64_t prefillChunk = 1024;// prefill in chunks of this many tokens (KV cache / state carried)
    std::uint64_t seed = 0;          // the random prompt
    bool baseline = true;            // also measure the model with every layer full attention
};

// What to measure: a model folder (a Hugging Face checkpoint, or an export), optionally
// with fresh students on some layers, or a configuration of a project.
struct BenchTarget
{
    std::string path;                // MODEL_DIR, EXPORT_DIR or PROJECT.dtr
    std::string configuration;       // with a project: the configuration ("full": the model)
    std::string linearLayers;        // with a folder: layers given fresh students, e.g. "0,2"
    std::string mixer = "gdn";       // their mixer (weight transfer from the attention)
};

struct BenchPoint
{
    std::int64_t context = 0;
    bool beyondContext = false;      // longer than max_position_embeddings
    double prefillTokensPerSecond = 0;
    double decodeMedianMs = 0, decodeP90Ms = 0;
    std::int64_t weightBytes = 0;    // parameters the configuration runs
    std::int64_t kvCacheBytes = 0;   // keys and values of the full-attention layers
    std::int64_t stateBytes = 0;     // recurrent and convolution state of the linear layers
    std::int64_t peakBytes = 0;      // peak resident memory of the process so far (CPU)
    std::int64_t bytesPerToken() const { return weightBytes + kvCacheBytes + stateBytes; }
};

struct BenchResult
{
    std::string name;                // what was measured
    std::vector<std::int64_t> linear;
    std::int64_t numLayers = 0;
    std::string device;
    std::vector<BenchPoint> points;
    std::vector<BenchPoint> baseline; // the full model at the same contexts (empty: not measured)
};

nlohmann::json toJson(const BenchPoint &point);
nlohmann::json toJson(const BenchResult &result);
// "512,2048,8192" -> contexts; errors name the text.
std::vector<std::int64_t> parseContexts(const std::string &text);

class BenchJob : public Job
{
public:
    BenchJob(BenchTarget target, BenchSettings settings);
    std::string kind() const override { return "bench"; }
    std::string title() const override;
    const BenchResult &result() const { return m_result; }

protected:
    Result execute(JobContext &context) override;

private:
    BenchTarget m_target;
    BenchSettings m_settings;
    BenchResult m_result;
};

} // namespace dtr
