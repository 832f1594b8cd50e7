#include "search/scoring.h"

#include "model/generate.h"
#include "tokenizer/tokenizer.h"
#include "util/error.h"

#include <algorithm>
#include <cmath>
#include <numeric>

namespace dtr {

namespace F = torch::nn::functional;

namespace {

std::int64_t codePoints(const std::string &s)
{
    std::int64_t n = 0;
    for (unsigned char c : s)
        n += (c & 0xC0) != 0x80;
    return n;
}

std::string trim(const std::string &s)
{
    const auto b = s.find_first_not_of(" \t\r\n");
    if (b == std::string::npos)
        return {};
    const auto e = s.find_last_not_of(" \t\r\n");
    return s.substr(b, e - b + 1);
}

void checkCancel(const std::atomic<bool> *cancel)
{
    throwIfCancelled(cancel);
}

} // namespace

PreparedTask::PreparedTask(const Task &task, const Tokenizer &tokenizer, const ModelConfig &config,
                           const ScoringOptions &options)
    : m_task(task)
{
    if (options.batchSize < 1)
        throw Error("the batch size must be at least 1, got " + std::to_string(options.batchSize));
    std::vector<std::int64_t> prefix;
    if (config.bosTokenId)
        prefix.push_back(*config.bosTokenId);
    else if (!config.eosTokenIds.empty())
        prefix.push_back(config.eosTokenIds.front());
    const std::int64_t context = config.maxPositionEmbeddings;
    auto where = [&](const TaskExample &ex) { return task.path + ": line " + std::to_string(ex.line); };
    auto checkLength = [&](const TaskExample &ex, std::int64_t n, const std::string &what) {
        if (context > 0 && n > context)
            throw Error(where(ex) + ": " + what + " is " + std::to_string(n) + " tokens, longer than the model's context ("
                        + std::to_string(context) + " tokens)");
    };

    for (std::size_t e = 0; e < task.examples.size(); ++e) {
        const TaskExample &ex = task.examples[e];
        switch (task.kind) {
        case TaskKind::MultipleChoice: {
            std::string ctx = ex.context;
            std::size_t keep = ctx.find_last_not_of(" \t\r\n");
            keep = keep == std::string::npos ? 0 : keep + 1;
            const std::string moved = ctx.substr(keep);
            ctx.resize(keep);
            const auto ctxEnc = tokenizer.encode(ctx);
            for (std::size_t c = 0; c < ex.choices.size(); ++c) {
                const auto whole = tokenizer.encode(ctx + moved + ex.choices[c]);
                const bool prefixMatches = whole.size() > ctxEnc.size()
                    && std::equal(ctxEnc.begin(), ctxEnc.end(), whole.begin());
                std::vector<std::int64_t> cont = prefixMatches
                    ? std::vector<std::int64_t>(whole.begin() + static_cast<std::ptrdiff_t>(ctxEnc.size()), whole.end())
                    : tokenizer.encode(moved + ex.choices[c]);
                if (cont.empty())
                    throw Error(where(ex) + ": choice " + std::to_string(c) + " encodes to no tokens");
                TokenizedSequence s;
                s.ids = prefix;
                s.ids.insert(s.ids.end(), ctxEnc.begin(), ctxEnc.end());
                s.targetBegin = static_cast<std::int64_t>(s.ids.size());
                if (s.targetBegin == 0)
                    throw Error(where(ex) + ": the context is empty and the model has no BOS or EOS token to start with");
                s.ids.insert(s.ids.end(), cont.begin(), cont.end());
                s.example = static_cast<std::int64_t>(e);
                s.choice = static_cast<std::int64_t>(c);
                checkLength(ex, static_cast<std::int64_t>(s.ids.size()), "context + choice " + std::to_string(c));
                m_sequences.push_back(std::move(s));
                m_choiceChars.push_back(std::max<std::int64_t>(1, codePoints(ex.choices[c])));
                m_textBytes.push_back(0);
            }
            break;
        }
        case TaskKind::LanguageModel: {
            TokenizedSequence s;
            s.ids = prefix;
            const auto enc = tokenizer.encode(ex.text);
            s.ids.insert(s.ids.end(), enc.begin(), enc.end());
            s.targetBegin = 1;
            s.example = static_cast<std::int64_t>(e);
            if (s.ids.size() < 2)
                throw Error(where(ex) + ": the text is a single token and the model has no BOS or EOS token to start with");
            checkLength(ex, static_cast<std::int64_t>(s.ids.size()), "the text");
            m_sequences.push_back(std::move(s));
            m_choiceChars.push_back(1);
            m_textBytes.push_back(static_cast<std::int64_t>(ex.text.size()));
            break;
        }
        case TaskKind::Generation: {
            std::vector<std::int64_t> ids = prefix;
            const auto enc = tokenizer.encode(ex.prompt);
            ids.insert(ids.end(), enc.begin(), enc.end());
            m_maxNewTokens = std::max<std::int64_t>(m_maxNewTokens,
                                                    static_cast<std::int64_t>(tokenizer.encode(ex.answer).size()) + 8);
            m_prompts.push_back(std::move(ids));
            break;
        }
        }
    }
    if (task.kind == TaskKind::Generation) {
        if (options.maxNewTokens > 0)
            m_maxNewTokens = options.maxNewTokens;
        for (std::size_t e = 0; e < m_prompts.size(); ++e)
            checkLength(task.examples[e], static_cast<std::int64_t>(m_prompts[e].size()) + m_maxNewTokens,
                        "the prompt + " + std::to_string(m_maxNewTokens) + " new tokens");
        for (std::size_t e = 0; e < m_prompts.size(); e += static_cast<std::size_t>(options.batchSize)) {
            std::vector<std::int64_t> b;
            for (std::size_t i = e; i < std::min(m_prompts.size(), e + static_cast<std::size_t>(options.batchSize)); ++i)
                b.push_back(static_cast<std::int64_t>(i));
            m_batches.push_back(std::move(b));
        }
        return;
    }
    std::vector<std::int64_t> order(m_sequences.size());
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(), [&](std::int64_t a, std::int64_t b) {
        return m_sequences[static_cast<std::size_t>(a)].ids.size() > m_sequences[static_cast<std::size_t>(b)].ids.size();
    });
    for (std::size_t i = 0; i < order.size(); i += static_cast<std::size_t>(options.batchSize))
        m_batches.emplace_back(order.begin() + static_cast<std::ptrdiff_t>(i),
                               order.begin() + static_cast<std::ptrdiff_t>(
                                   std::min(order.size(), i + static_cast<std::size_t>(options.batchSize))));
}

