#pragma once

// Stage 1 as a job: a new distillation run, or the resumption of a stopped one.

#include "distill/distill_types.h"
#include "jobs/job.h"

#include <optional>
#include <string>

namespace dtr {

class DistillJob : public Job
{
public:
    // A new run with these settings.
    DistillJob(std::string projectPath, DistillSettings settings);
    // Continues run `runId` from its last checkpoint (threads < 0: the stored count).
    static DistillJob resume(std::string projectPath, std::int64_t runId, int threads = -1);

    // Also write the trained students to this students file when the run completes.
    void setStudentsOut(std::string path) { m_studentsOut = std::move(path); }

    std::string kind() const override { return "distill"; }
    std::string title() const override;
    const DistillResult &result() const { return m_result; }

protected:
    Result execute(JobContext &context) override;
    void recordFailure(const std::string &error) override;
    std::optional<std::int64_t> resumableId() const override;

private:
    std::string m_path;
    DistillSettings m_settings;
    std::optional<std::int64_t> m_resumeRun;
    int m_threads = -1;
    std::string m_studentsOut;
    std::int64_t m_runId = 0;   // known once the run is stored
    DistillResult m_result;
};

} // namespace dtr
