#pragma once

// Pretraining a small Llama-architecture causal LM from scratch (the project's demo
// model): a byte-level BPE tokenizer trained on the corpus (or a given tokenizer), the
// corpus tokenised into one stream of documents separated by the end-of-text token,
// random windows of it in seeded batches, AdamW with linear warm-up and cosine decay,
// gradient clipping, a held-out loss against a unigram baseline, and a Hugging Face
// folder as output (config.json, generation_config.json, model.safetensors,
// tokenizer.json, tokenizer_config.json) that dtr::loadCausalLM and transformers load.
//
// Deterministic on the CPU for a given seed and thread count: weight initialisation
// (normal, std 0.02, as transformers' LlamaPreTrainedModel), window order and the
// optimizer follow the seed alone.

#include "model/config.h"
#include "model/transformer.h"

#include <nlohmann/json.hpp>
#include <torch/torch.h>

#include <atomic>
#include <cstdint>
#include <functional>
#include <limits>
#include <map>
#include <string>
#include <vector>

namespace dtr {

class Tokenizer;

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

// The model config for the settings and a vocabulary size (model_type llama).
ModelConfig pretrainModelConfig(const PretrainSettings &settings, std::int64_t vocabSize,
                                std::int64_t bosTokenId, std::int64_t eosTokenId);
// config.json as transformers writes it for LlamaForCausalLM.
nlohmann::json llamaConfigJson(const ModelConfig &config);
// Fresh weights as transformers initialises a Llama: linear and embedding weights
// normal(0, std), biases zero, norms one. Uses torch's global generator.
void initLlamaWeights(CausalLMImpl &model, double std);
// Writes config.json, generation_config.json, model.safetensors (float32, metadata
// format "pt"), tokenizer.json (the given text) and tokenizer_config.json into dir
// (created when missing).
void saveHuggingFaceModel(CausalLMImpl &model, const std::string &tokenizerJson, const std::string &dir,
                          const std::map<std::string, std::string> &metadata = {});

// Mean next-token cross-entropy (nats) over windows [N, T+1] (int64), in batches.
double windowLoss(CausalLMImpl &model, const torch::Tensor &windows, std::int64_t batchSize = 8);
// Cross-entropy (nats) of the targets windows[:, 1:] under add-one unigram frequencies
// counted over `trainTokens`.
double unigramLoss(const std::vector<std::int32_t> &trainTokens, const torch::Tensor &windows,
                   std::int64_t vocabSize);
// Scores a multiple-choice JSONL file (at most maxExamples lines; 0: all). Errors name
// the file and line.
ChoiceScore scoreMultipleChoice(CausalLMImpl &model, const Tokenizer &tokenizer, const std::string &path,
                                std::int64_t maxExamples = 0);

// Trains and writes the model folder. Every input is checked before training starts.
// When *cancel becomes true, training stops after the current step and the model as it
// is then is still written (status "cancelled").
PretrainResult runPretraining(const PretrainSettings &settings, const PretrainProgressFn &progress = {},
                              const std::atomic<bool> *cancel = nullptr);

// Measures an existing model folder as runPretraining does at its end: held-out loss
// (validFiles, or the corpus' held-out tail), the unigram baseline of the corpus
// (when corpusFiles are given) and the check tasks. Nothing is trained or written.
PretrainResult evaluatePretrained(const std::string &modelDir, const PretrainSettings &settings,
                                  const PretrainProgressFn &progress = {});

} // namespace dtr
