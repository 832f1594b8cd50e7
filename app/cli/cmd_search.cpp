#include "cmd_search.h"

#include "cli_util.h"

#include "jobs/search_jobs.h"
#include "project/project.h"
#include "util/error.h"
#include "util/layer_list.h"
#include "util/json_util.h"

#include <nlohmann/json.hpp>

#include <cstdio>
#include <iostream>
#include <variant>

namespace {

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
    const auto project = dtr::Project::open(m_project);
    const std::int64_t numLayers = project->model().numLayers;
    if (!m_pin.empty())
        m_s.greedy.pin = dtr::parseLayerList(m_pin, numLayers);
    if (!m_forbid.empty())
        m_s.greedy.forbid = dtr::parseLayerList(m_forbid, numLayers);
    if (m_pin.empty() && m_forbid.empty() && m_resume <= 0) {
        // Neither given: the project's layer constraints (the workbench's layer map) apply.
        const dtr::LayerConstraints c = project->layerConstraints();
        if (!c.empty()) {
            m_s.greedy.pin = c.pinned;
            m_s.greedy.forbid = c.forbidden;
            std::printf("using the project's %s (--pin/--forbid override them)\n", constraintsText(c).c_str());
        }
    }
    if (m_maxLinear >= 0)
        m_s.greedy.maxLinear = m_maxLinear;
    if (m_students > 0)
        m_s.studentsRun = m_students;
    m_s.reuseHiddenStates = !m_naive;
    auto progress = [&](const dtr::JobProgress &jp) {
        const auto *p = std::get_if<dtr::SearchPayload>(&jp.payload);
        if (!p)
            return;
        using Event = dtr::SearchPayload::Event;
        if (p->event == Event::Start) {
            std::printf("search %lld: full model %.4f, P_min %.4f", static_cast<long long>(p->searchId), p->state.fullScore,
                        p->state.pMin);
            if (!p->state.linear.empty())
                std::printf(", start (pins %s) %.4f", dtr::formatLayerList(p->state.linear).c_str(), p->state.startScore);
            std::printf("\n");
        } else if (p->event == Event::Candidate) {
            std::fprintf(stderr, "  round %lld: layer %lld -> %s\n", static_cast<long long>(p->round),
                         static_cast<long long>(p->layer), scoreText(p->score).c_str());
        } else if (p->event == Event::Round && p->roundResult) {
            const auto &r = *p->roundResult;
            const std::string test = p->testScore ? std::to_string(*p->testScore) : std::string();
            std::printf("round %lld: %s%lld -> %s%s%s  linear: %s%s%s\n", static_cast<long long>(r.round),
                        r.chosenLayer >= 0 ? "layer " : "", static_cast<long long>(r.chosenLayer >= 0 ? r.chosenLayer : r.linearAfter.size()),
                        scoreText(r.chosen).c_str(), r.committed ? "" : "  below P_min, not committed",
                        r.withinNoise ? "  (within noise of the runner-up)" : "", dtr::formatLayerList(r.linearAfter).c_str(),
                        test.empty() ? "" : "  test ", test.c_str());
        } else if (p->event == Event::Configuration) {
            std::printf("saved configuration %s\n", p->configuration.c_str());
        }
        std::fflush(stdout);
    };
    dtr::SearchJob job = m_resume > 0 ? dtr::SearchJob::resume(m_project, m_resume) : dtr::SearchJob(m_project, m_s);
    const FlagNames flags{{"the tolerance", "--tolerance"}, {"pinned layers", "--pin"}, {"forbidden layers", "--forbid"},
                          {"the pinned and the forbidden", "--pin/--forbid"}, {"the maximum", "--max-linear"},
                          {"a search needs a validation task", "--val"}, {"the batch size", "--batch-size"}};
    const dtr::JobOutcome outcome = runCliJob(job, progress, flags);
    const dtr::SearchResult &r = job.result();
    if (outcome.status == dtr::JobStatus::Cancelled) {
        if (!outcome.resumeId)
            return cancelledExit("search");
        const std::string id = std::to_string(*outcome.resumeId);
        return cancelledExit("search " + id, "dtr search " + m_project + " --resume " + id);
    }
    std::printf("M_best: %zu linear (%s) val %.4f%s\n", r.state.best.size(), dtr::formatLayerList(r.state.best).c_str(),
                r.state.bestScore, r.bestTest ? (" test " + scoreText(*r.bestTest)).c_str() : "");
    std::printf("M_opt:  %zu linear (%s) val %.4f%s\n", r.state.opt.size(), dtr::formatLayerList(r.state.opt).c_str(),
                r.state.optScore, r.optTest ? (" test " + scoreText(*r.optTest)).c_str() : "");
    std::printf("%lld layer forwards, %.1f s\n", static_cast<long long>(r.layerForwards), r.seconds);
    if (m_json)
        std::cout << dtr::dumpJson(outcome.result) << "\n";
    return 0;
}

EvalCommand::EvalCommand(CLI::App &app)
{
    m_cmd = app.add_subcommand("eval", "Score a saved configuration, a model folder or an export on a task (with a 95% "
                                       "bootstrap interval)");
    m_cmd->add_option("PROJECT", m_project, "a .dtr project (the score is stored), or a model folder / exported hybrid")
        ->required();
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
    dtr::EvalJob job(m_project, m_r);
    const bool tty = stderrIsTerminal();
    const dtr::JobOutcome outcome = runCliJob(job, [&](const dtr::JobProgress &p) {
        if (tty && p.total > 0)
            std::cerr << "\r\033[K" << progressBar(p.done, p.total) << " " << p.done << "/" << p.total << " batches"
                      << std::flush;
    });
    if (tty)
        std::cerr << "\r\033[K" << std::flush;
    if (outcome.status == dtr::JobStatus::Cancelled)
        return cancelledExit("evaluation");
    const dtr::EvalResult &r = job.result();
    if (m_json) {
        std::cout << dtr::dumpJson(outcome.result) << "\n";
    } else {
        std::printf("%s on %s: %s %s (%lld examples; linear layers %s)\n", r.configuration.c_str(), r.task.c_str(),
                    r.metric.c_str(), scoreText(r.score).c_str(), static_cast<long long>(r.score.numExamples),
                    dtr::formatLayerList(r.linearLayers).c_str());
    }
    return 0;
}
