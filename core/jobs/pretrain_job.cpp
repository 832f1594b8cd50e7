#include "jobs/pretrain_job.h"

#include "pretrain/pretrain.h"
#include "util/error.h"

#include <filesystem>

namespace dtr {

namespace {

PretrainProgressFn forward(JobContext &context)
{
    return [&context](const PretrainProgress &p) {
        JobProgress jp;
        jp.phase = p.phase;
        jp.message = p.message;
        if (p.phase == "train" || p.phase == "eval") {
            jp.done = p.step;
            jp.total = p.totalSteps;
            jp.unit = "steps";
            jp.etaSeconds = p.etaSeconds;
        }
        PretrainPayload pp;
        pp.step = p.step;
        pp.loss = p.loss;
        pp.heldoutLoss = p.heldoutLoss;
        pp.lr = p.lr;
        pp.tokensPerSecond = p.tokensPerSecond;
        pp.heldoutUpdated = p.message == "held-out";
        jp.payload = pp;
        context.report(std::move(jp));
    };
}

} // namespace

PretrainJob::PretrainJob(PretrainSettings settings, bool overwrite)
    : m_settings(std::move(settings))
    , m_overwrite(overwrite)
{
}

std::string PretrainJob::title() const
{
    return "Pretrain a model into " + m_settings.outDir;
}

Job::Result PretrainJob::execute(JobContext &context)
{
    m_settings.validate();
    if (!m_overwrite && std::filesystem::exists(m_settings.outDir + "/config.json"))
        throw Error(m_settings.outDir + ": already holds a model (config.json); overwriting it must be asked for");
    m_result = runPretraining(m_settings, forward(context), context.cancelFlag());
    return {m_result.status == "cancelled" ? JobStatus::Cancelled : JobStatus::Completed, m_result.toJson(),
            std::nullopt};
}

EvaluatePretrainedJob::EvaluatePretrainedJob(std::string modelDir, PretrainSettings settings)
    : m_modelDir(std::move(modelDir))
    , m_settings(std::move(settings))
{
}

std::string EvaluatePretrainedJob::title() const
{
    return "Measure the model " + m_modelDir;
}

Job::Result EvaluatePretrainedJob::execute(JobContext &context)
{
    m_result = evaluatePretrained(m_modelDir, m_settings, forward(context), context.cancelFlag());
    return {JobStatus::Completed, m_result.toJson(), std::nullopt};
}

} // namespace dtr
