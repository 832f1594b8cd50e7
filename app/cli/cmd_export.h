#pragma once

#include "export/hf_export.h"

#include <CLI/CLI.hpp>

// `dtr export PROJECT.dtr --config NAME --out DIR [--dtype ...] [--shard-size 2GB]`: a
// configuration as a Hugging Face folder (docs/export.md); progress bar, Ctrl-C leaves
// no folder.
class ExportCommand
{
public:
    explicit ExportCommand(CLI::App &app);
    bool selected() const { return m_cmd->parsed(); }
    int run();

private:
    CLI::App *m_cmd;
    std::string m_shardSize = "2GB";
    bool m_json = false;
    dtr::ExportSettings m_s;
};
