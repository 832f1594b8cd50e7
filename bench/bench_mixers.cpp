// bench_mixers — forward time and peak memory of each token mixer (full attention,
// GDN, GLA, JetBlock) against sequence length on the CPU, one layer at a teacher-like size.
//
// Each (mixer, T) runs in a fresh child process (this program re-executed with --one),
// so its peak memory is that process's RSS high-water mark (VmHWM in /proc/self/status)
// minus its RSS just before the first forward: the memory the forward itself needed.
// Time: median wall time of --runs forwards after one warm-up, no autograd.
// --device cuda: the same on the GPU; peak memory is then the CUDA caching allocator's
// peak of allocated bytes during the forwards.

#include "mixers/registry.h"
#include "model/runtime.h"
#include "model/transformer.h"

#if __has_include(<c10/cuda/CUDACachingAllocator.h>) && __has_include(<cuda_runtime_api.h>)
#include <c10/cuda/CUDACachingAllocator.h>
#define DTR_HAVE_CUDA_STATS 1
#endif

#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <fstream>
#include <iostream>
#include <sstream>
#include <string>
#include <vector>

namespace {

struct Args
{
    std::vector<std::int64_t> lengths{512, 1024, 2048, 4096, 8192};
    std::vector<std::string> mixers{"full", "gdn", "gla", "jetblock"};
    std::int64_t hidden = 512, heads = 8, kvHeads = 2, headDim = 64;
    int runs = 5;
    int threads = 0;
    std::string device = "cpu";
    std::string one; // child mode: the mixer to measure
    std::int64_t oneT = 0;
};

std::int64_t statusKb(const char *field)
{
    std::ifstream f("/proc/self/status");
    std::string line;
    const std::string key = std::string(field) + ":";
    while (std::getline(f, line))
        if (line.rfind(key, 0) == 0)
            return std::stoll(line.substr(key.size()));
    return -1;
}

std::vector<std::string> split(const std::string &s)
{
    std::vector<std::string> out;
    std::stringstream ss(s);
    std::string item;
    while (std::getline(ss, item, ','))
        out.push_back(item);
    return out;
}

dtr::ModelConfig teacherConfig(const Args &a)
{
    dtr::ModelConfig c;
    c.modelType = "llama";
    c.hiddenSize = a.hidden;
    c.numHeads = a.heads;
    c.numKvHeads = a.kvHeads;
    c.headDim = a.headDim;
    c.numLayers = 1;
    c.intermediateSize = 4 * a.hidden;
    c.vocabSize = 16;
    c.maxPositionEmbeddings = 1 << 20;
    c.rmsNormEps = 1e-5;
    return c;
}

// Child: one mixer at one length; prints "median_ms peak_mib".
int runOne(const Args &a)
{
    dtr::setThreadCount(a.threads);
    torch::manual_seed(0);
    torch::NoGradGuard ng;
    const torch::Device device = dtr::parseDevice(a.device);
    const dtr::ModelConfig c = teacherConfig(a);
    auto teacher = std::make_shared<dtr::AttentionImpl>(c, 0);
    dtr::MixerPtr mixer = teacher;
    if (a.one != "full") {
        const dtr::MixerKind &k = dtr::mixerKind(a.one);
        mixer = k.create(k.optionsFor(c, 0, nlohmann::json::object()));
        k.transfer(*mixer, dtr::TransferSource{*teacher, c, torch::ones({c.hiddenSize})});
    }
    mixer->to(device);
    const std::int64_t T = a.oneT;
    torch::Tensor x = torch::randn({1, T, c.hiddenSize}).to(device);
    dtr::Rotary rotary(c);
    torch::Tensor positions = torch::arange(T, torch::kInt64).unsqueeze(0).to(device);
    auto [cos, sin] = rotary.cosSin(positions, torch::kFloat32);
    dtr::MixerContext ctx;
    ctx.cos = cos;
    ctx.sin = sin;
    ctx.keyMask = torch::ones({1, T}, torch::TensorOptions().dtype(torch::kBool).device(device));
    const std::int64_t rssBefore = statusKb("VmRSS");
#ifdef DTR_HAVE_CUDA_STATS
    std::int64_t cudaBefore = 0;
    if (device.is_cuda()) {
        c10::cuda::CUDACachingAllocator::resetPeakStats(device.index() < 0 ? 0 : device.index());
        cudaBefore = c10::cuda::CUDACachingAllocator::getDeviceStats(device.index() < 0 ? 0 : device.index())
                         .allocated_bytes[0].current;
    }
#endif
    std::vector<double> ms;
    for (int r = 0; r <= a.runs; ++r) {
        auto t0 = std::chrono::steady_clock::now();
        torch::Tensor y = mixer->forward(x, ctx, nullptr);
        (void)y.sum().item<float>();
        auto t1 = std::chrono::steady_clock::now();
        if (r > 0)
            ms.push_back(std::chrono::duration<double, std::milli>(t1 - t0).count());
    }
    std::sort(ms.begin(), ms.end());
    double peakMib = static_cast<double>(statusKb("VmHWM") - rssBefore) / 1024.0;
#ifdef DTR_HAVE_CUDA_STATS
    if (device.is_cuda()) {
        const auto stats = c10::cuda::CUDACachingAllocator::getDeviceStats(device.index() < 0 ? 0 : device.index());
        peakMib = static_cast<double>(stats.allocated_bytes[0].peak - cudaBefore) / (1024.0 * 1024.0);
    }
#endif
    std::printf("%.3f %.1f\n", ms[ms.size() / 2], peakMib);
    return 0;
}

bool runChild(const std::string &self, const Args &a, const std::string &mixer, std::int64_t T, double &ms,
              double &mib)
{
    int fds[2];
    if (pipe(fds) != 0)
        return false;
    std::vector<std::string> argv{self,
                                  "--one", mixer,
                                  "--T", std::to_string(T),
                                  "--runs", std::to_string(a.runs),
                                  "--hidden", std::to_string(a.hidden),
                                  "--heads", std::to_string(a.heads),
                                  "--kv-heads", std::to_string(a.kvHeads),
                                  "--head-dim", std::to_string(a.headDim),
                                  "--threads", std::to_string(a.threads),
                                  "--device", a.device};
    pid_t pid = fork();
    if (pid == 0) {
        dup2(fds[1], 1);
        close(fds[0]);
        close(fds[1]);
        std::vector<char *> cargv;
        for (auto &s : argv)
            cargv.push_back(s.data());
        cargv.push_back(nullptr);
        execv(self.c_str(), cargv.data());
        _exit(127);
    }
    close(fds[1]);
    std::string out;
    char buf[256];
    ssize_t n;
    while ((n = read(fds[0], buf, sizeof buf)) > 0)
        out.append(buf, static_cast<std::size_t>(n));
    close(fds[0]);
    int status = 0;
    waitpid(pid, &status, 0);
    if (!WIFEXITED(status) || WEXITSTATUS(status) != 0)
        return false;
    return std::sscanf(out.c_str(), "%lf %lf", &ms, &mib) == 2;
}

} // namespace

