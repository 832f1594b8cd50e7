#pragma once

// The registered linear mixers, by name and one-line description, for front ends that
// must not include LibTorch (the workbench's mixer choice). Implemented by the registry
// (registry.cpp), so a newly registered mixer appears everywhere at once.

#include <string>
#include <vector>

namespace dtr {

struct MixerDescription
{
    std::string name;        // "gdn"
    std::string description; // one line
    std::string displayName; // "Gated DeltaNet", "GLA", "JetBlock" (English; front ends translate)
};

std::vector<MixerDescription> linearMixers();

} // namespace dtr
