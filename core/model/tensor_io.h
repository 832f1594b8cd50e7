#pragma once

#include "model/safetensors.h"

#include <torch/torch.h>

#include <map>
#include <string>
#include <utility>
#include <vector>

namespace dtr {

torch::Dtype torchDtype(DType dtype);
DType dtypeFromTorch(torch::Dtype dtype, const std::string &what);

// Copies a tensor out of a mapped file into a new CPU tensor of its stored dtype.
torch::Tensor readTensor(const SafetensorsFile &file, const TensorInfo &info);

// Reads a named tensor from a model's weights and checks its shape; throws dtr::Error
// "<file>: tensor '<name>' has shape [a, b], expected [c, d]" or
// "<dir>: missing tensor '<name>'".
torch::Tensor loadWeight(const WeightFiles &weights, const std::string &name,
                         const std::vector<std::int64_t> &expectedShape);

// Every tensor of a .safetensors file, by name.
std::map<std::string, torch::Tensor> loadSafetensors(const std::string &path);

// The safetensors encoding of tensors (moved to CPU, made contiguous), and back.
std::string safetensorsBytes(const std::vector<std::pair<std::string, torch::Tensor>> &tensors,
                             const std::map<std::string, std::string> &metadata = {},
                             const std::string &what = "safetensors");
std::map<std::string, torch::Tensor> tensorsFromBytes(std::string bytes, const std::string &source);

// Writes tensors (moved to CPU, made contiguous) as one .safetensors file, atomically
// (an existing file stays intact until the new one is complete).
void saveSafetensors(const std::string &path, const std::vector<std::pair<std::string, torch::Tensor>> &tensors,
                     const std::map<std::string, std::string> &metadata = {});

std::string shapeString(const std::vector<std::int64_t> &shape);
std::string shapeString(const torch::Tensor &t);

} // namespace dtr
