#pragma once

#include "distill/distill_types.h"

#include <CLI/CLI.hpp>

// `dtr distill PROJECT.dtr --mixer gla|gdn ...`: blockwise local distillation with a
// progress line on the terminal; Ctrl-C stops after the current layer and keeps a
// checkpoint of the last whole step (resume with --resume RUN_ID).
class DistillCommand
{
public:
    explicit DistillCommand(CLI::App &app);
    bool selected() const { return m_cmd->parsed(); }
    int run();

private:
    CLI::App *m_cmd;
    std::string m_project, m_layers, m_studentsOut;
    std::int64_t m_resume = 0;
    dtr::DistillSettings m_s;
};
