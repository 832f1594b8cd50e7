#pragma once

#include "benchmark/benchmark.h"

#include <CLI/CLI.hpp>

// `dtr bench (MODEL_DIR | EXPORT_DIR | PROJECT.dtr --config NAME) --context 512,2048,8192`:
// prefill throughput, decode latency and memory per context, against the full model,
// with the bytes-per-token prediction of the speed-up; stored in a project.
class BenchCommand
{
public:
    explicit BenchCommand(CLI::App &app);
    bool selected() const { return m_cmd->parsed(); }
    int run();

private:
    CLI::App *m_cmd;
    std::string m_contexts = "512,2048,8192";
    bool m_json = false, m_noBaseline = false;
    dtr::BenchTarget m_t;
    dtr::BenchSettings m_s;
};
