// Fuzz target: a model folder's weights, single or sharded (WeightFiles). The input is
// split at "\n--shard--\n": the first part is model.safetensors.index.json (no index
// file when it is empty, and the second part is then model.safetensors), the others are
// written as shard1.safetensors, shard2.safetensors, ... for the index to name.

#include "fuzz_util.h"

#include "model/safetensors.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    using namespace dtr::fuzz;
    clearScratch();
    const std::string dir = scratchDir();
    const std::vector<std::string> parts = split(bytesOf(data, size), "\n--shard--\n");
    if (parts[0].empty()) {
        if (parts.size() > 1)
            writeFile(dir + "/model.safetensors", parts[1]);
    } else {
        writeFile(dir + "/model.safetensors.index.json", parts[0]);
        for (std::size_t i = 1; i < parts.size() && i <= 16; ++i)
            writeFile(dir + "/shard" + std::to_string(i) + ".safetensors", parts[i]);
    }
    try {
        dtr::WeightFiles weights(dir);
        volatile std::uint8_t sink = 0;
        for (const std::string &name : weights.tensorNames()) {
            const auto loc = weights.find(name);
            if (!loc.file || !loc.info)
                std::abort();
            if (const std::uint8_t *p = loc.file->data(*loc.info))
                sink = sink ^ p[0] ^ p[loc.info->end - loc.info->begin - 1];
        }
    } catch (const dtr::Error &) {
    }
    return 0;
}
