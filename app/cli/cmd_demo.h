#pragma once

#include <CLI/CLI.hpp>

#include <string>

// `dtr demo [--quick] [--out DIR]`: the whole pipeline on the embedded demo model
// (resources/demo): a project, distillation with GDN, GLA and JetBlock, the greedy search and the
// baselines on every demo task, and a summary table (also written to DIR/results.md and
// DIR/results.json) with the greedy orders compared across mixers and tasks.
class DemoCommand
{
public:
    explicit DemoCommand(CLI::App &app);
    bool selected() const { return m_cmd->parsed(); }
    int run();

private:
    CLI::App *m_cmd;
    bool m_quick = false;
    std::string m_out = "dtr-demo";
    std::string m_demoDir;
    std::string m_mixers = "gdn,gla,jetblock";
    std::string m_tasks;
    int m_threads = 0;
    std::int64_t m_distillSteps = 0, m_valExamples = 0, m_testExamples = 0;
};
