#pragma once

#include "tokenizer/json_reader.h"

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

namespace dtr::tok {

// The tokenizer.json "post_processor", single sequences only: Sequence, ByteLevel (ids
// unchanged), TemplateProcessing (the "single" template), BertProcessing, RobertaProcessing.
class PostProcessor
{
public:
    virtual ~PostProcessor() = default;
    virtual void process(std::vector<std::int64_t> &ids, bool addSpecial) const = 0;
};

// Builds the post-processor at `path` of the file; dtr::Error for an unsupported type.
std::unique_ptr<PostProcessor> makePostProcessor(const JsonReader &r, const Json &obj, const std::string &path);

} // namespace dtr::tok
