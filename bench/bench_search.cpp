// bench_search — work and wall time of the cached greedy search against the naive one
// (every candidate recomputes every layer), on the same project, students and task, run
// to the end of the trajectory (--continue). Checks that both make the same decisions
// with the same scores, and prints a JSON object and a table.
//
//   build/bench/bench_search [--model DIR] [--random-layers N] [--val FILE] [--mixer gdn]
//                            [--repeats 2] [--threads 2] [--batch-size 16] [--examples 0]
//
// --random-layers N builds a randomly initialised copy of the model's architecture with
// N layers (its tokenizer and sizes), so the benchmark can use a deeper model than the
// demo's; students come from a short distillation (--distill-steps) on the demo
// calibration text. Results: docs/search.md.

#include "distill/distill.h"
#include "model/config.h"
#include "model/runtime.h"
#include "model/tensor_io.h"
#include "model/transformer.h"
#include "project/project.h"
#include "search/search.h"
#include "util/error.h"
#include "util/json_util.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <string>
#include <vector>

#include <unistd.h>

namespace fs = std::filesystem;

namespace {

struct Args
{
    std::string model = DTR_SOURCE_DIR "/resources/demo/model";
    std::string val = DTR_SOURCE_DIR "/resources/demo/data/tasks/recall/validation.jsonl";
    std::string calib = DTR_SOURCE_DIR "/resources/demo/data/calib.jsonl";
    std::string mixer = "gdn";
    std::int64_t randomLayers = 0;
    std::int64_t distillSteps = 4;
    std::int64_t examples = 0; // 0: all
    int repeats = 2;
    int threads = 2;
    std::int64_t batchSize = 16;
};

Args parse(int argc, char **argv)
{
    Args a;
    for (int i = 1; i < argc; ++i) {
        const std::string k = argv[i];
        auto next = [&]() -> std::string {
            if (i + 1 >= argc)
                throw dtr::Error(k + " needs a value");
            return argv[++i];
        };
        if (k == "--model") a.model = next();
        else if (k == "--val") a.val = next();
        else if (k == "--calib") a.calib = next();
        else if (k == "--mixer") a.mixer = next();
        else if (k == "--random-layers") a.randomLayers = std::stoll(next());
        else if (k == "--distill-steps") a.distillSteps = std::stoll(next());
        else if (k == "--examples") a.examples = std::stoll(next());
        else if (k == "--repeats") a.repeats = std::stoi(next());
        else if (k == "--threads") a.threads = std::stoi(next());
        else if (k == "--batch-size") a.batchSize = std::stoll(next());
        else throw dtr::Error("unknown option " + k);
    }
    return a;
}

// A randomly initialised model of the same architecture with `layers` layers.
std::string randomModel(const std::string &src, std::int64_t layers, const std::string &dir)
{
    fs::create_directories(dir);
    nlohmann::json config = dtr::readJsonFile(src + "/config.json");
    config["num_hidden_layers"] = layers;
    std::ofstream(dir + "/config.json") << config.dump(2);
    fs::copy_file(src + "/tokenizer.json", dir + "/tokenizer.json", fs::copy_options::overwrite_existing);
    torch::manual_seed(0);
    dtr::CausalLM model(dtr::parseModelConfig(config.dump(), dir + "/config.json"));
    std::vector<std::pair<std::string, torch::Tensor>> tensors;
    torch::NoGradGuard guard;
    for (auto &p : model->named_parameters()) {
        if (p.key().find("norm") == std::string::npos)
            p.value().normal_(0.0, 0.02);
        tensors.emplace_back(p.key(), p.value().detach().clone());
    }
    dtr::saveSafetensors(dir + "/model.safetensors", tensors);
    return dir;
}

double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    return v.empty() ? 0 : v[v.size() / 2] * (v.size() % 2 ? 1 : 0.5) + (v.size() % 2 ? 0 : v[v.size() / 2 - 1] * 0.5);
}

} // namespace

