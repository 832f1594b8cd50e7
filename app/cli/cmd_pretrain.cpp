#include "cmd_pretrain.h"

#include "cli_util.h"

#include "jobs/pretrain_job.h"
#include "util/error.h"

#include <cmath>
#include <cstdio>
#include <filesystem>
#include <iostream>
#include <variant>

namespace {

void printResult(const dtr::PretrainResult &r)
{
    char line[256];
    std::cout << "parameters: " << r.parameters << ", vocabulary: " << r.vocabSize << ", training tokens: "
              << r.trainTokens << ", held-out tokens: " << r.heldoutTokens << "\n";
    if (std::isfinite(r.finalHeldoutLoss)) {
        std::snprintf(line, sizeof line, "held-out loss: %.4f nats/token (perplexity %.2f)", r.finalHeldoutLoss,
                      std::exp(r.finalHeldoutLoss));
        std::cout << line;
        if (std::isfinite(r.initialHeldoutLoss)) {
            std::snprintf(line, sizeof line, ", at step 0: %.4f", r.initialHeldoutLoss);
            std::cout << line;
        }
        std::cout << "\n";
    }
    if (std::isfinite(r.unigramLoss)) {
        std::snprintf(line, sizeof line, "unigram baseline: %.4f nats/token (perplexity %.2f)", r.unigramLoss,
                      std::exp(r.unigramLoss));
        std::cout << line << "\n";
    }
    for (const dtr::ChoiceScore &t : r.tasks) {
        std::snprintf(line, sizeof line, "task %s: acc %.3f, acc_norm %.3f (%lld examples, chance %.3f)",
                      t.file.c_str(), t.acc, t.accNorm, static_cast<long long>(t.examples), t.chance);
        std::cout << line << "\n";
    }
}

} // namespace

PretrainCommand::PretrainCommand(CLI::App &app)
{
    m_cmd = app.add_subcommand("pretrain", "Train a small Llama model (and its BPE tokenizer) from scratch");
    m_cmd->add_option("--corpus", m_s.corpusFiles, "training text or JSONL files (\"text\" field)");
    m_cmd->add_option("--valid", m_s.validFiles, "held-out text or JSONL (default: the corpus' last --heldout-fraction)");
    m_cmd->add_option("--out", m_s.outDir, "model folder to write");
    m_cmd->add_option("--tokenizer", m_s.tokenizer, "tokenizer.json or a folder (default: train byte-level BPE)");
    m_cmd->add_option("--vocab-size", m_s.vocabSize, "BPE vocabulary size (with 256 bytes and <|endoftext|>)")
        ->capture_default_str();
    m_cmd->add_option("--bpe-min-frequency", m_s.bpeMinFrequency, "pairs seen fewer times are not merged")
        ->capture_default_str();
    m_cmd->add_option("--layers", m_s.layers, "decoder layers")->capture_default_str();
    m_cmd->add_option("--hidden", m_s.hidden, "hidden size")->capture_default_str();
    m_cmd->add_option("--intermediate", m_s.intermediate, "MLP size")->capture_default_str();
    m_cmd->add_option("--heads", m_s.heads, "attention heads")->capture_default_str();
    m_cmd->add_option("--kv-heads", m_s.kvHeads, "key/value heads (grouped-query attention)")->capture_default_str();
    m_cmd->add_option("--max-positions", m_s.maxPositions, "max_position_embeddings (default: --seq-len)");
    m_cmd->add_option("--steps", m_s.steps, "optimizer steps")->capture_default_str();
    m_cmd->add_option("--batch-size", m_s.batchSize, "windows per step")->capture_default_str();
    m_cmd->add_option("--seq-len", m_s.seqLen, "tokens per window")->capture_default_str();
    m_cmd->add_option("--lr", m_s.lr, "peak learning rate (AdamW, linear warm-up, cosine decay)")->capture_default_str();
    m_cmd->add_option("--min-lr-ratio", m_s.minLrRatio, "final learning rate / peak")->capture_default_str();
    m_cmd->add_option("--warmup", m_s.warmupSteps, "warm-up steps")->capture_default_str();
    m_cmd->add_option("--weight-decay", m_s.weightDecay, "AdamW weight decay (matrices and embeddings)")
        ->capture_default_str();
    m_cmd->add_option("--grad-clip", m_s.gradClip, "global gradient norm clip (0: off)")->capture_default_str();
    m_cmd->add_option("--init-std", m_s.initStd, "standard deviation of the initial weights")->capture_default_str();
    m_cmd->add_option("--seed", m_s.seed, "seed for initialisation and data order")->capture_default_str();
    m_cmd->add_option("--threads", m_s.threads, "CPU threads (default: all cores; results depend on it)");
    m_cmd->add_option("--device", m_s.device, "cpu, cuda or cuda:N")->capture_default_str();
    m_cmd->add_option("--eval-every", m_s.evalEvery, "held-out loss every N steps")->capture_default_str();
    m_cmd->add_option("--eval-tokens", m_s.evalTokens, "held-out tokens to measure on (at most)")->capture_default_str();
    m_cmd->add_option("--heldout-fraction", m_s.heldoutFraction, "corpus tail held out when --valid is not given")
        ->capture_default_str();
    m_cmd->add_option("--check-task", m_s.checkTasks, "multiple-choice task JSONL to score at the end");
    m_cmd->add_option("--evaluate", m_evaluate,
                      "train nothing: measure this model folder (held-out loss, unigram baseline of --corpus, "
                      "--check-task)");
    m_cmd->add_flag("--force", m_force, "overwrite a model folder that --out already holds");
}

