#pragma once

// Names of the configurations a search saves, readable at a glance in a list:
// "recall · GDN · greedy · best (4 linear)", "recall · GLA · uniform · 3 linear". They are
// stored data (the same in every language, like a file name) and stay unique in a
// project: a second search of the same kind gets " (2)", " (3)", ... Torch-free.

#include <cstdint>
#include <functional>
#include <string>

namespace dtr {

// "GDN", "GLA", "JetBlock"; any other mixer name as it is.
std::string mixerLabel(const std::string &mixer);

// The name a person knows a task file by: its file name without .jsonl, or its folder's
// name when the file is a split ("validation", "val", "dev", "test", "train"), as in
// tasks/recall/validation.jsonl -> "recall".
std::string taskLabel(const std::string &taskPath);

// what: "best" or "opt" (M_best / M_opt, with their number of linear layers in
// parentheses), or empty for a baseline's configuration at its number of linear layers.
std::string searchConfigurationName(const std::string &task, const std::string &mixer, const std::string &strategy,
                                    const std::string &what, std::int64_t numLinear);

// `name`, or the first of "name (2)", "name (3)", ... for which taken() is false.
std::string uniqueConfigurationName(const std::string &name, const std::function<bool(const std::string &)> &taken);

} // namespace dtr