int main(int argc, char **argv)
{
    try {
        const Args a = parse(argc, argv);
        dtr::setThreadCount(a.threads);
        const std::string work = (fs::temp_directory_path() / ("bench-search-" + std::to_string(::getpid()))).string();
        fs::create_directories(work);
        std::string modelDir = a.model;
        if (a.randomLayers > 0)
            modelDir = randomModel(a.model, a.randomLayers, work + "/model");
        std::string val = a.val;
        if (a.examples > 0) { // the first N examples
            std::ifstream in(a.val);
            std::ofstream out(work + "/val.jsonl");
            std::string line;
            for (std::int64_t n = 0; n < a.examples && std::getline(in, line);)
                if (!line.empty()) {
                    out << line << "\n";
                    ++n;
                }
            val = work + "/val.jsonl";
        }
        auto project = dtr::Project::create(work + "/bench.dtr", modelDir);
        dtr::DistillSettings ds;
        ds.mixer = a.mixer;
        ds.calibFiles = {a.calib};
        ds.steps = a.distillSteps;
        ds.seqLen = 64;
        ds.batchSize = 2;
        ds.threads = a.threads;
        ds.evalEvery = a.distillSteps;
        ds.checkpointEvery = a.distillSteps;
        const auto dr = dtr::runDistillation(*project, ds);
        if (dr.status != "completed")
            throw dtr::Error("distillation " + dr.status);

        dtr::SearchSettings s;
        s.valTask = val;
        s.greedy.continuePastMin = true;
        s.threads = a.threads;
        s.batchSize = a.batchSize;
        std::vector<double> tNaive, tCached;
        std::int64_t fNaive = 0, fCached = 0, L = project->model().numLayers;
        bool same = true;
        std::int64_t rounds = 0;
        for (int r = 0; r < a.repeats; ++r) {
            dtr::SearchResult res[2];
            for (int k = 0; k < 2; ++k) {
                const bool cached = (k + r) % 2 == 1; // alternate which goes first
                s.reuseHiddenStates = cached;
                const auto out = dtr::runSearch(*project, s);
                (cached ? tCached : tNaive).push_back(out.seconds);
                (cached ? fCached : fNaive) = out.layerForwards;
                res[cached ? 1 : 0] = out;
            }
            const auto cn = project->candidates(res[0].searchId), cc = project->candidates(res[1].searchId);
            same = same && cn.size() == cc.size() && res[0].rounds.size() == res[1].rounds.size();
            for (std::size_t i = 0; same && i < cn.size(); ++i)
                same = cn[i].layer == cc[i].layer && cn[i].round == cc[i].round && cn[i].score == cc[i].score;
            for (std::size_t i = 0; same && i < res[0].rounds.size(); ++i)
                same = res[0].rounds[i].chosenLayer == res[1].rounds[i].chosenLayer;
            rounds = static_cast<std::int64_t>(res[0].rounds.size());
        }
        nlohmann::json j{{"model", modelDir}, {"layers", L}, {"val", val}, {"mixer", a.mixer}, {"threads", a.threads},
                         {"batch_size", a.batchSize}, {"rounds", rounds}, {"identical_decisions", same},
                         {"layer_forwards_naive", fNaive}, {"layer_forwards_cached", fCached},
                         {"layer_forward_ratio", double(fNaive) / double(std::max<std::int64_t>(fCached, 1))},
                         {"seconds_naive", tNaive}, {"seconds_cached", tCached},
                         {"median_seconds_naive", median(tNaive)}, {"median_seconds_cached", median(tCached)},
                         {"wall_time_ratio", median(tNaive) / std::max(median(tCached), 1e-9)}};
        std::cout << j.dump(2) << "\n";
        std::fprintf(stderr, "| model layers | rounds | layer forwards naive / cached | ratio | median s naive / cached | ratio | same decisions |\n");
        std::fprintf(stderr, "| %lld | %lld | %lld / %lld | %.2fx | %.2f / %.2f | %.2fx | %s |\n", static_cast<long long>(L),
                     static_cast<long long>(rounds), static_cast<long long>(fNaive), static_cast<long long>(fCached),
                     double(fNaive) / double(std::max<std::int64_t>(fCached, 1)), median(tNaive), median(tCached),
                     median(tNaive) / std::max(median(tCached), 1e-9), same ? "yes" : "NO");
        fs::remove_all(work);
        return same ? 0 : 2;
    } catch (const std::exception &e) {
        std::fprintf(stderr, "bench_search: error: %s\n", e.what());
        return 1;
    }
}
