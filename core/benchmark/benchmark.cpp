#include "benchmark/benchmark.h"

#include "model/runtime.h"
#include "pipeline/hybrid.h"
#include "pipeline/model_loading.h"
#include "project/project.h"
#include "util/error.h"
#include "util/layer_list.h"
#include "util/json_util.h"

#include <torch/torch.h>

#include <algorithm>
#include <chrono>
#include <sys/resource.h>

namespace dtr {

nlohmann::json toJson(const BenchPoint &p)
{
    return {{"context", p.context},
            {"beyond_context", p.beyondContext},
            {"prefill_tokens_per_second", p.prefillTokensPerSecond},
            {"decode_median_ms", p.decodeMedianMs},
            {"decode_p90_ms", p.decodeP90Ms},
            {"weight_bytes", p.weightBytes},
            {"kv_cache_bytes", p.kvCacheBytes},
            {"state_bytes", p.stateBytes},
            {"bytes_per_token", p.bytesPerToken()},
            {"peak_bytes", p.peakBytes}};
}

nlohmann::json toJson(const BenchResult &r)
{
    nlohmann::json points = nlohmann::json::array(), baseline = nlohmann::json::array();
    for (std::size_t i = 0; i < r.points.size(); ++i) {
        nlohmann::json p = toJson(r.points[i]);
        if (i < r.baseline.size()) {
            const BenchPoint &b = r.baseline[i];
            p["predicted_speedup"] = static_cast<double>(b.bytesPerToken()) / static_cast<double>(r.points[i].bytesPerToken());
            p["measured_speedup"] = b.decodeMedianMs / r.points[i].decodeMedianMs;
        }
        points.push_back(std::move(p));
    }
    for (const BenchPoint &b : r.baseline)
        baseline.push_back(toJson(b));
    return {{"name", r.name}, {"linear_layers", r.linear}, {"num_layers", r.numLayers}, {"device", r.device},
            {"points", points}, {"baseline", baseline}};
}

std::vector<std::int64_t> parseContexts(const std::string &text)
{
    std::vector<std::int64_t> out;
    std::size_t at = 0;
    while (at <= text.size()) {
        const std::size_t comma = text.find(',', at);
        const std::string part = text.substr(at, comma == std::string::npos ? std::string::npos : comma - at);
        std::size_t used = 0;
        long long v = 0;
        try {
            v = std::stoll(part, &used);
        } catch (const std::exception &) {
            used = 0;
        }
        if (used == 0 || used != part.size() || v < 1)
            throw Error("contexts '" + text + "': expected positive token counts such as 512,2048,8192");
        out.push_back(v);
        if (comma == std::string::npos)
            break;
        at = comma + 1;
    }
    return out;
}

namespace {

std::int64_t tensorBytes(const torch::Tensor &t)
{
    return t.defined() ? t.numel() * static_cast<std::int64_t>(t.element_size()) : 0;
}

// The parameters the configuration runs: each layer's active mixer (not the teacher's
// attention a student stands in for), MLPs, norms, embeddings and head.
std::int64_t activeWeightBytes(CausalLMImpl &lm)
{
    std::int64_t bytes = 0;
    for (const auto &p : lm.named_parameters()) {
        const std::string &name = p.key();
        bool skip = false;
        if (name.rfind("model.layers.", 0) == 0) {
            const std::int64_t l = std::stoll(name.substr(13));
            const bool linear = lm.layer(l).useStudent && lm.layer(l).linear_attn;
            const std::string prefix = "model.layers." + std::to_string(l) + ".";
            skip = (linear && name.rfind(prefix + "self_attn.", 0) == 0) || (!linear && name.rfind(prefix + "linear_attn.", 0) == 0);
        }
        if (!skip)
            bytes += tensorBytes(p.value());
    }
    return bytes;
}

std::int64_t peakResidentBytes()
{
    struct rusage u {};
    getrusage(RUSAGE_SELF, &u);
    return static_cast<std::int64_t>(u.ru_maxrss) * 1024; // Linux: KiB
}

double percentile(std::vector<double> v, double q)
{
    if (v.empty())
        return 0;
    std::sort(v.begin(), v.end());
    const auto i = static_cast<std::size_t>(q * static_cast<double>(v.size() - 1) + 0.5);
    return v[std::min(i, v.size() - 1)];
}

using Clock = std::chrono::steady_clock;

double secondsSince(Clock::time_point t0, const torch::Device &device)
{
    if (device.is_cuda())
        torch::cuda::synchronize();
    return std::chrono::duration<double>(Clock::now() - t0).count();
}

// One model at one context: the prefill (its point's throughput and cache sizes), then
// decode runs on demand.
struct Session
{
    CausalLM lm{nullptr};
    BenchPoint point;
    KVCache cache;
    torch::Tensor next;
    std::vector<double> latencies;
    torch::Device device = torch::kCPU;
};

void prefill(Session &m, std::int64_t ctx, const BenchSettings &s, JobContext &context)
{
    torch::NoGradGuard noGrad;
    m.device = m.lm->outputWeight().device();
    m.point = {};
    m.point.context = ctx;
    m.point.beyondContext = ctx > m.lm->config.maxPositionEmbeddings;
    m.point.weightBytes = activeWeightBytes(*m.lm);
    m.cache = KVCache();
    m.latencies.clear();
    torch::manual_seed(static_cast<std::int64_t>(s.seed) + ctx);
    const torch::Tensor ids =
        torch::randint(0, m.lm->config.vocabSize, {s.batch, ctx}, torch::TensorOptions().dtype(torch::kInt64)).to(m.device);
    ForwardOptions fo;
    fo.lastTokenLogitsOnly = true;
    // Prefill in chunks: the KV cache and the linear layers' state carry across.
    const auto t0 = Clock::now();
    torch::Tensor logits;
    for (std::int64_t at = 0; at < ctx; at += s.prefillChunk) {
        context.throwIfCancelled();
        const std::int64_t n = std::min(s.prefillChunk, ctx - at);
        logits = m.lm->forward(ids.slice(1, at, at + n), fo, &m.cache).logits;
    }
    m.point.prefillTokensPerSecond = static_cast<double>(s.batch * ctx) / std::max(secondsSince(t0, m.device), 1e-9);
    for (const MixerCache &c : m.cache.layers) {
        m.point.kvCacheBytes += tensorBytes(c.keys) + tensorBytes(c.values);
        for (const torch::Tensor &t : c.state)
            m.point.stateBytes += tensorBytes(t);
    }
    m.next = logits.select(1, -1).argmax(-1).unsqueeze(1);
}

// One run of decode steps; the first step's latency is left out (it warms caches up).
void decodeRun(Session &m, const BenchSettings &s, JobContext &context)
{
    torch::NoGradGuard noGrad;
    ForwardOptions fo;
    fo.lastTokenLogitsOnly = true;
    for (std::int64_t t = 0; t < s.decodeTokens; ++t) {
        context.throwIfCancelled();
        const auto d0 = Clock::now();
        m.next = m.lm->forward(m.next, fo, &m.cache).logits.select(1, -1).argmax(-1).unsqueeze(1);
        const double ms = secondsSince(d0, m.device) * 1000.0;
        if (t > 0)
            m.latencies.push_back(ms);
    }
}

void finish(Session &m)
{
    m.point.decodeMedianMs = percentile(m.latencies, 0.5);
    m.point.decodeP90Ms = percentile(m.latencies, 0.9);
    m.cache = KVCache();
    m.next = torch::Tensor();
}

} // namespace

BenchJob::BenchJob(BenchTarget target, BenchSettings settings)
    : m_target(std::move(target))
    , m_settings(std::move(settings))
{
}

std::string BenchJob::title() const
{
    return "Benchmark " + (m_target.configuration.empty() ? m_target.path : m_target.configuration);
}

Job::Result BenchJob::execute(JobContext &context)
{
    const BenchSettings &s = m_settings;
    if (s.contexts.empty() || s.batch < 1 || s.decodeTokens < 2 || s.runs < 1 || s.prefillChunk < 1)
        throw Error("contexts, batch size, decode tokens (at least 2), runs and the prefill chunk must be positive");
    setThreadCount(s.threads);
    LoadOptions lo;
    lo.device = parseDevice(s.device);
    const bool isProject = m_target.path.size() > 4 && m_target.path.compare(m_target.path.size() - 4, 4, ".dtr") == 0;
    std::unique_ptr<Project> project;
    CausalLM target{nullptr}, baseline{nullptr};
    std::int64_t configId = 0, fullId = 0;
    context.report("load", 0, 1, "stages", "loading the model");
    if (isProject) {
        if (m_target.configuration.empty())
            throw Error(m_target.path + ": a project needs the configuration to measure (--config NAME)");
        project = Project::open(m_target.path);
        project->requireWritable("the benchmark"); // it stores its figures in the project
        ConfiguredModel cm = loadConfiguration(*project, m_target.configuration, lo);
        target = cm.model;
        configId = cm.configuration.id;
        m_result.name = cm.configuration.name;
        if (s.baseline && !cm.linear.empty())
            baseline = loadConfiguration(*project, "full", lo).model;
    } else {
        if (!m_target.configuration.empty())
            throw Error("--config names a configuration of a project; " + m_target.path + " is a model folder");
        target = loadModel(m_target.path, lo);
        m_result.name = m_target.path;
        const bool exported = !target->config.linearLayers.empty();
        if (!m_target.linearLayers.empty()) {
            if (exported)
                throw Error(m_target.path + " is an exported hybrid already; its linear layers are fixed");
            HybridSpec h;
            h.linearLayers = m_target.linearLayers;
            h.mixer = m_target.mixer;
            applyHybrid(target, h, m_target.path);
            m_result.name += " (" + m_target.mixer + " on " + m_target.linearLayers + ")";
        }
        if (s.baseline && !target->linearLayers().empty() && !exported)
            baseline = loadModel(m_target.path, lo);
    }
    target->eval();
    m_result.linear = target->linearLayers();
    m_result.numLayers = target->config.numLayers;
    m_result.device = s.device;
    context.report("load", 1, 1, "stages");
    if (baseline)
        baseline->eval();
    const std::int64_t total = static_cast<std::int64_t>(s.contexts.size()) * 2 * (baseline ? 2 : 1);
    std::int64_t done = 0;
    // Per context: the target's prefill first (the peak resident memory is the process's
    // high-water mark, so the target's is its own), then the baseline's; then their decode
    // runs alternate, so both see the same load on a noisy machine and the measured
    // speed-up compares like with like.
    Session t, b;
    t.lm = target;
    b.lm = baseline;
    const auto reported = [&](const std::string &what) {
        context.report({"bench", ++done, total, "measurements", 0, -1, what, {}});
    };
    for (std::int64_t ctx : s.contexts) {
        context.throwIfCancelled();
        prefill(t, ctx, s, context);
        reported(m_result.name + ": prefill " + std::to_string(ctx));
        if (t.device.is_cpu())
            t.point.peakBytes = peakResidentBytes();
        if (baseline) {
            prefill(b, ctx, s, context);
            reported("full: prefill " + std::to_string(ctx));
        }
        for (int run = 0; run < s.runs; ++run) {
            decodeRun(t, s, context);
            if (baseline)
                decodeRun(b, s, context);
        }
        finish(t);
        m_result.points.push_back(t.point);
        reported(m_result.name + ": decode " + std::to_string(ctx));
        if (baseline) {
            finish(b);
            if (b.device.is_cpu())
                b.point.peakBytes = peakResidentBytes();
            m_result.baseline.push_back(b.point);
            reported("full: decode " + std::to_string(ctx));
        }
    }
    t = Session{};
    b = Session{};
    target = nullptr;
    baseline = nullptr;

    if (project) {
        // Stored per context (v_benchmarks), the baseline under "full".
        project->verifyModelUnchanged("the benchmark");
        if (!m_result.baseline.empty())
            fullId = fullConfigurationId(*project);
        const auto store = [&](std::int64_t id, const std::vector<BenchPoint> &points) {
            for (const BenchPoint &p : points) {
                nlohmann::json settings = toJson(p);
                settings["decode_tokens"] = s.decodeTokens;
                settings["runs"] = s.runs;
                settings["prefill_chunk"] = s.prefillChunk;
                settings["threads"] = threadCount();
                project->addBenchmark({0, id, s.device, p.context, s.batch, 1000.0 / p.decodeMedianMs,
                                       p.peakBytes > 0 ? std::optional<std::int64_t>(p.peakBytes) : std::nullopt,
                                       dumpJson(settings), ""});
            }
        };
        if (configId == 0) // "full" itself
            configId = fullConfigurationId(*project);
        project->transaction([&] {
            store(configId, m_result.points);
            if (!m_result.baseline.empty())
                store(fullId, m_result.baseline);
        });
    }
    return {JobStatus::Completed, toJson(m_result), std::nullopt};
}

} // namespace dtr
