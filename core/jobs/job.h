#pragma once

// The one job API (DESIGN.md §2). Every long operation of the engine — model load,
// project create, distill, search, eval, pretrain, the demo pipeline — is a Job: it runs
// on the calling thread (a worker thread in the GUI), reports copyable JobProgress values
// through one callback, stops when its CancelToken is set, and ends with one JobOutcome
// whose status is completed, cancelled or failed the same way for every job.
//
// The rule for what cancel and failure leave behind:
//   - what a job stored before it stopped stays consistent (every write is a small
//     transaction), and a cancelled resumable job can be resumed from there;
//   - no exception of any type (dtr::Error, LibTorch's c10::Error, std::bad_alloc, or
//     anything else) leaves Job::run: it becomes a failed outcome with its message, and
//     the job marks its stored record (a run, a search) failed — never "running".
//
// Torch-free and Qt-free: a widget can start any job, show its progress, cancel it and
// read its result (JobOutcome::result, JSON) without knowing which job it is.

#include "jobs/payloads.h"

#include <nlohmann/json.hpp>

#include <atomic>
#include <chrono>
#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <string>

namespace dtr {

enum class JobStatus { Completed, Cancelled, Failed };

// "completed" | "cancelled" | "failed" (the words the project file stores).
std::string jobStatusName(JobStatus status);

// Shared cancellation flag: copies refer to the same flag, so the thread that shows the
// job can cancel it while the worker runs. Setting it is async-signal-safe (a lock-free
// std::atomic<bool>), so a SIGINT handler may set it too.
class CancelToken
{
public:
    CancelToken();
    void cancel() const;
    bool isCancelled() const;
    // Throws dtr::Cancelled when set.
    void throwIfCancelled() const;
    // The flag core's long functions take.
    const std::atomic<bool> *flag() const { return m_flag.get(); }
    std::atomic<bool> *mutableFlag() const { return m_flag.get(); }

private:
    std::shared_ptr<std::atomic<bool>> m_flag;
};

struct JobProgress
{
    std::string phase;             // what the job is doing: "hash", "load", "train", "candidates", ...
    std::int64_t done = 0;         // units done in this phase
    std::int64_t total = 0;        // units in this phase (0: unknown); done <= total
    std::string unit;              // "bytes", "steps", "candidates", "batches", "stages", ...
    double rate = 0;               // units per second in this phase (0: not known yet)
    double etaSeconds = -1;        // of this phase (-1: unknown)
    std::string message;           // one line for a status bar, e.g. "held-out loss"
    JobPayload payload;            // the job's typed data (per-layer losses, a finished round, ...)
};
using JobProgressFn = std::function<void(const JobProgress &)>;

struct JobOutcome
{
    JobStatus status = JobStatus::Failed;
    std::string error;             // failed: one line naming the file or item involved
    nlohmann::json result = nlohmann::json::object(); // the job's result (the CLI's --json)
    // Set when a cancelled (or failed) job can be continued: the id to resume (a
    // distillation run, a search).
    std::optional<std::int64_t> resumeId;
    double seconds = 0;
};

// What a job's execute() sees: report() fills in rate and ETA from the phase's start and
// keeps done within [0, total] and non-decreasing inside a phase, so every job's
// progress obeys the same rules.
class JobContext
{
public:
    JobContext(JobProgressFn progress, CancelToken cancel);
    const CancelToken &cancel() const { return m_cancel; }
    const std::atomic<bool> *cancelFlag() const { return m_cancel.flag(); }
    void throwIfCancelled() const { m_cancel.throwIfCancelled(); }
    void report(JobProgress progress);
    // Convenience: a phase with done/total and an optional message.
    void report(const std::string &phase, std::int64_t done, std::int64_t total, const std::string &unit,
                const std::string &message = {});

private:
    JobProgressFn m_progress;
    CancelToken m_cancel;
    std::string m_phase;
    std::int64_t m_phaseStartDone = 0;
    std::int64_t m_lastDone = 0;
    std::chrono::steady_clock::time_point m_phaseStart;
};

class Job
{
public:
    virtual ~Job();
    // A stable key: "create-project", "load-model", "distill", "search", "eval", "pretrain", "demo".
    virtual std::string kind() const = 0;
    // One line for a jobs list, e.g. "Distil layers 0-5 with gdn".
    virtual std::string title() const = 0;

    // Runs the job on the calling thread. Never throws.
    JobOutcome run(const JobProgressFn &progress = {}, const CancelToken &cancel = {});

protected:
    struct Result
    {
        JobStatus status = JobStatus::Completed; // Completed or Cancelled
        nlohmann::json data = nlohmann::json::object();
        std::optional<std::int64_t> resumeId;
    };
    // The work. Returns a completed or cancelled result, or throws: dtr::Cancelled for a
    // cancel noticed deep inside, anything else for a failure.
    virtual Result execute(JobContext &context) = 0;
    // After a failure: marks whatever record the job stored as failed with the message
    // (when still running). Must not throw; the default does nothing.
    virtual void recordFailure(const std::string &error) { (void)error; }
    // The id a failed or cancelled run can be resumed with, if any (from what execute
    // stored before it stopped).
    virtual std::optional<std::int64_t> resumableId() const { return std::nullopt; }
};

} // namespace dtr
