#pragma once

#include <cstddef>
#include <optional>
#include <string>

namespace dtr {

// Tensor element types of the safetensors format that the engine reads and writes.
enum class DType { F32, F16, BF16, F64, I64, I32, I16, I8, U8, Bool };

// "F32" -> DType::F32 ...; nullopt for names the engine does not handle.
std::optional<DType> dtypeFromName(const std::string &name);
const char *dtypeName(DType dtype);
std::size_t dtypeSize(DType dtype);

} // namespace dtr
