#include "pipeline/demo.h"

#include "pipeline/demo_report.h"

#include "distill/distill.h"
#include "project/project.h"
#include "search/search.h"
#include "util/error.h"
#include "util/layer_list.h"
#include "util/json_util.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <map>
#include <sstream>

namespace fs = std::filesystem;

namespace dtr {

namespace {

using Clock = std::chrono::steady_clock;

double since(Clock::time_point t0)
{
    return std::chrono::duration<double>(Clock::now() - t0).count();
}

// The first n examples of a task file (all when n <= 0).
std::string subset(const std::string &src, std::int64_t n, const std::string &dst)
{
    if (n <= 0)
        return src;
    std::ifstream in(src);
    if (!in)
        throw Error(src + ": cannot open the task file");
    fs::create_directories(fs::path(dst).parent_path());
    std::ofstream out(dst);
    std::string line;
    for (std::int64_t k = 0; k < n && std::getline(in, line);)
        if (!line.empty()) {
            out << line << "\n";
            ++k;
        }
    if (!out)
        throw Error(dst + ": cannot write");
    return dst;
}

std::string fmt(double v)
{
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.3f", v);
    return buf;
}

// The report section of one task and mixer.
void writeSection(std::ostringstream &md, const std::string &task, const std::string &mixer, const nlohmann::json &jt,
                  const std::vector<std::string> &strategies,
                  std::map<std::string, std::map<std::int64_t, std::pair<double, double>>> &curve, std::int64_t L)
{
    const auto &g = jt["greedy"];
    md << "## " << task << " — " << mixer << "\n\n";
    md << "Full model: validation " << fmt(g["full_val"].get<double>()) << ", test " << fmt(jt["full_test"].get<double>())
       << "; P_min " << fmt(g["p_min"].get<double>()) << ". Greedy order: "
       << formatLayerList(g["order"].get<std::vector<std::int64_t>>()) << ".\n\n";
    md << "| | linear layers | validation | test |\n| --- | --- | ---: | ---: |\n";
    for (const char *which : {"best", "opt"}) {
        const auto &c = g[which];
        md << "| M_" << which << " | " << c["linear"].size() << " ("
           << formatLayerList(c["linear"].get<std::vector<std::int64_t>>()) << ") | " << fmt(c["val"].get<double>())
           << " | " << (c["test"].is_number() ? fmt(c["test"].get<double>()) : "-") << " |\n";
    }
    md << "\nTest score at each number of linear layers (validation in parentheses):\n\n| k |";
    for (const auto &s : strategies)
        md << " " << s << " |";
    md << "\n| ---: |";
    for (std::size_t i = 0; i < strategies.size(); ++i)
        md << " ---: |";
    md << "\n";
    for (std::int64_t k = 1; k <= L; ++k) {
        md << "| " << k << " |";
        for (const auto &s : strategies) {
            auto it = curve[s].find(k);
            md << " " << (it == curve[s].end() ? "-" : fmt(it->second.second) + " (" + fmt(it->second.first) + ")")
               << " |";
        }
        md << "\n";
    }
    md << "\n";
}

} // namespace

DemoJob::DemoJob(DemoSettings settings)
    : m_settings(std::move(settings))
{
}

std::string DemoJob::title() const
{
    return std::string("Demo pipeline") + (m_settings.quick ? " (quick)" : "") + " into " + m_settings.outDir;
}

Job::Result DemoJob::execute(JobContext &context)
{
    const auto t0 = Clock::now();
    const DemoSettings &ds = m_settings;
    const std::string modelDir = ds.demoDir + "/model";
    if (!fs::exists(modelDir + "/config.json"))
        throw Error(modelDir + ": the demo model is missing (docs/demo-model.md says how it is made)");
    const std::string tasksDir = ds.demoDir + "/data/tasks";
    std::vector<std::string> tasks = ds.tasks;
    if (tasks.empty()) {
        std::error_code ec;
        for (const auto &e : fs::directory_iterator(tasksDir, ec))
            if (e.is_directory())
                tasks.push_back(e.path().filename().string());
        std::sort(tasks.begin(), tasks.end());
    }
    if (tasks.empty())
        throw Error(tasksDir + ": no demo tasks");
    if (ds.mixers.empty())
        throw Error("demo: no mixers to distill with");
    const std::int64_t steps = ds.distillSteps > 0 ? ds.distillSteps : (ds.quick ? 60 : 400);
    const std::int64_t nVal = ds.valExamples > 0 ? ds.valExamples : (ds.quick ? 32 : 0);
    const std::int64_t nTest = ds.testExamples > 0 ? ds.testExamples : (ds.quick ? 48 : 0);
    // --quick leaves out the ranking by distillation loss (not one of the paper's baselines).
    std::vector<std::string> strategies = ds.strategies;
    if (strategies.empty()) {
        strategies = {"greedy", "uniform", "random", "importance", "distill-loss"};
        if (ds.quick)
            strategies.pop_back();
    }
    if (std::find(strategies.begin(), strategies.end(), "greedy") == strategies.end())
        throw Error("demo: the strategies must include greedy (the report is built around it)");

    fs::create_directories(ds.outDir);
    const std::string projectPath = ds.outDir + "/demo.dtr";
    if (fs::exists(projectPath))
        throw Error(projectPath + ": already exists; remove it or choose another output folder");

    // Stages: project, one distillation per mixer, per task the full model and each search.
    const auto totalStages = static_cast<std::int64_t>(
        1 + ds.mixers.size() + tasks.size() * (1 + ds.mixers.size() * strategies.size()));
    std::int64_t stage = 0;
    auto stageProgress = [&](const std::string &message) { context.report("demo", stage, totalStages, "stages", message); };
    auto finished = [&](const std::string &kind, const std::string &summary) {
        ++stage;
        JobProgress p;
        p.phase = "demo";
        p.done = stage;
        p.total = totalStages;
        p.unit = "stages";
        p.message = summary;
        p.payload = DemoPayload{kind, summary};
        context.report(std::move(p));
    };
    stageProgress("creating the project");
    auto project = Project::create(projectPath, modelDir, {}, context.cancelFlag());
    const std::int64_t L = project->model().numLayers;
    finished("start", "demo: model " + modelDir + " (" + std::to_string(L) + " layers), project " + projectPath + ", "
                          + (ds.quick ? "quick" : "full") + " mode");

    auto cancelled = [&]() {
        return Result{JobStatus::Cancelled, nlohmann::json{{"project", projectPath}}, std::nullopt};
    };

    // Stage 1: one distillation per mixer.
    std::map<std::string, std::int64_t> runs;
    nlohmann::json results;
    results["model"] = modelDir;
    results["layers"] = L;
    results["quick"] = ds.quick;
    for (const auto &mixer : ds.mixers) {
        const auto t = Clock::now();
        DistillSettings s;
        s.mixer = mixer;
        s.calibFiles = {ds.demoDir + "/data/calib.jsonl"};
        s.steps = steps;
        s.seqLen = 128;
        s.batchSize = 4;
        s.lr = 3e-3;
        s.warmupSteps = std::min<std::int64_t>(20, steps / 5);
        s.evalEvery = std::max<std::int64_t>(steps / 4, 1);
        s.checkpointEvery = steps;
        s.threads = ds.threads;
        stageProgress("distilling with " + mixer);
        const auto r = runDistillation(*project, s, [&](const DistillProgress &p) {
            stageProgress("distilling with " + mixer + ": step " + std::to_string(p.step) + "/" + std::to_string(p.totalSteps));
        }, context.cancelFlag());
        if (r.status == "cancelled")
            return cancelled();
        if (r.status != "completed")
            throw Error("distillation with " + mixer + " " + r.status + " (see the project)");
        runs[mixer] = r.runId;
        double before = 0, after = 0;
        for (const auto &[l, v] : r.initialHeldout)
            before += v / double(r.initialHeldout.size());
        for (const auto &[l, v] : r.finalHeldout)
            after += v / double(r.finalHeldout.size());
        char line[256];
        std::snprintf(line, sizeof line, "distill %s: run %lld, %lld steps, mean held-out MSE %.4g -> %.4g (%.1fx lower), %.0f s",
                      mixer.c_str(), static_cast<long long>(r.runId), static_cast<long long>(r.stepsDone), before, after,
                      after > 0 ? before / after : 0.0, since(t));
        results["distill"][mixer] = {{"run", r.runId}, {"steps", r.stepsDone}, {"heldout_before", before},
                                     {"heldout_after", after}, {"seconds", since(t)}};
        finished("distill", line);
    }

    // Stage 2: greedy and baselines per task and mixer.
    std::ostringstream md;
    md << "# Demo results" << (ds.quick ? " (--quick)" : "") << "\n\n";
    md << "Model `" << modelDir << "` (" << L << " layers). Distillation: " << steps
       << " steps per mixer. Search: tolerance 5%, validation only; scores on the test split. "
       << "Metric: acc_norm (multiple choice). Produced by `dtr demo" << (ds.quick ? " --quick" : "") << "`.\n\n";
    for (const auto &task : tasks) {
        const std::string val = subset(tasksDir + "/" + task + "/validation.jsonl", nVal, ds.outDir + "/tasks/" + task + "/validation.jsonl");
        const std::string test = subset(tasksDir + "/" + task + "/test.jsonl", nTest, ds.outDir + "/tasks/" + task + "/test.jsonl");
        EvalRequest er;
        er.configuration = "full";
        er.taskPath = test;
        er.threads = ds.threads;
        stageProgress(task + ": the full model on the test split");
        const double fullTest = evaluateConfiguration(*project, er, context.cancelFlag()).score.value;
        finished("eval", task + ": full model test " + fmt(fullTest));
        for (const auto &mixer : ds.mixers) {
            nlohmann::json jt;
            std::map<std::string, std::map<std::int64_t, std::pair<double, double>>> curve; // strategy -> k -> (val, test)
            for (const auto &strategy : strategies) {
                const auto t = Clock::now();
                SearchSettings s;
                s.strategy = strategy;
                s.valTask = val;
                s.testTask = test;
                s.studentsRun = runs[mixer];
                s.greedy.continuePastMin = true; // the whole trajectory, for comparisons at every k
                s.threads = ds.threads;
                const std::string what = task + " / " + mixer + " / " + strategy;
                stageProgress(what);
                const auto r = runSearch(*project, s, [&](const SearchProgress &p) {
                    if (p.event == "round")
                        stageProgress(what + ": round " + std::to_string(p.round));
                }, context.cancelFlag());
                if (r.status == "cancelled")
                    return cancelled();
                if (r.status != "completed")
                    throw Error("search " + std::to_string(r.searchId) + " " + r.status);
                for (const auto &rr : project->rounds(r.searchId))
                    if (rr.committed)
                        curve[strategy][static_cast<std::int64_t>(rr.linearLayers.size())] = {rr.chosenScore, rr.testScore.value_or(NAN)};
                nlohmann::json js{{"search", r.searchId}, {"seconds", since(t)}, {"layer_forwards", r.layerForwards}};
                js["full_val"] = r.state.fullScore;
                js["p_min"] = r.state.pMin;
                js["best"] = {{"linear", r.state.best}, {"val", r.state.bestScore}, {"test", r.bestTest ? r.bestTest->value : NAN}};
                js["opt"] = {{"linear", r.state.opt}, {"val", r.state.optScore}, {"test", r.optTest ? r.optTest->value : NAN}};
                if (strategy == "greedy") {
                    std::vector<std::int64_t> order;
                    for (const auto &rr : r.rounds)
                        order.push_back(rr.chosenLayer);
                    js["order"] = order;
                }
                jt[strategy] = js;
                char line[512];
                std::snprintf(line, sizeof line,
                              "%s / %s / %-12s search %lld: M_best %zu linear (%s) val %s test %s; M_opt %zu linear (%s) "
                              "val %s test %s; %.0f s",
                              task.c_str(), mixer.c_str(), strategy.c_str(), static_cast<long long>(r.searchId),
                              r.state.best.size(), formatLayerList(r.state.best).c_str(), fmt(r.state.bestScore).c_str(),
                              r.bestTest ? fmt(r.bestTest->value).c_str() : "-", r.state.opt.size(),
                              formatLayerList(r.state.opt).c_str(), fmt(r.state.optScore).c_str(),
                              r.optTest ? fmt(r.optTest->value).c_str() : "-", since(t));
                finished("search", line);
            }
            jt["full_test"] = fullTest;
            jt["strategies"] = strategies;
            for (const auto &[strategy, points] : curve)
                for (const auto &[k, vt] : points)
                    jt["curve"][strategy][std::to_string(k)] = {{"val", vt.first}, {"test", vt.second}};
            results["tasks"][task][mixer] = jt;
            writeSection(md, task, mixer, jt, strategies, curve, L);
        }
    }
    results["orders"] = writeOrderComparison(md, results, tasks, ds.mixers);
    results["seconds"] = since(t0);
    md << "Total time " << static_cast<long long>(std::lround(since(t0))) << " s.\n";
    m_markdown = md.str();
    const std::string mdPath = ds.outDir + "/results.md", jsonPath = ds.outDir + "/results.json";
    {
        std::ofstream out(mdPath);
        out << m_markdown;
        if (!out.flush())
            throw Error(mdPath + ": cannot write");
    }
    {
        std::ofstream out(jsonPath);
        out << dumpJson(results, 2) << "\n";
        if (!out.flush())
            throw Error(jsonPath + ": cannot write");
    }
    return {JobStatus::Completed,
            nlohmann::json{{"project", projectPath}, {"results_md", mdPath}, {"results_json", jsonPath}, {"results", results}},
            std::nullopt};
}

} // namespace dtr
