#include "distill/distill.h"

#include "distill/calibration.h"
#include "distill/run_students.h"
#include "mixers/registry.h"
#include "model/runtime.h"
#include "model/transformer.h"
#include "project/project.h"
#include "tokenizer/tokenizer.h"
#include "util/error.h"
#include "util/schedule.h"
#include "util/json_util.h"

#include <ATen/Parallel.h>
#ifdef _OPENMP
#include <omp.h>
#endif

#if defined(__GNUC__) && defined(__x86_64__)
#include <immintrin.h>
#endif

#include <chrono>
#include <cmath>
#include <limits>
#include <set>
#include <sstream>

namespace dtr {

namespace {

// The key torch::optim keeps a parameter's state under: the TensorImpl address as a
// string in LibTorch 1.x (what c10::guts::to_string gave), the address itself in 2.x.
template <typename StateMap>
typename StateMap::key_type adamStateKey(const StateMap &, const torch::Tensor &p)
{
    if constexpr (std::is_same_v<typename StateMap::key_type, std::string>) {
        std::ostringstream ss;
        ss << p.unsafeGetTensorImpl();
        return ss.str();
    } else {
        return p.unsafeGetTensorImpl();
    }
}


} // namespace

double learningRate(const DistillSettings &s, std::int64_t step)
{
    return warmupCosineLr(s.lr, s.minLrRatio, s.warmupSteps, s.steps, step);
}

namespace {

// Calibration windows are packed text without padding, so students get no token mask
// (an all-ones mask would only add multiplications by 1 to their forward and backward).
MixerContext studentContext(const torch::Tensor &)
{
    return MixerContext{};
}

} // namespace

namespace {

struct AdamWScalars
{
    float coef, beta1, oneMinusBeta1, beta2, oneMinusBeta2, sqrtBc2, eps, negStepSize, decay;
    bool applyDecay;
};

// AdamW's arithmetic for elements [begin, end), in the order of
// torch::optim::AdamW::step() (LibTorch 1.13), the gradient first scaled by the clip
// coefficient (as clip_grad_norm_'s grad.mul_(coef)). No fused multiply-add, so the AVX2
// version below gives bit-identical results.
void adamwScalar(float *p, const float *g, float *m, float *v, std::int64_t begin, std::int64_t end, const AdamWScalars &c)
{
    for (std::int64_t i = begin; i < end; ++i) {
        const float gi = g[i] * c.coef;
        const float pi = c.applyDecay ? p[i] * c.decay : p[i];
        const float mi = m[i] * c.beta1 + c.oneMinusBeta1 * gi;
        const float vi = v[i] * c.beta2 + c.oneMinusBeta2 * gi * gi;
        m[i] = mi;
        v[i] = vi;
        const float denom = std::sqrt(vi) / c.sqrtBc2 + c.eps;
        p[i] = pi + c.negStepSize * mi / denom;
    }
}

#if defined(__GNUC__) && defined(__x86_64__)
#define DTR_ADAMW_AVX2 1
// The same, eight elements at a time (division and square root are the bottleneck of the
// scalar loop; both are correctly rounded in AVX2 as in scalar code).
__attribute__((target("avx2"))) void adamwAvx2(float *p, const float *g, float *m, float *v, std::int64_t begin,
                                               std::int64_t end, const AdamWScalars &c)
{
    const __m256 coef = _mm256_set1_ps(c.coef), b1 = _mm256_set1_ps(c.beta1), omb1 = _mm256_set1_ps(c.oneMinusBeta1);
    const __m256 b2 = _mm256_set1_ps(c.beta2), omb2 = _mm256_set1_ps(c.oneMinusBeta2);
    const __m256 sbc2 = _mm256_set1_ps(c.sqrtBc2), eps = _mm256_set1_ps(c.eps), nss = _mm256_set1_ps(c.negStepSize);
    const __m256 decay = _mm256_set1_ps(c.decay);
    std::int64_t i = begin;
    for (; i + 8 <= end; i += 8) {
        const __m256 gi = _mm256_mul_ps(_mm256_loadu_ps(g + i), coef);
        __m256 pi = _mm256_loadu_ps(p + i);
        if (c.applyDecay)
            pi = _mm256_mul_ps(pi, decay);
        const __m256 mi = _mm256_add_ps(_mm256_mul_ps(_mm256_loadu_ps(m + i), b1), _mm256_mul_ps(omb1, gi));
        const __m256 vi = _mm256_add_ps(_mm256_mul_ps(_mm256_loadu_ps(v + i), b2),
                                        _mm256_mul_ps(_mm256_mul_ps(omb2, gi), gi));
        _mm256_storeu_ps(m + i, mi);
        _mm256_storeu_ps(v + i, vi);
        const __m256 denom = _mm256_add_ps(_mm256_div_ps(_mm256_sqrt_ps(vi), sbc2), eps);
        _mm256_storeu_ps(p + i, _mm256_add_ps(pi, _mm256_div_ps(_mm256_mul_ps(nss, mi), denom)));
    }
    adamwScalar(p, g, m, v, i, end, c);
}
#endif

// One AdamW update of a float32 contiguous CPU parameter, fused into one pass.
void fusedAdamW(float *p, const float *g, float *m, float *v, std::int64_t n, const AdamWScalars &c)
{
#ifdef DTR_ADAMW_AVX2
    static const bool avx2 = __builtin_cpu_supports("avx2");
#else
    static const bool avx2 = false;
#endif
    at::parallel_for(0, n, 16384, [&](std::int64_t begin, std::int64_t end) {
#ifdef DTR_ADAMW_AVX2
        if (avx2) {
            adamwAvx2(p, g, m, v, begin, end, c);
            return;
        }
#endif
        (void)avx2;
        adamwScalar(p, g, m, v, begin, end, c);
    });
}

} // namespace

void clipAndStep(StudentTrainer &st, double lr, double gradClip)
{
    torch::optim::AdamW &opt = *st.optimizer;
    for (auto &group : opt.param_groups())
        static_cast<torch::optim::AdamWOptions &>(group.options()).lr(lr);
    bool fast = true;
    std::vector<torch::Tensor> withGrad;
    for (auto &group : opt.param_groups()) {
        const auto &o = static_cast<const torch::optim::AdamWOptions &>(group.options());
        if (o.amsgrad())
            fast = false;
        for (auto &p : group.params()) {
            if (!p.grad().defined())
                continue;
            withGrad.push_back(p);
            const torch::Tensor &g = p.grad();
            if (!p.device().is_cpu() || p.scalar_type() != torch::kFloat32 || g.scalar_type() != torch::kFloat32
                || !p.is_contiguous() || !g.is_contiguous() || g.is_sparse())
                fast = false;
        }
    }
    if (!fast) {
        if (gradClip > 0)
            torch::nn::utils::clip_grad_norm_(st.student->parameters(), gradClip);
        opt.step();
        return;
    }
    torch::NoGradGuard ng;
    // The clip coefficient exactly as clip_grad_norm_ computes it (per-tensor norms,
    // their norm, max_norm / (norm + 1e-6) clamped to 1), applied inside the update.
    float coef = 1.0f;
    if (gradClip > 0 && !withGrad.empty()) {
        std::vector<torch::Tensor> norms;
        norms.reserve(withGrad.size());
        for (const auto &p : withGrad)
            norms.push_back(p.grad().norm(2.0));
        torch::Tensor total = norms.size() == 1 ? norms[0] : torch::stack(norms).norm(2.0);
        coef = torch::clamp(gradClip / (total + 1e-6), c10::nullopt, 1.0).item<float>();
    }
    for (auto &group : opt.param_groups()) {
        const auto &o = static_cast<const torch::optim::AdamWOptions &>(group.options());
        for (auto &p : group.params()) {
            if (!p.grad().defined())
                continue;
            const auto key = adamStateKey(opt.state(), p);
            auto it = opt.state().find(key);
            if (it == opt.state().end()) {
                auto state = std::make_unique<torch::optim::AdamWParamState>();
                state->step(0);
                state->exp_avg(torch::zeros_like(p, torch::MemoryFormat::Preserve));
                state->exp_avg_sq(torch::zeros_like(p, torch::MemoryFormat::Preserve));
                it = opt.state().emplace(key, std::move(state)).first;
            }
            auto &state = static_cast<torch::optim::AdamWParamState &>(*it->second);
            torch::Tensor &m = state.exp_avg();
            torch::Tensor &v = state.exp_avg_sq();
            if (!m.is_contiguous() || !v.is_contiguous() || m.scalar_type() != torch::kFloat32
                || v.scalar_type() != torch::kFloat32) {
                m = m.to(torch::kFloat32).contiguous();
                v = v.to(torch::kFloat32).contiguous();
            }
            state.step(state.step() + 1);
            const double beta1 = std::get<0>(o.betas()), beta2 = std::get<1>(o.betas());
            const double bc1 = 1 - std::pow(beta1, state.step());
            const double bc2 = 1 - std::pow(beta2, state.step());
            const double stepSize = o.lr() / bc1;
            AdamWScalars c;
            c.coef = coef;
            c.beta1 = static_cast<float>(beta1);
            c.oneMinusBeta1 = static_cast<float>(1 - beta1);
            c.beta2 = static_cast<float>(beta2);
            c.oneMinusBeta2 = static_cast<float>(1 - beta2);
            c.sqrtBc2 = static_cast<float>(std::sqrt(bc2));
            c.eps = static_cast<float>(o.eps());
            c.negStepSize = static_cast<float>(-stepSize);
            c.decay = static_cast<float>(1 - o.lr() * o.weight_decay());
            c.applyDecay = o.weight_decay() != 0;
            fusedAdamW(p.data_ptr<float>(), p.grad().data_ptr<float>(), m.data_ptr<float>(), v.data_ptr<float>(),
                       p.numel(), c);
        }
    }
}

std::vector<StudentTrainer> makeTrainers(const StudentSet &students, const DistillSettings &s, torch::Device device)
{
    std::vector<StudentTrainer> out;
    for (const auto &[layer, student] : students.students) {
        StudentTrainer t;
        t.layer = layer;
        t.student = student;
        t.student->to(device);
        t.student->train();
        torch::optim::AdamWOptions o(s.lr);
        o.betas({s.beta1, s.beta2});
        o.eps(s.eps);
        o.weight_decay(s.weightDecay);
        t.optimizer = std::make_unique<torch::optim::AdamW>(t.student->parameters(), o);
        out.push_back(std::move(t));
    }
    return out;
}

ForwardOptions teacherCaptureOptions(const std::vector<StudentTrainer> &trainers)
{
    ForwardOptions fo;
    fo.captureAttention = true;
    fo.computeLogits = false;
    for (const StudentTrainer &st : trainers)
        fo.stopAfterAttention = std::max(fo.stopAfterAttention, st.layer);
    return fo;
}

namespace {

// One student's part of a step: forward, MSE against the teacher's output, backward,
// clipping + AdamW. Returns the loss (NaN/Inf: the trainer is marked failed, no update).
double trainStudent(StudentTrainer &st, const ForwardResult &r, double lr, double gradClip, std::int64_t stepNumber)
{
    const torch::Tensor &x = r.attentionInputs[static_cast<std::size_t>(st.layer)];
    const torch::Tensor &y = r.attentionOutputs[static_cast<std::size_t>(st.layer)];
    torch::Tensor out = st.student->forward(x, studentContext(x), nullptr);
    torch::Tensor loss = torch::mse_loss(out.to(torch::kFloat32), y.to(torch::kFloat32));
    const double value = loss.item<double>();
    if (!std::isfinite(value)) {
        st.failed = true;
        st.error = "loss is " + std::string(std::isnan(value) ? "NaN" : "infinite") + " at step "
            + std::to_string(stepNumber);
        return value;
    }
    // Gradients are dropped, not zeroed: backward then stores them instead of adding
    // them to zeros (same values, two passes over every gradient fewer).
    for (auto &p : st.student->parameters())
        p.mutable_grad().reset();
    loss.backward();
    clipAndStep(st, lr, gradClip);
    return value;
}

} // namespace

std::vector<double> distillStep(CausalLMImpl &teacher, std::vector<StudentTrainer> &trainers, const torch::Tensor &ids,
                                double lr, double gradClip, std::int64_t stepNumber, const std::atomic<bool> *cancel,
                                bool &cancelled)
{
    cancelled = false;
    ForwardResult r;
    {
        torch::NoGradGuard ng;
        r = teacher.forward(ids, teacherCaptureOptions(trainers));
    }
    std::vector<double> losses(trainers.size(), std::numeric_limits<double>::quiet_NaN());
    const std::int64_t n = static_cast<std::int64_t>(trainers.size());
    const bool cpu = ids.device().is_cpu() && teacher.model->embed_tokens->weight.device().is_cpu();
    const int workers = cpu ? static_cast<int>(std::min<std::int64_t>(at::get_num_threads(), n)) : 1;
#ifdef _OPENMP
    if (workers > 1) {
        // The students are independent: on the CPU they train side by side, one per
        // intra-op thread, each single-threaded (inside the parallel region LibTorch's ops
        // and the BLAS run serially). Small ops then cost no thread hand-off and the cores
        // stay busy; each student's arithmetic is the single-threaded one whichever worker
        // runs it, so results do not depend on the thread count or the schedule.
        std::vector<std::string> errors(trainers.size());
        std::atomic<bool> stop{false};
#pragma omp parallel for num_threads(workers) schedule(dynamic, 1)
        for (std::int64_t i = 0; i < n; ++i) {
            StudentTrainer &st = trainers[static_cast<std::size_t>(i)];
            if (stop.load() || st.failed)
                continue;
            // One thread for this worker: LibTorch sizes some kernels (reductions) by
            // at::get_num_threads(), so this makes them run exactly as with one thread.
            omp_set_num_threads(1);
            if (cancel && cancel->load()) {
                stop = true;
                continue;
            }
            try {
                losses[static_cast<std::size_t>(i)] = trainStudent(st, r, lr, gradClip, stepNumber);
            } catch (const std::exception &e) {
                errors[static_cast<std::size_t>(i)] = e.what();
                stop = true;
            }
        }
        for (std::size_t i = 0; i < errors.size(); ++i)
            if (!errors[i].empty())
                throw Error("layer " + std::to_string(trainers[i].layer) + ": " + errors[i]);
        cancelled = stop.load();
        return losses;
    }
#endif
    for (std::size_t i = 0; i < trainers.size(); ++i) {
        StudentTrainer &st = trainers[i];
        if (cancel && cancel->load()) {
            cancelled = true;
            break;
        }
        if (st.failed)
            continue;
        losses[i] = trainStudent(st, r, lr, gradClip, stepNumber);
    }
    return losses;
}

namespace {

class Run
{
public:
    Run(Project &project, DistillSettings settings, const DistillProgressFn &progress, const std::atomic<bool> *cancel)
        : m_project(project)
        , m_s(std::move(settings))
        , m_progress(progress)
        , m_cancel(cancel)
    {
    }

