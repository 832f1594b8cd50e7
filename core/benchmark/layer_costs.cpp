#include "benchmark/layer_costs.h"

#include "distill/run_students.h"
#include "model/model_summary.h"
#include "project/project.h"
#include "util/error.h"

#include <algorithm>

namespace dtr {

namespace {

constexpr std::int64_t kElementBytes = 4; // float32, as dtr bench computes

bool isLinear(const std::vector<bool> &linear, std::size_t l, const LayerCost &c)
{
    return l < linear.size() && linear[l] && c.hasStudent;
}

} // namespace

std::int64_t LayerCosts::weightBytes(const std::vector<bool> &linear) const
{
    std::int64_t bytes = otherWeightBytes;
    for (std::size_t l = 0; l < layers.size(); ++l)
        bytes += isLinear(linear, l, layers[l]) ? layers[l].studentBytes : layers[l].attentionBytes;
    return bytes;
}

std::int64_t LayerCosts::cacheBytes(const std::vector<bool> &linear, std::int64_t context) const
{
    std::int64_t bytes = 0;
    for (std::size_t l = 0; l < layers.size(); ++l) {
        const LayerCost &c = layers[l];
        if (isLinear(linear, l, c))
            bytes += c.stateBytes;
        else
            bytes += c.kvBytesPerToken * context; // sliding-window layers keep every key too (masked, not dropped)
    }
    return bytes;
}

std::int64_t LayerCosts::bytesPerToken(const std::vector<bool> &linear, std::int64_t context) const
{
    return weightBytes(linear) + cacheBytes(linear, context);
}

double LayerCosts::predictedSpeedup(const std::vector<bool> &linear, std::int64_t context) const
{
    const std::int64_t here = bytesPerToken(linear, context);
    return here > 0 ? static_cast<double>(bytesPerToken({}, context)) / static_cast<double>(here) : 1.0;
}

nlohmann::json toJson(const LayerCosts &c)
{
    nlohmann::json layers = nlohmann::json::array();
    for (const auto &l : c.layers)
        layers.push_back({{"attention_bytes", l.attentionBytes}, {"kv_bytes_per_token", l.kvBytesPerToken},
                          {"sliding_window", l.slidingWindow}, {"has_student", l.hasStudent},
                          {"student_bytes", l.studentBytes}, {"state_bytes", l.stateBytes}});
    return {{"mixer", c.mixer}, {"run_id", c.runId ? nlohmann::json(*c.runId) : nlohmann::json(nullptr)},
            {"other_weight_bytes", c.otherWeightBytes}, {"layers", std::move(layers)}};
}

LayerCosts layerCostsFromJson(const nlohmann::json &j)
{
    LayerCosts c;
    c.mixer = j.value("mixer", "");
    if (j.contains("run_id") && j["run_id"].is_number())
        c.runId = j["run_id"].get<std::int64_t>();
    c.otherWeightBytes = j.value("other_weight_bytes", std::int64_t(0));
    for (const auto &l : j.value("layers", nlohmann::json::array())) {
        LayerCost x;
        x.attentionBytes = l.value("attention_bytes", std::int64_t(0));
        x.kvBytesPerToken = l.value("kv_bytes_per_token", std::int64_t(0));
        x.slidingWindow = l.value("sliding_window", std::int64_t(0));
        x.hasStudent = l.value("has_student", false);
        x.studentBytes = l.value("student_bytes", std::int64_t(0));
        x.stateBytes = l.value("state_bytes", std::int64_t(0));
        c.layers.push_back(x);
    }
    return c;
}

LayerCostsJob::LayerCostsJob(std::string projectPath, std::optional<std::int64_t> runId)
    : m_path(std::move(projectPath))
    , m_runId(runId)
{
}

std::string LayerCostsJob::title() const
{
    return "Estimate the decode cost of each layer of " + m_path;
}

Job::Result LayerCostsJob::execute(JobContext &context)
{
    context.report("read", 0, 2, "stages", "reading the model's layers");
    auto project = Project::open(m_path, Project::ModelCheck::Report);
    const ModelRef ref = project->model();
    const ModelSummary summary = summarizeModel(ref.path);
    const ModelConfig &cfg = summary.config;
    LayerCosts costs;
    std::int64_t attentionParams = 0;
    for (const auto &l : summary.layers) {
        LayerCost c;
        c.attentionBytes = l.attentionParams * kElementBytes;
        c.kvBytesPerToken = 2 * cfg.numKvHeads * cfg.headDim * kElementBytes;
        c.slidingWindow = l.slidingWindow;
        attentionParams += l.attentionParams;
        costs.layers.push_back(c);
    }
    // Parameters loaded once (a tied head is the embedding).
    costs.otherWeightBytes = (summary.totalParams - attentionParams) * kElementBytes;
    context.throwIfCancelled();

    std::optional<std::int64_t> runId = m_runId;
    if (!runId)
        for (const auto &r : project->distillRuns())
            if (r.status == "completed")
                runId = r.id;
    if (runId) {
        context.report("read", 1, 2, "stages", "measuring the students");
        const DistillRunRecord run = project->distillRun(*runId);
        costs.runId = run.id;
        costs.mixer = run.mixer;
        const StudentSet students = loadRunStudents(*project, run.id);
        torch::NoGradGuard noGrad;
        for (const auto &[layer, student] : students.students) {
            if (layer < 0 || layer >= static_cast<std::int64_t>(costs.layers.size()))
                throw Error(m_path + ": distillation run " + std::to_string(run.id) + " has a student for layer "
                            + std::to_string(layer) + ", outside the model");
            context.throwIfCancelled();
            LayerCost &c = costs.layers[static_cast<std::size_t>(layer)];
            c.hasStudent = true;
            c.studentBytes = 0;
            for (const auto &p : student->parameters())
                c.studentBytes += p.numel() * kElementBytes;
            // The state after one token: its size is fixed from then on.
            const auto opts = torch::TensorOptions().dtype(torch::kFloat32);
            MixerContext mc;
            mc.tokenMask = torch::ones({1, 1}, torch::TensorOptions().dtype(torch::kBool));
            MixerCache cache;
            student->to(torch::kFloat32);
            student->forward(torch::zeros({1, 1, cfg.hiddenSize}, opts), mc, &cache);
            c.stateBytes = 0;
            for (const auto &t : cache.state)
                c.stateBytes += t.numel() * static_cast<std::int64_t>(t.element_size());
        }
    }
    context.report("read", 2, 2, "stages");
    return {JobStatus::Completed, toJson(costs), std::nullopt};
}

} // namespace dtr
