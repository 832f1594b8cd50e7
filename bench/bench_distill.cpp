// bench_distill — throughput and peak memory of one blockwise-distillation step
// (dtr::distillStep, exactly what the trainer repeats) on a randomly initialised
// Llama-architecture teacher of ~100M parameters with one student per layer.
// bench/distill_step.py computes the same step in plain PyTorch; the two are run side by
// side by bench/run_distill_bench.sh (docs/distill-benchmark.md).
//
// Prints one JSON object:
//   step time (median over timed steps) and tokens/s of distillStep;
//   where the time goes: an instrumented copy of the step's loop timing the teacher
//   forward, student forward + loss, backward and the clipping + AdamW pass separately, and one
//   profiled step (LibTorch's legacy profiler) aggregated by op, with the FLOPs of every
//   GEMM op computed from its input shapes;
//   the machine's matmul rate (1024^3 float32, median) and the GEMM rate achieved;
//   memory: RSS after N and 2N steps and the peak (VmHWM).
// With DTR_PROF_SHAPES=1 in the environment the profiled step is aggregated by op and
// input shapes instead, and the 60 largest entries go to stderr (where to look next).

#include "distill/distill.h"
#include "mixers/students.h"
#include "model/runtime.h"
#include "model/transformer.h"

#if __has_include(<torch/csrc/autograd/profiler_legacy.h>)
#include <torch/csrc/autograd/profiler_legacy.h>
#define DTR_HAVE_LEGACY_PROFILER 1
#endif

#ifdef _OPENMP
#include <omp.h>
#endif

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <fstream>
#include <iostream>
#include <numeric>
#include <map>
#include <string>
#include <vector>