    // Loads the teacher and the data and checks everything; stores nothing.
    void prepare()
    {
        if (m_s.steps < 1 || m_s.batchSize < 1 || m_s.seqLen < 2)
            throw Error("steps, batch size must be positive and the sequence length at least 2");
        if (!(m_s.lr > 0) || m_s.warmupSteps < 0 || m_s.evalEvery < 1 || m_s.checkpointEvery < 1)
            throw Error("learning rate must be positive, warm-up non-negative, eval/checkpoint intervals positive");
        mixerKind(m_s.mixer); // unknown mixer -> error
        parseStudentInit(m_s.init);
        setThreadCount(m_s.threads);
        m_device = parseDevice(m_s.device);
        const ModelRef ref = m_project.model();
        if (m_project.modelStatus() != ModelStatus::Ok)
            throw Error(m_project.path() + ": " + m_project.modelStatusMessage() + " (" + ref.path + ")");
        LoadOptions lo;
        lo.device = m_device;
        m_teacher = loadCausalLM(ref.path, lo);
        const std::int64_t L = m_teacher->config.numLayers;
        if (m_s.layers.empty())
            for (std::int64_t l = 0; l < L; ++l)
                m_s.layers.push_back(l);
        std::set<std::int64_t> unique;
        for (std::int64_t l : m_s.layers) {
            if (l < 0 || l >= L)
                throw Error("layer " + std::to_string(l) + " is outside the model's " + std::to_string(L) + " layers");
            if (!unique.insert(l).second)
                throw Error("layer " + std::to_string(l) + " is listed twice");
        }
        if (m_s.seqLen > m_teacher->config.maxPositionEmbeddings)
            throw Error("sequence length " + std::to_string(m_s.seqLen) + " exceeds the model's context of "
                        + std::to_string(m_teacher->config.maxPositionEmbeddings));
        auto tokenizer = Tokenizer::fromPath(ref.path);
        CalibrationSettings cs;
        cs.files = m_s.calibFiles;
        cs.seqLen = m_s.seqLen;
        cs.heldoutWindows = m_s.heldoutWindows;
        cs.seed = m_s.seed;
        const std::int64_t eos = m_teacher->config.eosTokenIds.empty() ? -1 : m_teacher->config.eosTokenIds.front();
        m_data = CalibrationData::prepare(cs, *tokenizer, eos, m_project.path() + ".cache");
    }

