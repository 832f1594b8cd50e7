#pragma once

// The configurations list as jobs: reading the catalogue (configuration_catalog.h), and
// the edits a window makes to it: save a layer map as a configuration, rename, delete.
// Each opens the project on its worker, so a large file or a busy writer never blocks
// the window.

#include "jobs/job.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace dtr {

// {"num_layers": L, "configurations": [toJson(ConfigurationEntry), ...]}.
class ReadConfigurationsJob : public Job
{
public:
    explicit ReadConfigurationsJob(std::string projectPath);
    std::string kind() const override { return "read-configurations"; }
    std::string title() const override;

protected:
    Result execute(JobContext &context) override;

private:
    std::string m_path;
};

// A hand-made configuration: `linear` layers get the students of distillation run
// `runId` (its mixer), the others stay full attention. Refuses a taken or empty name, a
// layer outside the model, and a run without a trained student for one of the layers.
// With makeUnique, a taken name becomes "name (2)", "name (3)", ... instead.
// Result: {"id", "name", "linear_layers"}.
class SaveConfigurationJob : public Job
{
public:
    SaveConfigurationJob(std::string projectPath, std::string name, std::vector<std::int64_t> linear,
                         std::optional<std::int64_t> runId, std::string notes = {}, bool makeUnique = false);
    std::string kind() const override { return "save-configuration"; }
    std::string title() const override;

protected:
    Result execute(JobContext &context) override;

private:
    std::string m_path, m_name, m_notes;
    std::vector<std::int64_t> m_linear;
    std::optional<std::int64_t> m_runId;
    bool m_makeUnique = false;
};

// Result: {"id", "name"} as stored.
class RenameConfigurationJob : public Job
{
public:
    RenameConfigurationJob(std::string projectPath, std::int64_t id, std::string newName);
    std::string kind() const override { return "rename-configuration"; }
    std::string title() const override;

protected:
    Result execute(JobContext &context) override;

private:
    std::string m_path;
    std::int64_t m_id;
    std::string m_name;
};

// Result: {"id", "name"} of the configuration deleted.
class DeleteConfigurationJob : public Job
{
public:
    DeleteConfigurationJob(std::string projectPath, std::int64_t id);
    std::string kind() const override { return "delete-configuration"; }
    std::string title() const override;

protected:
    Result execute(JobContext &context) override;

private:
    std::string m_path;
    std::int64_t m_id;
};

} // namespace dtr
