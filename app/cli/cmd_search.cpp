#include "cmd_search.h"

#include "cli_util.h"

#include "mixers/students.h"
#include "project/project.h"
#include "util/error.h"

#include <nlohmann/json.hpp>

#include <cstdio>
#include <iostream>

namespace {

std::string layersText(const std::vector<std::int64_t> &v)
{
    std::string s;
    for (auto l : v)
        s += (s.empty() ? "" : ",") + std::to_string(l);
    return s.empty() ? "-" : s;
}

std::string scoreText(const dtr::Score &s)
{
    char buf[96];
    std::snprintf(buf, sizeof buf, "%.4f [%.4f, %.4f]", s.value, s.ciLow, s.ciHigh);
    return buf;
}

} // namespace

SearchCommand::SearchCommand(CLI::App &app)
{
    m_cmd = app.add_subcommand("search", "Greedy layer replacement (stage 2) or a placement baseline on a validation task");
    m_cmd->add_option("PROJECT", m_project, "a .dtr project with a distillation run")->required();
    m_cmd->add_option("--val", m_s.valTask, "validation task (JSONL); the search only sees this");
    m_cmd->add_option("--test", m_s.testTask, "test task (JSONL): scores M_best, M_opt and each committed configuration");
    m_cmd->add_option("--students", m_students, "distillation run whose students to use (default: the latest completed)");
    m_cmd->add_option("--metric", m_s.metric, "acc, acc_norm, bits_per_byte, perplexity, exact_match (default by task kind)");
    m_cmd->add_option("--tolerance", m_s.greedy.tolerance, "relative drop from the full model's score allowed (P_min)")
        ->capture_default_str();
    m_cmd->add_option("--pin", m_pin, "layers linear from the start, e.g. 0,3-4");
    m_cmd->add_option("--forbid", m_forbid, "layers that stay full attention");
    m_cmd->add_option("--max-linear", m_maxLinear, "at most K linear layers (pins included)");
    m_cmd->add_option("--strategy", m_s.strategy, "greedy | uniform | random | importance | distill-loss")
        ->capture_default_str();
    m_cmd->add_flag("--continue", m_s.greedy.continuePastMin, "go past P_min to trace the whole trajectory");
    m_cmd->add_option("--seed", m_s.seed, "seed for the random baseline and the bootstrap")->capture_default_str();
    m_cmd->add_option("--batch-size", m_s.batchSize, "sequences per forward")->capture_default_str();
    m_cmd->add_option("--bootstrap", m_s.bootstrapSamples, "bootstrap resamples for the 95% intervals")->capture_default_str();
    m_cmd->add_flag("--naive", m_naive, "recompute every layer for every candidate (same decisions, more work)");
    m_cmd->add_option("--device", m_s.device, "cpu, cuda or cuda:N")->capture_default_str();
    m_cmd->add_option("--threads", m_s.threads, "CPU threads (default: all cores)");
    m_cmd->add_option("--resume", m_resume, "continue search SEARCH_ID at the round it was in (its settings apply)");
    m_cmd->add_flag("--json", m_json, "print the result as JSON at the end");
}

