// dtr — the DtR Workbench engine on the command line. Thin: parses arguments, calls
// core, prints results. Every failure is one line on stderr and a non-zero exit.

#include "cli_util.h"
#include "cmd_bench.h"
#include "cmd_demo.h"
#include "cmd_distill.h"
#include "cmd_export.h"
#include "cmd_pretrain.h"
#include "cmd_project.h"
#include "cmd_search.h"
#include "jobs/project_jobs.h"
#include "mixers/registry.h"
#include "mixers/students.h"
#include "pipeline/hybrid.h"
#include "pipeline/model_loading.h"
#include "project/project_summary.h"
#include "model/generate.h"
#include "model/model_summary.h"
#include "model/runtime.h"
#include "model/tensor_io.h"
#include "tokenizer/tokenizer.h"
#include "model/transformer.h"
#include "util/error.h"
#include "util/io_faults.h"
#include "util/layer_list.h"
#include "util/json_util.h"

#include <CLI/CLI.hpp>
#include <nlohmann/json.hpp>

#include <iostream>
#include <sstream>

namespace {

struct Common
{
    int threads = 0;
    std::string device = "cpu";
    std::string dtype = "float32";
};

// Hybrid models: which layers run a linear student, and where the students come from.
struct Hybrid
{
    std::string layersLinear;  // "1,3" or "0-5"
    std::string mixer = "gdn";
    std::string students;      // students file
    std::string init = "transfer";
    std::string mixerOptions;  // JSON object merged into the mixer's options
    std::string saveStudents;
    std::uint64_t seed = 0;
    CLI::Option *mixerOpt = nullptr, *initOpt = nullptr, *optionsOpt = nullptr;
};

void addHybrid(CLI::App *cmd, Hybrid &h)
{
    std::string kinds;
    for (const std::string &k : dtr::mixerKindNames())
        kinds += (kinds.empty() ? "" : ", ") + k;
    cmd->add_option("--layers-linear", h.layersLinear,
                    "layers that run a linear mixer instead of attention, e.g. 1,3 or 0-5 (default with "
                    "--students: every layer in the file)");
    h.mixerOpt = cmd->add_option("--mixer", h.mixer, "linear mixer for fresh students: " + kinds)->capture_default_str();
    cmd->add_option("--students", h.students, "students file (.safetensors) with trained linear mixers");
    h.initOpt = cmd->add_option("--init", h.init, "fresh students: transfer (from the teacher's attention) or random")
                    ->capture_default_str();
    h.optionsOpt = cmd->add_option("--mixer-options", h.mixerOptions,
                                   "JSON object merged into fresh students' options, e.g. '{\"chunk_size\":32}'");
    cmd->add_option("--seed", h.seed, "random seed for fresh students")->capture_default_str();
    cmd->add_option("--save-students", h.saveStudents, "write the students used to this .safetensors file");
}

// The hybrid options as core's HybridSpec (an option not given stays unset). Core's
// messages name the settings; the flags are these.
dtr::HybridSpec hybridSpec(const Hybrid &h)
{
    dtr::HybridSpec spec;
    spec.linearLayers = h.layersLinear;
    spec.studentsFile = h.students;
    spec.saveStudents = h.saveStudents;
    spec.seed = h.seed;
    if (h.mixerOpt->count())
        spec.mixer = h.mixer;
    if (h.initOpt->count())
        spec.init = h.init;
    if (h.optionsOpt->count())
        spec.mixerOptions = h.mixerOptions;
    return spec;
}

std::vector<std::int64_t> applyHybrid(dtr::CausalLM &lm, const Hybrid &h, const std::string &modelDir)
{
    return dtr::applyHybrid(lm, hybridSpec(h), modelDir);
}

void addCommon(CLI::App *cmd, Common &c, bool modelOptions)
{
    cmd->add_option("--threads", c.threads, "CPU threads for LibTorch (default: all cores)");
    if (modelOptions) {
        cmd->add_option("--device", c.device, "cpu, cuda or cuda:N")->capture_default_str();
        cmd->add_option("--dtype", c.dtype, "compute dtype: float32, bfloat16 or float16")->capture_default_str();
    }
}

std::string oneLine(std::string s)
{
    for (char &ch : s)
        if (ch == '\n' || ch == '\r')
            ch = ' ';
    return s;
}

int runInfo(const std::string &modelDir, bool json)
{
    // A project names its model: `dtr info PROJECT.dtr` describes that.
    dtr::LoadModelJob job(modelDir.size() > 4 && modelDir.compare(modelDir.size() - 4, 4, ".dtr") == 0
                              ? dtr::resolveModelDir(modelDir)
                              : modelDir);
    const dtr::JobOutcome outcome = runCliJob(job);
    if (outcome.status == dtr::JobStatus::Cancelled)
        return cancelledExit("info");
    const dtr::ModelSummary &s = job.summary();
    const dtr::ModelConfig &c = s.config;
    if (json) {
        std::cout << dtr::dumpJson(outcome.result, 2) << "\n";
        return 0;
    }
    std::cout << "model:             " << s.modelDir << "\n" << dtr::describeConfig(c)
              << "parameters:        " << s.totalParams << " (" << s.storageDtype << ", " << s.weightBytes
              << " bytes in " << s.weightFiles.size() << " file(s))\n"
              << "tokenizer:         " << (s.hasTokenizer ? "tokenizer.json" : "none") << "\n"
              << "layer  mixer           window  attn params  mlp params\n";
    for (const auto &l : s.layers) {
        char line[128];
        std::snprintf(line, sizeof line, "%5lld  %-14s  %6lld  %11lld  %10lld\n", static_cast<long long>(l.index),
                      l.mixer.c_str(), static_cast<long long>(l.slidingWindow),
                      static_cast<long long>(l.attentionParams), static_cast<long long>(l.mlpParams));
        std::cout << line;
    }
    return 0;
}

int runTokenize(const std::string &path, const std::string &text, bool addSpecial)
{
    auto tok = dtr::Tokenizer::fromPath(path);
    nlohmann::json ids = tok->encode(text, addSpecial);
    std::cout << dtr::dumpJson(ids) << "\n";
    return 0;
}

dtr::CausalLM loadModel(const std::string &modelDir, const Common &c)
{
    dtr::setThreadCount(c.threads);
    dtr::LoadOptions lo;
    lo.device = dtr::parseDevice(c.device);
    lo.dtype = dtr::parseDtype(c.dtype);
    return dtr::loadModel(modelDir, lo); // a Hugging Face folder or an export
}

torch::Tensor inputTensor(const std::map<std::string, torch::Tensor> &tensors, const std::string &path,
                          const std::string &key)
{
    auto it = tensors.find(key);
    if (it == tensors.end())
        throw dtr::Error(path + ": no tensor '" + key + "'");
    const torch::Tensor &t = it->second;
    if (t.dim() != 2 || (t.scalar_type() != torch::kInt64 && t.scalar_type() != torch::kInt32))
        throw dtr::Error(path + ": tensor '" + key + "' must be int64 [batch, tokens], got "
                         + std::string(c10::toString(t.scalar_type())) + " " + dtr::shapeString(t));
    if (t.size(1) == 0)
        throw dtr::Error(path + ": tensor '" + key + "' holds no tokens");
    return t.to(torch::kInt64);
}

int runForward(const std::string &modelDir, const std::string &inPath, const std::string &outPath,
               const std::string &key, bool attention, const Common &c, const Hybrid &h)
{
    auto inputs = dtr::loadSafetensors(inPath);
    torch::Tensor ids = inputTensor(inputs, inPath, key);
    dtr::CausalLM lm = loadModel(modelDir, c);
    const std::vector<std::int64_t> linear = applyHybrid(lm, h, modelDir);
    if (ids.max().item<std::int64_t>() >= lm->config.vocabSize || ids.min().item<std::int64_t>() < 0)
        throw dtr::Error(inPath + ": tensor '" + key + "' holds token ids outside the vocabulary of "
                         + std::to_string(lm->config.vocabSize));
    dtr::ForwardOptions fo;
    fo.outputHiddenStates = true;
    fo.captureAttention = attention;
    if (auto m = inputs.find("attention_mask"); m != inputs.end()) {
        if (m->second.sizes() != ids.sizes())
            throw dtr::Error(inPath + ": tensor 'attention_mask' has shape " + dtr::shapeString(m->second)
                             + ", expected " + dtr::shapeString(ids));
        fo.attentionMask = m->second;
    }
    torch::NoGradGuard noGrad;
    dtr::ForwardResult r = lm->forward(ids, fo);
    std::vector<std::pair<std::string, torch::Tensor>> out;
    out.emplace_back("logits", r.logits.to(torch::kFloat32));
    for (std::size_t i = 0; i < r.hiddenStates.size(); ++i)
        out.emplace_back("hidden_states." + std::to_string(i), r.hiddenStates[i].to(torch::kFloat32));
    for (std::size_t i = 0; i < r.attentionOutputs.size(); ++i) {
        out.emplace_back("attn_input." + std::to_string(i), r.attentionInputs[i].to(torch::kFloat32));
        out.emplace_back("attn_output." + std::to_string(i), r.attentionOutputs[i].to(torch::kFloat32));
    }
    dtr::saveSafetensors(outPath, out, {{"producer", "dtr forward"}, {"model", modelDir}, {"linear_layers", dtr::formatLayerList(linear, "")}});
    std::cerr << "wrote " << out.size() << " tensors to " << outPath << "\n";
    return 0;
}

int runGenerate(const std::string &modelDir, const std::string &prompt, const std::string &inPath,
                const std::string &key, std::int64_t maxNew, const std::string &outPath, bool ignoreEos,
                const Common &c, const Hybrid &h)
{
    std::shared_ptr<dtr::Tokenizer> tok;
    torch::Tensor ids;
    if (!inPath.empty()) {
        auto inputs = dtr::loadSafetensors(inPath);
        ids = inputTensor(inputs, inPath, key);
    } else {
        tok = dtr::Tokenizer::fromPath(modelDir);
        std::vector<std::int64_t> v = tok->encode(prompt, /*addSpecial=*/true);
        if (v.empty())
            throw dtr::Error("--prompt: the prompt encodes to no tokens");
        ids = torch::tensor(v, torch::kInt64).unsqueeze(0);
    }
    dtr::CausalLM lm = loadModel(modelDir, c);
    const std::vector<std::int64_t> linear = applyHybrid(lm, h, modelDir);
    dtr::GenerateOptions go;
    go.maxNewTokens = maxNew;
    if (!ignoreEos)
        go.eosTokenIds = lm->config.eosTokenIds;
    if (!go.eosTokenIds.empty())
        go.padTokenId = go.eosTokenIds.front();
    torch::Tensor out = dtr::generateGreedy(lm, ids, go);
    if (!outPath.empty())
        dtr::saveSafetensors(outPath, {{"output_ids", out}},
                             {{"producer", "dtr generate"}, {"model", modelDir}, {"linear_layers", dtr::formatLayerList(linear, "")}});
    for (std::int64_t b = 0; b < out.size(0); ++b) {
        torch::Tensor row = out[b];
        std::vector<std::int64_t> v(row.data_ptr<std::int64_t>(), row.data_ptr<std::int64_t>() + row.numel());
        if (!tok) {
            try {
                tok = dtr::Tokenizer::fromPath(modelDir);
            } catch (const dtr::Error &) {
            }
        }
        if (tok) {
            try {
                std::cout << tok->decode(v) << "\n";
            } catch (const dtr::Error &e) {
                // The model's vocabulary can be larger than the tokenizer's; the ids
                // below are the result either way.
                std::cerr << "dtr: note: cannot decode the output: " << oneLine(e.what()) << "\n";
            }
        }
        std::cout << dtr::dumpJson(nlohmann::json(v)) << "\n";
    }
    return 0;
}

} // namespace

