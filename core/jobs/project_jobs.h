#pragma once

// Jobs on model folders and project files: reading a model (summary, and optionally all
// its weights), creating a project (hashing the weights), relocating its model.

#include "jobs/job.h"
#include "model/model_summary.h"

#include <functional>
#include <string>

namespace dtr {

// Reads a model folder's config and weight headers (the summary the workbench shows),
// then, with loadWeights, loads and checks every tensor on the CPU.
class LoadModelJob : public Job
{
public:
    // Reads the summary; summarizeModel unless another reader is given (tests slow it down).
    using Summarizer = std::function<ModelSummary(const std::string &modelDir)>;

    explicit LoadModelJob(std::string modelDir, bool loadWeights = false, Summarizer summarizer = {});
    std::string kind() const override { return "load-model"; }
    std::string title() const override;
    const ModelSummary &summary() const { return m_summary; }

protected:
    Result execute(JobContext &context) override;

private:
    std::string m_modelDir;
    bool m_loadWeights;
    Summarizer m_summarizer;
    ModelSummary m_summary;
};

// Project::create with the weights' hash reported in bytes; a cancel leaves no file.
class CreateProjectJob : public Job
{
public:
    CreateProjectJob(std::string projectPath, std::string modelDir);
    std::string kind() const override { return "create-project"; }
    std::string title() const override;

protected:
    Result execute(JobContext &context) override;

private:
    std::string m_path, m_modelDir;
};

// Opens a project as the workbench does (a moved or changed model is reported in the
// summary's model status, not refused) and returns its summary. A corrupt, newer or
// non-project file fails and is left byte-identical.
class OpenProjectJob : public Job
{
public:
    explicit OpenProjectJob(std::string projectPath);
    std::string kind() const override { return "open-project"; }
    std::string title() const override;

protected:
    Result execute(JobContext &context) override;

private:
    std::string m_path;
};

// Project::relocateModel, the content check reported in bytes; a cancel changes nothing.
class RelocateModelJob : public Job
{
public:
    RelocateModelJob(std::string projectPath, std::string newModelDir);
    std::string kind() const override { return "relocate-model"; }
    std::string title() const override;

protected:
    Result execute(JobContext &context) override;

private:
    std::string m_path, m_modelDir;
};

} // namespace dtr
