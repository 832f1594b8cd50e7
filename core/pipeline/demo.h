#pragma once

// The whole Distill-then-Replace pipeline on the embedded demo model, as one job: a
// project, one distillation per mixer, then per demo task the full model's test score
// and, per mixer, the greedy search and the placement baselines, each over the whole
// trajectory; then the greedy orders compared across mixers and tasks (demo_report.h);
// results.json and a Markdown report (results.md) in the output folder.
// `dtr demo` and the workbench both run it.

#include "jobs/job.h"

#include <cstdint>
#include <string>
#include <vector>

namespace dtr {

struct DemoSettings
{
    std::string demoDir;                     // holds model/ and data/ (calib.jsonl, tasks/<name>/)
    std::string outDir = "demo-out";         // demo.dtr, results.md, results.json; must not hold a demo.dtr
    bool quick = false;                      // the few-minutes preset
    std::vector<std::string> mixers{"gdn", "gla", "jetblock"};
    std::vector<std::string> tasks;          // empty: every folder in data/tasks
    std::vector<std::string> strategies;     // empty: the preset's (quick leaves out distill-loss)
    std::int64_t distillSteps = 0;           // 0: the preset's (quick 60, full 400)
    std::int64_t valExamples = 0;            // 0: the preset's (quick 32, full all)
    std::int64_t testExamples = 0;           // 0: the preset's (quick 48, full all)
    int threads = 0;
};

class DemoJob : public Job
{
public:
    explicit DemoJob(DemoSettings settings);

    std::string kind() const override { return "demo"; }
    std::string title() const override;
    // After a completed run: the report, and where things were written.
    const std::string &markdown() const { return m_markdown; }
    std::string projectPath() const { return m_settings.outDir + "/demo.dtr"; }

protected:
    Result execute(JobContext &context) override;

private:
    DemoSettings m_settings;
    std::string m_markdown;
};

} // namespace dtr
