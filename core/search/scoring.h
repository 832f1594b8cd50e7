#pragma once

// Scoring a (hybrid) model on a task, and scoring many hybrids that share their first
// layers without recomputing those layers.
//
// Every multiple-choice pair and every language-modelling text becomes one token
// sequence: a prefix token (the model's BOS, else its EOS), then the context, then the
// continuation whose tokens are scored (lm-evaluation-harness' split: the context is
// encoded alone, context + continuation together, and the continuation is what the
// second adds; trailing whitespace of the context moves to the continuation). Sequences
// are batched by length (right padding with an attention mask). Generation examples are
// decoded greedily (left padding), and the text up to the first newline, trimmed, must
// equal the trimmed answer.
//
// Reuse: with the linear layers of a base configuration fixed, the residual stream
// entering layer l is the same for every hybrid base + {l'} with l' >= l. The evaluator
// stores the stream entering every layer under the base (per batch), runs a candidate
// from the stored stream at its layer, and can adopt a candidate's streams as the next
// base, so a greedy round costs sum over candidates of (L - l) layer forwards instead of
// L per candidate. Results are bit-identical to the full forward (same batches, same
// operations on the same inputs).

#include "search/metrics.h"
#include "search/tasks.h"
#include "model/transformer.h"

#include <atomic>
#include <cstdint>
#include <functional>
#include <memory>
#include <string>
#include <vector>

namespace dtr {

class Tokenizer;

struct ScoringOptions
{
    std::int64_t batchSize = 16;       // sequences per forward
    std::int64_t maxNewTokens = 0;     // generation; 0: the longest answer's tokens + 8
};

// What one run over a task produced, before a metric is chosen: the log-likelihood of
// each sequence's continuation (multiple choice, language modelling) or whether each
// generation matched (generation).
struct RawResults
{
    std::vector<double> logLikelihood;  // per sequence
    std::vector<double> correct;        // per example (generation)
};

struct TokenizedSequence
{
    std::vector<std::int64_t> ids;
    std::int64_t targetBegin = 0;      // first scored position (>= 1)
    std::int64_t example = 0;
    std::int64_t choice = 0;
};

// A task tokenised and checked against a model's context length. Errors name the file
// and line: a text whose tokens do not fit the model's context, a continuation that
// encodes to no tokens.
class PreparedTask
{
public:
    PreparedTask(const Task &task, const Tokenizer &tokenizer, const ModelConfig &config,
                 const ScoringOptions &options = {});

    const Task &task() const { return m_task; }
    const std::vector<TokenizedSequence> &sequences() const { return m_sequences; }
    // Batches of sequence indices, longest first.
    const std::vector<std::vector<std::int64_t>> &batches() const { return m_batches; }
    std::int64_t maxNewTokens() const { return m_maxNewTokens; }
    const std::vector<std::vector<std::int64_t>> &prompts() const { return m_prompts; } // generation

    // Per-example (num, den) for a metric of the task's kind.
    std::vector<ExampleStat> stats(const RawResults &raw, const MetricInfo &metric) const;

private:
    Task m_task;
    std::vector<TokenizedSequence> m_sequences;
    std::vector<std::vector<std::int64_t>> m_batches;
    std::vector<std::vector<std::int64_t>> m_prompts;
    std::vector<std::int64_t> m_choiceChars;   // per sequence: code points of the choice
    std::vector<std::int64_t> m_textBytes;     // per sequence (language modelling)
    std::int64_t m_maxNewTokens = 0;
};

class TaskEvaluator
{
public:
    TaskEvaluator(CausalLM model, std::shared_ptr<const PreparedTask> task, std::shared_ptr<const Tokenizer> tokenizer,
                  const ScoringOptions &options = {});

    const PreparedTask &task() const { return *m_task; }
    // Generation cannot reuse streams (every decoding step depends on the candidate).
    bool supportsReuse() const { return m_task->task().kind != TaskKind::Generation; }

    // The model with exactly these linear layers, full forward. Throws dtr::Cancelled
    // when cancel is set (checked between batches).
    RawResults evaluate(const std::vector<std::int64_t> &linearLayers, const std::atomic<bool> *cancel = nullptr);
    // Called by evaluate() after each batch with (batches done, batches).
    void setBatchProgress(std::function<void(std::int64_t, std::int64_t)> progress) { m_batchProgress = std::move(progress); }

    // Reuse. setBase evaluates the base configuration and stores the stream entering
    // every layer; candidate(l) evaluates base + {l} from the stored stream at l and
    // keeps its streams as "pending"; keepPending() makes the pending candidate the one
    // adoptKept() would turn into the next base.
    RawResults setBase(const std::vector<std::int64_t> &linearLayers, const std::atomic<bool> *cancel = nullptr);
    RawResults candidate(std::int64_t layer, const std::atomic<bool> *cancel = nullptr);
    void keepPending();
    void adoptKept();               // base := base + {kept layer}, with its streams
    const std::vector<std::int64_t> &base() const { return m_base; }
    bool hasBase() const { return !m_baseStreams.empty(); }
    std::int64_t storedBytes() const;  // memory held by stored streams now

    // Work done so far: layer forwards summed over batches (a batch through L layers
    // counts L), and model calls (batches).
    std::int64_t layerForwards() const { return m_layerForwards; }
    void resetCounters() { m_layerForwards = 0; }

private:
    struct Batch { torch::Tensor ids, mask; };
    const Batch &batch(std::size_t b);
    void scoreBatch(std::size_t b, const torch::Tensor &hLast, RawResults &out);
    RawResults generate(const std::vector<std::int64_t> &linearLayers, const std::atomic<bool> *cancel);
    RawResults emptyResults() const;

    CausalLM m_model;
    std::shared_ptr<const PreparedTask> m_task;
    std::shared_ptr<const Tokenizer> m_tokenizer;
    ScoringOptions m_options;
    std::vector<Batch> m_batchCache;
    std::vector<std::int64_t> m_base;
    std::vector<std::vector<torch::Tensor>> m_baseStreams;    // [batch][layer]
    std::vector<std::vector<torch::Tensor>> m_pendingStreams, m_keptStreams;
    std::int64_t m_pendingLayer = -1, m_keptLayer = -1;
    std::int64_t m_layerForwards = 0;
    std::function<void(std::int64_t, std::int64_t)> m_batchProgress;
};

// Tokenises a task for a model and scores one configuration (used by `dtr eval`).
struct EvaluationOutcome
{
    Score score;
    MetricInfo metric;
    std::vector<ExampleStat> stats;
};
EvaluationOutcome evaluateTask(CausalLM model, const Task &task, std::shared_ptr<const Tokenizer> tokenizer,
                               const std::vector<std::int64_t> &linearLayers, const std::string &metric,
                               const ScoringOptions &options = {}, const BootstrapOptions &bootstrap = {},
                               const std::atomic<bool> *cancel = nullptr);

} // namespace dtr