std::vector<ExampleStat> PreparedTask::stats(const RawResults &raw, const MetricInfo &metric) const
{
    const std::size_t n = m_task.examples.size();
    std::vector<ExampleStat> out(n);
    switch (m_task.kind) {
    case TaskKind::MultipleChoice: {
        if (raw.logLikelihood.size() != m_sequences.size())
            throw Error(m_task.path + ": results for " + std::to_string(raw.logLikelihood.size()) + " sequences, expected "
                        + std::to_string(m_sequences.size()));
        const bool norm = metric.name == "acc_norm";
        std::vector<double> best(n, -INFINITY);
        std::vector<std::int64_t> arg(n, -1);
        for (std::size_t i = 0; i < m_sequences.size(); ++i) {
            const auto &s = m_sequences[i];
            const double v = norm ? raw.logLikelihood[i] / static_cast<double>(m_choiceChars[i]) : raw.logLikelihood[i];
            const auto e = static_cast<std::size_t>(s.example);
            if (arg[e] < 0 || v > best[e]) { // first index on ties
                best[e] = v;
                arg[e] = s.choice;
            }
        }
        for (std::size_t e = 0; e < n; ++e)
            out[e] = {arg[e] == m_task.examples[e].label ? 1.0 : 0.0, 1.0};
        break;
    }
    case TaskKind::LanguageModel: {
        if (raw.logLikelihood.size() != m_sequences.size())
            throw Error(m_task.path + ": results for " + std::to_string(raw.logLikelihood.size()) + " sequences, expected "
                        + std::to_string(m_sequences.size()));
        for (std::size_t i = 0; i < m_sequences.size(); ++i) {
            const auto &s = m_sequences[i];
            const double nll = -raw.logLikelihood[i];
            if (metric.name == "bits_per_byte")
                out[static_cast<std::size_t>(s.example)] = {nll / std::log(2.0), static_cast<double>(m_textBytes[i])};
            else
                out[static_cast<std::size_t>(s.example)] = {nll, static_cast<double>(s.ids.size()) - s.targetBegin};
        }
        break;
    }
    case TaskKind::Generation:
        if (raw.correct.size() != n)
            throw Error(m_task.path + ": results for " + std::to_string(raw.correct.size()) + " examples, expected "
                        + std::to_string(n));
        for (std::size_t e = 0; e < n; ++e)
            out[e] = {raw.correct[e], 1.0};
        break;
    }
    return out;
}

