// Fuzz target: a model's config.json (parseModelConfig), and the summary printed from it.

#include "fuzz_util.h"

#include "model/config.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    try {
        const dtr::ModelConfig c = dtr::parseModelConfig(dtr::fuzz::bytesOf(data, size), "config.json");
        (void)dtr::describeConfig(c);
        for (std::int64_t l = -1; l <= c.numLayers; ++l)
            (void)c.slidingWindow(l);
    } catch (const dtr::Error &) {
    }
    return 0;
}