int main(int argc, char **argv)
{
    dtr::ignoreFileSizeSignal(); // past ulimit -f a write fails with a message, not SIGXFSZ
    CLI::App app{"dtr — Distill-then-Replace workbench engine: turn a Transformer into a hybrid "
                 "of full and linear attention layers"};
    app.require_subcommand(1);
    app.set_version_flag("--version", "dtr 0.1.0");

    Common common;
    Hybrid forwardHybrid, generateHybrid; // one each: the option handles are per subcommand
    std::string modelDir, path, text, inPath, outPath, key = "input_ids", prompt;
    bool json = false, addSpecial = false, attention = false, ignoreEos = false;
    std::int64_t maxNew = 32;

    auto *info = app.add_subcommand("info", "Summarise a Hugging Face model folder's architecture");
    info->add_option("MODEL_DIR", modelDir, "model folder (config.json + safetensors)")->required();
    info->add_flag("--json", json, "print JSON");

    auto *tokenize = app.add_subcommand("tokenize", "Encode text; prints the token ids as a JSON array");
    tokenize->add_option("PATH", path, "a tokenizer.json or a model folder holding one")->required();
    tokenize->add_option("--text", text, "the text to encode")->required();
    tokenize->add_flag("--add-special", addSpecial, "add the post-processor's special tokens (e.g. BOS)");

    auto *forward = app.add_subcommand("forward", "Run the model on token ids; write logits and hidden states");
    forward->add_option("MODEL_DIR", modelDir, "model folder")->required();
    forward->add_option("--input", inPath, "safetensors with input_ids int64 [B,T] (and optional attention_mask)")
        ->required();
    forward->add_option("--output", outPath, "safetensors to write: logits, hidden_states.0..L")->required();
    forward->add_option("--key", key, "name of the input ids tensor")->capture_default_str();
    forward->add_flag("--attention", attention, "also write attn_input.i / attn_output.i of every layer");
    addCommon(forward, common, true);
    addHybrid(forward, forwardHybrid);

    auto *generate = app.add_subcommand("generate", "Greedy generation with a KV cache");
    generate->add_option("MODEL_DIR", modelDir, "model folder")->required();
    auto *promptOpt = generate->add_option("--prompt", prompt, "prompt text (needs tokenizer.json)");
    auto *inputOpt = generate->add_option("--input", inPath, "safetensors holding the prompt ids [1,T]");
    promptOpt->excludes(inputOpt);
    generate->add_option("--key", key, "name of the prompt tensor in --input")->capture_default_str();
    generate->add_option("--max-new-tokens", maxNew, "tokens to generate")->required()->check(CLI::NonNegativeNumber);
    generate->add_option("--output", outPath, "write output_ids int64 [1, prompt+N] here");
    generate->add_flag("--ignore-eos", ignoreEos, "do not stop at the end-of-sequence token");
    addCommon(generate, common, true);
    addHybrid(generate, generateHybrid);

    ProjectCommands projectCommands(app);
    DistillCommand distillCommand(app);
    SearchCommand searchCommand(app);
    DemoCommand demoCommand(app);
    EvalCommand evalCommand(app);
    PretrainCommand pretrainCommand(app);
    ExportCommand exportCommand(app);
    BenchCommand benchCommand(app);

    try {
        app.parse(argc, argv);
    } catch (const CLI::ParseError &e) {
        return app.exit(e);
    }

    try {
        if (projectCommands.selected())
            return projectCommands.run();
        if (distillCommand.selected())
            return distillCommand.run();
        if (searchCommand.selected())
            return searchCommand.run();
        if (demoCommand.selected())
            return demoCommand.run();
        if (evalCommand.selected())
            return evalCommand.run();
        if (pretrainCommand.selected())
            return pretrainCommand.run();
        if (exportCommand.selected())
            return exportCommand.run();
        if (benchCommand.selected())
            return benchCommand.run();
        if (*info)
            return runInfo(modelDir, json);
        if (*tokenize)
            return runTokenize(path, text, addSpecial);
        if (*forward)
            return runForward(modelDir, inPath, outPath, key, attention, common, forwardHybrid);
        if (*generate) {
            if (prompt.empty() && inPath.empty())
                throw dtr::Error("generate: give --prompt TEXT or --input FILE");
            return runGenerate(modelDir, prompt, inPath, key, maxNew, outPath, ignoreEos, common, generateHybrid);
        }
    } catch (...) {
        std::cerr << "dtr: error: " << dtr::describeException(std::current_exception()) << "\n";
        return 1;
    }
    return 0;
}
