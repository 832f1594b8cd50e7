#include "distill/calibration.h"
#include "distill/calibration_documents.h"

#include "tokenizer/tokenizer.h"
#include "util/documents.h"
#include "util/error.h"
#include "util/mmap_file.h"

#include <nlohmann/json.hpp>

#define XXH_INLINE_ALL
#include <xxhash.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fcntl.h>
#include <fstream>
#include <random>
#include <sys/stat.h>
#include <unistd.h>

namespace dtr {

namespace {

std::string hex64(std::uint64_t v)
{
    char buf[17];
    std::snprintf(buf, sizeof buf, "%016llx", static_cast<unsigned long long>(v));
    return buf;
}

} // namespace

CalibrationData::~CalibrationData()
{
    if (m_fd >= 0)
        ::close(m_fd);
}

std::shared_ptr<CalibrationData> CalibrationData::prepare(const CalibrationSettings &settings, const Tokenizer &tokenizer,
                                                          std::int64_t eosTokenId, const std::string &cacheDir)
{
    if (settings.files.empty())
        throw Error("no calibration data: give at least one text or JSONL file");
    if (settings.seqLen < 2)
        throw Error("sequence length must be at least 2, got " + std::to_string(settings.seqLen));
    if (settings.heldoutWindows < 1)
        throw Error("held-out windows must be at least 1");
    // Cache key: files (path, size, mtime), tokenizer source, eos. Token windows depend
    // on seqLen only through the packing, which happens at read time.
    XXH64_state_t *h = XXH64_createState();
    XXH64_reset(h, 0);
    for (const std::string &f : settings.files) {
        struct stat st {};
        if (::stat(f.c_str(), &st) != 0 || !S_ISREG(st.st_mode))
            throw Error(f + ": calibration file not found");
        XXH64_update(h, f.c_str(), f.size() + 1);
        XXH64_update(h, &st.st_size, sizeof st.st_size);
        XXH64_update(h, &st.st_mtim, sizeof st.st_mtim);
    }
    const std::string tokSource = tokenizer.source();
    XXH64_update(h, tokSource.c_str(), tokSource.size() + 1);
    const std::int64_t vocab = tokenizer.vocabSize();
    XXH64_update(h, &vocab, sizeof vocab);
    XXH64_update(h, &eosTokenId, sizeof eosTokenId);
    const std::string key = hex64(XXH64_digest(h));
    XXH64_freeState(h);

    ::mkdir(cacheDir.c_str(), 0755);
    const std::string cachePath = cacheDir + "/calib-" + key + ".tokens";
    struct stat cst {};
    if (::stat(cachePath.c_str(), &cst) != 0) {
        // Tokenise streaming into a temporary file, renamed when complete.
        const std::string tmp = cachePath + ".tmp-" + std::to_string(::getpid());
        std::FILE *out = std::fopen(tmp.c_str(), "wb");
        if (!out)
            throw Error(cacheDir + ": cannot write the token cache: " + std::strerror(errno));
        std::vector<std::int32_t> buffer;
        auto flush = [&] {
            if (!buffer.empty() && std::fwrite(buffer.data(), sizeof(std::int32_t), buffer.size(), out) != buffer.size())
                throw Error(tmp + ": write failed");
            buffer.clear();
        };
        try {
            for (const std::string &f : settings.files) {
                std::int64_t docs = 0;
                forEachDocument(f, [&](const std::string &text) {
                    for (std::int64_t id : tokenizer.encode(text))
                        buffer.push_back(static_cast<std::int32_t>(id));
                    if (eosTokenId >= 0)
                        buffer.push_back(static_cast<std::int32_t>(eosTokenId));
                    ++docs;
                    if (buffer.size() > (1u << 20))
                        flush();
                }, calibrationDocumentFormat());
                if (docs == 0)
                    throw Error(f + ": no text in the calibration file");
            }
            flush();
            if (std::fclose(out) != 0)
                throw Error(tmp + ": write failed");
            out = nullptr;
            if (std::rename(tmp.c_str(), cachePath.c_str()) != 0)
                throw Error(cachePath + ": cannot rename into place");
        } catch (...) {
            if (out)
                std::fclose(out);
            std::remove(tmp.c_str());
            throw;
        }
    }
    std::shared_ptr<CalibrationData> d(new CalibrationData);
    d->m_cachePath = cachePath;
    d->m_fd = ::open(cachePath.c_str(), O_RDONLY | O_CLOEXEC);
    struct stat tst {};
    if (d->m_fd < 0 || ::fstat(d->m_fd, &tst) != 0)
        throw Error(cachePath + ": cannot open the token cache: " + std::strerror(errno));
    d->m_numTokens = static_cast<std::int64_t>(tst.st_size) / static_cast<std::int64_t>(sizeof(std::int32_t));
    d->m_seqLen = settings.seqLen;
    d->m_seed = settings.seed;
    const std::int64_t windows = d->m_numTokens / settings.seqLen;
    if (windows < settings.heldoutWindows + 1) {
        std::string names;
        for (const auto &f : settings.files)
            names += (names.empty() ? "" : ", ") + f;
        throw Error(names + ": calibration data too short: " + std::to_string(d->m_numTokens) + " tokens make "
                    + std::to_string(windows) + " windows of " + std::to_string(settings.seqLen) + " tokens; need at least "
                    + std::to_string(settings.heldoutWindows + 1) + " (" + std::to_string(settings.heldoutWindows)
                    + " held out + 1 for training)");
    }
    d->m_heldoutWindows = settings.heldoutWindows;
    d->m_trainWindows = windows - settings.heldoutWindows;
    d->m_fingerprint = key;
    return d;
}

const std::vector<std::int64_t> &CalibrationData::permutation(std::int64_t epoch) const
{
    if (epoch != m_permEpoch) {
        m_perm.resize(static_cast<std::size_t>(m_trainWindows));
        for (std::int64_t i = 0; i < m_trainWindows; ++i)
            m_perm[static_cast<std::size_t>(i)] = i;
        // Fisher-Yates with mt19937_64 and our own bounded draw: the same order on every
        // platform and standard library.
        std::mt19937_64 rng(m_seed * 1000003ull + static_cast<std::uint64_t>(epoch));
        for (std::int64_t i = m_trainWindows - 1; i > 0; --i) {
            const std::uint64_t n = static_cast<std::uint64_t>(i) + 1;
            const std::uint64_t limit = UINT64_MAX - UINT64_MAX % n;
            std::uint64_t r;
            do
                r = rng();
            while (r >= limit);
            std::swap(m_perm[static_cast<std::size_t>(i)], m_perm[static_cast<std::size_t>(r % n)]);
        }
        m_permEpoch = epoch;
    }
    return m_perm;
}

torch::Tensor CalibrationData::windows(const std::vector<std::int64_t> &indices) const
{
    torch::Tensor out = torch::empty({static_cast<std::int64_t>(indices.size()), m_seqLen}, torch::kInt64);
    auto *dst = out.data_ptr<std::int64_t>();
    std::vector<std::int32_t> buf(static_cast<std::size_t>(m_seqLen));
    const std::size_t bytes = buf.size() * sizeof(std::int32_t);
    for (std::size_t b = 0; b < indices.size(); ++b) {
        const off_t offset = static_cast<off_t>(indices[b] * m_seqLen) * static_cast<off_t>(sizeof(std::int32_t));
        std::size_t done = 0;
        while (done < bytes) {
            const ssize_t n = ::pread(m_fd, reinterpret_cast<char *>(buf.data()) + done, bytes - done,
                                      offset + static_cast<off_t>(done));
            if (n < 0 && errno == EINTR)
                continue;
            if (n <= 0)
                throw Error(m_cachePath + ": token cache read failed (truncated?)");
            done += static_cast<std::size_t>(n);
        }
        for (std::int64_t t = 0; t < m_seqLen; ++t)
            dst[static_cast<std::int64_t>(b) * m_seqLen + t] = buf[static_cast<std::size_t>(t)];
    }
    return out;
}

torch::Tensor CalibrationData::trainBatch(std::int64_t step, std::int64_t batchSize) const
{
    std::vector<std::int64_t> idx;
    for (std::int64_t b = 0; b < batchSize; ++b) {
        const std::int64_t g = step * batchSize + b;
        idx.push_back(permutation(g / m_trainWindows)[static_cast<std::size_t>(g % m_trainWindows)]);
    }
    return windows(idx);
}

torch::Tensor CalibrationData::heldoutBatch(std::int64_t first, std::int64_t count) const
{
    if (first < 0 || count < 0 || first + count > m_heldoutWindows)
        throw Error("held-out windows [" + std::to_string(first) + ", " + std::to_string(first + count)
                    + ") outside the " + std::to_string(m_heldoutWindows) + " held out");
    std::vector<std::int64_t> idx;
    for (std::int64_t i = 0; i < count; ++i)
        idx.push_back(m_trainWindows + first + i);
    return windows(idx);
}

} // namespace dtr
