#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

namespace dtr {

// A Hugging Face tokenizer.json, torch-free. Supported:
//  - BPE models with byte-level pre-tokenization: GPT-2's ByteLevel pre-tokenizer with
//    its built-in regex, and Sequence[Split(regex), ByteLevel(use_regex=false)] as in
//    Llama-3 / Qwen2 (Unicode classes via PCRE2);
//  - Metaspace-style BPE with byte fallback (Llama-2 / Mistral): Prepend/Replace
//    normalizers or a Metaspace pre-tokenizer, `<0xNN>` byte tokens, fuse_unk;
//  - added / special tokens (matched before the model, never split);
//  - decoders ByteLevel, Metaspace, Sequence[Replace, ByteFallback, Fuse, Strip].
// Anything else gives dtr::Error "<file>: unsupported <component> '<type>'".
class Tokenizer
{
public:
    static std::shared_ptr<Tokenizer> fromFile(const std::string &path);
    // `path` is a tokenizer.json or a model folder containing one.
    static std::shared_ptr<Tokenizer> fromPath(const std::string &path);
    static std::shared_ptr<Tokenizer> fromJson(const std::string &jsonText, const std::string &source);
    ~Tokenizer();

    // Encodes UTF-8 text. Invalid UTF-8 gives dtr::Error. Does not add BOS/EOS unless
    // the tokenizer.json's post_processor template says so and addSpecial is true.
    std::vector<std::int64_t> encode(const std::string &text, bool addSpecial = false) const;
    // Decodes ids to UTF-8 text (special tokens skipped when skipSpecial is true).
    // An id outside the vocabulary gives dtr::Error.
    std::string decode(const std::vector<std::int64_t> &ids, bool skipSpecial = false) const;

    std::int64_t vocabSize() const;                  // including added tokens
    std::int64_t tokenToId(const std::string &token) const; // -1 when absent
    std::string idToToken(std::int64_t id) const;    // "" when absent
    const std::string &source() const;

    struct Impl;

private:
    explicit Tokenizer(std::unique_ptr<Impl> impl);
    std::unique_ptr<Impl> m_impl;
};

} // namespace dtr
