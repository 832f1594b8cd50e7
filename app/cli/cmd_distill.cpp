#include "cmd_distill.h"

#include "cli_util.h"

#include "jobs/distill_job.h"
#include "mixers/registry.h"
#include "project/project.h"
#include "util/error.h"
#include "util/layer_list.h"

#include <cstdio>
#include <iostream>
#include <optional>
#include <variant>


DistillCommand::DistillCommand(CLI::App &app)
{
    m_cmd = app.add_subcommand("distill", "Blockwise local distillation: train a linear student for every attention layer");
    m_cmd->add_option("PROJECT", m_project, "a .dtr project (dtr project create)")->required();
    std::string mixers;
    for (const std::string &k : dtr::mixerKindNames())
        mixers += (mixers.empty() ? "" : ", ") + k;
    m_cmd->add_option("--mixer", m_s.mixer, "student mixer (" + mixers + ")")->capture_default_str();
    m_cmd->add_option("--calib", m_s.calibFiles, "calibration text or JSONL files (\"text\" field)");
    m_cmd->add_option("--steps", m_s.steps, "optimizer steps")->capture_default_str();
    m_cmd->add_option("--seq-len", m_s.seqLen, "tokens per window")->capture_default_str();
    m_cmd->add_option("--batch-size", m_s.batchSize, "windows per step")->capture_default_str();
    m_cmd->add_option("--lr", m_s.lr, "peak learning rate (AdamW, linear warm-up, cosine decay)")->capture_default_str();
    m_cmd->add_option("--min-lr-ratio", m_s.minLrRatio, "final learning rate / peak")->capture_default_str();
    m_cmd->add_option("--warmup", m_s.warmupSteps, "warm-up steps")->capture_default_str();
    m_cmd->add_option("--weight-decay", m_s.weightDecay, "AdamW weight decay")->capture_default_str();
    m_cmd->add_option("--grad-clip", m_s.gradClip, "gradient norm clip per student (0: off)")->capture_default_str();
    m_cmd->add_option("--layers", m_layers, "layers to distill, e.g. 0,2-5 (default: all)");
    m_cmd->add_option("--init", m_s.init, "student initialisation: transfer | random")->capture_default_str();
    m_cmd->add_option("--seed", m_s.seed, "seed for data order and random initialisation")->capture_default_str();
    m_cmd->add_option("--device", m_s.device, "cpu, cuda or cuda:N")->capture_default_str();
    m_cmd->add_option("--threads", m_s.threads, "CPU threads (default: all cores)");
    m_cmd->add_option("--heldout-windows", m_s.heldoutWindows, "windows held out for the held-out loss")
        ->capture_default_str();
    m_cmd->add_option("--eval-every", m_s.evalEvery, "held-out loss every N steps")->capture_default_str();
    m_cmd->add_option("--checkpoint-every", m_s.checkpointEvery, "checkpoint every N steps")->capture_default_str();
    m_cmd->add_option("--resume", m_resume, "continue run RUN_ID from its last checkpoint (its settings apply)");
    m_cmd->add_option("--students-out", m_studentsOut, "also write the trained students to this .safetensors file");
}

int DistillCommand::run()
{
    const bool tty = stderrIsTerminal();
    auto progress = [&](const dtr::JobProgress &jp) {
        const auto *p = std::get_if<dtr::DistillPayload>(&jp.payload);
        if (!p)
            return;
        std::string losses;
        for (std::size_t i = 0; i < p->layers.size(); ++i) {
            char buf[48];
            if (p->status[i] == "failed")
                std::snprintf(buf, sizeof buf, " L%lld:failed", static_cast<long long>(p->layers[i]));
            else
                std::snprintf(buf, sizeof buf, " L%lld:%.3g", static_cast<long long>(p->layers[i]), p->train[i]);
            losses += buf;
        }
        char head[160];
        std::snprintf(head, sizeof head, "run %lld %s %lld/%lld  %.0f tok/s  ETA %s ", static_cast<long long>(p->runId),
                      progressBar(jp.done, jp.total).c_str(), static_cast<long long>(jp.done),
                      static_cast<long long>(jp.total), p->tokensPerSecond, formatDuration(jp.etaSeconds).c_str());
        if (tty)
            std::cerr << "\r\033[K" << head << "|" << losses << std::flush;
        if (p->heldoutUpdated) {
            std::string held;
            for (std::size_t i = 0; i < p->layers.size(); ++i) {
                char buf[48];
                std::snprintf(buf, sizeof buf, " L%lld:%.4g", static_cast<long long>(p->layers[i]), p->heldout[i]);
                held += buf;
            }
            std::cerr << (tty ? "\n" : "") << "step " << jp.done << " held-out MSE" << held << "\n";
        } else if (!tty && !jp.message.empty()) {
            std::cerr << "step " << jp.done << ": " << jp.message << "\n";
        }
    };
    std::optional<dtr::DistillJob> job;
    if (m_resume > 0) {
        job = dtr::DistillJob::resume(m_project, m_resume, m_cmd->count("--threads") ? m_s.threads : -1);
    } else {
        if (m_s.calibFiles.empty())
            throw dtr::Error("distill: no calibration data; give --calib FILE (text or JSONL)");
        if (!m_layers.empty())
            m_s.layers = dtr::parseLayerList(m_layers, dtr::Project::open(m_project)->model().numLayers);
        job.emplace(m_project, m_s);
    }
    job->setStudentsOut(m_studentsOut);
    const dtr::JobOutcome outcome = runCliJob(*job, progress);
    const dtr::DistillResult &r = job->result();
    if (tty)
        std::cerr << "\n";
    if (outcome.status == dtr::JobStatus::Cancelled && r.runId == 0)
        return cancelledExit("distillation");
    std::cout << "run " << r.runId << " " << r.status << " after " << r.stepsDone << " steps ("
              << static_cast<long long>(r.tokensPerSecond) << " tokens/s)\n";
    for (const auto &[layer, loss] : r.finalHeldout) {
        std::cout << "  layer " << layer << ": held-out MSE " << loss;
        if (auto it = r.initialHeldout.find(layer); it != r.initialHeldout.end() && loss > 0)
            std::cout << " (from " << it->second << ", " << it->second / loss << "x lower)";
        std::cout << "\n";
    }
    for (const auto &[layer, error] : r.layerErrors)
        std::cout << "  layer " << layer << ": failed: " << error << "\n";
    if (outcome.result.contains("students_file"))
        std::cout << "wrote students to " << m_studentsOut << "\n";
    if (outcome.status == dtr::JobStatus::Cancelled)
        return cancelledExit("distillation run " + std::to_string(r.runId),
                             "dtr distill " + m_project + " --resume " + std::to_string(r.runId));
    return r.layerErrors.empty() ? 0 : 3;
}
