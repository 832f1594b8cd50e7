#pragma once

#include <stdexcept>
#include <string>

namespace dtr {

// The one exception type core throws for bad input. The message is a complete,
// single-line sentence that names the file (and tensor, field or line) involved,
// e.g. "model.safetensors: tensor 'lm_head.weight': data [0, 4096) ends past the end
// of the file (2048 bytes)". Front ends print what() as is.
class Error : public std::runtime_error
{
public:
    explicit Error(const std::string &message)
        : std::runtime_error(message)
    {
    }
};

} // namespace dtr