    void buildFresh()
    {
        torch::manual_seed(m_s.seed);
        StudentSet set = buildStudents(*m_teacher, m_s.layers, m_s.mixer, parseStudentInit(m_s.init), m_s.mixerOptions);
        m_trainers = makeTrainers(set, m_s, m_device);
    }

    DistillResult start()
    {
        prepare();
        buildFresh();
        DistillRunRecord rec;
        rec.mixer = m_s.mixer;
        rec.settingsJson = dumpJson(m_s.toJson());
        rec.status = "running";
        rec.layers = m_s.layers;
        m_runId = m_project.addDistillRun(rec);
        return loop(0);
    }

    DistillResult resume(std::int64_t runId)
    {
        m_runId = runId;
        DistillRunRecord rec = m_project.distillRun(runId);
        if (rec.status == "completed")
            throw Error(m_project.path() + ": distillation run " + std::to_string(runId) + " is already completed");
        prepare();
        // Students and optimizer state from the last checkpoint (or fresh if none yet).
        auto cp = m_project.checkpoint(runId);
        if (!cp) {
            buildFresh();
            return loop(0);
        }
        StudentSet set;
        std::map<std::int64_t, DistillLayerRecord> records;
        for (const DistillLayerRecord &lr : m_project.distillLayers(runId)) {
            const std::string source = m_project.path() + ": run " + std::to_string(runId) + " layer "
                + std::to_string(lr.layer);
            auto blob = m_project.studentWeights(runId, lr.layer);
            if (!blob)
                throw Error(source + ": checkpoint without student weights");
            set.students[lr.layer] = studentOfBlob(blob->data, m_teacher->config, lr.layer, source);
            records[lr.layer] = lr;
        }
        m_trainers = makeTrainers(set, m_s, m_device);
        std::istringstream in(cp->data);
        torch::serialize::InputArchive archive;
        archive.load_from(in, m_device);
        for (StudentTrainer &t : m_trainers) {
            t.failed = records[t.layer].status == "failed";
            t.error = records[t.layer].error;
            torch::serialize::InputArchive sub;
            if (!archive.try_read("layer." + std::to_string(t.layer), sub))
                throw Error(m_project.path() + ": run " + std::to_string(runId) + ": checkpoint lacks layer "
                            + std::to_string(t.layer));
            t.optimizer->load(sub);
        }
        return loop(cp->step);
    }

private:
    void report(std::int64_t step, double tokensPerSecond, const std::string &message)
    {
        if (!m_progress)
            return;
        DistillProgress p;
        p.runId = m_runId;
        p.step = step;
        p.totalSteps = m_s.steps;
        p.tokensPerSecond = tokensPerSecond;
        p.etaSeconds = tokensPerSecond > 0
            ? static_cast<double>((m_s.steps - step) * m_s.batchSize * m_s.seqLen) / tokensPerSecond : 0;
        for (const StudentTrainer &t : m_trainers) {
            p.layers.push_back(t.layer);
            p.losses.push_back(lastOr(m_lastLoss, t.layer));
            p.heldoutLosses.push_back(lastOr(m_lastHeldout, t.layer));
            p.status.push_back(t.failed ? "failed" : step >= m_s.steps ? "completed" : "running");
        }
        p.message = message;
        m_progress(p);
    }

