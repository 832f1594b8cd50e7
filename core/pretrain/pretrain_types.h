#pragma once

// Settings, progress and result of pretraining a small model (pretrain.h). Torch-free.

#include <nlohmann/json.hpp>

#include <cstdint>
#include <functional>
#include <limits>
#include <string>
#include <utility>
#include <vector>

namespace dtr {

struct PretrainSettings
{
    std::vector<std::string> corpusFiles;   // text or JSONL ("text" field)
    std::vector<std::string> validFiles;    // held-out text; empty: the corpus' last heldoutFraction
    std::string tokenizer;                  // tokenizer.json or folder; empty: train BPE on the corpus
    std::string outDir;

    // Tokenizer training (when no tokenizer is given).
    std::int64_t vocabSize = 1536;
    std::int64_t bpeMinFrequency = 2;

    // Architecture (Llama).
    std::int64_t layers = 6;
    std::int64_t hidden = 160;
    std::int64_t intermediate = 432;
    std::int64_t heads = 4;
    std::int64_t kvHeads = 2;
    std::int64_t maxPositions = 0;          // 0: seqLen
    double ropeTheta = 10000.0;
    double rmsNormEps = 1e-5;
    bool tieEmbeddings = true;
    double initStd = 0.02;

    // Training.
    std::int64_t steps = 1000;
    std::int64_t batchSize = 16;
    std::int64_t seqLen = 256;
    double lr = 3e-3;                       // peak learning rate
    double minLrRatio = 0.1;                // cosine decays to lr * minLrRatio
    std::int64_t warmupSteps = 50;
    double weightDecay = 0.1;               // on matrices and embeddings, not on norms
    double beta1 = 0.9, beta2 = 0.95, eps = 1e-8;
    double gradClip = 1.0;                  // global norm (0: off)
    std::uint64_t seed = 0;
    int threads = 0;                        // 0: all cores
    std::string device = "cpu";             // cpu | cuda | cuda:N (weights are initialised on the CPU)
    std::int64_t evalEvery = 100;           // held-out loss every N steps (and at 0 and the end)
    std::int64_t evalTokens = 32768;        // held-out tokens used (at most)
    double heldoutFraction = 0.02;          // without validFiles
    std::vector<std::string> checkTasks;    // multiple-choice JSONL files scored at the end

    // Throws dtr::Error naming the option for nonsense values (see pretrain.cpp).
    void validate() const;
    nlohmann::json toJson() const;
};

struct PretrainProgress
{
    std::string phase;                      // tokenizer | data | train | eval | save
    std::int64_t step = 0;                  // steps done
    std::int64_t totalSteps = 0;
    double loss = std::numeric_limits<double>::quiet_NaN();          // last train loss
    double heldoutLoss = std::numeric_limits<double>::quiet_NaN();   // last held-out loss
    double lr = 0;
    double tokensPerSecond = 0;
    double etaSeconds = 0;
    std::string message;                    // e.g. "held-out", "tokenizer: 1536 tokens"
};

using PretrainProgressFn = std::function<void(const PretrainProgress &)>;

// Accuracy of a model on a multiple-choice task file (lm-eval conventions: each line
// {"context", "choices", "label"}; each choice scored by the summed log-likelihood of
// its tokens as a continuation of the context, after a BOS (else EOS) prefix token;
// acc_norm divides by the choice's length in characters). A small self-contained check
// for pretraining; dtr eval (core/search) is the project's scorer.
struct ChoiceScore
{
    std::string file;
    std::int64_t examples = 0;
    double acc = 0, accNorm = 0;
    double chance = 0;                      // mean of 1 / number of choices
};

struct PretrainResult
{
    std::string status;                     // completed | cancelled
    std::string outDir;
    std::int64_t stepsDone = 0;
    std::int64_t parameters = 0;
    std::int64_t vocabSize = 0;
    std::int64_t trainTokens = 0;           // tokens in the training stream
    std::int64_t heldoutTokens = 0;         // tokens the held-out loss is measured on
    double finalTrainLoss = std::numeric_limits<double>::quiet_NaN(); // mean of the last 20 steps
    double initialHeldoutLoss = std::numeric_limits<double>::quiet_NaN();
    double finalHeldoutLoss = std::numeric_limits<double>::quiet_NaN();
    double unigramLoss = std::numeric_limits<double>::quiet_NaN(); // add-one unigram of the training stream
    std::vector<std::pair<std::int64_t, double>> heldoutCurve;     // (step, loss)
    std::vector<ChoiceScore> tasks;
    double trainSeconds = 0;                // the training loop
    double totalSeconds = 0;                // everything, tokenizer and saving included
    double tokensPerSecond = 0;
    nlohmann::json toJson() const;
};

} // namespace dtr
