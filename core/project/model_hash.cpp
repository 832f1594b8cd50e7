#include "project/model_hash.h"

#include "model/safetensors.h"
#include "util/error.h"
#include "util/mmap_file.h"

#define XXH_INLINE_ALL
#include <xxhash.h>

#include <algorithm>
#include <cstdio>
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

std::string hashModel(const std::string &modelDir, const std::vector<ModelFileStamp> &files)
{
    XXH3_state_t *state = XXH3_createState();
    if (!state)
        throw Error("out of memory while hashing " + modelDir);
    XXH3_128bits_reset(state);
    for (const ModelFileStamp &f : files) {
        MappedFile file(modelDir + "/" + f.name);
        const std::uint64_t size = file.size();
        XXH3_128bits_update(state, f.name.c_str(), f.name.size() + 1);
        XXH3_128bits_update(state, &size, sizeof size);
        if (size > 0)
            XXH3_128bits_update(state, file.data(), size);
    }
    XXH128_hash_t h = XXH3_128bits_digest(state);
    XXH3_freeState(state);
    char hex[33];
    std::snprintf(hex, sizeof hex, "%016llx%016llx", static_cast<unsigned long long>(h.high64),
                  static_cast<unsigned long long>(h.low64));
    return hex;
}

} // namespace dtr
