#pragma once

// What `dtr project show` prints and the workbench lists: the model, counts, runs,
// searches and configurations of a project, as JSON. Torch-free.

#include <nlohmann/json.hpp>

#include <string>

namespace dtr {

class Project;
struct LayerConstraints;

// Distillation runs carry their settings, throughput and, per layer, the initial and
// final held-out loss (initial_heldout / final_heldout, aligned with layers); the
// layer map's constraints are under "constraints" ({"pinned": [...], "forbidden": [...]}).
nlohmann::json projectSummaryJson(const Project &project);
nlohmann::json layerConstraintsJson(const LayerConstraints &constraints);

// The model folder a path names: a .dtr project's model (its stored path, even when
// that folder is gone), or the path itself when it is a folder. Throws dtr::Error naming
// the path when it is neither.
std::string resolveModelDir(const std::string &path);

} // namespace dtr