namespace {

using Clock = std::chrono::steady_clock;

struct Args
{
    std::string mixer = "gla";
    std::int64_t batch = 2, seqLen = 256;
    int steps = 4, warmup = 1, breakdownSteps = 2;
    int threads = 2;
    std::int64_t layers = 12, hidden = 768, heads = 12, kvHeads = 4, intermediate = 2560, vocab = 12288;
    bool profile = true;
    std::uint64_t seed = 0;
};

double ms(Clock::time_point a, Clock::time_point b)
{
    return std::chrono::duration<double, std::milli>(b - a).count();
}

double median(std::vector<double> v)
{
    if (v.empty())
        return 0;
    std::sort(v.begin(), v.end());
    const std::size_t n = v.size();
    return n % 2 ? v[n / 2] : 0.5 * (v[n / 2 - 1] + v[n / 2]);
}

double statusMiB(const char *field)
{
    std::ifstream f("/proc/self/status");
    std::string line;
    const std::string key = std::string(field) + ":";
    while (std::getline(f, line))
        if (line.rfind(key, 0) == 0)
            return static_cast<double>(std::stoll(line.substr(key.size()))) / 1024.0;
    return -1;
}

dtr::ModelConfig makeConfig(const Args &a)
{
    dtr::ModelConfig c;
    c.modelType = "llama";
    c.architecture = "LlamaForCausalLM";
    c.vocabSize = a.vocab;
    c.hiddenSize = a.hidden;
    c.intermediateSize = a.intermediate;
    c.numLayers = a.layers;
    c.numHeads = a.heads;
    c.numKvHeads = a.kvHeads;
    c.headDim = a.hidden / a.heads;
    c.maxPositionEmbeddings = 4096;
    c.rmsNormEps = 1e-5;
    c.ropeTheta = 10000.0;
    c.tieWordEmbeddings = true;
    return c;
}

std::int64_t countParams(const torch::nn::Module &m)
{
    std::int64_t n = 0;
    for (const auto &p : m.parameters())
        n += p.numel();
    return n;
}

// Sum of in*out over the Linear weights of a module (the GEMM-carrying parameters).
std::int64_t linearParams(const torch::nn::Module &m)
{
    std::int64_t n = 0;
    for (const auto &p : m.named_parameters(true))
        if (p.value().dim() == 2 && p.key().find("embed_tokens") == std::string::npos)
            n += p.value().numel();
    return n;
}

double matmulRate()
{
    torch::NoGradGuard ng;
    torch::Tensor a = torch::randn({1024, 1024}), b = torch::randn({1024, 1024});
    for (int i = 0; i < 3; ++i)
        (void)torch::mm(a, b);
    std::vector<double> rates;
    for (int i = 0; i < 10; ++i) {
        auto t0 = Clock::now();
        torch::Tensor c = torch::mm(a, b);
        auto t1 = Clock::now();
        rates.push_back(2.0 * 1024 * 1024 * 1024 / (ms(t0, t1) * 1e-3) / 1e9);
    }
    return median(rates);
}

struct Breakdown
{
    std::vector<double> teacher, studentFwd, backward, clip, optim, total;
};

// dtr::distillStep with a timer around each phase (same calls, same order). The
// students train side by side, one per thread, as in distillStep, so their phases
// overlap: each phase's time is its share of the summed per-thread time, scaled to the
// students' wall time (the phases then add up to the step).
void instrumentedStep(dtr::CausalLMImpl &teacher, std::vector<dtr::StudentTrainer> &trainers, const torch::Tensor &ids,
                      double lr, double gradClip, Breakdown &bd)
{
    const auto t0 = Clock::now();
    dtr::ForwardResult r;
    {
        torch::NoGradGuard ng;
        r = teacher.forward(ids, dtr::teacherCaptureOptions(trainers));
    }
    const auto t1 = Clock::now();
    const std::int64_t n = static_cast<std::int64_t>(trainers.size());
    std::vector<double> fwd(trainers.size()), bwd(trainers.size()), opt(trainers.size());
    const int workers = static_cast<int>(std::min<std::int64_t>(at::get_num_threads(), n));
#ifdef _OPENMP
#pragma omp parallel for num_threads(workers) schedule(dynamic, 1) if (workers > 1)
#endif
    for (std::int64_t i = 0; i < n; ++i) {
        dtr::StudentTrainer &st = trainers[static_cast<std::size_t>(i)];
#ifdef _OPENMP
        if (workers > 1)
            omp_set_num_threads(1); // as distillStep
#endif
        const auto a = Clock::now();
        const torch::Tensor &x = r.attentionInputs[static_cast<std::size_t>(st.layer)];
        const torch::Tensor &y = r.attentionOutputs[static_cast<std::size_t>(st.layer)];
        torch::Tensor out = st.student->forward(x, dtr::MixerContext{}, nullptr); // no token mask, as distillStep
        torch::Tensor loss = torch::mse_loss(out.to(torch::kFloat32), y.to(torch::kFloat32));
        (void)loss.item<double>();
        const auto b = Clock::now();
        for (auto &p : st.student->parameters())
            p.mutable_grad().reset();
        loss.backward();
        const auto c = Clock::now();
        // Clipping is fused into the AdamW pass (dtr::clipAndStep): both are timed as "adamw".
        dtr::clipAndStep(st, lr, gradClip);
        const auto d = Clock::now();
        fwd[static_cast<std::size_t>(i)] = ms(a, b);
        bwd[static_cast<std::size_t>(i)] = ms(b, c);
        opt[static_cast<std::size_t>(i)] = ms(c, d);
    }
    const auto t2 = Clock::now();
    auto sum = [](const std::vector<double> &v) { return std::accumulate(v.begin(), v.end(), 0.0); };
    const double threadTime = std::max(1e-9, sum(fwd) + sum(bwd) + sum(opt));
    const double scale = ms(t1, t2) / threadTime;
    bd.teacher.push_back(ms(t0, t1));
    bd.studentFwd.push_back(sum(fwd) * scale);
    bd.backward.push_back(sum(bwd) * scale);
    bd.clip.push_back(0.0);
    bd.optim.push_back(sum(opt) * scale);
    bd.total.push_back(ms(t0, t2));
}

// FLOPs of a GEMM op from its input shapes (0 for anything else).
double gemmFlops(const std::string &name, const std::vector<std::vector<std::int64_t>> &s)
{
    auto prod = [](const std::vector<std::int64_t> &v) {
        double p = 1;
        for (auto x : v)
            p *= static_cast<double>(x);
        return p;
    };
    if (name == "aten::mm" && s.size() >= 2 && s[0].size() == 2 && s[1].size() == 2)
        return 2.0 * prod(s[0]) * static_cast<double>(s[1][1]);
    if (name == "aten::addmm" && s.size() >= 3 && s[1].size() == 2 && s[2].size() == 2)
        return 2.0 * prod(s[1]) * static_cast<double>(s[2][1]);
    if ((name == "aten::bmm" && s.size() >= 2 && s[0].size() == 3 && s[1].size() == 3))
        return 2.0 * prod(s[0]) * static_cast<double>(s[1][2]);
    if (name == "aten::baddbmm" && s.size() >= 3 && s[1].size() == 3 && s[2].size() == 3)
        return 2.0 * prod(s[1]) * static_cast<double>(s[2][2]);
    return 0;
}

bool isGemm(const std::string &n)
{
    return n == "aten::mm" || n == "aten::addmm" || n == "aten::bmm" || n == "aten::baddbmm";
}

nlohmann::json profileStep(dtr::CausalLMImpl &teacher, std::vector<dtr::StudentTrainer> &trainers,
                           const torch::Tensor &ids, double lr, double gradClip)
{
#ifdef DTR_HAVE_LEGACY_PROFILER
    namespace prof = torch::autograd::profiler;
    prof::enableProfilerLegacy(prof::ProfilerConfig(prof::ProfilerState::CPU, /*report_input_shapes=*/true));
    bool cancelled = false;
    const auto t0 = Clock::now();
    dtr::distillStep(teacher, trainers, ids, lr, gradClip, 0, nullptr, cancelled);
    const auto t1 = Clock::now();
    prof::thread_event_lists lists = prof::disableProfilerLegacy();
    struct Agg { double selfUs = 0; double flops = 0; std::int64_t calls = 0; };
    std::map<std::string, Agg> byName;
    for (auto &list : lists) {
        struct Open { const prof::LegacyEvent *ev; double childUs; };
        std::vector<Open> stack;
        for (const auto &ev : list) {
            if (ev.kind() == prof::EventKind::PushRange) {
                stack.push_back({&ev, 0.0});
            } else if (ev.kind() == prof::EventKind::PopRange && !stack.empty()) {
                Open o = stack.back();
                stack.pop_back();
                const double dur = o.ev->cpuElapsedUs(ev);
                std::string key = o.ev->name();
                if (std::getenv("DTR_PROF_SHAPES")) {
                    key += " [";
                    for (const auto &sh : o.ev->shapes()) { key += "("; for (auto d : sh) key += std::to_string(d) + ","; key += ")"; }
                    key += "]";
                }
                Agg &a = byName[key];
                a.selfUs += dur - o.childUs;
                a.calls += 1;
                a.flops += gemmFlops(o.ev->name(), o.ev->shapes());
                if (!stack.empty())
                    stack.back().childUs += dur;
            }
        }
    }
    double totalSelf = 0, gemmUs = 0, gemmFlop = 0;
    std::vector<std::pair<double, std::string>> order;
    for (const auto &[n, a] : byName) {
        totalSelf += a.selfUs;
        if (isGemm(n)) {
            gemmUs += a.selfUs;
            gemmFlop += a.flops;
        }
        order.emplace_back(a.selfUs, n);
    }
    std::sort(order.rbegin(), order.rend());
    nlohmann::json top = nlohmann::json::array();
    if (std::getenv("DTR_PROF_SHAPES"))
        for (std::size_t i = 0; i < order.size() && i < 60; ++i)
            std::cerr << order[i].first / 1000.0 << " ms  " << byName[order[i].second].calls << "  " << order[i].second << "\n";
    for (std::size_t i = 0; i < order.size() && i < 15; ++i) {
        const Agg &a = byName[order[i].second];
        top.push_back({{"op", order[i].second}, {"self_ms", a.selfUs / 1000.0}, {"calls", a.calls},
                       {"share", a.selfUs / std::max(totalSelf, 1e-9)}});
    }
    return {{"step_ms_profiled", ms(t0, t1)},
            {"ops_self_ms", totalSelf / 1000.0},
            {"gemm_ms", gemmUs / 1000.0},
            {"gemm_gflop", gemmFlop / 1e9},
            {"gemm_gflops", gemmUs > 0 ? gemmFlop / (gemmUs * 1e-6) / 1e9 : 0.0},
            {"gemm_share", gemmUs / std::max(totalSelf, 1e-9)},
            {"top_ops", top}};
#else
    (void)teacher, (void)trainers, (void)ids, (void)lr, (void)gradClip;
    return nullptr;
#endif
}

int usage(int rc)
{
    std::cerr << "usage: bench_distill [--mixer gla|gdn] [--batch 2] [--seq-len 256] [--steps 4] [--warmup 1]\n"
                 "                     [--breakdown-steps 2] [--threads 2] [--layers 12] [--hidden 768] [--heads 12]\n"
                 "                     [--kv-heads 4] [--intermediate 2560] [--vocab 12288] [--seed 0] [--no-profile]\n";
    return rc;
}

} // namespace

