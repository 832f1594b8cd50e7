#pragma once

// The demo report's comparison across mixers and tasks: Kendall's tau between the greedy
// replacement orders (mixers on the same task, tasks on the same mixer), and per mixer
// the layers replaced at the 5% tolerance with their test score. Built from the demo's
// results.json object, so that it can be checked against the orders stored there.

#include <nlohmann/json.hpp>

#include <ostream>
#include <string>
#include <vector>

namespace dtr {

// Reads results["tasks"][task][mixer]["greedy"] ("order", "opt") and results["layers"];
// returns the comparison as JSON ("between_mixers", "between_tasks", "per_mixer", the two
// means) and writes it as Markdown to md.
nlohmann::json writeOrderComparison(std::ostream &md, const nlohmann::json &results, const std::vector<std::string> &tasks,
                                    const std::vector<std::string> &mixers);

} // namespace dtr
