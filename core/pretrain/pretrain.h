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
#include "pretrain/pretrain_types.h"
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
// When *cancel becomes true during training, training stops after the current step and
// the model as it is then is still written (status "cancelled"); before training starts
// (tokenizer, data) it throws dtr::Cancelled and writes nothing.
PretrainResult runPretraining(const PretrainSettings &settings, const PretrainProgressFn &progress = {},
                              const std::atomic<bool> *cancel = nullptr);

// Measures an existing model folder as runPretraining does at its end: held-out loss
// (validFiles, or the corpus' held-out tail), the unigram baseline of the corpus
// (when corpusFiles are given) and the check tasks. Nothing is trained or written.
// A set *cancel throws dtr::Cancelled between its parts.
PretrainResult evaluatePretrained(const std::string &modelDir, const PretrainSettings &settings,
                                  const PretrainProgressFn &progress = {}, const std::atomic<bool> *cancel = nullptr);

} // namespace dtr
