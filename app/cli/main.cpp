// dtr — the DtR Workbench engine on the command line. Thin: parses arguments, calls
// core, prints results. Every failure is one line on stderr and a non-zero exit.

#include "cmd_demo.h"
#include "cmd_distill.h"
#include "cmd_pretrain.h"
#include "cmd_project.h"
#include "cmd_search.h"
#include "mixers/registry.h"
#include "mixers/students.h"
#include "model/generate.h"
#include "model/model_summary.h"
#include "model/runtime.h"
#include "model/tensor_io.h"
#include "model/tokenizer.h"
#include "model/transformer.h"
#include "util/error.h"

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

std::string joinLayers(const std::vector<std::int64_t> &layers)
{
    std::string s;
    for (std::int64_t l : layers)
        s += (s.empty() ? "" : ",") + std::to_string(l);
    return s;
}

// Attaches students to the model and switches the chosen layers to them. Returns the
// linear layers (empty: the plain teacher).
std::vector<std::int64_t> applyHybrid(dtr::CausalLM &lm, const Hybrid &h, const std::string &modelDir)
{
    const std::int64_t L = lm->config.numLayers;
    dtr::StudentSet set;
    std::vector<std::int64_t> layers;
    if (!h.students.empty()) {
        if (h.initOpt->count() || h.optionsOpt->count())
            throw dtr::Error("--init and --mixer-options build fresh students; they do not apply to --students "
                             + h.students);
        set = dtr::loadStudents(h.students, lm->config);
        if (!h.layersLinear.empty()) {
            layers = dtr::parseLayerList(h.layersLinear, L);
        } else {
            for (const auto &[l, m] : set.students)
                layers.push_back(l);
        }
        for (std::int64_t l : layers) {
            auto it = set.students.find(l);
            if (it == set.students.end()) {
                std::vector<std::int64_t> have;
                for (const auto &[k, m] : set.students)
                    have.push_back(k);
                throw dtr::Error(h.students + ": holds no student for layer " + std::to_string(l) + " (it has layers "
                                 + (have.empty() ? std::string("none") : joinLayers(have)) + ")");
            }
            if (h.mixerOpt->count() && it->second->kind() != h.mixer)
                throw dtr::Error(h.students + ": layer " + std::to_string(l) + " holds a " + it->second->kind()
                                 + " student, --mixer asks for " + h.mixer);
        }
    } else if (!h.layersLinear.empty()) {
        layers = dtr::parseLayerList(h.layersLinear, L);
        nlohmann::json overrides = nlohmann::json::object();
        if (!h.mixerOptions.empty()) {
            try {
                overrides = nlohmann::json::parse(h.mixerOptions);
            } catch (const nlohmann::json::exception &) {
                throw dtr::Error("--mixer-options: not valid JSON: " + h.mixerOptions);
            }
            if (!overrides.is_object())
                throw dtr::Error("--mixer-options: must be a JSON object, got " + h.mixerOptions);
        }
        torch::manual_seed(h.seed);
        set = dtr::buildStudents(*lm, layers, h.mixer, dtr::parseStudentInit(h.init), overrides);
    } else {
        if (h.mixerOpt->count() || h.initOpt->count() || h.optionsOpt->count() || !h.saveStudents.empty())
            throw dtr::Error("--mixer, --init, --mixer-options and --save-students need --layers-linear or --students");
        return {};
    }
    dtr::attachStudents(*lm, set);
    lm->setLinearLayers(layers);
    if (!h.saveStudents.empty())
        dtr::saveStudents(h.saveStudents, lm->config, set, {{"producer", "dtr"}, {"teacher", modelDir}});
    return layers;
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
    dtr::ModelSummary s = dtr::summarizeModel(modelDir);
    const dtr::ModelConfig &c = s.config;
    if (json) {
        nlohmann::json j;
        j["model_dir"] = s.modelDir;
        j["model_type"] = c.modelType;
        j["architecture"] = c.architecture;
        j["num_layers"] = c.numLayers;
        j["hidden_size"] = c.hiddenSize;
        j["intermediate_size"] = c.intermediateSize;
        j["num_heads"] = c.numHeads;
        j["num_kv_heads"] = c.numKvHeads;
        j["head_dim"] = c.headDim;
        j["vocab_size"] = c.vocabSize;
        j["max_position_embeddings"] = c.maxPositionEmbeddings;
        j["rope_theta"] = c.ropeTheta;
        j["rope_scaling"] = {{"type", c.ropeScaling.type}, {"factor", c.ropeScaling.factor}};
        j["attention_bias"] = c.attentionBias;
        j["qk_norm"] = c.qkNorm;
        j["tie_word_embeddings"] = c.tieWordEmbeddings;
        j["config_dtype"] = c.dtype;
        j["storage_dtype"] = s.storageDtype;
        j["total_params"] = s.totalParams;
        j["weight_bytes"] = s.weightBytes;
        j["weight_files"] = s.weightFiles;
        j["has_tokenizer"] = s.hasTokenizer;
        j["eos_token_ids"] = c.eosTokenIds;
        nlohmann::json layers = nlohmann::json::array();
        for (const auto &l : s.layers)
            layers.push_back({{"index", l.index}, {"mixer", l.mixer}, {"sliding_window", l.slidingWindow},
                              {"attention_params", l.attentionParams}, {"mlp_params", l.mlpParams}});
        j["layers"] = layers;
        std::cout << j.dump(2) << "\n";
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
    std::cout << ids.dump() << "\n";
    return 0;
}

dtr::CausalLM loadModel(const std::string &modelDir, const Common &c)
{
    dtr::setThreadCount(c.threads);
    dtr::LoadOptions lo;
    lo.device = dtr::parseDevice(c.device);
    lo.dtype = dtr::parseDtype(c.dtype);
    return dtr::loadCausalLM(modelDir, lo);
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
    dtr::saveSafetensors(outPath, out, {{"producer", "dtr forward"}, {"model", modelDir}, {"linear_layers", joinLayers(linear)}});
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
                             {{"producer", "dtr generate"}, {"model", modelDir}, {"linear_layers", joinLayers(linear)}});
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
        std::cout << nlohmann::json(v).dump() << "\n";
    }
    return 0;
}

} // namespace

int main(int argc, char **argv)
{
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
    } catch (const dtr::Error &e) {
        std::cerr << "dtr: error: " << oneLine(e.what()) << "\n";
        return 1;
    } catch (const c10::Error &e) {
        std::cerr << "dtr: error: " << oneLine(e.what_without_backtrace()) << "\n";
        return 1;
    } catch (const std::exception &e) {
        std::cerr << "dtr: error: " << oneLine(e.what()) << "\n";
        return 1;
    }
    return 0;
}
