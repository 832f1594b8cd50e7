#pragma once

#include "tokenizer/json_reader.h"

#include <memory>
#include <string>
#include <vector>

namespace dtr::tok {

// The tokenizer.json "decoder" (the library's decode_chain: tokens in, tokens out, joined
// at the end): Sequence, ByteLevel, Metaspace, Replace, ByteFallback, Fuse, Strip,
// BPEDecoder.
class Decoder
{
public:
    virtual ~Decoder() = default;
    virtual void decodeChain(std::vector<std::string> &tokens) const = 0;
};

// Builds the decoder at `path` of the file; dtr::Error for an unsupported type.
std::unique_ptr<Decoder> makeDecoder(const JsonReader &r, const Json &obj, const std::string &path);

} // namespace dtr::tok
