#include "distill/distill_types.h"

#include "util/json_util.h"

#include <set>

namespace dtr {

nlohmann::json DistillSettings::toJson() const
{
    return {{"mixer", mixer}, {"layers", layers}, {"calib_files", calibFiles}, {"steps", steps}, {"seq_len", seqLen},
            {"batch_size", batchSize}, {"lr", lr}, {"min_lr_ratio", minLrRatio}, {"warmup_steps", warmupSteps},
            {"weight_decay", weightDecay}, {"beta1", beta1}, {"beta2", beta2}, {"eps", eps}, {"grad_clip", gradClip},
            {"init", init}, {"seed", seed}, {"device", device}, {"threads", threads},
            {"heldout_windows", heldoutWindows}, {"eval_every", evalEvery}, {"checkpoint_every", checkpointEvery},
            {"mixer_options", mixerOptions}, {"optimizer", "adamw"}, {"schedule", "linear warm-up, cosine decay"}};
}

DistillSettings DistillSettings::fromJson(const nlohmann::json &j, const std::string &source)
{
    DistillSettings s;
    if (!j.is_object())
        throw Error(source + ": distillation settings are not a JSON object");
    s.mixer = settingOr<std::string>(j, "mixer", s.mixer, source);
    s.layers = settingOr<std::vector<std::int64_t>>(j, "layers", s.layers, source);
    s.calibFiles = settingOr<std::vector<std::string>>(j, "calib_files", s.calibFiles, source);
    s.steps = settingOr<std::int64_t>(j, "steps", s.steps, source);
    s.seqLen = settingOr<std::int64_t>(j, "seq_len", s.seqLen, source);
    s.batchSize = settingOr<std::int64_t>(j, "batch_size", s.batchSize, source);
    s.lr = settingOr<double>(j, "lr", s.lr, source);
    s.minLrRatio = settingOr<double>(j, "min_lr_ratio", s.minLrRatio, source);
    s.warmupSteps = settingOr<std::int64_t>(j, "warmup_steps", s.warmupSteps, source);
    s.weightDecay = settingOr<double>(j, "weight_decay", s.weightDecay, source);
    s.beta1 = settingOr<double>(j, "beta1", s.beta1, source);
    s.beta2 = settingOr<double>(j, "beta2", s.beta2, source);
    s.eps = settingOr<double>(j, "eps", s.eps, source);
    s.gradClip = settingOr<double>(j, "grad_clip", s.gradClip, source);
    s.init = settingOr<std::string>(j, "init", s.init, source);
    s.seed = settingOr<std::uint64_t>(j, "seed", s.seed, source);
    s.device = settingOr<std::string>(j, "device", s.device, source);
    s.threads = settingOr<int>(j, "threads", s.threads, source);
    s.heldoutWindows = settingOr<std::int64_t>(j, "heldout_windows", s.heldoutWindows, source);
    s.evalEvery = settingOr<std::int64_t>(j, "eval_every", s.evalEvery, source);
    s.checkpointEvery = settingOr<std::int64_t>(j, "checkpoint_every", s.checkpointEvery, source);
    if (j.contains("mixer_options"))
        s.mixerOptions = j["mixer_options"];
    return s;
}

nlohmann::json toJson(const DistillResult &r)
{
    nlohmann::json layers = nlohmann::json::array();
    std::set<std::int64_t> all;
    for (const auto &[l, v] : r.initialHeldout)
        all.insert(l);
    for (const auto &[l, v] : r.finalHeldout)
        all.insert(l);
    for (const auto &[l, e] : r.layerErrors)
        all.insert(l);
    for (std::int64_t l : all) {
        nlohmann::json j{{"layer", l}};
        if (auto it = r.initialHeldout.find(l); it != r.initialHeldout.end())
            j["heldout_initial"] = it->second;
        if (auto it = r.finalHeldout.find(l); it != r.finalHeldout.end())
            j["heldout_final"] = it->second;
        if (auto it = r.layerErrors.find(l); it != r.layerErrors.end())
            j["error"] = it->second;
        layers.push_back(j);
    }
    return {{"run_id", r.runId}, {"status", r.status}, {"steps_done", r.stepsDone},
            {"tokens_per_second", r.tokensPerSecond}, {"layers", layers}};
}

} // namespace dtr
