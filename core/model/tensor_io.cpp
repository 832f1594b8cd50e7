#include "model/tensor_io.h"

#include "util/error.h"
#include "util/mmap_file.h"
#include "util/json_util.h"

#include <nlohmann/json.hpp>

#include <cstring>

namespace dtr {

torch::Dtype torchDtype(DType dtype)
{
    switch (dtype) {
    case DType::F32: return torch::kFloat32;
    case DType::F16: return torch::kFloat16;
    case DType::BF16: return torch::kBFloat16;
    case DType::F64: return torch::kFloat64;
    case DType::I64: return torch::kInt64;
    case DType::I32: return torch::kInt32;
    case DType::I16: return torch::kInt16;
    case DType::I8: return torch::kInt8;
    case DType::U8: return torch::kUInt8;
    case DType::Bool: return torch::kBool;
    }
    return torch::kFloat32;
}

DType dtypeFromTorch(torch::Dtype dtype, const std::string &what)
{
    switch (dtype) {
    case torch::kFloat32: return DType::F32;
    case torch::kFloat16: return DType::F16;
    case torch::kBFloat16: return DType::BF16;
    case torch::kFloat64: return DType::F64;
    case torch::kInt64: return DType::I64;
    case torch::kInt32: return DType::I32;
    case torch::kInt16: return DType::I16;
    case torch::kInt8: return DType::I8;
    case torch::kUInt8: return DType::U8;
    case torch::kBool: return DType::Bool;
    default: break;
    }
    throw Error(what + ": dtype " + std::string(c10::toString(dtype)) + " cannot be stored in safetensors");
}

std::string shapeString(const std::vector<std::int64_t> &shape)
{
    std::string s = "[";
    for (std::size_t i = 0; i < shape.size(); ++i)
        s += (i ? ", " : "") + std::to_string(shape[i]);
    return s + "]";
}

std::string shapeString(const torch::Tensor &t)
{
    return shapeString(t.sizes().vec());
}

torch::Tensor readTensor(const SafetensorsFile &file, const TensorInfo &info)
{
    torch::Tensor t = torch::empty(info.shape, torch::TensorOptions().dtype(torchDtype(info.dtype)));
    if (info.end > info.begin)
        std::memcpy(t.data_ptr(), file.data(info), info.end - info.begin);
    return t;
}

torch::Tensor loadWeight(const WeightFiles &weights, const std::string &name,
                         const std::vector<std::int64_t> &expectedShape)
{
    WeightFiles::Location loc = weights.find(name);
    if (!loc.file)
        throw Error(weights.modelDir() + ": missing tensor '" + name + "' in the checkpoint");
    if (loc.info->shape != expectedShape)
        throw Error(loc.file->path() + ": tensor '" + name + "' has shape " + shapeString(loc.info->shape)
                    + ", expected " + shapeString(expectedShape));
    return readTensor(*loc.file, *loc.info);
}

std::map<std::string, torch::Tensor> loadSafetensors(const std::string &path)
{
    auto file = SafetensorsFile::open(path);
    std::map<std::string, torch::Tensor> out;
    for (const TensorInfo &t : file->tensors())
        out.emplace(t.name, readTensor(*file, t));
    return out;
}

void saveSafetensors(const std::string &path, const std::vector<std::pair<std::string, torch::Tensor>> &tensors,
                     const std::map<std::string, std::string> &metadata)
{
    writeFileAtomically(path, safetensorsBytes(tensors, metadata, path));
}

std::map<std::string, torch::Tensor> tensorsFromBytes(std::string bytes, const std::string &source)
{
    auto file = SafetensorsFile::fromBytes(std::move(bytes), source);
    std::map<std::string, torch::Tensor> out;
    for (const TensorInfo &t : file->tensors())
        out.emplace(t.name, readTensor(*file, t));
    return out;
}

std::string safetensorsBytes(const std::vector<std::pair<std::string, torch::Tensor>> &tensors,
                             const std::map<std::string, std::string> &metadata, const std::string &path)
{
    nlohmann::json header = nlohmann::json::object();
    if (!metadata.empty())
        header["__metadata__"] = metadata;
    std::vector<torch::Tensor> cpu;
    std::uint64_t offset = 0;
    for (const auto &[name, tensor] : tensors) {
        if (name == "__metadata__" || header.contains(name))
            throw Error(path + ": duplicate or reserved tensor name '" + name + "'");
        torch::Tensor c = tensor.detach().to(torch::kCPU).contiguous();
        DType dt = dtypeFromTorch(c.scalar_type(), path + ": tensor '" + name + "'");
        std::uint64_t bytes = static_cast<std::uint64_t>(c.numel()) * dtypeSize(dt);
        header[name] = {{"dtype", dtypeName(dt)}, {"shape", c.sizes().vec()}, {"data_offsets", {offset, offset + bytes}}};
        offset += bytes;
        cpu.push_back(c);
    }
    std::string headerText = dumpJson(header);
    while ((headerText.size() + 8) % 8 != 0)
        headerText.push_back(' ');
    std::string blob;
    blob.reserve(8 + headerText.size() + offset);
    std::uint64_t n = headerText.size();
    for (int i = 0; i < 8; ++i)
        blob.push_back(static_cast<char>((n >> (8 * i)) & 0xff));
    blob += headerText;
    for (const torch::Tensor &c : cpu)
        blob.append(static_cast<const char *>(c.data_ptr()), c.numel() * c.element_size());
    return blob;
}

} // namespace dtr
