#include "cmd_demo.h"

#include "cli_util.h"

#include "pipeline/demo.h"
#include "util/error.h"

#include <cstdio>
#include <sstream>
#include <variant>

#ifndef DTR_DEMO_DIR
#define DTR_DEMO_DIR "resources/demo"
#endif

namespace {

std::vector<std::string> splitList(const std::string &s)
{
    std::vector<std::string> out;
    std::stringstream ss(s);
    std::string item;
    while (std::getline(ss, item, ','))
        if (!item.empty())
            out.push_back(item);
    return out;
}

} // namespace

DemoCommand::DemoCommand(CLI::App &app)
{
    m_cmd = app.add_subcommand("demo", "The whole pipeline on the embedded demo model: distill (GDN, GLA), search every "
                                       "demo task, compare with the baselines, print a summary");
    m_cmd->add_flag("--quick", m_quick, "fewer distillation steps and examples: a few minutes on 2 CPU cores");
    m_cmd->add_option("--out", m_out, "output folder (demo.dtr, results.md, results.json); must not hold a demo.dtr")
        ->capture_default_str();
    m_cmd->add_option("--demo-dir", m_demoDir, "the demo resources (model/, data/); default: the project's resources/demo");
    m_cmd->add_option("--mixers", m_mixers, "mixers to distill and search with")->capture_default_str();
    m_cmd->add_option("--tasks", m_tasks, "demo tasks to search (default: every folder in data/tasks)");
    m_cmd->add_option("--distill-steps", m_distillSteps, "override the distillation steps (quick 60, full 400)");
    m_cmd->add_option("--val-examples", m_valExamples, "use the first N validation examples (quick 32, full all)");
    m_cmd->add_option("--test-examples", m_testExamples, "use the first N test examples (quick 48, full all)");
    m_cmd->add_option("--threads", m_threads, "CPU threads (default: all cores)");
}

int DemoCommand::run()
{
    dtr::DemoSettings s;
    s.demoDir = m_demoDir.empty() ? std::string(DTR_DEMO_DIR) : m_demoDir;
    s.outDir = m_out;
    s.quick = m_quick;
    s.mixers = splitList(m_mixers);
    s.tasks = splitList(m_tasks);
    s.distillSteps = m_distillSteps;
    s.valExamples = m_valExamples;
    s.testExamples = m_testExamples;
    s.threads = m_threads;
    dtr::DemoJob job(s);
    const dtr::JobOutcome outcome = runCliJob(job, [](const dtr::JobProgress &p) {
        if (const auto *d = std::get_if<dtr::DemoPayload>(&p.payload)) {
            std::printf("%s\n", d->summary.c_str());
            std::fflush(stdout);
        }
    });
    if (outcome.status == dtr::JobStatus::Cancelled)
        return cancelledExit("demo", "");
    std::printf("\n%s\nwrote %s/results.md and %s/results.json; open the project with: dtr-workbench %s\n",
                job.markdown().c_str(), m_out.c_str(), m_out.c_str(), job.projectPath().c_str());
    return 0;
}