int main(int argc, char **argv)
{
    Args a;
    for (int i = 1; i < argc; ++i) {
        const std::string k = argv[i];
        auto next = [&]() -> std::string {
            if (i + 1 >= argc)
                throw std::runtime_error("missing value for " + k);
            return argv[++i];
        };
        try {
            if (k == "--mixer") a.mixer = next();
            else if (k == "--batch") a.batch = std::stoll(next());
            else if (k == "--seq-len") a.seqLen = std::stoll(next());
            else if (k == "--steps") a.steps = std::stoi(next());
            else if (k == "--warmup") a.warmup = std::stoi(next());
            else if (k == "--breakdown-steps") a.breakdownSteps = std::stoi(next());
            else if (k == "--threads") a.threads = std::stoi(next());
            else if (k == "--layers") a.layers = std::stoll(next());
            else if (k == "--hidden") a.hidden = std::stoll(next());
            else if (k == "--heads") a.heads = std::stoll(next());
            else if (k == "--kv-heads") a.kvHeads = std::stoll(next());
            else if (k == "--intermediate") a.intermediate = std::stoll(next());
            else if (k == "--vocab") a.vocab = std::stoll(next());
            else if (k == "--seed") a.seed = std::stoull(next());
            else if (k == "--no-profile") a.profile = false;
            else return usage(k == "--help" ? 0 : 2);
        } catch (const std::exception &e) {
            std::cerr << "bench_distill: " << e.what() << "\n";
            return usage(2);
        }
    }
    if (a.steps < 2 || a.steps % 2) {
        std::cerr << "bench_distill: --steps must be even and >= 2 (RSS is read after steps/2 and steps)\n";
        return 2;
    }
    try {
        dtr::setThreadCount(a.threads);
        torch::manual_seed(static_cast<std::uint64_t>(a.seed));
        const dtr::ModelConfig config = makeConfig(a);
        dtr::CausalLM teacher(config);
        teacher->eval();
        for (auto &p : teacher->parameters())
            p.requires_grad_(false);
        std::vector<std::int64_t> layers;
        for (std::int64_t l = 0; l < config.numLayers; ++l)
            layers.push_back(l);
        dtr::StudentSet students = dtr::buildStudents(*teacher, layers, a.mixer, dtr::StudentInit::Transfer);
        dtr::DistillSettings settings;
        settings.mixer = a.mixer;
        settings.steps = a.warmup + a.steps;
        settings.batchSize = a.batch;
        settings.seqLen = a.seqLen;
        settings.warmupSteps = 0;
        std::vector<dtr::StudentTrainer> trainers = dtr::makeTrainers(students, settings, torch::kCPU);

        std::int64_t studentParams = 0, studentLinear = 0;
        for (const auto &t : trainers) {
            studentParams += countParams(*t.student);
            studentLinear += linearParams(*t.student);
        }
        const std::int64_t teacherParams = countParams(*teacher);
        const std::int64_t teacherLinear = linearParams(*teacher);
        const double tokens = static_cast<double>(a.batch * a.seqLen);
        // GEMM FLOPs of one step (estimate): teacher linears 2*P*tokens plus attention's
        // QK^T and PV (4*B*H*T^2*D per layer); student linears forward 2x, backward 4x.
        const double attnFlops = 4.0 * static_cast<double>(a.batch * config.numHeads * a.seqLen * a.seqLen
                                                           * config.headDim * config.numLayers);
        const double stepGemmFlops = 2.0 * static_cast<double>(teacherLinear) * tokens + attnFlops
            + 6.0 * static_cast<double>(studentLinear) * tokens;

        const double rate = matmulRate();

        auto batchAt = [&](int step) {
            torch::Generator gen = torch::make_generator<at::CPUGeneratorImpl>(a.seed * 1000003 + static_cast<std::uint64_t>(step));
            return torch::randint(config.vocabSize, {a.batch, a.seqLen}, gen, torch::kInt64);
        };
        const double rssStart = statusMiB("VmRSS");
        std::vector<double> stepMs, losses;
        double rssHalf = 0, rssEnd = 0, hwmHalf = 0;
        const int total = a.warmup + a.steps;
        for (int s = 0; s < total; ++s) {
            torch::Tensor ids = batchAt(s);
            bool cancelled = false;
            const auto t0 = Clock::now();
            std::vector<double> l = dtr::distillStep(*teacher, trainers, ids, dtr::learningRate(settings, s),
                                                     settings.gradClip, s + 1, nullptr, cancelled);
            const auto t1 = Clock::now();
            if (s >= a.warmup)
                stepMs.push_back(ms(t0, t1));
            losses = l;
            if (s + 1 == a.warmup + a.steps / 2) {
                rssHalf = statusMiB("VmRSS");
                hwmHalf = statusMiB("VmHWM");
            }
        }
        rssEnd = statusMiB("VmRSS");
        const double hwmEnd = statusMiB("VmHWM");

        Breakdown bd;
        for (int s = 0; s < a.breakdownSteps; ++s)
            instrumentedStep(*teacher, trainers, batchAt(total + s), dtr::learningRate(settings, total - 1),
                             settings.gradClip, bd);
        const double hwmBreakdown = statusMiB("VmHWM");
        nlohmann::json prof = a.profile
            ? profileStep(*teacher, trainers, batchAt(total + a.breakdownSteps), dtr::learningRate(settings, total - 1),
                          settings.gradClip)
            : nlohmann::json(nullptr);

        const double stepMed = median(stepMs);
        double lossMean = 0;
        for (double v : losses)
            lossMean += v / static_cast<double>(losses.size());
        nlohmann::json out{
            {"impl", "cpp"},
            {"torch", TORCH_VERSION},
            {"mixer", a.mixer},
            {"batch", a.batch},
            {"seq_len", a.seqLen},
            {"threads", dtr::threadCount()},
            {"warmup", a.warmup},
            {"steps", a.steps},
            {"teacher_params", teacherParams},
            {"student_params", studentParams},
            {"layers", config.numLayers},
            {"step_ms", stepMs},
            {"step_ms_median", stepMed},
            {"tokens_per_s", tokens / (stepMed * 1e-3)},
            {"last_loss_mean", lossMean},
            {"breakdown_ms",
             {{"teacher_fwd", median(bd.teacher)},
              {"student_fwd_loss", median(bd.studentFwd)},
              {"backward", median(bd.backward)},
              {"clip", median(bd.clip)},
              {"adamw", median(bd.optim)},
              {"total", median(bd.total)}}},
            {"matmul_gflops", rate},
            {"step_gemm_gflop_est", stepGemmFlops / 1e9},
            {"achieved_gflops", stepGemmFlops / (stepMed * 1e-3) / 1e9},
            {"gemm_at_matmul_rate_share", (stepGemmFlops / (rate * 1e9)) / (stepMed * 1e-3)},
            {"rss_start_mib", rssStart},
            {"rss_after_n_mib", rssHalf},
            {"rss_after_2n_mib", rssEnd},
            {"peak_rss_after_n_mib", hwmHalf},
            {"peak_rss_after_2n_mib", hwmEnd},
            {"peak_rss_after_breakdown_mib", hwmBreakdown},
            {"peak_rss_mib", statusMiB("VmHWM")}, // includes the profiled step
            {"profile", prof}};
        std::cout << out.dump() << std::endl;
    } catch (const std::exception &e) {
        std::cerr << "bench_distill: " << e.what() << "\n";
        return 1;
    }
    return 0;
}
