// Fuzz target: encode and decode of arbitrary bytes with a loaded tokenizer. The first
// byte picks one of the fixture tokenizers (byte-level BPE as Llama-3, Metaspace BPE
// with byte fallback as Llama-2; DTR_FUZZ_TOKENIZERS, set at build time); the rest is
// encoded (invalid UTF-8 must give dtr::Error), the ids decoded back, and the same bytes
// read as 16-bit ids decoded too (ids outside the vocabulary give dtr::Error).

#include "fuzz_util.h"

#include "tokenizer/tokenizer.h"

#include <memory>

#ifndef DTR_FUZZ_TOKENIZERS
#error "DTR_FUZZ_TOKENIZERS: the fixture tokenizer files, separated by '|'"
#endif

namespace {

const std::vector<std::shared_ptr<dtr::Tokenizer>> &tokenizers()
{
    static const std::vector<std::shared_ptr<dtr::Tokenizer>> all = [] {
        std::vector<std::shared_ptr<dtr::Tokenizer>> v;
        for (const std::string &path : dtr::fuzz::split(DTR_FUZZ_TOKENIZERS, "|"))
            v.push_back(dtr::Tokenizer::fromFile(path)); // a fixture that does not load is fatal
        return v;
    }();
    return all;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    if (size == 0)
        return 0;
    const auto &all = tokenizers();
    const dtr::Tokenizer &tok = *all[data[0] % all.size()];
    const std::string text = dtr::fuzz::bytesOf(data + 1, size - 1);
    try {
        const std::vector<std::int64_t> ids = tok.encode(text, (data[0] & 0x80) != 0);
        for (std::int64_t id : ids)
            if (id < 0 || id >= tok.vocabSize())
                std::abort(); // encode made an id outside the vocabulary
        (void)tok.decode(ids, (data[0] & 0x40) != 0);
    } catch (const dtr::Error &) {
    }
    try {
        std::vector<std::int64_t> ids;
        for (std::size_t i = 1; i + 1 < size; i += 2)
            ids.push_back(static_cast<std::int64_t>(data[i]) | (static_cast<std::int64_t>(data[i + 1]) << 8));
        (void)tok.decode(ids, (data[0] & 0x40) != 0);
    } catch (const dtr::Error &) {
    }
    return 0;
}