int SearchCommand::run()
{
    auto project = dtr::Project::open(m_project);
    const std::int64_t numLayers = project->model().numLayers;
    if (!m_pin.empty())
        m_s.greedy.pin = dtr::parseLayerList(m_pin, numLayers);
    if (!m_forbid.empty())
        m_s.greedy.forbid = dtr::parseLayerList(m_forbid, numLayers);
    if (m_maxLinear >= 0)
        m_s.greedy.maxLinear = m_maxLinear;
    if (m_students > 0)
        m_s.studentsRun = m_students;
    m_s.reuseHiddenStates = !m_naive;
    const std::atomic<bool> *cancel = installInterruptHandler();
    auto progress = [&](const dtr::SearchProgress &p) {
        if (p.event == "start") {
            std::printf("search %lld: full model %.4f, P_min %.4f", static_cast<long long>(p.searchId), p.state->fullScore,
                        p.state->pMin);
            if (!p.state->linear.empty())
                std::printf(", start (pins %s) %.4f", layersText(p.state->linear).c_str(), p.state->startScore);
            std::printf("\n");
        } else if (p.event == "candidate") {
            std::fprintf(stderr, "  round %lld: layer %lld -> %s\n", static_cast<long long>(p.round),
                         static_cast<long long>(p.layer), scoreText(p.score).c_str());
        } else if (p.event == "round") {
            const auto &r = *p.roundResult;
            std::printf("round %lld: %s%lld -> %s%s%s  linear: %s%s%s\n", static_cast<long long>(r.round),
                        r.chosenLayer >= 0 ? "layer " : "", static_cast<long long>(r.chosenLayer >= 0 ? r.chosenLayer : r.linearAfter.size()),
                        scoreText(r.chosen).c_str(), r.committed ? "" : "  below P_min, not committed",
                        r.withinNoise ? "  (within noise of the runner-up)" : "", layersText(r.linearAfter).c_str(),
                        p.message.empty() ? "" : "  test ", p.message.c_str());
        } else if (p.event == "configuration") {
            std::printf("saved configuration %s\n", p.message.c_str());
        }
        std::fflush(stdout);
    };
    const dtr::SearchResult r = m_resume > 0 ? dtr::resumeSearch(*project, m_resume, progress, cancel)
                                             : dtr::runSearch(*project, m_s, progress, cancel);
    if (r.status == "cancelled") {
        std::printf("search %lld cancelled; continue with: dtr search %s --resume %lld\n",
                    static_cast<long long>(r.searchId), m_project.c_str(), static_cast<long long>(r.searchId));
        return 130;
    }
    std::printf("M_best: %zu linear (%s) val %.4f%s\n", r.state.best.size(), layersText(r.state.best).c_str(),
                r.state.bestScore, r.bestTest ? (" test " + scoreText(*r.bestTest)).c_str() : "");
    std::printf("M_opt:  %zu linear (%s) val %.4f%s\n", r.state.opt.size(), layersText(r.state.opt).c_str(),
                r.state.optScore, r.optTest ? (" test " + scoreText(*r.optTest)).c_str() : "");
    std::printf("%lld layer forwards, %.1f s\n", static_cast<long long>(r.layerForwards), r.seconds);
    if (m_json) {
        nlohmann::json j;
        j["search_id"] = r.searchId;
        j["metric"] = r.metric;
        j["full_score"] = r.state.fullScore;
        j["p_min"] = r.state.pMin;
        j["best"] = {{"name", r.bestName}, {"linear", r.state.best}, {"val", r.state.bestScore}};
        j["opt"] = {{"name", r.optName}, {"linear", r.state.opt}, {"val", r.state.optScore}};
        if (r.bestTest)
            j["best"]["test"] = r.bestTest->value;
        if (r.optTest)
            j["opt"]["test"] = r.optTest->value;
        j["layer_forwards"] = r.layerForwards;
        j["seconds"] = r.seconds;
        std::cout << j.dump() << "\n";
    }
    return 0;
}

EvalCommand::EvalCommand(CLI::App &app)
{
    m_cmd = app.add_subcommand("eval", "Score a saved configuration on a task (with a 95% bootstrap interval)");
    m_cmd->add_option("PROJECT", m_project, "a .dtr project")->required();
    m_cmd->add_option("--config", m_r.configuration, "configuration name (full: every layer attention)")
        ->capture_default_str();
    m_cmd->add_option("--task", m_r.taskPath, "task file (JSONL)")->required();
    m_cmd->add_option("--metric", m_r.metric, "metric (default by task kind)");
    m_cmd->add_option("--batch-size", m_r.batchSize, "sequences per forward")->capture_default_str();
    m_cmd->add_option("--bootstrap", m_r.bootstrapSamples, "bootstrap resamples")->capture_default_str();
    m_cmd->add_option("--seed", m_r.seed, "bootstrap seed")->capture_default_str();
    m_cmd->add_option("--device", m_r.device, "cpu, cuda or cuda:N")->capture_default_str();
    m_cmd->add_option("--threads", m_r.threads, "CPU threads (default: all cores)");
    m_cmd->add_flag("--json", m_json, "print the result as JSON");
}

int EvalCommand::run()
{
    auto project = dtr::Project::open(m_project);
    const dtr::EvalResult r = dtr::evaluateConfiguration(*project, m_r, installInterruptHandler());
    if (m_json) {
        nlohmann::json j{{"configuration", r.configuration}, {"task", r.task}, {"metric", r.metric},
                         {"score", r.score.value}, {"ci_low", r.score.ciLow}, {"ci_high", r.score.ciHigh},
                         {"examples", r.score.numExamples}, {"linear", r.linearLayers}, {"evaluation_id", r.evaluationId}};
        std::cout << j.dump() << "\n";
    } else {
        std::printf("%s on %s: %s %s (%lld examples; linear layers %s)\n", r.configuration.c_str(), r.task.c_str(),
                    r.metric.c_str(), scoreText(r.score).c_str(), static_cast<long long>(r.score.numExamples),
                    layersText(r.linearLayers).c_str());
    }
    return 0;
}
