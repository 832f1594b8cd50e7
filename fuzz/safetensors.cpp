// Fuzz target: a .safetensors file's header and data offsets (SafetensorsFile::fromBytes,
// the same parser SafetensorsFile::open runs on a memory map).

#include "fuzz_util.h"

#include "model/safetensors.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    try {
        auto file = dtr::SafetensorsFile::fromBytes(dtr::fuzz::bytesOf(data, size), "fuzz.safetensors");
        // Every tensor's data must lie inside the input: touch its first and last byte.
        volatile std::uint8_t sink = 0;
        for (const dtr::TensorInfo &t : file->tensors()) {
            if (file->find(t.name) != &t)
                std::abort();
            (void)t.numel();
            if (const std::uint8_t *p = file->data(t))
                sink = sink ^ p[0] ^ p[t.end - t.begin - 1];
        }
        for (const auto &[key, value] : file->metadata())
            sink = sink ^ static_cast<std::uint8_t>(key.size() + value.size());
    } catch (const dtr::Error &) {
    }
    return 0;
}
