#pragma once

// Calibration data for blockwise local distillation: text files and JSONL files (one
// object per line with a "text" field), tokenised with the model's tokenizer, packed
// into fixed-length windows and ordered by a seeded shuffle. Tokenisation streams the
// files into a token cache on disk (int32, memory-mapped afterwards), so memory does
// not grow with the corpus; windows are read from the cache with pread as needed, so
// neither does training. The cache is reused while files, tokenizer and settings are
// unchanged. The last windows of the stream are held out for a held-out loss.

#include <torch/torch.h>

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

namespace dtr {

class Tokenizer;

struct CalibrationSettings
{
    std::vector<std::string> files;
    std::int64_t seqLen = 256;
    std::int64_t heldoutWindows = 4;
    std::uint64_t seed = 0;
};

class CalibrationData
{
public:
    // Tokenises (or reuses the cache in cacheDir) and indexes the windows. Errors name
    // the file and line: missing file, invalid UTF-8, malformed JSONL or a missing
    // "text" field, no text at all, fewer tokens than heldoutWindows + 1 windows.
    static std::shared_ptr<CalibrationData> prepare(const CalibrationSettings &settings, const Tokenizer &tokenizer,
                                                    std::int64_t eosTokenId, const std::string &cacheDir);
    ~CalibrationData();

    std::int64_t seqLen() const { return m_seqLen; }
    std::int64_t numTokens() const { return m_numTokens; }
    std::int64_t numTrainWindows() const { return m_trainWindows; }
    std::int64_t numHeldoutWindows() const { return m_heldoutWindows; }
    const std::string &fingerprint() const { return m_fingerprint; }

    // Batch `step` of the training order: [batchSize, seqLen] int64. Each epoch over the
    // training windows is a new seeded permutation (seed + epoch), so the batch of any
    // step is known without replaying earlier ones (that is what resuming relies on).
    torch::Tensor trainBatch(std::int64_t step, std::int64_t batchSize) const;
    // Held-out windows [first, first + count) as [count, seqLen] int64.
    torch::Tensor heldoutBatch(std::int64_t first, std::int64_t count) const;

private:
    CalibrationData() = default;
    torch::Tensor windows(const std::vector<std::int64_t> &indices) const;
    const std::vector<std::int64_t> &permutation(std::int64_t epoch) const;

    int m_fd = -1;                  // the token cache, int32 little-endian
    std::string m_cachePath;
    std::int64_t m_seqLen = 0, m_numTokens = 0, m_trainWindows = 0, m_heldoutWindows = 0;
    std::uint64_t m_seed = 0;
    std::string m_fingerprint;
    mutable std::int64_t m_permEpoch = -1;
    mutable std::vector<std::int64_t> m_perm;
};

} // namespace dtr
