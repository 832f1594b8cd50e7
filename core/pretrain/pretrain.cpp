#include "pretrain/pretrain.h"

#include "model/runtime.h"
#include "model/tensor_io.h"
#include "tokenizer/tokenizer.h"
#include "pretrain/bpe_trainer.h"
#include "pretrain/corpus.h"
#include "pretrain/write_text.h"
#include "util/error.h"
#include "util/schedule.h"
#include "util/mmap_file.h"
#include "util/partial_folder.h"
#include "util/json_util.h"

#include <chrono>
#include <cmath>
#include <filesystem>
#include <fstream>
#include <random>
#include <sstream>

namespace dtr {

namespace fs = std::filesystem;

namespace {

using Clock = std::chrono::steady_clock;

double secondsSince(Clock::time_point t0)
{
    return std::chrono::duration<double>(Clock::now() - t0).count();
}

// Tokens of every document of the files, each followed by eos.
std::vector<std::int32_t> tokenizeFiles(const std::vector<std::string> &files, const Tokenizer &tok,
                                        std::int64_t eos, const std::atomic<bool> *cancel)
{
    std::vector<std::int32_t> out;
    for (const std::string &f : files) {
        forEachDocument(f, [&](const std::string &doc) {
            throwIfCancelled(cancel);
            for (std::int64_t id : tok.encode(doc))
                out.push_back(static_cast<std::int32_t>(id));
            out.push_back(static_cast<std::int32_t>(eos));
        });
    }
    return out;
}

// Non-overlapping windows of T+1 tokens (stride T) from a stream: [N, T+1] int64.
torch::Tensor evalWindows(const std::vector<std::int32_t> &tokens, std::int64_t T, std::int64_t maxTokens)
{
    const auto n = static_cast<std::int64_t>(tokens.size());
    std::int64_t count = n > T ? (n - 1) / T : 0;
    count = std::min(count, std::max<std::int64_t>(1, maxTokens / T));
    torch::Tensor w = torch::empty({count, T + 1}, torch::kInt64);
    auto a = w.accessor<std::int64_t, 2>();
    for (std::int64_t i = 0; i < count; ++i)
        for (std::int64_t t = 0; t <= T; ++t)
            a[i][t] = tokens[static_cast<std::size_t>(i * T + t)];
    return w;
}

// The end-of-text / beginning-of-text tokens of a tokenizer (the first present).
std::int64_t findToken(const Tokenizer &tok, std::initializer_list<const char *> names)
{
    for (const char *n : names) {
        const std::int64_t id = tok.tokenToId(n);
        if (id >= 0)
            return id;
    }
    return -1;
}

std::int64_t eosTokenOf(const Tokenizer &tok)
{
    const std::int64_t id = findToken(tok, {"<|endoftext|>", "<|end_of_text|>", "</s>", "<|eot_id|>", "<eos>"});
    if (id < 0)
        throw Error(tok.source() + ": no end-of-text token (<|endoftext|>, <|end_of_text|>, </s>, <eos>) to "
                    "separate documents with");
    return id;
}

double learningRateAt(const PretrainSettings &s, std::int64_t step)
{
    return warmupCosineLr(s.lr, s.minLrRatio, s.warmupSteps, s.steps, step);
}

std::string formatNumber(double v)
{
    std::ostringstream s;
    s << v;
    return s.str();
}

struct Data
{
    std::vector<std::int32_t> train;
    torch::Tensor heldout; // [N, T+1]
};

// Splits or reads the held-out stream; errors name the files.
Data prepareData(const PretrainSettings &s, const Tokenizer &tok, std::int64_t eos, bool needTrain,
                 const std::atomic<bool> *cancel)
{
    Data d;
    const std::int64_t T = s.seqLen;
    std::string corpusNames;
    for (const std::string &f : s.corpusFiles)
        corpusNames += (corpusNames.empty() ? "" : ", ") + f;
    if (!s.corpusFiles.empty())
        d.train = tokenizeFiles(s.corpusFiles, tok, eos, cancel);
    std::vector<std::int32_t> held;
    if (!s.validFiles.empty()) {
        held = tokenizeFiles(s.validFiles, tok, eos, cancel);
        if (static_cast<std::int64_t>(held.size()) < T + 1) {
            std::string names;
            for (const std::string &f : s.validFiles)
                names += (names.empty() ? "" : ", ") + f;
            throw Error(names + ": only " + std::to_string(held.size()) + " tokens of held-out text; sequence length "
                        + std::to_string(T) + " needs at least " + std::to_string(T + 1));
        }
    } else if (!d.train.empty()) {
        const auto n = static_cast<std::int64_t>(d.train.size());
        const std::int64_t h = std::max<std::int64_t>(T + 1, static_cast<std::int64_t>(std::llround(s.heldoutFraction * static_cast<double>(n))));
        if (n - h < 2 * (T + 1))
            throw Error(corpusNames + ": only " + std::to_string(n) + " tokens; sequence length " + std::to_string(T)
                        + " with a held-out tail needs at least " + std::to_string(h + 2 * (T + 1)));
        held.assign(d.train.end() - h, d.train.end());
        d.train.resize(static_cast<std::size_t>(n - h));
    }
    if (needTrain && static_cast<std::int64_t>(d.train.size()) < T + 2)
        throw Error(corpusNames + ": only " + std::to_string(d.train.size()) + " tokens; sequence length "
                    + std::to_string(T) + " needs at least " + std::to_string(T + 2));
    if (!held.empty())
        d.heldout = evalWindows(held, T, s.evalTokens);
    return d;
}


} // namespace

// ---------------------------------------------------------------- settings

void PretrainSettings::validate() const
{
    auto need = [](bool ok, const std::string &what) {
        if (!ok)
            throw Error(what);
    };
    auto positive = [&](std::int64_t v, const char *name) {
        need(v >= 1, std::string(name) + " must be at least 1, got " + std::to_string(v));
    };
    need(!corpusFiles.empty(), "no corpus files to train on (text or JSONL)");
    need(!outDir.empty(), "no output folder");
    positive(layers, "layers");
    positive(hidden, "hidden size");
    positive(intermediate, "intermediate size");
    positive(heads, "heads");
    positive(kvHeads, "key/value heads");
    positive(steps, "steps");
    positive(batchSize, "batch size");
    positive(evalEvery, "held-out interval (steps)");
    need(layers <= 1024, std::to_string(layers) + " layers is not a sensible number of layers");
    need(hidden <= 65536 && intermediate <= 1 << 20, "hidden or intermediate size too large");
    need(hidden % heads == 0, "hidden size " + std::to_string(hidden) + " is not divisible by the " + std::to_string(heads) + " heads");
    need((hidden / heads) % 2 == 0, "hidden size / heads = " + std::to_string(hidden / heads)
                                        + ": the head size must be even for rotary embeddings");
    need(heads % kvHeads == 0, std::to_string(heads) + " heads are not divisible by the " + std::to_string(kvHeads) + " key/value heads");
    need(seqLen >= 2 && seqLen <= 1 << 16, "sequence length must be in [2, 65536], got " + std::to_string(seqLen));
    need(maxPositions == 0 || maxPositions >= seqLen,
         "max positions " + std::to_string(maxPositions) + " is below the sequence length " + std::to_string(seqLen));
    if (tokenizer.empty()) {
        need(vocabSize >= 257 && vocabSize <= 1 << 20,
             "vocabulary size must be in [257, 1048576] (256 bytes + special tokens + merges), got " + std::to_string(vocabSize));
        positive(bpeMinFrequency, "BPE minimum frequency");
    }
    need(std::isfinite(lr) && lr > 0, "learning rate must be positive, got " + formatNumber(lr));
    need(minLrRatio >= 0 && minLrRatio <= 1, "minimum learning-rate ratio must be in [0, 1], got " + formatNumber(minLrRatio));
    need(warmupSteps >= 0, "warm-up steps must not be negative, got " + std::to_string(warmupSteps));
    need(weightDecay >= 0 && std::isfinite(weightDecay), "weight decay must not be negative, got " + formatNumber(weightDecay));
    need(beta1 >= 0 && beta1 < 1 && beta2 >= 0 && beta2 < 1, "AdamW betas must be in [0, 1)");
    need(gradClip >= 0 && std::isfinite(gradClip), "gradient clip must not be negative, got " + formatNumber(gradClip));
    need(initStd > 0 && std::isfinite(initStd), "initialisation std must be positive, got " + formatNumber(initStd));
    need(evalTokens >= 1, "held-out tokens must be at least 1, got " + std::to_string(evalTokens));
    need(heldoutFraction > 0 && heldoutFraction < 0.5,
         "held-out fraction must be in (0, 0.5), got " + formatNumber(heldoutFraction));
    need(ropeTheta > 0, "rope theta must be positive");
}

nlohmann::json PretrainSettings::toJson() const
{
    return {{"corpus", corpusFiles}, {"valid", validFiles}, {"tokenizer", tokenizer}, {"vocab_size", vocabSize},
            {"bpe_min_frequency", bpeMinFrequency}, {"layers", layers}, {"hidden", hidden},
            {"intermediate", intermediate}, {"heads", heads}, {"kv_heads", kvHeads},
            {"max_positions", maxPositions == 0 ? seqLen : maxPositions}, {"rope_theta", ropeTheta},
            {"rms_norm_eps", rmsNormEps}, {"tie_embeddings", tieEmbeddings}, {"init_std", initStd},
            {"steps", steps}, {"batch_size", batchSize}, {"seq_len", seqLen}, {"lr", lr},
            {"min_lr_ratio", minLrRatio}, {"warmup", warmupSteps}, {"weight_decay", weightDecay},
            {"beta1", beta1}, {"beta2", beta2}, {"eps", eps}, {"grad_clip", gradClip}, {"seed", seed},
            {"threads", threads}, {"device", device}, {"eval_every", evalEvery}, {"eval_tokens", evalTokens},
            {"heldout_fraction", heldoutFraction}, {"check_tasks", checkTasks}};
}

nlohmann::json PretrainResult::toJson() const
{
    auto num = [](double v) { return std::isfinite(v) ? nlohmann::json(v) : nlohmann::json(nullptr); };
    nlohmann::json curve = nlohmann::json::array();
    for (const auto &[step, loss] : heldoutCurve)
        curve.push_back({step, num(loss)});
    nlohmann::json t = nlohmann::json::array();
    for (const ChoiceScore &c : tasks)
        t.push_back({{"file", c.file}, {"examples", c.examples}, {"acc", c.acc}, {"acc_norm", c.accNorm},
                     {"chance", c.chance}});
    return {{"status", status}, {"steps_done", stepsDone}, {"parameters", parameters}, {"vocab_size", vocabSize},
            {"train_tokens", trainTokens}, {"heldout_tokens", heldoutTokens},
            {"final_train_loss", num(finalTrainLoss)}, {"initial_heldout_loss", num(initialHeldoutLoss)},
            {"final_heldout_loss", num(finalHeldoutLoss)}, {"unigram_loss", num(unigramLoss)},
            {"heldout_curve", curve}, {"tasks", t}, {"train_seconds", trainSeconds},
            {"total_seconds", totalSeconds}, {"tokens_per_second", tokensPerSecond}};
}

PretrainResult runPretraining(const PretrainSettings &s, const PretrainProgressFn &progress,
                              const std::atomic<bool> *cancel)
{
    s.validate();
    const auto t0 = Clock::now();
    for (const std::string &f : s.checkTasks)
        if (!fs::is_regular_file(f))
            throw Error(f + ": cannot open (no such file)");
    for (const std::string &f : s.validFiles)
        if (!fs::is_regular_file(f))
            throw Error(f + ": cannot open (no such file)");
    setThreadCount(s.threads);
    auto report = [&](PretrainProgress p) {
        if (progress)
            progress(p);
    };

    // Tokenizer: given, or byte-level BPE trained on the corpus.
    std::string tokenizerJson;
    if (!s.tokenizer.empty()) {
        const std::string file = fs::is_directory(s.tokenizer) ? s.tokenizer + "/tokenizer.json" : s.tokenizer;
        tokenizerJson = readTextFile(file);
    } else {
        PretrainProgress p;
        p.phase = "tokenizer";
        p.message = "training a byte-level BPE tokenizer";
        report(p);
        BpeTrainerOptions bo;
        bo.vocabSize = s.vocabSize;
        bo.minFrequency = s.bpeMinFrequency;
        BpeTrainer trainer(bo);
        for (const std::string &f : s.corpusFiles)
            forEachDocument(f, [&](const std::string &doc) { trainer.addText(doc); });
        tokenizerJson = trainer.train(cancel).toJsonText();
    }
    const std::string tokSource = s.tokenizer.empty() ? std::string("trained tokenizer") : s.tokenizer;
    auto tok = Tokenizer::fromJson(tokenizerJson, tokSource);
    const std::int64_t eos = eosTokenOf(*tok);
    std::int64_t bos = findToken(*tok, {"<|begin_of_text|>", "<s>", "<bos>"});
    if (bos < 0)
        bos = eos;

    {
        PretrainProgress p;
        p.phase = "data";
        p.message = "tokenizing the corpus";
        report(p);
    }
    Data data = prepareData(s, *tok, eos, /*needTrain=*/true, cancel);
    const std::int64_t T = s.seqLen, B = s.batchSize;
    const auto trainLen = static_cast<std::int64_t>(data.train.size());

    torch::manual_seed(s.seed);
    const ModelConfig config = pretrainModelConfig(s, tok->vocabSize(), bos, eos);
    CausalLM lm(config);
    initLlamaWeights(*lm, s.initStd);
    lm->to(parseDevice(s.device)); // after the seeded initialisation: the same start on every device
    lm->train();

    PretrainResult r;
    r.outDir = s.outDir;
    r.vocabSize = config.vocabSize;
    r.trainTokens = trainLen;
    r.heldoutTokens = data.heldout.numel() > 0 ? data.heldout.size(0) * T : 0;
    for (const auto &p : lm->parameters())
        r.parameters += p.numel();
    r.unigramLoss = unigramLoss(data.train, data.heldout, config.vocabSize);

    std::vector<torch::Tensor> decay, noDecay;
    for (auto &item : lm->named_parameters(true))
        (item.value().dim() >= 2 ? decay : noDecay).push_back(item.value());
    std::vector<torch::optim::OptimizerParamGroup> groups;
    auto options = [&](double wd) {
        auto o = std::make_unique<torch::optim::AdamWOptions>(s.lr);
        o->betas({s.beta1, s.beta2}).eps(s.eps).weight_decay(wd);
        return o;
    };
    groups.emplace_back(decay, options(s.weightDecay));
    groups.emplace_back(noDecay, options(0.0));
    torch::optim::AdamW optimizer(groups, torch::optim::AdamWOptions(s.lr));

    std::mt19937_64 rng(s.seed);
    PretrainProgress p;
    p.phase = "train";
    p.totalSteps = s.steps;
    auto evaluate = [&](std::int64_t step) {
        PretrainProgress e = p;
        e.phase = "eval";
        report(e);
        const double loss = windowLoss(*lm, data.heldout);
        r.heldoutCurve.emplace_back(step, loss);
        p.heldoutLoss = loss;
        p.message = "held-out";
        report(p);
        p.message.clear();
        return loss;
    };
    r.initialHeldoutLoss = evaluate(0);
    const auto trainStart = Clock::now();
    double trainSeconds = 0;
    std::vector<double> recent;
    torch::Tensor batch = torch::empty({B, T + 1}, torch::kInt64);
    r.status = "completed";
    for (std::int64_t step = 0; step < s.steps; ++step) {
        if (cancel && cancel->load()) {
            r.status = "cancelled";
            break;
        }
        const auto stepStart = Clock::now();
        auto a = batch.accessor<std::int64_t, 2>();
        for (std::int64_t b = 0; b < B; ++b) {
            const auto offset = static_cast<std::int64_t>(rng() % static_cast<std::uint64_t>(trainLen - T));
            for (std::int64_t t = 0; t <= T; ++t)
                a[b][t] = data.train[static_cast<std::size_t>(offset + t)];
        }
        const double lr = learningRateAt(s, step);
        for (auto &g : optimizer.param_groups())
            static_cast<torch::optim::AdamWOptions &>(g.options()).lr(lr);
        optimizer.zero_grad();
        torch::Tensor logits = lm->forward(batch.narrow(1, 0, T)).logits;                    // [B, T, V]
        torch::Tensor loss = torch::nn::functional::cross_entropy(logits.reshape({-1, config.vocabSize}),
                                                                   batch.narrow(1, 1, T).reshape({-1}).to(logits.device()));
        loss.backward();
        if (s.gradClip > 0)
            torch::nn::utils::clip_grad_norm_(lm->parameters(), s.gradClip);
        optimizer.step();
        const double lossValue = loss.item<double>();
        if (!std::isfinite(lossValue))
            throw Error("pretrain: the loss became " + formatNumber(lossValue) + " at step " + std::to_string(step + 1)
                        + "; lower the learning rate (now " + formatNumber(s.lr) + ")");
        trainSeconds += secondsSince(stepStart);
        recent.push_back(lossValue);
        if (recent.size() > 20)
            recent.erase(recent.begin());
        r.stepsDone = step + 1;
        p.step = step + 1;
        p.loss = lossValue;
        p.lr = lr;
        p.tokensPerSecond = trainSeconds > 0 ? static_cast<double>(r.stepsDone * B * T) / trainSeconds : 0;
        const double elapsed = secondsSince(trainStart);
        p.etaSeconds = elapsed / static_cast<double>(p.step) * static_cast<double>(s.steps - p.step);
        report(p);
        if (p.step % s.evalEvery == 0 && p.step < s.steps)
            evaluate(p.step);
    }
    r.trainSeconds = secondsSince(trainStart);
    r.tokensPerSecond = trainSeconds > 0 ? static_cast<double>(r.stepsDone * B * T) / trainSeconds : 0;
    if (!recent.empty()) {
        double sum = 0;
        for (double v : recent)
            sum += v;
        r.finalTrainLoss = sum / static_cast<double>(recent.size());
    }
    r.finalHeldoutLoss = r.heldoutCurve.back().first == r.stepsDone ? r.heldoutCurve.back().second : evaluate(r.stepsDone);

    lm->eval();
    for (const std::string &f : s.checkTasks) {
        PretrainProgress e = p;
        e.phase = "eval";
        e.message = "task " + f;
        report(e);
        r.tasks.push_back(scoreMultipleChoice(*lm, *tok, f));
    }

    PretrainProgress sp = p;
    sp.phase = "save";
    sp.message = "writing " + s.outDir;
    report(sp);
    // Written beside the target and moved into place when whole: a killed or failed
    // save never leaves a half-written model under the final name.
    const fs::path target = fs::absolute(s.outDir).lexically_normal();
    PartialFolder partial(target);
    saveHuggingFaceModel(*lm, tokenizerJson, partial.path().string(),
                         {{"producer", "dtr pretrain"}, {"seed", std::to_string(s.seed)},
                          {"steps", std::to_string(r.stepsDone)}});
    r.totalSeconds = secondsSince(t0);
    nlohmann::json log = {{"settings", s.toJson()}, {"result", r.toJson()},
                          {"threads_used", threadCount()}};
    writeText((partial.path() / "dtr_pretrain.json").string(), dumpJson(log, 2) + "\n");
    partial.commitInto(target, "config.json");
    return r;
}

PretrainResult evaluatePretrained(const std::string &modelDir, const PretrainSettings &s,
                                  const PretrainProgressFn &progress, const std::atomic<bool> *cancel)
{
    setThreadCount(s.threads);
    CausalLM lm = loadCausalLM(modelDir);
    auto tok = Tokenizer::fromPath(modelDir);
    const std::int64_t eos = lm->config.eosTokenIds.empty() ? eosTokenOf(*tok) : lm->config.eosTokenIds.front();
    PretrainSettings es = s;
    es.seqLen = std::min<std::int64_t>(s.seqLen, lm->config.maxPositionEmbeddings);
    PretrainResult r;
    r.status = "evaluated";
    r.outDir = modelDir;
    r.vocabSize = lm->config.vocabSize;
    for (const auto &p : lm->parameters())
        r.parameters += p.numel();
    PretrainProgress p;
    p.phase = "data";
    if (progress)
        progress(p);
    if (!es.corpusFiles.empty() || !es.validFiles.empty()) {
        throwIfCancelled(cancel);
        Data data = prepareData(es, *tok, eos, /*needTrain=*/false, cancel);
        r.trainTokens = static_cast<std::int64_t>(data.train.size());
        if (data.heldout.defined() && data.heldout.numel() > 0) {
            p.phase = "eval";
            if (progress)
                progress(p);
            throwIfCancelled(cancel);
            r.heldoutTokens = data.heldout.size(0) * es.seqLen;
            r.finalHeldoutLoss = windowLoss(*lm, data.heldout);
            if (!data.train.empty())
                r.unigramLoss = unigramLoss(data.train, data.heldout, lm->config.vocabSize);
        }
    }
    for (const std::string &f : s.checkTasks) {
        p.phase = "eval";
        p.message = "task " + f;
        if (progress)
            progress(p);
        throwIfCancelled(cancel);
        r.tasks.push_back(scoreMultipleChoice(*lm, *tok, f));
    }
    throwIfCancelled(cancel);
    return r;
}

} // namespace dtr
