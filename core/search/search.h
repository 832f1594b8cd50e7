#pragma once

// Stage 2 of Distill-then-Replace against a project: the greedy search (or a placement
// baseline) on a validation task, with the students of a distillation run, stored in
// the project as it happens (each candidate score, each round) and resumable at the
// round it was in. The test task, when given, only scores what the search produced:
// each committed configuration (search_rounds.test_score) and M_best / M_opt, which are
// saved as named configurations with their evaluations.

#include "search/greedy.h"
#include "search/search_types.h"
#include "search/scoring.h"

#include <nlohmann/json.hpp>

#include <atomic>
#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <vector>

namespace dtr {

class Project;


// Checks every input before any work (tasks, metric, constraints, students covering
// every layer the search may make linear, the model behind the project), then runs and
// stores the search. Cancellation stops between candidates; the run is then
// "cancelled" and resumeSearch continues it at the round it was in.
SearchResult runSearch(Project &project, const SearchSettings &settings, const SearchProgressFn &progress = {},
                       const std::atomic<bool> *cancel = nullptr);
SearchResult resumeSearch(Project &project, std::int64_t searchId, const SearchProgressFn &progress = {},
                          const std::atomic<bool> *cancel = nullptr);

// Layer types of a configuration ("full_attention" or the mixer per layer) and back.
std::vector<std::string> layerTypesFor(std::int64_t numLayers, const std::vector<std::int64_t> &linear,
                                       const std::string &mixer);
std::vector<std::int64_t> linearLayersOf(const std::vector<std::string> &layerTypes);

// `dtr eval`: scores a saved configuration (or "full": every layer attention) on a
// task and stores the evaluation.
// Throws dtr::Cancelled when cancelled (nothing is stored then).
EvalResult evaluateConfiguration(Project &project, const EvalRequest &request, const std::atomic<bool> *cancel = nullptr,
                                 const EvalProgressFn &progress = {});
// The same for a model folder (a Hugging Face checkpoint or an export, its linear layers
// on); nothing is stored (evaluationId 0). request.configuration is not used.
EvalResult evaluateModelFolder(const std::string &modelDir, const EvalRequest &request,
                               const std::atomic<bool> *cancel = nullptr, const EvalProgressFn &progress = {});

} // namespace dtr
