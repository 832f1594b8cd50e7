#include "jobs/job.h"

#include "util/error.h"

#include <algorithm>

namespace dtr {

std::string jobStatusName(JobStatus status)
{
    switch (status) {
    case JobStatus::Completed: return "completed";
    case JobStatus::Cancelled: return "cancelled";
    case JobStatus::Failed: return "failed";
    }
    return "failed";
}

CancelToken::CancelToken()
    : m_flag(std::make_shared<std::atomic<bool>>(false))
{
}

void CancelToken::cancel() const
{
    m_flag->store(true);
}

bool CancelToken::isCancelled() const
{
    return m_flag->load();
}

void CancelToken::throwIfCancelled() const
{
    if (isCancelled())
        throw Cancelled();
}

JobContext::JobContext(JobProgressFn progress, CancelToken cancel)
    : m_progress(std::move(progress))
    , m_cancel(std::move(cancel))
    , m_phaseStart(std::chrono::steady_clock::now())
{
}

void JobContext::report(JobProgress p)
{
    const auto now = std::chrono::steady_clock::now();
    if (p.phase != m_phase) {
        m_phase = p.phase;
        m_phaseStart = now;
        m_phaseStartDone = std::max<std::int64_t>(p.done, 0);
        m_lastDone = 0;
    }
    p.total = std::max<std::int64_t>(p.total, 0);
    p.done = std::max(p.done, m_lastDone);
    if (p.total > 0)
        p.done = std::min(p.done, p.total);
    m_lastDone = p.done;
    const double seconds = std::chrono::duration<double>(now - m_phaseStart).count();
    const std::int64_t progressed = p.done - m_phaseStartDone;
    if (p.rate <= 0 && seconds > 0.05 && progressed > 0)
        p.rate = double(progressed) / seconds;
    if (p.etaSeconds < 0 && p.rate > 0 && p.total > 0)
        p.etaSeconds = double(p.total - p.done) / p.rate;
    if (m_progress)
        m_progress(p);
}

void JobContext::report(const std::string &phase, std::int64_t done, std::int64_t total, const std::string &unit,
                        const std::string &message)
{
    JobProgress p;
    p.phase = phase;
    p.done = done;
    p.total = total;
    p.unit = unit;
    p.message = message;
    report(std::move(p));
}

Job::~Job() = default;

JobOutcome Job::run(const JobProgressFn &progress, const CancelToken &cancel)
{
    const auto t0 = std::chrono::steady_clock::now();
    JobOutcome out;
    try {
        JobContext context(progress, cancel);
        Result r = execute(context);
        out.status = r.status;
        out.result = std::move(r.data);
        out.resumeId = r.resumeId;
    } catch (const Cancelled &) {
        out.status = JobStatus::Cancelled;
        out.resumeId = resumableId();
    } catch (...) {
        out.status = JobStatus::Failed;
        out.error = describeException(std::current_exception());
        try {
            recordFailure(out.error);
        } catch (...) {
        }
        try {
            out.resumeId = resumableId();
        } catch (...) {
        }
    }
    out.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
    return out;
}

} // namespace dtr
