#pragma once

// `dtr export` as a job: progress in bytes of weights written, cancel between tensors
// (nothing is left under the final name), the result (ExportResult as JSON).

#include "export/hf_export.h"
#include "jobs/job.h"

namespace dtr {

class ExportJob : public Job
{
public:
    explicit ExportJob(ExportSettings settings);
    std::string kind() const override { return "export"; }
    std::string title() const override;
    const ExportResult &result() const { return m_result; }

protected:
    Result execute(JobContext &context) override;

private:
    ExportSettings m_settings;
    ExportResult m_result;
};

} // namespace dtr
