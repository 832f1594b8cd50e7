#include "util/versions.h"

#include <sqlite3.h>
#include <torch/version.h>

namespace dtr {

std::string libtorchVersion()
{
    return std::to_string(TORCH_VERSION_MAJOR) + "." + std::to_string(TORCH_VERSION_MINOR) + "."
        + std::to_string(TORCH_VERSION_PATCH);
}

std::string sqliteVersion()
{
    return sqlite3_libversion();
}

} // namespace dtr
