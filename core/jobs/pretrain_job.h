#pragma once

// Pretraining a small model as a job, and measuring an existing one.

#include "jobs/job.h"
#include "pretrain/pretrain_types.h"

#include <string>

namespace dtr {

class PretrainJob : public Job
{
public:
    // overwrite: replace a model already in settings.outDir (else that is an error).
    PretrainJob(PretrainSettings settings, bool overwrite = false);

    std::string kind() const override { return "pretrain"; }
    std::string title() const override;
    const PretrainResult &result() const { return m_result; }

protected:
    Result execute(JobContext &context) override;

private:
    PretrainSettings m_settings;
    bool m_overwrite;
    PretrainResult m_result;
};

// evaluatePretrained: held-out loss, unigram baseline and check tasks of a model folder.
class EvaluatePretrainedJob : public Job
{
public:
    EvaluatePretrainedJob(std::string modelDir, PretrainSettings settings);

    std::string kind() const override { return "evaluate-pretrained"; }
    std::string title() const override;
    const PretrainResult &result() const { return m_result; }

protected:
    Result execute(JobContext &context) override;

private:
    std::string m_modelDir;
    PretrainSettings m_settings;
    PretrainResult m_result;
};

} // namespace dtr
