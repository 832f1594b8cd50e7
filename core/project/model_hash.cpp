#include "project/model_hash.h"

#include "model/safetensors.h"
#include "util/error.h"
#include "util/mmap_file.h"

#define XXH_INLINE_ALL
#include <xxhash.h>

#include <algorithm>
#include <cstdio>
#include <memory>
#include <sys/stat.h>

namespace dtr {

namespace {

bool statFile(const std::string &path, ModelFileStamp &stamp)
{
    struct stat st {};
    if (::stat(path.c_str(), &st) != 0 || !S_ISREG(st.st_mode))
        return false;
    stamp.size = static_cast<std::int64_t>(st.st_size);
    stamp.mtimeNs = static_cast<std::int64_t>(st.st_mtim.tv_sec) * 1000000000LL + st.st_mtim.tv_nsec;
    return true;
}

} // namespace

std::vector<ModelFileStamp> modelFileStamps(const std::string &modelDir)
{
    struct stat st {};
    if (::stat(modelDir.c_str(), &st) != 0 || !S_ISDIR(st.st_mode))
        throw Error(modelDir + ": model folder not found");
    std::vector<std::string> names{"config.json"};
    for (const char *optional : {"tokenizer.json", "model.safetensors.index.json"}) {
        ModelFileStamp s;
        if (statFile(modelDir + "/" + optional, s))
            names.push_back(optional);
    }
    WeightFiles weights(modelDir);
    for (const auto &f : weights.files())
        names.push_back(f->path().substr(f->path().find_last_of('/') + 1));
    std::sort(names.begin(), names.end());
    names.erase(std::unique(names.begin(), names.end()), names.end());
    std::vector<ModelFileStamp> out;
    for (const std::string &n : names) {
        ModelFileStamp s;
        s.name = n;
        if (!statFile(modelDir + "/" + n, s))
            throw Error(modelDir + "/" + n + ": cannot read");
        out.push_back(s);
    }
    return out;
}

std::string hashModel(const std::string &modelDir, const std::vector<ModelFileStamp> &files,
                      const HashProgressFn &progress, const std::atomic<bool> *cancel)
{
    std::unique_ptr<XXH3_state_t, decltype(&XXH3_freeState)> state(XXH3_createState(), &XXH3_freeState);
    if (!state)
        throw Error("out of memory while hashing " + modelDir);
    XXH3_128bits_reset(state.get());
    std::int64_t total = 0, done = 0;
    for (const ModelFileStamp &f : files)
        total += f.size;
    constexpr std::uint64_t kChunk = 64ull << 20; // progress and cancel every 64 MiB
    if (progress)
        progress(0, total);
    for (const ModelFileStamp &f : files) {
        throwIfCancelled(cancel);
        MappedFile file(modelDir + "/" + f.name);
        const std::uint64_t size = file.size();
        XXH3_128bits_update(state.get(), f.name.c_str(), f.name.size() + 1);
        XXH3_128bits_update(state.get(), &size, sizeof size);
        for (std::uint64_t at = 0; at < size; at += kChunk) {
            throwIfCancelled(cancel);
            const std::uint64_t n = std::min(kChunk, size - at);
            XXH3_128bits_update(state.get(), file.data() + at, n);
            done = std::min(total, done + static_cast<std::int64_t>(n));
            if (progress)
                progress(done, total);
        }
    }
    XXH128_hash_t h = XXH3_128bits_digest(state.get());
    char hex[33];
    std::snprintf(hex, sizeof hex, "%016llx%016llx", static_cast<unsigned long long>(h.high64),
                  static_cast<unsigned long long>(h.low64));
    return hex;
}

std::string hashFile(const std::string &path)
{
    MappedFile file(path);
    const XXH128_hash_t h = XXH3_128bits(file.size() > 0 ? file.data() : nullptr, file.size());
    char hex[33];
    std::snprintf(hex, sizeof hex, "%016llx%016llx", static_cast<unsigned long long>(h.high64),
                  static_cast<unsigned long long>(h.low64));
    return hex;
}

} // namespace dtr
