#include "cmd_bench.h"

#include "cli_util.h"
#include "util/json_util.h"

#include <nlohmann/json.hpp>

#include <cstdio>
#include <iostream>

BenchCommand::BenchCommand(CLI::App &app)
{
    m_cmd = app.add_subcommand("bench", "Measure prefill speed, decode latency and memory per context length");
    m_cmd->add_option("TARGET", m_t.path, "a model folder, an exported hybrid, or a .dtr project with --config")
        ->required();
    m_cmd->add_option("--config", m_t.configuration, "with a project: the configuration (full: the model)");
    m_cmd->add_option("--layers-linear", m_t.linearLayers, "with a model folder: layers given fresh students, e.g. 0,2");
    m_cmd->add_option("--mixer", m_t.mixer, "their mixer")->capture_default_str();
    m_cmd->add_option("--context", m_contexts, "context lengths, e.g. 512,2048,8192,32768")->capture_default_str();
    m_cmd->add_option("--batch", m_s.batch, "sequences decoded together")->capture_default_str();
    m_cmd->add_option("--decode-tokens", m_s.decodeTokens, "tokens decoded per run")->capture_default_str();
    m_cmd->add_option("--runs", m_s.runs, "decode runs per context")->capture_default_str();
    m_cmd->add_option("--prefill-chunk", m_s.prefillChunk, "prefill chunk in tokens")->capture_default_str();
    m_cmd->add_flag("--no-baseline", m_noBaseline, "do not measure the full-attention model too");
    m_cmd->add_option("--device", m_s.device, "cpu, cuda or cuda:N")->capture_default_str();
    m_cmd->add_option("--threads", m_s.threads, "CPU threads (default: all cores)");
    m_cmd->add_flag("--json", m_json, "print the result as JSON");
}

namespace {

std::string mb(std::int64_t bytes)
{
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.1f", static_cast<double>(bytes) / 1e6);
    return buf;
}

} // namespace

int BenchCommand::run()
{
    m_s.contexts = dtr::parseContexts(m_contexts);
    m_s.baseline = !m_noBaseline;
    dtr::BenchJob job(m_t, m_s);
    const bool tty = stderrIsTerminal();
    const dtr::JobOutcome outcome = runCliJob(job, [&](const dtr::JobProgress &p) {
        if (tty && p.unit == "measurements")
            std::cerr << "\r\033[K" << progressBar(p.done, p.total) << " " << p.message << std::flush;
    });
    if (tty)
        std::cerr << "\r\033[K" << std::flush;
    if (outcome.status == dtr::JobStatus::Cancelled)
        return cancelledExit("bench");
    const dtr::BenchResult &r = job.result();
    for (const auto &p : r.points)
        if (p.beyondContext)
            std::fprintf(stderr, "dtr: warning: context %lld is beyond the model's max_position_embeddings; measured "
                                 "for speed only\n", static_cast<long long>(p.context));
    std::printf("%s: %zu of %lld layers linear, %s\n", r.name.c_str(), r.linear.size(),
                static_cast<long long>(r.numLayers), r.device.c_str());
    std::printf("%8s %12s %10s %10s %10s %9s %9s %9s %10s %10s\n", "context", "prefill t/s", "decode ms", "p90 ms",
                "weights MB", "KV MB", "state MB", "peak MB", "predicted", "measured");
    for (std::size_t i = 0; i < r.points.size(); ++i) {
        const auto &p = r.points[i];
        std::string predicted = "-", measured = "-";
        if (i < r.baseline.size()) {
            char a[32], b[32];
            std::snprintf(a, sizeof a, "%.2fx",
                          static_cast<double>(r.baseline[i].bytesPerToken()) / static_cast<double>(p.bytesPerToken()));
            std::snprintf(b, sizeof b, "%.2fx", r.baseline[i].decodeMedianMs / p.decodeMedianMs);
            predicted = a;
            measured = b;
        }
        std::printf("%8lld %12.0f %10.3f %10.3f %10s %9s %9s %9s %10s %10s\n", static_cast<long long>(p.context),
                    p.prefillTokensPerSecond, p.decodeMedianMs, p.decodeP90Ms, mb(p.weightBytes).c_str(),
                    mb(p.kvCacheBytes).c_str(), mb(p.stateBytes).c_str(), mb(p.peakBytes).c_str(), predicted.c_str(),
                    measured.c_str());
    }
    if (!r.baseline.empty()) {
        std::printf("full model (baseline):\n");
        for (const auto &p : r.baseline)
            std::printf("%8lld %12.0f %10.3f %10.3f %10s %9s %9s %9s\n", static_cast<long long>(p.context),
                        p.prefillTokensPerSecond, p.decodeMedianMs, p.decodeP90Ms, mb(p.weightBytes).c_str(),
                        mb(p.kvCacheBytes).c_str(), mb(p.stateBytes).c_str(), mb(p.peakBytes).c_str());
    }
    if (m_json)
        std::cout << dtr::dumpJson(outcome.result) << "\n";
    return 0;
}