int PretrainCommand::run()
{
    const bool tty = stderrIsTerminal();
    auto progress = [&](const dtr::JobProgress &jp) {
        const auto *p = std::get_if<dtr::PretrainPayload>(&jp.payload);
        if (jp.phase != "train" && tty && !jp.message.empty() && jp.message != "held-out")
            std::cerr << "\r\033[K" << jp.message << std::flush;
        if (p && p->heldoutUpdated) {
            char buf[96];
            std::snprintf(buf, sizeof buf, "step %lld held-out loss %.4f", static_cast<long long>(p->step), p->heldoutLoss);
            std::cerr << (tty ? "\r\033[K" : "") << buf << "\n";
            return;
        }
        if (jp.phase != "train" || !tty || !p)
            return;
        char line[200];
        std::snprintf(line, sizeof line, "%s %lld/%lld  loss %.3f  lr %.2e  %.0f tok/s  ETA %s",
                      progressBar(jp.done, jp.total).c_str(), static_cast<long long>(jp.done),
                      static_cast<long long>(jp.total), p->loss, p->lr, p->tokensPerSecond,
                      formatDuration(jp.etaSeconds).c_str());
        std::cerr << "\r\033[K" << line << std::flush;
    };

    if (!m_evaluate.empty()) {
        dtr::EvaluatePretrainedJob job(m_evaluate, m_s);
        const dtr::JobOutcome outcome = runCliJob(job, progress);
        if (tty)
            std::cerr << "\r\033[K";
        if (outcome.status == dtr::JobStatus::Cancelled)
            return cancelledExit("measuring " + m_evaluate);
        printResult(job.result());
        return 0;
    }
    dtr::PretrainJob job(m_s, m_force);
    const FlagNames flags{{"no corpus files", "--corpus"}, {"no output folder", "--out"},
                          {"layers must", "--layers"}, {"hidden size", "--hidden"},
                          {"hidden or intermediate", "--hidden/--intermediate"}, {"intermediate size", "--intermediate"},
                          {"heads must", "--heads"}, {"key/value heads", "--kv-heads"}, {"steps must", "--steps"},
                          {"batch size", "--batch-size"}, {"held-out interval", "--eval-every"},
                          {"sequence length", "--seq-len"}, {"max positions", "--max-positions"},
                          {"vocabulary size", "--vocab-size"}, {"BPE minimum frequency", "--bpe-min-frequency"},
                          {"learning rate", "--lr"}, {"minimum learning-rate ratio", "--min-lr-ratio"},
                          {"warm-up steps", "--warmup"}, {"weight decay", "--weight-decay"},
                          {"gradient clip", "--grad-clip"}, {"initialisation std", "--init-std"},
                          {"held-out tokens", "--eval-tokens"}, {"held-out fraction", "--heldout-fraction"}};
    dtr::JobOutcome outcome;
    try {
        outcome = runCliJob(job, progress, flags);
    } catch (const dtr::Error &e) {
        const std::string what = e.what();
        if (what.find("overwriting it must be asked for") != std::string::npos)
            throw dtr::Error(m_s.outDir + ": already holds a model (config.json); use --force to overwrite it");
        throw;
    }
    if (tty)
        std::cerr << "\r\033[K";
    const dtr::PretrainResult &r = job.result();
    if (outcome.status == dtr::JobStatus::Cancelled && r.outDir.empty())
        return cancelledExit("pretraining (before training started; nothing written)");
    std::cout << "wrote " << r.outDir << " (" << r.status << " after " << r.stepsDone << " steps, "
              << formatDuration(r.totalSeconds) << ", " << static_cast<long long>(r.tokensPerSecond) << " tokens/s)\n";
    printResult(r);
    if (outcome.status == dtr::JobStatus::Cancelled)
        return cancelledExit("pretraining (the model as it was is written)");
    return 0;
}
