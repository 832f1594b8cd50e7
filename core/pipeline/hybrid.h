#pragma once

// A hybrid model from a students file or from fresh students (what forward, generate
// and the workbench's what-if do): which layers run a linear student and where the
// students come from.

#include "model/transformer.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace dtr {

struct HybridSpec
{
    std::string linearLayers;              // "1,3" or "0-5"; empty with a students file: every layer in it
    std::optional<std::string> mixer;      // fresh students' mixer (default gdn); with a file: must match
    std::string studentsFile;              // trained students (.safetensors)
    std::optional<std::string> init;       // fresh students: transfer (default) | random
    std::optional<std::string> mixerOptions; // JSON object merged into fresh students' options
    std::string saveStudents;              // write the students used here
    std::uint64_t seed = 0;                // fresh students
};

// Attaches the students to the model and switches the chosen layers to them. Returns
// the linear layers (empty: the spec asks for none and the model stays the teacher).
// Errors name the students file and the layer, or the setting that does not apply.
std::vector<std::int64_t> applyHybrid(CausalLM &model, const HybridSpec &spec, const std::string &modelDir);

} // namespace dtr