// ---------------------------------------------------------------- evaluator

TaskEvaluator::TaskEvaluator(CausalLM model, std::shared_ptr<const PreparedTask> task,
                             std::shared_ptr<const Tokenizer> tokenizer, const ScoringOptions &options)
    : m_model(std::move(model)), m_task(std::move(task)), m_tokenizer(std::move(tokenizer)), m_options(options)
{
    m_batchCache.resize(m_task->batches().size());
}

const TaskEvaluator::Batch &TaskEvaluator::batch(std::size_t b)
{
    Batch &out = m_batchCache[b];
    if (out.ids.defined())
        return out;
    const auto &idx = m_task->batches()[b];
    std::int64_t T = 0;
    for (auto i : idx)
        T = std::max<std::int64_t>(T, static_cast<std::int64_t>(m_task->sequences()[static_cast<std::size_t>(i)].ids.size()));
    const auto B = static_cast<std::int64_t>(idx.size());
    out.ids = torch::zeros({B, T}, torch::kInt64);
    auto mask = torch::zeros({B, T}, torch::kInt64);
    bool padded = false;
    for (std::int64_t r = 0; r < B; ++r) {
        const auto &ids = m_task->sequences()[static_cast<std::size_t>(idx[static_cast<std::size_t>(r)])].ids;
        const auto n = static_cast<std::int64_t>(ids.size());
        out.ids[r].narrow(0, 0, n).copy_(torch::tensor(ids, torch::kInt64));
        mask[r].narrow(0, 0, n).fill_(1);
        padded = padded || n < T;
    }
    if (padded)
        out.mask = mask;
    return out;
}

RawResults TaskEvaluator::emptyResults() const
{
    RawResults r;
    if (m_task->task().kind == TaskKind::Generation)
        r.correct.assign(m_task->task().examples.size(), 0.0);
    else
        r.logLikelihood.assign(m_task->sequences().size(), 0.0);
    return r;
}

void TaskEvaluator::scoreBatch(std::size_t b, const torch::Tensor &hLast, RawResults &out)
{
    const auto &idx = m_task->batches()[b];
    std::vector<std::int64_t> rows, cols, targets;
    std::vector<std::size_t> owner;
    for (std::size_t r = 0; r < idx.size(); ++r) {
        const auto &s = m_task->sequences()[static_cast<std::size_t>(idx[r])];
        for (std::int64_t t = s.targetBegin; t < static_cast<std::int64_t>(s.ids.size()); ++t) {
            rows.push_back(static_cast<std::int64_t>(r));
            cols.push_back(t - 1);
            targets.push_back(s.ids[static_cast<std::size_t>(t)]);
            owner.push_back(static_cast<std::size_t>(idx[r]));
        }
    }
    const auto device = hLast.device();
    const auto rowsT = torch::tensor(rows, torch::kInt64).to(device);
    const auto colsT = torch::tensor(cols, torch::kInt64).to(device);
    const torch::Tensor h = m_model->finalNorm(hLast.index({rowsT, colsT}));         // [N, C]
    const torch::Tensor logp = torch::log_softmax(F::linear(h, m_model->outputWeight()).to(torch::kFloat32), -1);
    const torch::Tensor picked = logp.gather(1, torch::tensor(targets, torch::kInt64).to(device).unsqueeze(1))
                                     .squeeze(1).to(torch::kCPU).to(torch::kFloat64).contiguous();
    const double *p = picked.data_ptr<double>();
    for (std::size_t i = 0; i < owner.size(); ++i)
        out.logLikelihood[owner[i]] += p[i];
}

