#include "cmd_demo.h"

#include "cli_util.h"

#include "distill/distill.h"
#include "project/project.h"
#include "search/search.h"
#include "util/error.h"

#include <nlohmann/json.hpp>

#include <chrono>
#include <cmath>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <map>
#include <sstream>

#ifndef DTR_DEMO_DIR
#define DTR_DEMO_DIR "resources/demo"
#endif

namespace fs = std::filesystem;

namespace {

using Clock = std::chrono::steady_clock;

double since(Clock::time_point t0)
{
    return std::chrono::duration<double>(Clock::now() - t0).count();
}

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

// The first n examples of a task file (all when n <= 0).
std::string subset(const std::string &src, std::int64_t n, const std::string &dst)
{
    if (n <= 0)
        return src;
    std::ifstream in(src);
    if (!in)
        throw dtr::Error(src + ": cannot open the task file");
    fs::create_directories(fs::path(dst).parent_path());
    std::ofstream out(dst);
    std::string line;
    for (std::int64_t k = 0; k < n && std::getline(in, line);)
        if (!line.empty()) {
            out << line << "\n";
            ++k;
        }
    if (!out)
        throw dtr::Error(dst + ": cannot write");
    return dst;
}

std::string fmt(double v)
{
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.3f", v);
    return buf;
}

std::string layersText(const std::vector<std::int64_t> &v)
{
    std::string s;
    for (auto l : v)
        s += (s.empty() ? "" : ",") + std::to_string(l);
    return s.empty() ? "-" : s;
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
    const auto t0 = Clock::now();
    const std::atomic<bool> *cancel = installInterruptHandler();
    const std::string demo = m_demoDir.empty() ? std::string(DTR_DEMO_DIR) : m_demoDir;
    const std::string modelDir = demo + "/model";
    if (!fs::exists(modelDir + "/config.json"))
        throw dtr::Error(modelDir + ": the demo model is missing (docs/demo-model.md says how it is made)");
    const std::string tasksDir = demo + "/data/tasks";
    std::vector<std::string> tasks = splitList(m_tasks);
    if (tasks.empty()) {
        for (const auto &e : fs::directory_iterator(tasksDir))
            if (e.is_directory())
                tasks.push_back(e.path().filename().string());
        std::sort(tasks.begin(), tasks.end());
    }
    if (tasks.empty())
        throw dtr::Error(tasksDir + ": no demo tasks");
    const auto mixers = splitList(m_mixers);
    const std::int64_t steps = m_distillSteps > 0 ? m_distillSteps : (m_quick ? 60 : 400);
    const std::int64_t nVal = m_valExamples > 0 ? m_valExamples : (m_quick ? 32 : 0);
    const std::int64_t nTest = m_testExamples > 0 ? m_testExamples : (m_quick ? 48 : 0);

    fs::create_directories(m_out);
    const std::string projectPath = m_out + "/demo.dtr";
    if (fs::exists(projectPath))
        throw dtr::Error(projectPath + ": already exists; remove it or choose another --out");
    auto project = dtr::Project::create(projectPath, modelDir);
    const std::int64_t L = project->model().numLayers;
    std::printf("demo: model %s (%lld layers), project %s, %s mode\n", modelDir.c_str(), static_cast<long long>(L),
                projectPath.c_str(), m_quick ? "quick" : "full");

    // Stage 1: one distillation per mixer.
    std::map<std::string, std::int64_t> runs;
    nlohmann::json results;
    results["model"] = modelDir;
    results["layers"] = L;
    results["quick"] = m_quick;
    for (const auto &mixer : mixers) {
        const auto t = Clock::now();
        dtr::DistillSettings ds;
        ds.mixer = mixer;
        ds.calibFiles = {demo + "/data/calib.jsonl"};
        ds.steps = steps;
        ds.seqLen = 128;
        ds.batchSize = 4;
        ds.lr = 3e-3;
        ds.warmupSteps = std::min<std::int64_t>(20, steps / 5);
        ds.evalEvery = std::max<std::int64_t>(steps / 4, 1);
        ds.checkpointEvery = steps;
        ds.threads = m_threads;
        const auto r = dtr::runDistillation(*project, ds, {}, cancel);
        if (r.status != "completed")
            throw dtr::Error("distillation with " + mixer + " " + r.status + (r.status == "cancelled" ? "" : " (see the project)"));
        runs[mixer] = r.runId;
        double before = 0, after = 0;
        for (const auto &[l, v] : r.initialHeldout)
            before += v / double(r.initialHeldout.size());
        for (const auto &[l, v] : r.finalHeldout)
            after += v / double(r.finalHeldout.size());
        std::printf("distill %s: run %lld, %lld steps, mean held-out MSE %.4g -> %.4g (%.1fx lower), %.0f s\n",
                    mixer.c_str(), static_cast<long long>(r.runId), static_cast<long long>(r.stepsDone), before, after,
                    after > 0 ? before / after : 0.0, since(t));
        results["distill"][mixer] = {{"run", r.runId}, {"steps", r.stepsDone}, {"heldout_before", before},
                                     {"heldout_after", after}, {"seconds", since(t)}};
        std::fflush(stdout);
    }

    // Stage 2: greedy and baselines per task and mixer.
    // --quick leaves out the ranking by distillation loss (not one of the paper's baselines).
    std::vector<std::string> strategies{"greedy", "uniform", "random", "importance", "distill-loss"};
    if (m_quick)
        strategies.pop_back();
    std::ostringstream md;
    md << "# Demo results" << (m_quick ? " (--quick)" : "") << "\n\n";
    md << "Model `" << modelDir << "` (" << L << " layers). Distillation: " << steps
       << " steps per mixer. Search: tolerance 5%, validation only; scores on the test split. "
       << "Metric: acc_norm (multiple choice). Produced by `dtr demo" << (m_quick ? " --quick" : "") << "`.\n\n";
    for (const auto &task : tasks) {
        const std::string val = subset(tasksDir + "/" + task + "/validation.jsonl", nVal, m_out + "/tasks/" + task + "/validation.jsonl");
        const std::string test = subset(tasksDir + "/" + task + "/test.jsonl", nTest, m_out + "/tasks/" + task + "/test.jsonl");
        dtr::EvalRequest er;
        er.configuration = "full";
        er.taskPath = test;
        er.threads = m_threads;
        const double fullTest = dtr::evaluateConfiguration(*project, er, cancel).score.value;
        for (const auto &mixer : mixers) {
            nlohmann::json jt;
            std::map<std::string, std::map<std::int64_t, std::pair<double, double>>> curve; // strategy -> k -> (val, test)
            for (const auto &strategy : strategies) {
                const auto t = Clock::now();
                dtr::SearchSettings s;
                s.strategy = strategy;
                s.valTask = val;
                s.testTask = test;
                s.studentsRun = runs[mixer];
                s.greedy.continuePastMin = true; // the whole trajectory, for comparisons at every k
                s.threads = m_threads;
                const auto r = dtr::runSearch(*project, s, {}, cancel);
                if (r.status != "completed")
                    throw dtr::Error("search " + std::to_string(r.searchId) + " " + r.status);
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
                std::printf("%s / %s / %-12s search %lld: M_best %zu linear (%s) val %s test %s; M_opt %zu linear (%s) "
                            "val %s test %s; %.0f s\n",
                            task.c_str(), mixer.c_str(), strategy.c_str(), static_cast<long long>(r.searchId),
                            r.state.best.size(), layersText(r.state.best).c_str(), fmt(r.state.bestScore).c_str(),
                            r.bestTest ? fmt(r.bestTest->value).c_str() : "-", r.state.opt.size(),
                            layersText(r.state.opt).c_str(), fmt(r.state.optScore).c_str(),
                            r.optTest ? fmt(r.optTest->value).c_str() : "-", since(t));
                std::fflush(stdout);
            }
            jt["full_test"] = fullTest;
            jt["strategies"] = strategies;
            for (const auto &[strategy, points] : curve)
                for (const auto &[k, vt] : points)
                    jt["curve"][strategy][std::to_string(k)] = {{"val", vt.first}, {"test", vt.second}};
            results["tasks"][task][mixer] = jt;

            const auto &g = jt["greedy"];
            md << "## " << task << " — " << mixer << "\n\n";
            md << "Full model: validation " << fmt(g["full_val"].get<double>()) << ", test " << fmt(fullTest)
               << "; P_min " << fmt(g["p_min"].get<double>()) << ". Greedy order: "
               << layersText(g["order"].get<std::vector<std::int64_t>>()) << ".\n\n";
            md << "| | linear layers | validation | test |\n| --- | --- | ---: | ---: |\n";
            for (const char *which : {"best", "opt"}) {
                const auto &c = g[which];
                md << "| M_" << which << " | " << c["linear"].size() << " (" << layersText(c["linear"].get<std::vector<std::int64_t>>())
                   << ") | " << fmt(c["val"].get<double>()) << " | "
                   << (c["test"].is_number() ? fmt(c["test"].get<double>()) : "-") << " |\n";
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
                    md << " " << (it == curve[s].end() ? "-" : fmt(it->second.second) + " (" + fmt(it->second.first) + ")") << " |";
                }
                md << "\n";
            }
            md << "\n";
        }
    }
    results["seconds"] = since(t0);
    md << "Total time " << static_cast<long long>(std::lround(since(t0))) << " s.\n";
    std::ofstream(m_out + "/results.md") << md.str();
    std::ofstream(m_out + "/results.json") << results.dump(2) << "\n";
    std::printf("\n%s\nwrote %s/results.md and %s/results.json; open the project with: dtr-workbench %s\n",
                md.str().c_str(), m_out.c_str(), m_out.c_str(), projectPath.c_str());
    return 0;
}
