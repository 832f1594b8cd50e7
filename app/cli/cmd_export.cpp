#include "cmd_export.h"

#include "cli_util.h"

#include "export/export_job.h"
#include "util/json_util.h"

#include <nlohmann/json.hpp>

#include <cstdio>
#include <iostream>

ExportCommand::ExportCommand(CLI::App &app)
{
    m_cmd = app.add_subcommand("export", "Write a configuration as a Hugging Face folder (config, safetensors, tokenizer, "
                                         "model card, PyTorch code)");
    m_cmd->add_option("PROJECT", m_s.projectPath, "a .dtr project")->required();
    m_cmd->add_option("--config", m_s.configuration, "configuration name (full: the model itself)")->required();
    m_cmd->add_option("--out", m_s.outDir, "the folder to write (must not exist)")->required();
    m_cmd->add_option("--dtype", m_s.dtype, "float32, bfloat16 or float16")->capture_default_str();
    m_cmd->add_option("--shard-size", m_shardSize, "start a new weight shard above this size")->capture_default_str();
    m_cmd->add_flag("--json", m_json, "print the result as JSON");
}

int ExportCommand::run()
{
    m_s.shardBytes = dtr::parseByteSize(m_shardSize);
    m_s.toolVersion = DTR_VERSION;
    dtr::ExportJob job(m_s);
    const bool tty = stderrIsTerminal();
    const dtr::JobOutcome outcome = runCliJob(job, [&](const dtr::JobProgress &p) {
        if (tty && p.unit == "bytes" && p.total > 0)
            std::cerr << "\r\033[K" << progressBar(p.done, p.total) << " writing weights" << std::flush;
    }, {{"dtype", "--dtype"}, {"shard size", "--shard-size"}});
    if (tty)
        std::cerr << "\r\033[K" << std::flush;
    if (outcome.status == dtr::JobStatus::Cancelled)
        return cancelledExit("export (no folder written)");
    const dtr::ExportResult &r = job.result();
    std::printf("exported %s to %s: %zu linear layers, %d weight file%s, %.1f MB (%s)\n", m_s.configuration.c_str(),
                r.path.c_str(), r.linearLayers.size(), r.shards, r.shards == 1 ? "" : "s",
                static_cast<double>(r.weightBytes) / 1e6, m_s.dtype.c_str());
    if (m_json)
        std::cout << dtr::dumpJson(outcome.result) << "\n";
    return 0;
}