RawResults TaskEvaluator::evaluate(const std::vector<std::int64_t> &linearLayers, const std::atomic<bool> *cancel)
{
    torch::NoGradGuard noGrad;
    if (m_task->task().kind == TaskKind::Generation)
        return generate(linearLayers, cancel);
    m_model->setLinearLayers(linearLayers);
    const std::int64_t L = m_model->config.numLayers;
    RawResults out = emptyResults();
    for (std::size_t b = 0; b < m_task->batches().size(); ++b) {
        checkCancel(cancel);
        const Batch &bt = batch(b);
        PrefillInputs in = m_model->prefill(bt.ids, bt.mask);
        torch::Tensor h = m_model->runLayers(in.embeddings, 0, L, in);
        m_layerForwards += L;
        scoreBatch(b, h, out);
        if (m_batchProgress)
            m_batchProgress(static_cast<std::int64_t>(b + 1), static_cast<std::int64_t>(m_task->batches().size()));
    }
    return out;
}

RawResults TaskEvaluator::setBase(const std::vector<std::int64_t> &linearLayers, const std::atomic<bool> *cancel)
{
    if (!supportsReuse())
        throw Error(m_task->task().path + ": generation tasks cannot reuse hidden states");
    torch::NoGradGuard noGrad;
    m_model->setLinearLayers(linearLayers);
    const std::int64_t L = m_model->config.numLayers;
    m_baseStreams.assign(m_task->batches().size(), {});
    m_pendingStreams.clear();
    m_keptStreams.clear();
    m_pendingLayer = m_keptLayer = -1;
    RawResults out = emptyResults();
    for (std::size_t b = 0; b < m_task->batches().size(); ++b) {
        checkCancel(cancel);
        const Batch &bt = batch(b);
        PrefillInputs in = m_model->prefill(bt.ids, bt.mask);
        torch::Tensor h = m_model->runLayers(in.embeddings, 0, L, in, &m_baseStreams[b]);
        m_layerForwards += L;
        scoreBatch(b, h, out);
    }
    m_base = m_model->linearLayers();
    return out;
}

RawResults TaskEvaluator::candidate(std::int64_t layer, const std::atomic<bool> *cancel)
{
    if (m_baseStreams.empty())
        throw Error("TaskEvaluator::candidate before setBase");
    if (std::find(m_base.begin(), m_base.end(), layer) != m_base.end())
        throw Error("layer " + std::to_string(layer) + " is already linear in the base configuration");
    torch::NoGradGuard noGrad;
    std::vector<std::int64_t> linear = m_base;
    linear.push_back(layer);
    m_model->setLinearLayers(linear);
    const std::int64_t L = m_model->config.numLayers;
    m_pendingStreams.assign(m_task->batches().size(), {});
    m_pendingLayer = -1;
    RawResults out = emptyResults();
    for (std::size_t b = 0; b < m_task->batches().size(); ++b) {
        checkCancel(cancel);
        const Batch &bt = batch(b);
        PrefillInputs in = m_model->prefill(bt.ids, bt.mask);
        torch::Tensor h = m_model->runLayers(m_baseStreams[b][static_cast<std::size_t>(layer)], layer, L, in,
                                             &m_pendingStreams[b]);
        m_layerForwards += L - layer;
        scoreBatch(b, h, out);
    }
    m_pendingLayer = layer;
    return out;
}

void TaskEvaluator::keepPending()
{
    if (m_pendingLayer < 0)
        throw Error("TaskEvaluator::keepPending without a candidate");
    m_keptStreams = std::move(m_pendingStreams);
    m_keptLayer = m_pendingLayer;
    m_pendingStreams.clear();
    m_pendingLayer = -1;
}

void TaskEvaluator::adoptKept()
{
    if (m_keptLayer < 0)
        throw Error("TaskEvaluator::adoptKept without a kept candidate");
    const std::int64_t L = m_model->config.numLayers;
    for (std::size_t b = 0; b < m_baseStreams.size(); ++b)
        for (std::int64_t j = m_keptLayer + 1; j < L; ++j)
            m_baseStreams[b][static_cast<std::size_t>(j)] = m_keptStreams[b][static_cast<std::size_t>(j)];
    m_base.push_back(m_keptLayer);
    std::sort(m_base.begin(), m_base.end());
    m_keptStreams.clear();
    m_pendingStreams.clear();
    m_keptLayer = m_pendingLayer = -1;
}

