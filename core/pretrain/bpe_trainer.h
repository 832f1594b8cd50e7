#pragma once

// Trains a byte-level BPE tokenizer in the GPT-2 style (ByteLevel pre-tokenizer with
// GPT-2's regex, byte-to-unicode alphabet, BPE merges, ByteLevel decoder) and writes it
// as a Hugging Face tokenizer.json that dtr::Tokenizer and the `tokenizers` library
// read. Torch-free and deterministic: the same texts in the same order give the same
// file on every run and platform (ties between equally frequent pairs go to the pair
// whose token strings sort first).

#include <atomic>
#include <cstdint>
#include <map>
#include <memory>
#include <string>
#include <vector>

namespace dtr {

struct BpeTrainerOptions
{
    std::int64_t vocabSize = 1024;     // special tokens + 256 bytes + merges
    std::int64_t minFrequency = 2;     // a pair seen fewer times is never merged
    std::vector<std::string> specialTokens = {"<|endoftext|>"}; // ids 0.. in this order
};

struct BpeModel
{
    std::vector<std::string> specialTokens;
    std::vector<std::string> vocab;    // id -> token (specials first, bytes, merges), byte-level form
    std::vector<std::pair<std::string, std::string>> merges;

    // The tokenizer.json text (pre-tokenizer ByteLevel with GPT-2's regex, no
    // post-processor: encode() adds no special tokens), vocabulary in id order.
    std::string toJsonText() const;
};

class BpeTrainer
{
public:
    // Throws dtr::Error for a vocabulary too small for the bytes and special tokens,
    // minFrequency < 1, or empty/duplicate special tokens.
    explicit BpeTrainer(const BpeTrainerOptions &options);
    ~BpeTrainer();

    // Pre-tokenizes and counts the words of one document. Throws dtr::Error for
    // invalid UTF-8.
    void addText(const std::string &text);
    std::int64_t distinctWords() const;
    std::int64_t totalWords() const;

    // Learns merges until the vocabulary is full or no pair is frequent enough.
    // Throws dtr::Error when no text was added. Throws dtr::Cancelled when *cancel
    // becomes true.
    BpeModel train(const std::atomic<bool> *cancel = nullptr) const;

    struct Impl;

private:
    BpeTrainerOptions m_options;
    std::unique_ptr<Impl> m_impl;
};

// GPT-2's reversible byte -> printable character map (the ByteLevel alphabet), as UTF-8.
const std::vector<std::string> &byteLevelAlphabet();
// Bytes in the order GPT-2's vocabulary lists them (printable ASCII, Latin-1, the rest).
const std::vector<int> &byteLevelOrder();

} // namespace dtr
