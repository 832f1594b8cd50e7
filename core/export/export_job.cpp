#include "export/export_job.h"

namespace dtr {

ExportJob::ExportJob(ExportSettings settings)
    : m_settings(std::move(settings))
{
}

std::string ExportJob::title() const
{
    return "Export " + m_settings.configuration + " to " + m_settings.outDir;
}

Job::Result ExportJob::execute(JobContext &context)
{
    context.report("load", 0, 1, "stages", "loading the configuration and its students");
    m_result = exportHybrid(
        m_settings,
        [&context](std::int64_t done, std::int64_t total, const std::string &what) {
            context.report("write", done, total, "bytes", what);
        },
        context.cancelFlag());
    return {JobStatus::Completed, toJson(m_result), std::nullopt};
}

} // namespace dtr