std::int64_t TaskEvaluator::storedBytes() const
{
    std::int64_t n = 0;
    for (const auto *set : {&m_baseStreams, &m_pendingStreams, &m_keptStreams})
        for (const auto &streams : *set)
            for (const auto &t : streams)
                if (t.defined())
                    n += t.numel() * static_cast<std::int64_t>(t.element_size());
    return n;
}

RawResults TaskEvaluator::generate(const std::vector<std::int64_t> &linearLayers, const std::atomic<bool> *cancel)
{
    m_model->setLinearLayers(linearLayers);
    const std::int64_t L = m_model->config.numLayers;
    const Task &task = m_task->task();
    RawResults out = emptyResults();
    std::int64_t batchesDone = 0;
    for (const auto &idx : m_task->batches()) {
        checkCancel(cancel);
        std::int64_t T = 0;
        for (auto i : idx)
            T = std::max<std::int64_t>(T, static_cast<std::int64_t>(m_task->prompts()[static_cast<std::size_t>(i)].size()));
        const auto B = static_cast<std::int64_t>(idx.size());
        auto ids = torch::zeros({B, T}, torch::kInt64);
        auto mask = torch::zeros({B, T}, torch::kInt64);
        for (std::int64_t r = 0; r < B; ++r) {
            const auto &p = m_task->prompts()[static_cast<std::size_t>(idx[static_cast<std::size_t>(r)])];
            const auto n = static_cast<std::int64_t>(p.size());
            ids[r].narrow(0, T - n, n).copy_(torch::tensor(p, torch::kInt64));
            mask[r].narrow(0, T - n, n).fill_(1);
        }
        GenerateOptions go;
        go.maxNewTokens = m_task->maxNewTokens();
        go.eosTokenIds = m_model->config.eosTokenIds;
        go.attentionMask = mask;
        go.cancel = cancel;
        const torch::Tensor result = generateGreedy(m_model, ids, go);
        checkCancel(cancel);
        const std::int64_t steps = result.size(1) - T;
        m_layerForwards += L * std::max<std::int64_t>(steps, 1);
        for (std::int64_t r = 0; r < B; ++r) {
            std::vector<std::int64_t> gen;
            for (std::int64_t t = T; t < result.size(1); ++t) {
                const std::int64_t id = result[r][t].item<std::int64_t>();
                if (std::find(go.eosTokenIds.begin(), go.eosTokenIds.end(), id) != go.eosTokenIds.end())
                    break;
                gen.push_back(id);
            }
            std::string text = m_tokenizer->decode(gen, true);
            const auto nl = text.find('\n');
            if (nl != std::string::npos)
                text.resize(nl);
            const auto e = static_cast<std::size_t>(idx[static_cast<std::size_t>(r)]);
            out.correct[e] = trim(text) == trim(task.examples[e].answer) ? 1.0 : 0.0;
        }
        ++batchesDone;
        if (m_batchProgress)
            m_batchProgress(batchesDone, static_cast<std::int64_t>(m_task->batches().size()));
    }
    return out;
}

EvaluationOutcome evaluateTask(CausalLM model, const Task &task, std::shared_ptr<const Tokenizer> tokenizer,
                               const std::vector<std::int64_t> &linearLayers, const std::string &metric,
                               const ScoringOptions &options, const BootstrapOptions &bootstrap,
                               const std::atomic<bool> *cancel)
{
    EvaluationOutcome o;
    o.metric = metricInfo(task, metric.empty() ? defaultMetric(task.kind) : metric);
    auto prepared = std::make_shared<const PreparedTask>(task, *tokenizer, model->config, options);
    TaskEvaluator ev(model, prepared, tokenizer, options);
    const RawResults raw = ev.evaluate(linearLayers, cancel);
    o.stats = prepared->stats(raw, o.metric);
    o.score = bootstrapScore(o.metric, o.stats, bootstrap);
    return o;
}

} // namespace dtr
