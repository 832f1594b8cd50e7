#include "model/dtype.h"

namespace dtr {

namespace {
struct Entry
{
    DType dtype;
    const char *name;
    std::size_t size;
};
constexpr Entry kTable[] = {
    {DType::F32, "F32", 4}, {DType::F16, "F16", 2}, {DType::BF16, "BF16", 2},
    {DType::F64, "F64", 8}, {DType::I64, "I64", 8}, {DType::I32, "I32", 4},
    {DType::I16, "I16", 2}, {DType::I8, "I8", 1},   {DType::U8, "U8", 1},
    {DType::Bool, "BOOL", 1},
};
} // namespace

std::optional<DType> dtypeFromName(const std::string &name)
{
    for (const Entry &e : kTable)
        if (name == e.name)
            return e.dtype;
    return std::nullopt;
}

const char *dtypeName(DType dtype)
{
    for (const Entry &e : kTable)
        if (e.dtype == dtype)
            return e.name;
    return "?";
}

std::size_t dtypeSize(DType dtype)
{
    for (const Entry &e : kTable)
        if (e.dtype == dtype)
            return e.size;
    return 0;
}

} // namespace dtr
