#pragma once

#include <atomic>
#include <cstdint>
#include <functional>
#include <string>
#include <vector>

namespace dtr {

// Size and modification time of one file of a model folder.
struct ModelFileStamp
{
    std::string name; // relative to the folder
    std::int64_t size = 0;
    std::int64_t mtimeNs = 0;

    bool operator==(const ModelFileStamp &o) const
    {
        return name == o.name && size == o.size && mtimeNs == o.mtimeNs;
    }
};

// The files that define a model: config.json, tokenizer.json (when present), the
// safetensors index (when sharded) and every weight file; sorted by name. Throws
// dtr::Error naming the folder when it or its weights are missing.
std::vector<ModelFileStamp> modelFileStamps(const std::string &modelDir);

// XXH3-128 over those files (names, sizes and contents), as 32 hex digits. Reads the
// whole checkpoint (memory-mapped); several GB/s, so seconds for billions of weights.
// progress(bytesDone, bytesTotal) after every chunk; a set *cancel throws dtr::Cancelled
// between chunks.
using HashProgressFn = std::function<void(std::int64_t bytesDone, std::int64_t bytesTotal)>;
std::string hashModel(const std::string &modelDir, const std::vector<ModelFileStamp> &files,
                      const HashProgressFn &progress = {}, const std::atomic<bool> *cancel = nullptr);

// XXH3-128 of one file's bytes, as 32 hex digits (calibration data in export provenance).
std::string hashFile(const std::string &path);

} // namespace dtr