int main(int argc, char **argv)
{
    Args a;
    for (int i = 1; i < argc; ++i) {
        const std::string k = argv[i];
        auto next = [&]() -> std::string {
            if (i + 1 >= argc) {
                std::cerr << "bench_mixers: " << k << " needs a value\n";
                std::exit(2);
            }
            return argv[++i];
        };
        if (k == "--lengths") {
            a.lengths.clear();
            for (auto &s : split(next()))
                a.lengths.push_back(std::stoll(s));
        } else if (k == "--mixers") {
            a.mixers = split(next());
        } else if (k == "--hidden") {
            a.hidden = std::stoll(next());
        } else if (k == "--heads") {
            a.heads = std::stoll(next());
        } else if (k == "--kv-heads") {
            a.kvHeads = std::stoll(next());
        } else if (k == "--head-dim") {
            a.headDim = std::stoll(next());
        } else if (k == "--runs") {
            a.runs = std::stoi(next());
        } else if (k == "--threads") {
            a.threads = std::stoi(next());
        } else if (k == "--device") {
            a.device = next();
        } else if (k == "--one") {
            a.one = next();
        } else if (k == "--T") {
            a.oneT = std::stoll(next());
        } else {
            std::cerr << "usage: bench_mixers [--lengths 512,...] [--mixers full,gdn,gla,jetblock] [--hidden 512] [--heads 8]"
                         " [--kv-heads 2] [--head-dim 64] [--runs 5] [--threads N] [--device cpu|cuda]\n";
            return k == "--help" ? 0 : 2;
        }
    }
    try {
        if (!a.one.empty())
            return runOne(a);
    } catch (const std::exception &e) {
        std::cerr << "bench_mixers: " << e.what() << "\n";
        return 1;
    }
    char self[4096];
    const ssize_t len = readlink("/proc/self/exe", self, sizeof self - 1);
    if (len <= 0)
        return 1;
    self[len] = 0;
    dtr::setThreadCount(a.threads);
    std::printf("# device %s; hidden %lld, heads %lld (kv %lld), head dim %lld, batch 1, float32, %d threads, median of %d runs\n",
                a.device.c_str(),
                static_cast<long long>(a.hidden), static_cast<long long>(a.heads), static_cast<long long>(a.kvHeads),
                static_cast<long long>(a.headDim), dtr::threadCount(), a.runs);
    std::printf("| mixer | T | forward ms (median) | ms / 1k tokens | peak MiB (VmHWM - RSS before) |\n");
    std::printf("| --- | ---: | ---: | ---: | ---: |\n");
    std::fflush(stdout);
    for (const std::string &m : a.mixers) {
        for (std::int64_t T : a.lengths) {
            double ms = 0, mib = 0;
            if (!runChild(self, a, m, T, ms, mib)) {
                std::printf("| %s | %lld | failed | | |\n", m.c_str(), static_cast<long long>(T));
                continue;
            }
            std::printf("| %s | %lld | %.1f | %.2f | %.0f |\n", m.c_str(), static_cast<long long>(T), ms,
                        ms * 1000.0 / static_cast<double>(T), mib);
            std::fflush(stdout);
        }
    }
    return 0;
}
