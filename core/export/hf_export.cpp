#include "export/hf_export.h"

#include "mixers/students.h"
#include "model/config.h"
#include "model/runtime.h"
#include "model/safetensors.h"
#include "model/tensor_io.h"
#include "pipeline/model_loading.h"
#include "util/error.h"
#include "util/json_util.h"
#include "util/partial_folder.h"

#include <torch/torch.h>

#include <cmath>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iomanip>
#include <sstream>
#include <unistd.h>

namespace dtr {

namespace fs = std::filesystem;

nlohmann::json toJson(const ExportResult &r)
{
    return {{"path", r.path}, {"files", r.files}, {"linear_layers", r.linearLayers}, {"weight_bytes", r.weightBytes},
            {"shards", r.shards}};
}

std::int64_t parseByteSize(const std::string &text)
{
    std::size_t used = 0;
    double value = 0;
    try {
        value = std::stod(text, &used);
    } catch (const std::exception &) {
        used = 0;
    }
    std::string unit = text.substr(used);
    for (char &ch : unit)
        ch = static_cast<char>(std::toupper(static_cast<unsigned char>(ch)));
    double scale = 0;
    if (unit.empty() || unit == "B")
        scale = 1;
    else if (unit == "KB")
        scale = 1e3;
    else if (unit == "MB")
        scale = 1e6;
    else if (unit == "GB")
        scale = 1e9;
    else if (unit == "KIB")
        scale = 1024.0;
    else if (unit == "MIB")
        scale = 1024.0 * 1024;
    else if (unit == "GIB")
        scale = 1024.0 * 1024 * 1024;
    if (used == 0 || scale == 0 || !(value > 0) || !std::isfinite(value * scale))
        throw Error("shard size '" + text + "': expected a size such as 2GB, 500MB or 1.5GiB");
    return static_cast<std::int64_t>(value * scale);
}

namespace {

torch::Dtype exportDtype(const std::string &name)
{
    if (name == "float32")
        return torch::kFloat32;
    if (name == "bfloat16")
        return torch::kBFloat16;
    if (name == "float16")
        return torch::kFloat16;
    throw Error("dtype '" + name + "': expected float32, bfloat16 or float16");
}

std::string readText(const std::string &path)
{
    std::ifstream in(path, std::ios::binary);
    if (!in)
        throw Error(path + ": cannot read");
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}

void writeText(const std::string &path, const std::string &text)
{
    writeFileAtomically(path, text); // errors say why (disk full, file size limit, ...)
}

std::string shardName(int index, int count)
{
    char buf[64];
    std::snprintf(buf, sizeof buf, "model-%05d-of-%05d.safetensors", index, count);
    return buf;
}

// Streams tensors into shards of at most `limit` bytes (one tensor larger than the limit
// gets a shard of its own).
class ShardWriter
{
public:
    ShardWriter(fs::path dir, std::int64_t limit)
        : m_dir(std::move(dir)), m_limit(limit)
    {
    }
    void add(const std::string &name, torch::Tensor t)
    {
        const std::int64_t bytes = t.numel() * static_cast<std::int64_t>(t.element_size());
        if (!m_pending.empty() && m_pendingBytes + bytes > m_limit)
            flush();
        m_pending.emplace_back(name, std::move(t));
        m_pendingBytes += bytes;
        m_total += bytes;
    }
    void flush()
    {
        if (m_pending.empty())
            return;
        const std::string file = "shard-" + std::to_string(m_files.size() + 1) + ".tmp";
        saveSafetensors((m_dir / file).string(), m_pending, {{"format", "pt"}});
        std::vector<std::string> names;
        for (const auto &[n, t] : m_pending)
            names.push_back(n);
        m_files.emplace_back(file, std::move(names));
        m_pending.clear();
        m_pendingBytes = 0;
    }
    // Renames the shards to their final names and writes the index when there are
    // several. Returns the file names.
    std::vector<std::string> finish()
    {
        flush();
        std::vector<std::string> out;
        const int n = static_cast<int>(m_files.size());
        nlohmann::json weightMap = nlohmann::json::object();
        for (int i = 0; i < n; ++i) {
            const std::string name = n == 1 ? std::string("model.safetensors") : shardName(i + 1, n);
            std::error_code ec;
            fs::rename(m_dir / m_files[static_cast<std::size_t>(i)].first, m_dir / name, ec);
            if (ec)
                throw Error((m_dir / name).string() + ": cannot rename the shard: " + ec.message());
            for (const std::string &t : m_files[static_cast<std::size_t>(i)].second)
                weightMap[t] = name;
            out.push_back(name);
        }
        if (n > 1) {
            const nlohmann::json index = {{"metadata", {{"total_size", m_total}, {"format", "pt"}}},
                                          {"weight_map", weightMap}};
            writeText((m_dir / "model.safetensors.index.json").string(), dumpJson(index, 2) + "\n");
            out.push_back("model.safetensors.index.json");
        }
        return out;
    }
    std::int64_t totalBytes() const { return m_total; }
    int shardCount() const { return static_cast<int>(m_files.size()); }

private:
    fs::path m_dir;
    std::int64_t m_limit;
    std::vector<std::pair<std::string, torch::Tensor>> m_pending;
    std::int64_t m_pendingBytes = 0;
    std::int64_t m_total = 0;
    std::vector<std::pair<std::string, std::vector<std::string>>> m_files;
};

bool isLinearLayerAttention(const std::string &name, const std::vector<std::int64_t> &linear)
{
    for (std::int64_t l : linear)
        if (name.rfind("model.layers." + std::to_string(l) + ".self_attn.", 0) == 0)
            return true;
    return false;
}

} // namespace

namespace {

ExportResult writeExport(const ExportSettings &s, const ExportProgressFn &progress, const std::atomic<bool> *cancel)
{
    const torch::Dtype dtype = exportDtype(s.dtype);
    if (s.shardBytes < 1)
        throw Error("shard size must be positive");
    if (s.outDir.empty())
        throw Error("an export needs an output folder");
    const fs::path target = fs::absolute(s.outDir).lexically_normal();
    std::error_code ec;
    if (fs::exists(target, ec))
        throw Error(target.string() + ": already exists; export into a new folder");
    if (!fs::is_directory(target.parent_path(), ec))
        throw Error(target.parent_path().string() + ": no such folder to export into");

    auto project = Project::open(s.projectPath);
    project->requireWritable("the export"); // it records the export in the project
    ConfiguredModel cm = loadConfiguration(*project, s.configuration);
    const std::string modelDir = cm.modelDir;
    const ModelConfig &config = cm.model->config;
    throwIfCancelled(cancel);

    PartialFolder partial(target);
    const fs::path dir = partial.path();
    ExportResult result;
    result.linearLayers = cm.linear;

    // config.json: the source's, plus the hybrid's layer types and mixers.
    nlohmann::json cfg = parseJson(readText(modelDir + "/config.json"), modelDir + "/config.json");
    nlohmann::json layerTypes = nlohmann::json::array();
    nlohmann::json linearLayers = nlohmann::json::object();
    for (std::int64_t l = 0; l < config.numLayers; ++l) {
        const auto it = cm.students.students.find(l);
        const bool linear = std::find(cm.linear.begin(), cm.linear.end(), l) != cm.linear.end();
        if (linear && it != cm.students.students.end()) {
            layerTypes.push_back("linear_attention");
            linearLayers[std::to_string(l)] = {{"mixer", it->second->kind()}, {"options", it->second->options()}};
        } else {
            const bool sliding = config.slidingWindow(l) > 0 && (config.modelType == "qwen2" || config.modelType == "qwen3");
            layerTypes.push_back(sliding ? "sliding_attention" : "full_attention");
        }
    }
    const nlohmann::json sourceArchitectures = cfg.value("architectures", nlohmann::json::array());
    cfg["layer_types"] = layerTypes;
    if (!cm.linear.empty()) {
        cfg["linear_attn_config"] = {{"format", "dtr-hybrid"}, {"version", 1}, {"layers", linearLayers}};
        cfg["architectures"] = {"DtrHybridForCausalLM"};
        // transformers wants the model class's config class named too (one modeling file
        // serves every model type; DtrHybridConfig keeps the source model_type).
        cfg["auto_map"] = {{"AutoConfig", "modeling_dtr_hybrid.DtrHybridConfig"},
                           {"AutoModelForCausalLM", "modeling_dtr_hybrid.DtrHybridForCausalLM"}};
    } else {
        cfg.erase("linear_attn_config");
    }
    cfg["torch_dtype"] = s.dtype;
    if (cfg.contains("dtype"))
        cfg["dtype"] = s.dtype;
    const ModelRef ref = project->model();
    cfg["dtr_export"] = {{"tool", "DtR Workbench"},
                         {"tool_version", s.toolVersion},
                         {"project", project->path()},
                         {"configuration", cm.configuration.name},
                         {"source_model", {{"path", ref.path}, {"content_hash", ref.contentHash}}},
                         {"source_architectures", sourceArchitectures},
                         {"distill_run", cm.configuration.distillRunId ? nlohmann::json(*cm.configuration.distillRunId)
                                                                       : nlohmann::json(nullptr)}};
    writeText((dir / "config.json").string(), dumpJson(cfg, 2) + "\n");
    result.files.push_back("config.json");

    // The weights: the source's tensors in their order (a linear layer's attention left
    // out), then each linear layer's mixer.
    WeightFiles weights(modelDir);
    std::vector<std::string> names;
    for (const std::string &n : weights.tensorNames())
        if (!isLinearLayerAttention(n, cm.linear) && n.find("rotary_emb.inv_freq") == std::string::npos)
            names.push_back(n);
    std::int64_t total = 0;
    for (const std::string &n : names) {
        const auto loc = weights.find(n);
        total += loc.info->numel() * static_cast<std::int64_t>(torch::elementSize(dtype));
    }
    for (std::int64_t l : cm.linear)
        for (const auto &p : cm.students.students.at(l)->named_parameters())
            total += p.value().numel() * static_cast<std::int64_t>(torch::elementSize(dtype));
    ShardWriter shards(dir, s.shardBytes);
    std::int64_t done = 0;
    const auto step = [&](const std::string &what, const torch::Tensor &t) {
        done += t.numel() * static_cast<std::int64_t>(t.element_size());
        if (progress)
            progress(std::min(done, total), total, what);
    };
    if (progress)
        progress(0, total, "weights");
    {
        torch::NoGradGuard noGrad;
        for (const std::string &n : names) {
            throwIfCancelled(cancel);
            const auto loc = weights.find(n);
            torch::Tensor t = readTensor(*loc.file, *loc.info).to(dtype).contiguous();
            step(n, t);
            shards.add(n, std::move(t));
        }
        for (std::int64_t l : cm.linear) {
            for (const auto &p : cm.students.students.at(l)->named_parameters()) {
                throwIfCancelled(cancel);
                torch::Tensor t = p.value().detach().to(torch::kCPU).to(dtype).contiguous().clone();
                const std::string name = studentPrefix(l) + p.key();
                step(name, t);
                shards.add(name, std::move(t));
            }
        }
    }
    for (const std::string &f : shards.finish())
        result.files.push_back(f);
    result.weightBytes = shards.totalBytes();
    result.shards = shards.shardCount();
    throwIfCancelled(cancel);

    // Tokenizer and generation files, as the source has them.
    for (const char *name : {"tokenizer.json", "tokenizer_config.json", "special_tokens_map.json", "generation_config.json",
                             "vocab.json", "merges.txt", "tokenizer.model", "added_tokens.json", "chat_template.jinja"}) {
        const fs::path from = fs::path(modelDir) / name;
        if (!fs::exists(from, ec))
            continue;
        fs::copy_file(from, dir / name, fs::copy_options::overwrite_existing, ec);
        if (ec)
            throw Error((dir / name).string() + ": cannot copy " + from.string() + ": " + ec.message());
        result.files.push_back(name);
    }
    // The bundled PyTorch implementation, and the model card.
    if (!cm.linear.empty())
        for (const auto &[name, text] : exportPythonFiles()) {
            writeText((dir / name).string(), text);
            result.files.push_back(name);
        }
    writeText((dir / "README.md").string(), exportModelCard(*project, cm.configuration, cm.linear, s));
    result.files.push_back("README.md");

    throwIfCancelled(cancel);
    project->verifyModelUnchanged("the export");
    partial.commit(target);
    result.path = target.string();

    // Recorded in the project (the "full" configuration is stored on first use).
    const std::int64_t configId = cm.configuration.id > 0 ? cm.configuration.id : fullConfigurationId(*project);
    nlohmann::json manifest = toJson(result);
    manifest["dtype"] = s.dtype;
    manifest["shard_bytes"] = s.shardBytes;
    project->addExport({0, configId, result.path, dumpJson(manifest), ""});
    return result;
}

} // namespace

ExportResult exportHybrid(const ExportSettings &s, const ExportProgressFn &progress, const std::atomic<bool> *cancel)
{
    try {
        return writeExport(s, progress, cancel);
    } catch (const Cancelled &) {
        throw;
    } catch (const Error &e) {
        // A failure while writing names the hidden partial folder's file: say which
        // export it was, and that nothing is left under its name.
        const std::string what = e.what();
        const fs::path target = s.outDir.empty() ? fs::path() : fs::absolute(s.outDir).lexically_normal();
        if (target.empty() || what.find(".partial-") == std::string::npos)
            throw;
        throw Error(target.string() + ": the export failed, nothing is left under this name: " + what);
    }
}

} // namespace dtr
