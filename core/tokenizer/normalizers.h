#pragma once

#include "tokenizer/json_reader.h"

#include <memory>
#include <string>

namespace dtr::tok {

// The tokenizer.json "normalizer": Sequence, Prepend, Replace, Strip, NFC, NFD.
class Normalizer
{
public:
    virtual ~Normalizer() = default;
    // `text` is valid UTF-8 and stays so.
    virtual void normalize(std::string &text) const = 0;
};

// Builds the normalizer at `path` of the file; dtr::Error for an unsupported type.
std::unique_ptr<Normalizer> makeNormalizer(const JsonReader &r, const Json &obj, const std::string &path);

} // namespace dtr::tok
