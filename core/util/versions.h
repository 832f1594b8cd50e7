#pragma once

// The versions of the libraries the engine runs on (for About boxes and reports).
// Torch-free header.

#include <string>

namespace dtr {

std::string libtorchVersion(); // e.g. "1.13.0"
std::string sqliteVersion();   // e.g. "3.40.1"

} // namespace dtr
