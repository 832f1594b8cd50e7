#pragma once

#include "tokenizer/json_reader.h"

#include <memory>
#include <string>
#include <utility>
#include <vector>

namespace dtr::tok {

// The library's Sequence components (normalizers, pre-tokenizers, decoders, processors):
// the parts, in order. A subclass runs them in its override.
template<typename Component>
class SequenceOf : public Component
{
public:
    explicit SequenceOf(std::vector<std::unique_ptr<Component>> parts)
        : m_parts(std::move(parts))
    {
    }

protected:
    std::vector<std::unique_ptr<Component>> m_parts;
};

// The components listed in obj[key], each built by make(r, item, "path.key[i]").
template<typename Component, typename Make>
std::vector<std::unique_ptr<Component>> readComponents(const JsonReader &r, const Json &obj, const char *key,
                                                       const std::string &path, Make make)
{
    const Json &list = r.array(obj, key, path);
    std::vector<std::unique_ptr<Component>> parts;
    for (std::size_t i = 0; i < list.size(); ++i)
        parts.push_back(make(r, list[i], indexPath(JsonReader::join(path, key), i)));
    return parts;
}

} // namespace dtr::tok
