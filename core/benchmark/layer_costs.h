#pragma once

// The what-if model of the layer map: per layer, what decoding one token reads with full
// attention (its attention weights, its KV cache) and with its linear student (the
// student's weights, its fixed-size state), so that any map's predicted decode speed-up
// and cache memory at a context come out at once, without running it. It is the
// bytes-per-token model `dtr bench` reports beside its measurements (docs/benchmarks.md):
// decode is memory-bound, so its time goes with the bytes each token reads. Computed for
// batch 1 in float32, as `dtr bench` runs. The struct is torch-free (widgets use it);
// the job that measures it builds the students.

#include "jobs/job.h"

#include <nlohmann/json.hpp>

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace dtr {

struct LayerCost
{
    std::int64_t attentionBytes = 0;   // the layer's attention weights
    std::int64_t kvBytesPerToken = 0;  // its keys and values, per token of context
    std::int64_t slidingWindow = 0;    // informational: the cache keeps every key either way
    bool hasStudent = false;           // a trained student exists for it
    std::int64_t studentBytes = 0;     // the student's weights
    std::int64_t stateBytes = 0;       // its recurrent and convolution state (fixed size)
};

struct LayerCosts
{
    std::string mixer;
    std::optional<std::int64_t> runId;
    std::int64_t otherWeightBytes = 0; // embeddings, MLPs, norms, head: read whatever the map
    std::vector<LayerCost> layers;

    // For a map (true: linear). A layer without a student counts as full attention.
    std::int64_t weightBytes(const std::vector<bool> &linear) const;
    std::int64_t cacheBytes(const std::vector<bool> &linear, std::int64_t context) const; // KV cache + state
    std::int64_t bytesPerToken(const std::vector<bool> &linear, std::int64_t context) const;
    // bytesPerToken(all full) / bytesPerToken(linear).
    double predictedSpeedup(const std::vector<bool> &linear, std::int64_t context) const;
};

nlohmann::json toJson(const LayerCosts &costs);
LayerCosts layerCostsFromJson(const nlohmann::json &j);

// Measures LayerCosts for a project's model and the students of distillation run `runId`
// (empty: the latest completed run; none: full attention only, hasStudent false
// everywhere). Reads the safetensors headers and the students, not the model's weights.
// Result: toJson(LayerCosts).
class LayerCostsJob : public Job
{
public:
    LayerCostsJob(std::string projectPath, std::optional<std::int64_t> runId);
    std::string kind() const override { return "layer-costs"; }
    std::string title() const override;

protected:
    Result execute(JobContext &context) override;

private:
    std::string m_path;
    std::optional<std::int64_t> m_runId;
};

} // namespace dtr
