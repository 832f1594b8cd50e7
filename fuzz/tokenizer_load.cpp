// Fuzz target: loading a tokenizer.json (Tokenizer::fromJson: the model, normalizers,
// pre-tokenizers, decoders, post-processor, added tokens, their regexes), then a short
// encode and decode with what loaded.

#include "fuzz_util.h"

#include "tokenizer/tokenizer.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    try {
        auto tok = dtr::Tokenizer::fromJson(dtr::fuzz::bytesOf(data, size), "tokenizer.json");
        (void)tok->vocabSize();
        const std::vector<std::int64_t> ids = tok->encode("Hello, wörld! 123 <|begin_of_text|>  \n\tx", true);
        (void)tok->decode(ids, false);
        (void)tok->decode(ids, true);
        for (std::int64_t id : {std::int64_t(-1), std::int64_t(0), std::int64_t(1), tok->vocabSize() - 1,
                                tok->vocabSize()})
            (void)tok->tokenToId(tok->idToToken(id));
    } catch (const dtr::Error &) {
    }
    return 0;
}
