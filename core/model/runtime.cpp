#include "model/runtime.h"

#include "util/error.h"

#include <thread>

namespace dtr {

void setThreadCount(int threads)
{
    if (threads <= 0)
        threads = static_cast<int>(std::max(1u, std::thread::hardware_concurrency()));
    torch::set_num_threads(threads);
}

int threadCount()
{
    return torch::get_num_threads();
}

torch::Device parseDevice(const std::string &name)
{
    if (name == "cpu")
        return torch::kCPU;
    if (name == "cuda" || name.rfind("cuda:", 0) == 0) {
        if (!torch::cuda::is_available())
            throw Error("device '" + name + "': CUDA is not available in this build or on this machine");
        int index = 0;
        if (name.size() > 5) {
            try {
                index = std::stoi(name.substr(5));
            } catch (...) {
                throw Error("device '" + name + "': bad device index");
            }
        }
        if (index < 0 || index >= static_cast<int>(torch::cuda::device_count()))
            throw Error("device '" + name + "': no such CUDA device");
        return torch::Device(torch::kCUDA, static_cast<c10::DeviceIndex>(index));
    }
    throw Error("unknown device '" + name + "' (use cpu, cuda or cuda:N)");
}

torch::Dtype parseDtype(const std::string &name)
{
    if (name == "float32" || name == "f32" || name == "fp32")
        return torch::kFloat32;
    if (name == "bfloat16" || name == "bf16")
        return torch::kBFloat16;
    if (name == "float16" || name == "f16" || name == "fp16")
        return torch::kFloat16;
    throw Error("unknown dtype '" + name + "' (use float32, bfloat16 or float16)");
}

} // namespace dtr
