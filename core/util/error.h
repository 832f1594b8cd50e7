#pragma once

#include <atomic>
#include <exception>
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

// Thrown when a long operation sees its cancel token set (core/jobs). Not a failure:
// the job layer turns it into the status "cancelled", and what was stored before it
// stays consistent (resumable jobs resume from there).
class Cancelled : public Error
{
public:
    Cancelled()
        : Error("cancelled")
    {
    }
};

// One line describing any exception: what() of a std::exception (LibTorch's c10::Error
// without its C++ backtrace), "unknown exception" for other types. Newlines become
// spaces.
std::string describeException(const std::exception_ptr &error);

inline bool cancelRequested(const std::atomic<bool> *cancel)
{
    return cancel && cancel->load(std::memory_order_relaxed);
}

inline void throwIfCancelled(const std::atomic<bool> *cancel)
{
    if (cancelRequested(cancel))
        throw Cancelled();
}

} // namespace dtr
