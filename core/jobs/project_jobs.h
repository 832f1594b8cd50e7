#pragma once

// Jobs on model folders and project files: reading a model (summary, and optionally all
// its weights), creating a project (hashing the weights), relocating its model.

#include "jobs/job.h"
#include "model/model_summary.h"
#include "project/project.h"

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

// Replaces the layer map's constraints (Project::setLayerConstraints); the result is
// {"constraints": {"pinned": [...], "forbidden": [...]}} as stored.
class SetLayerConstraintsJob : public Job
{
public:
    SetLayerConstraintsJob(std::string projectPath, LayerConstraints constraints);
    std::string kind() const override { return "set-constraints"; }
    std::string title() const override;

protected:
    Result execute(JobContext &context) override;

private:
    std::string m_path;
    LayerConstraints m_constraints;
};

// Reads one distillation run's losses for plotting: {"run_id", "status", "steps_done",
// "layers": [...], "train": {"<layer>": [[step, loss], ...]}, "heldout": {...}}, a loss
// null where it was NaN or Inf.
class RunLossesJob : public Job
{
public:
    RunLossesJob(std::string projectPath, std::int64_t runId);
    std::string kind() const override { return "read-losses"; }
    std::string title() const override;

protected:
    Result execute(JobContext &context) override;

private:
    std::string m_path;
    std::int64_t m_runId;
};

} // namespace dtr
