#pragma once

// Layer lists as people write them: "1,3,5-7". Torch-free.

#include <cstdint>
#include <string>
#include <vector>

namespace dtr {

// "1,3,5-7" -> {1, 3, 5, 6, 7} (in the order given, duplicates dropped); throws
// dtr::Error for malformed text or a layer outside [0, numLayers).
std::vector<std::int64_t> parseLayerList(const std::string &text, std::int64_t numLayers);

// {1, 3, 5} -> "1,3,5"; `empty` for an empty list.
std::string formatLayerList(const std::vector<std::int64_t> &layers, const std::string &empty = "-");

} // namespace dtr
