#pragma once

// The mixer registry: name -> how to size a student for a teacher layer, build it from
// options, and initialise it from the teacher's attention (weight transfer). New mixers
// (JetBlock, sliding-window + linear, feature-map variants) register here and every
// consumer (CLI, students files, distillation, search) picks them up.

#include "model/mixer.h"
#include "model/config.h"

#include <functional>
#include <string>
#include <vector>

namespace dtr {

class AttentionImpl;

// What weight transfer starts from: the teacher's attention of one layer and the scale
// of its input (the layer's input-norm weight: the attention sees rmsnorm(h) * scale).
struct TransferSource
{
    const AttentionImpl &attention;
    const ModelConfig &config;
    torch::Tensor inputScale; // [C]
};

struct MixerKind
{
    std::string name;        // "gdn"
    std::string description; // one line for --help
    // Options of a student that matches the teacher's layer (its sizes, biases, norms),
    // with `overrides` (a JSON object) merged on top.
    std::function<nlohmann::json(const ModelConfig &, std::int64_t layer, const nlohmann::json &overrides)>
        optionsFor;
    // A freshly (randomly) initialised mixer for these options.
    std::function<MixerPtr(const nlohmann::json &options)> create;
    // Overwrites the student's parameters from the teacher's attention of the same layer:
    // copied projections, new parameters where they disturb the copy least. Throws
    // dtr::Error when the student's sizes cannot hold the teacher's (head dims, heads).
    std::function<void(MixerImpl &student, const TransferSource &teacher)> transfer;
};

// Adds or replaces a kind (the built-in ones register themselves on first use).
void registerMixerKind(const MixerKind &kind);
// Throws dtr::Error "unknown mixer 'x' (known: gdn, gla)".
const MixerKind &mixerKind(const std::string &name);
std::vector<std::string> mixerKindNames();

} // namespace dtr
