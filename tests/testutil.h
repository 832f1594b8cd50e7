#pragma once

// Paths shared by the tests. DTR_SHARED_DIR and DTR_TEST_DATA_DIR come from CMake.
#include <string>

namespace dtrtest {

inline std::string sharedModel(const std::string &name)
{
    return std::string(DTR_SHARED_DIR) + "/fixtures/hf/models/" + name;
}

inline std::string extraModel(const std::string &name)
{
    return std::string(DTR_TEST_DATA_DIR) + "/hf-extra/models/" + name;
}

// Fixture models by short name: the three in ../shared and the two made with the same
// tool into tests/data/hf-extra (see its README).
inline std::string modelPath(const std::string &name)
{
    if (name == "tiny-qwen3" || name == "tiny-llama3-bf16-sharded")
        return extraModel(name);
    return sharedModel(name);
}

} // namespace dtrtest
