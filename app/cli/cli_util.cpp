#include "cli_util.h"

#include "util/error.h"
#include "util/layer_list.h"

#include <algorithm>
#include <atomic>
#include <cmath>
#include <csignal>
#include <cstdio>
#include <unistd.h>

namespace {

// The cancel flag of the job that runs now (one at a time in the CLI).
std::atomic<std::atomic<bool> *> g_cancel{nullptr};

extern "C" void onInterrupt(int)
{
    if (std::atomic<bool> *flag = g_cancel.load())
        flag->store(true);
}

} // namespace

std::string constraintsText(const dtr::LayerConstraints &c)
{
    if (c.empty())
        return "layer constraints: none (every layer free)";
    std::string out = "layer constraints:";
    if (!c.pinned.empty())
        out += " pinned " + dtr::formatLayerList(c.pinned);
    if (!c.forbidden.empty())
        out += std::string(c.pinned.empty() ? "" : ";") + " forbidden " + dtr::formatLayerList(c.forbidden);
    return out;
}

std::string withFlagName(const std::string &message, const FlagNames &flags)
{
    for (const auto &[start, flag] : flags)
        if (message.compare(0, start.size(), start) == 0)
            return flag + ": " + message;
    return message;
}

dtr::JobOutcome runCliJob(dtr::Job &job, const dtr::JobProgressFn &progress, const FlagNames &flags)
{
    dtr::CancelToken cancel;
    g_cancel.store(cancel.mutableFlag());
    std::signal(SIGINT, onInterrupt);
    std::signal(SIGTERM, onInterrupt);
    dtr::JobOutcome out = job.run(progress, cancel);
    std::signal(SIGINT, SIG_DFL);
    std::signal(SIGTERM, SIG_DFL);
    g_cancel.store(nullptr);
    if (out.status == dtr::JobStatus::Failed)
        throw dtr::Error(withFlagName(out.error, flags));
    return out;
}

int cancelledExit(const std::string &what, const std::string &resumeCommand)
{
    std::fprintf(stderr, "dtr: %s cancelled%s%s\n", what.c_str(), resumeCommand.empty() ? "" : "; resume with: ",
                 resumeCommand.c_str());
    return 130;
}

std::string formatDuration(double seconds)
{
    if (!(seconds >= 0) || seconds > 1e7)
        return "?";
    const long s = std::lround(seconds);
    char buf[32];
    std::snprintf(buf, sizeof buf, "%ld:%02ld:%02ld", s / 3600, (s / 60) % 60, s % 60);
    return buf;
}

std::string progressBar(std::int64_t done, std::int64_t total, int width)
{
    const int filled = total > 0 ? static_cast<int>(width * std::min(done, total) / total) : 0;
    return "[" + std::string(static_cast<std::size_t>(filled), '#') + std::string(static_cast<std::size_t>(width - filled), '.')
           + "]";
}

bool stderrIsTerminal()
{
    return ::isatty(STDERR_FILENO);
}