    static double lastOr(const std::map<std::int64_t, double> &m, std::int64_t layer)
    {
        auto it = m.find(layer);
        return it == m.end() ? std::numeric_limits<double>::quiet_NaN() : it->second;
    }

    // Held-out MSE of every live student (no grad), recorded at `step`.
    std::map<std::int64_t, double> heldout(std::int64_t step)
    {
        torch::NoGradGuard ng;
        std::map<std::int64_t, double> sums;
        const std::int64_t H = m_data->numHeldoutWindows();
        const std::int64_t chunk = std::max<std::int64_t>(1, m_s.batchSize);
        for (std::int64_t first = 0; first < H; first += chunk) {
            const std::int64_t n = std::min(chunk, H - first);
            ForwardResult r = m_teacher->forward(m_data->heldoutBatch(first, n).to(m_device),
                                                 teacherCaptureOptions(m_trainers));
            for (StudentTrainer &t : m_trainers) {
                if (t.failed)
                    continue;
                t.student->eval();
                const torch::Tensor &x = r.attentionInputs[static_cast<std::size_t>(t.layer)];
                torch::Tensor out = t.student->forward(x, studentContext(x), nullptr);
                sums[t.layer] += torch::mse_loss(out.to(torch::kFloat32),
                                                 r.attentionOutputs[static_cast<std::size_t>(t.layer)].to(torch::kFloat32))
                                     .item<double>() * static_cast<double>(n);
                t.student->train();
            }
        }
        std::vector<LossRecord> rows;
        std::map<std::int64_t, double> out;
        for (StudentTrainer &t : m_trainers) {
            if (t.failed)
                continue;
            const double v = sums[t.layer] / static_cast<double>(H);
            m_lastHeldout[t.layer] = v;
            out[t.layer] = v;
            rows.push_back({m_runId, t.layer, step, std::isfinite(v) ? std::optional<double>(v) : std::nullopt, "heldout"});
        }
        m_project.addLosses(rows);
        return out;
    }

