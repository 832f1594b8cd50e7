#pragma once

#include <torch/torch.h>

#include <string>

namespace dtr {

// Sets LibTorch's intra-op thread count (Debian's build starts with one OpenMP thread
// on this kind of machine). threads <= 0 means all cores.
void setThreadCount(int threads);
int threadCount();

// "cpu", "cuda", "cuda:N"; throws dtr::Error when CUDA is asked for but unavailable.
torch::Device parseDevice(const std::string &name);
// "float32"/"f32", "bfloat16"/"bf16", "float16"/"f16".
torch::Dtype parseDtype(const std::string &name);

} // namespace dtr
