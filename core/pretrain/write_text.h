#pragma once

// Writing the files of a model folder (internal to core/pretrain).

#include "util/error.h"
#include "util/mmap_file.h"

#include <exception>
#include <string>

namespace dtr {

// The whole file at once (a temporary renamed into place); errors name the file.
inline void writeText(const std::string &path, const std::string &text)
{
    try {
        writeFileAtomically(path, text);
    } catch (const Error &) {
        throw;
    } catch (const std::exception &e) {
        throw Error(path + ": cannot write (" + e.what() + ")");
    }
}

} // namespace dtr