    void checkpoint(std::int64_t step, const std::string &status)
    {
        torch::serialize::OutputArchive archive;
        for (StudentTrainer &t : m_trainers) {
            torch::serialize::OutputArchive sub;
            t.optimizer->save(sub);
            archive.write("layer." + std::to_string(t.layer), sub);
        }
        std::ostringstream os;
        archive.save_to(os);
        const std::string blob = os.str();
        m_project.verifyModelUnchanged("distillation");
        m_project.transaction([&] {
            for (StudentTrainer &t : m_trainers)
                m_project.putStudentWeights({m_runId, t.layer, step, studentBlob(m_teacher->config, t.layer, t.student, m_s.init), ""});
            m_project.putCheckpoint({m_runId, 0, step, blob, ""});
            DistillRunRecord rec = m_project.distillRun(m_runId);
            rec.stepsDone = step;
            rec.status = status;
            if (m_tokensPerSecond > 0)
                rec.tokensPerSecond = m_tokensPerSecond;
            m_project.updateDistillRun(rec);
        });
    }

    DistillResult loop(std::int64_t startStep)
    {
        DistillResult result;
        result.runId = m_runId;
        try {
            for (StudentTrainer &t : m_trainers)
                if (!t.failed)
                    m_project.updateDistillLayer({m_runId, t.layer, "running", ""});
            if (startStep == 0)
                result.initialHeldout = heldout(0);
            report(startStep, 0, "started");
            const auto t0 = std::chrono::steady_clock::now();
            double tokensPerSecond = 0;
            std::int64_t step = startStep;
            bool cancelled = false, partial = false;
            while (step < m_s.steps) {
                if (m_cancel && m_cancel->load()) {
                    cancelled = true;
                    break;
                }
                std::vector<bool> wasFailed;
                for (const StudentTrainer &t : m_trainers)
                    wasFailed.push_back(t.failed);
                const std::vector<double> losses = distillStep(*m_teacher, m_trainers,
                                                               m_data->trainBatch(step, m_s.batchSize).to(m_device),
                                                               learningRate(m_s, step), m_s.gradClip, step + 1, m_cancel,
                                                               cancelled);
                if (cancelled) {
                    // Students that stepped before the cancel are one step ahead of the
                    // others: that state is never saved (see below).
                    for (double v : losses)
                        partial = partial || !std::isnan(v);
                    break;
                }
                ++step;
                std::vector<LossRecord> rows;
                for (std::size_t i = 0; i < m_trainers.size(); ++i) {
                    if (wasFailed[i])
                        continue;
                    const double v = losses[i];
                    m_lastLoss[m_trainers[i].layer] = v;
                    rows.push_back({m_runId, m_trainers[i].layer, step,
                                    std::isfinite(v) ? std::optional<double>(v) : std::nullopt, "train"});
                }
                m_project.transaction([&] {
                    m_project.addLosses(rows);
                    for (std::size_t i = 0; i < m_trainers.size(); ++i)
                        if (!wasFailed[i] && m_trainers[i].failed)
                            m_project.updateDistillLayer({m_runId, m_trainers[i].layer, "failed", m_trainers[i].error});
                    DistillRunRecord rec = m_project.distillRun(m_runId);
                    rec.stepsDone = step;
                    m_project.updateDistillRun(rec);
                });
                const double secs = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
                tokensPerSecond = static_cast<double>((step - startStep) * m_s.batchSize * m_s.seqLen) / std::max(secs, 1e-9);
                m_tokensPerSecond = tokensPerSecond;
                std::string message;
                if (step % m_s.evalEvery == 0 || step == m_s.steps) {
                    heldout(step);
                    message = "held-out";
                }
                if (step % m_s.checkpointEvery == 0 || step == m_s.steps) {
                    checkpoint(step, step == m_s.steps ? "completed" : "running");
                    message += message.empty() ? "checkpoint" : ", checkpoint";
                }
                report(step, tokensPerSecond, message);
            }
            result.tokensPerSecond = tokensPerSecond;
            if (cancelled) {
                DistillRunRecord rec = m_project.distillRun(m_runId);
                if (!partial) {
                    // Keep the work of completed steps: checkpoint at the last whole step.
                    checkpoint(rec.stepsDone, "cancelled");
                } else {
                    // Cancelled part-way through a step: some students already took it, so
                    // the students in memory match no single step. The last checkpoint
                    // stands and the run resumes from there (the steps after it are redone,
                    // with the same result).
                    auto cp = m_project.checkpoint(m_runId);
                    rec.stepsDone = cp ? cp->step : 0;
                    rec.status = "cancelled";
                    m_project.updateDistillRun(rec);
                }
                result.status = "cancelled";
                result.stepsDone = rec.stepsDone;
            } else {
                result.status = "completed";
                result.stepsDone = m_s.steps;
                for (StudentTrainer &t : m_trainers)
                    if (!t.failed)
                        m_project.updateDistillLayer({m_runId, t.layer, "completed", ""});
            }
        } catch (...) {
            // Any exception type: the run is never left "running".
            const std::string error = describeException(std::current_exception());
            try {
                DistillRunRecord rec = m_project.distillRun(m_runId);
                rec.status = "failed";
                rec.error = error;
                m_project.updateDistillRun(rec);
            } catch (...) {
            }
            throw;
        }
        for (const StudentTrainer &t : m_trainers) {
            if (t.failed)
                result.layerErrors[t.layer] = t.error;
            else if (m_lastHeldout.count(t.layer) && std::isfinite(m_lastHeldout[t.layer]))
                result.finalHeldout[t.layer] = m_lastHeldout[t.layer];
        }
        return result;
    }

