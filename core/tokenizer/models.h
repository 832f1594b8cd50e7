#pragma once

#include "tokenizer/json_reader.h"

#include <cstddef>
#include <cstdint>
#include <mutex>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

namespace dtr::tok {

// The tokenizer.json "model": BPE (the only type supported), without dropout.
class BpeModel
{
public:
    // Reads the "model" object; dtr::Error naming the field for anything it cannot use.
    void load(const JsonReader &r, const Json &model);

    // Appends the ids of one pre-tokenized word. Thread-safe (the word cache is locked).
    void tokenize(const std::string &word, std::vector<std::int64_t> &out) const;

    const std::unordered_map<std::string, std::uint32_t> &vocab() const { return m_vocab; }
    // The token of `id`, nullptr when the vocabulary has none.
    const std::string *token(std::int64_t id) const;

private:
    static constexpr std::size_t kCacheCapacity = 10000;

    struct Symbol
    {
        std::uint32_t id;
        std::ptrdiff_t prev;
        std::ptrdiff_t next;
        std::size_t len;
    };

    void readMerges(const JsonReader &r, const Json &merges);
    static void addSymbol(std::vector<Symbol> &symbols, std::uint32_t id, std::size_t len);
    const std::pair<std::uint32_t, std::uint32_t> *findMerge(std::uint32_t a, std::uint32_t b) const;
    std::uint32_t unkId() const;
    std::vector<Symbol> wordSymbols(const std::string &w) const;
    std::vector<std::int64_t> mergeWord(const std::string &w) const;

    std::unordered_map<std::string, std::uint32_t> m_vocab;
    std::unordered_map<std::uint32_t, std::string> m_vocabR;
    // (left id << 32 | right id) -> (rank, merged id)
    std::unordered_map<std::uint64_t, std::pair<std::uint32_t, std::uint32_t>> m_merges;
    std::optional<std::string> m_unkToken;
    std::optional<std::string> m_prefix; // continuing_subword_prefix
    std::optional<std::string> m_suffix; // end_of_word_suffix
    bool m_fuseUnk = false;
    bool m_byteFallback = false;
    bool m_ignoreMerges = false;
    std::string m_source;

    mutable std::mutex m_cacheMutex;
    mutable std::unordered_map<std::string, std::vector<std::int64_t>> m_cache;
};

} // namespace dtr::tok
