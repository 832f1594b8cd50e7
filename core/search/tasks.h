#pragma once

// Task files for evaluation and search: JSONL, one example per line, in the conventions
// of lm-evaluation-harness. The kind is inferred from the fields of the first example
// and every line must agree (docs/tasks.md):
//   multiple choice   {"context": str, "choices": [str, ...], "label": int}
//   language modelling {"text": str}
//   generation        {"prompt": str, "answer": str}
// Torch-free.

#include <cstdint>
#include <string>
#include <vector>

namespace dtr {

enum class TaskKind { MultipleChoice, LanguageModel, Generation };
std::string taskKindName(TaskKind kind); // "multiple_choice" | "language_model" | "generation"

struct TaskExample
{
    std::int64_t line = 0;             // 1-based line in the file
    std::string context;               // multiple choice
    std::vector<std::string> choices;  // multiple choice
    std::int64_t label = -1;           // multiple choice
    std::string text;                  // language modelling
    std::string prompt, answer;        // generation
};

struct Task
{
    std::string path;
    std::string name;  // file name without .jsonl
    std::string hash;  // XXH3-128 of the file's bytes, 32 hex digits
    TaskKind kind = TaskKind::MultipleChoice;
    std::vector<TaskExample> examples;
};

// Reads and checks a task file. Errors are one line naming the file and, where there
// is one, the line: missing or unreadable file, invalid UTF-8, malformed JSON, a line
// that is not an object, missing or mistyped fields, a kind that differs from the first
// line's, fewer than two choices, a label outside the choices, an empty file.
// A task file is held in memory whole: one larger than kMaxTaskFileBytes is refused
// before it is read ("<path>: the task file is 5.0 GiB, larger than the 256 MiB limit
// for a task file").
constexpr std::uint64_t kMaxTaskFileBytes = 256ull << 20;
Task loadTask(const std::string &path);

// Metrics: the name, its direction and how it is computed from per-example numbers.
// Every metric is f(sum(num) / sum(den)) over the examples, f the identity or exp:
//   acc, acc_norm      (multiple choice; higher is better)
//   bits_per_byte      (language modelling; lower is better)
//   perplexity         (language modelling, per token; lower is better)
//   exact_match        (generation; higher is better)
struct MetricInfo
{
    std::string name;
    bool higherIsBetter = true;
    bool exponentiate = false; // perplexity = exp(sum nll / sum tokens)
};
std::vector<std::string> metricNames(TaskKind kind);
// Whether a larger value of the metric is better (acc, acc_norm, exact_match).
bool metricHigherIsBetter(const std::string &metric);
std::string defaultMetric(TaskKind kind); // acc_norm, bits_per_byte, exact_match
// Throws dtr::Error naming the task when the metric does not apply to its kind.
MetricInfo metricInfo(const Task &task, const std::string &metric);

} // namespace dtr