    Project &m_project;
    DistillSettings m_s;
    DistillProgressFn m_progress;
    const std::atomic<bool> *m_cancel;
    torch::Device m_device = torch::kCPU;
    CausalLM m_teacher{nullptr};
    std::shared_ptr<CalibrationData> m_data;
    std::vector<StudentTrainer> m_trainers;
    std::map<std::int64_t, double> m_lastLoss, m_lastHeldout;
    double m_tokensPerSecond = 0; // of this session's steps, stored with each checkpoint
    std::int64_t m_runId = 0;
};

} // namespace

DistillResult runDistillation(Project &project, const DistillSettings &settings, const DistillProgressFn &progress,
                              const std::atomic<bool> *cancel)
{
    Run run(project, settings, progress, cancel);
    return run.start();
}

DistillResult resumeDistillation(Project &project, std::int64_t runId, int threads, const DistillProgressFn &progress,
                                 const std::atomic<bool> *cancel)
{
    DistillRunRecord rec = project.distillRun(runId);
    nlohmann::json j;
    try {
        j = nlohmann::json::parse(rec.settingsJson);
    } catch (const std::exception &) {
        throw Error(project.path() + ": run " + std::to_string(runId) + ": malformed settings");
    }
    DistillSettings s = DistillSettings::fromJson(j, project.path() + ": run " + std::to_string(runId));
    if (threads >= 0)
        s.threads = threads;
    Run run(project, s, progress, cancel);
    return run.resume(runId);
}

} // namespace dtr
