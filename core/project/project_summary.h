#pragma once

// What `dtr project show` prints and the workbench lists: the model, counts, runs,
// searches and configurations of a project, as JSON. Torch-free.

#include <nlohmann/json.hpp>

#include <string>

namespace dtr {

class Project;

nlohmann::json projectSummaryJson(const Project &project);

// The model folder a path names: a .dtr project's model (its stored path, even when
// that folder is gone), or the path itself when it is a folder. Throws dtr::Error naming
// the path when it is neither.
std::string resolveModelDir(const std::string &path);

} // namespace dtr
