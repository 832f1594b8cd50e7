#include "cmd_distill.h"

#include "cli_util.h"

#include "mixers/registry.h"
#include "project/project.h"
#include "util/error.h"

#include <cmath>
#include <cstdio>
#include <iostream>
#include <unistd.h>


DistillCommand::DistillCommand(CLI::App &app)
{
    m_cmd = app.add_subcommand("distill", "Blockwise local distillation: train a linear student for every attention layer");
    m_cmd->add_option("PROJECT", m_project, "a .dtr project (dtr project create)")->required();
    m_cmd->add_option("--mixer", m_s.mixer, "student mixer (gdn, gla)")->capture_default_str();
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
    auto project = dtr::Project::open(m_project);
    const bool tty = ::isatty(STDERR_FILENO);
    const std::atomic<bool> *cancel = installInterruptHandler();
    auto progress = [&](const dtr::DistillProgress &p) {
        std::string losses;
        for (std::size_t i = 0; i < p.layers.size(); ++i) {
            char buf[48];
            if (p.status[i] == "failed")
                std::snprintf(buf, sizeof buf, " L%lld:failed", static_cast<long long>(p.layers[i]));
            else
                std::snprintf(buf, sizeof buf, " L%lld:%.3g", static_cast<long long>(p.layers[i]), p.losses[i]);
            losses += buf;
        }
        const int width = 24;
        const int filled = p.totalSteps > 0 ? static_cast<int>(width * p.step / p.totalSteps) : 0;
        char head[160];
        std::snprintf(head, sizeof head, "run %lld [%s%s] %lld/%lld  %.0f tok/s  ETA %s ",
                      static_cast<long long>(p.runId), std::string(static_cast<std::size_t>(filled), '#').c_str(),
                      std::string(static_cast<std::size_t>(width - filled), '.').c_str(), static_cast<long long>(p.step),
                      static_cast<long long>(p.totalSteps), p.tokensPerSecond, formatDuration(p.etaSeconds).c_str());
        if (tty)
            std::cerr << "\r\033[K" << head << "|" << losses << std::flush;
        if (!p.message.empty() && p.message.find("held-out") != std::string::npos) {
            std::string held;
            for (std::size_t i = 0; i < p.layers.size(); ++i) {
                char buf[48];
                std::snprintf(buf, sizeof buf, " L%lld:%.4g", static_cast<long long>(p.layers[i]), p.heldoutLosses[i]);
                held += buf;
            }
            std::cerr << (tty ? "\n" : "") << "step " << p.step << " held-out MSE" << held << "\n";
        } else if (!tty && !p.message.empty()) {
            std::cerr << "step " << p.step << ": " << p.message << "\n";
        }
    };
    dtr::DistillResult r;
    if (m_resume > 0) {
        r = dtr::resumeDistillation(*project, m_resume, m_cmd->count("--threads") ? m_s.threads : -1, progress, cancel);
    } else {
        if (m_s.calibFiles.empty())
            throw dtr::Error("distill: no calibration data; give --calib FILE (text or JSONL)");
        if (!m_layers.empty())
            m_s.layers = dtr::parseLayerList(m_layers, project->model().numLayers);
        r = dtr::runDistillation(*project, m_s, progress, cancel);
    }
    if (tty)
        std::cerr << "\n";
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
    if (!m_studentsOut.empty() && r.status == "completed") {
        dtr::StudentSet set = dtr::loadRunStudents(*project, r.runId);
        dtr::ModelConfig config = dtr::loadModelConfig(project->model().path);
        dtr::saveStudents(m_studentsOut, config, set, {{"project", project->path()}, {"run", std::to_string(r.runId)}});
        std::cout << "wrote students to " << m_studentsOut << "\n";
    }
    if (r.status == "cancelled") {
        std::cerr << "dtr: stopped; resume with: dtr distill " << m_project << " --resume " << r.runId << "\n";
        return 130;
    }
    return r.layerErrors.empty() ? 0 : 3;
}
