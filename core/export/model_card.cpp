// The model card (README.md) of an export: what the hybrid is and where every part of it
// came from — the source model and its content hash, the calibration data and its
// hashes, the distillation settings and final per-layer losses, the search that chose
// the configuration (settings, trajectory, test scores with intervals), the evaluations,
// and the tool version.
#include "export/hf_export.h"

#include "project/model_hash.h"
#include "util/json_util.h"

#include <cmath>
#include <cstdio>
#include <filesystem>
#include <map>
#include <regex>
#include <sstream>

namespace dtr {

namespace {

std::string num(double v, int digits = 4)
{
    if (!std::isfinite(v))
        return "n/a";
    char buf[48];
    std::snprintf(buf, sizeof buf, "%.*g", digits, v);
    return buf;
}

std::string optNum(const std::optional<double> &v)
{
    return v ? num(*v) : std::string("–");
}

std::string interval(double value, const std::optional<double> &lo, const std::optional<double> &hi)
{
    std::string s = num(value);
    if (lo && hi)
        s += " [" + num(*lo) + ", " + num(*hi) + "]";
    return s;
}

void distillSection(std::ostringstream &md, const Project &project, std::int64_t runId,
                    const std::vector<std::int64_t> &linear)
{
    const DistillRunRecord run = project.distillRun(runId);
    md << "## Distillation (stage 1)\n\n"
       << "Run " << run.id << " of the project: mixer `" << run.mixer << "`, " << run.stepsDone << " steps, status "
       << run.status << ".\n\n";
    const nlohmann::json settings = parseJson(run.settingsJson, project.path() + ": distillation run settings");
    md << "Calibration data:\n\n";
    for (const auto &f : settings.value("calib_files", nlohmann::json::array())) {
        const std::string path = f.get<std::string>();
        std::string hash = "(not readable when exporting)";
        std::error_code ec;
        if (std::filesystem::is_regular_file(path, ec)) {
            try {
                hash = "XXH3-128 `" + hashFile(path) + "`";
            } catch (const std::exception &) {
            }
        }
        md << "- `" << path << "`: " << hash << "\n";
    }
    md << "\nSettings:\n\n```json\n" << dumpJson(settings, 2) << "\n```\n\n";
    md << "Held-out loss (MSE of the layer's output against the teacher's) per replaced layer:\n\n"
       << "| layer | at step 0 | final | ratio |\n| ---: | ---: | ---: | ---: |\n";
    for (std::int64_t l : linear) {
        std::optional<double> first, last;
        std::int64_t lastStep = -1;
        for (const LossRecord &r : project.losses(runId, l, std::string("heldout"))) {
            if (r.step == 0)
                first = r.loss;
            if (r.step > lastStep) {
                lastStep = r.step;
                last = r.loss;
            }
        }
        md << "| " << l << " | " << optNum(first) << " | " << optNum(last) << " | "
           << (first && last && *last > 0 ? num(*first / *last, 3) + "x" : std::string("–")) << " |\n";
    }
    md << "\n";
}

void searchSection(std::ostringstream &md, const Project &project, const ConfigurationRecord &c)
{
    std::smatch m;
    if (!std::regex_search(c.source, m, std::regex("search (\\d+)")))
        return;
    const std::int64_t id = std::stoll(m[1].str());
    SearchRunRecord search;
    try {
        search = project.searchRun(id);
    } catch (const std::exception &) {
        return;
    }
    md << "## Search (stage 2)\n\n"
       << "Search " << search.id << ": strategy `" << search.strategy << "`, metric `" << search.metric
       << "`, full-model score " << optNum(search.baseScore) << ", P_min " << optNum(search.pMin) << ", status "
       << search.status << ".\n\nSettings and constraints:\n\n```json\n"
       << dumpJson(parseJson(search.settingsJson, project.path() + ": search settings"), 2) << "\n"
       << dumpJson(parseJson(search.constraintsJson, project.path() + ": search constraints"), 2) << "\n```\n\n"
       << "Trajectory (validation score with its 95% bootstrap interval; test score where the search had a test task):\n\n"
       << "| round | layer replaced | linear layers | validation | committed | within noise | test |\n"
       << "| ---: | ---: | --- | --- | :---: | :---: | ---: |\n";
    for (const RoundRecord &r : project.rounds(id)) {
        std::string layers;
        for (std::int64_t l : r.linearLayers)
            layers += (layers.empty() ? "" : ",") + std::to_string(l);
        md << "| " << r.round << " | " << (r.chosenLayer >= 0 ? std::to_string(r.chosenLayer) : std::string("–")) << " | "
           << (layers.empty() ? "–" : layers) << " | " << interval(r.chosenScore, r.ciLow, r.ciHigh) << " | "
           << (r.committed ? "yes" : "no") << " | " << (r.withinNoise ? "yes" : "") << " | " << optNum(r.testScore)
           << " |\n";
    }
    md << "\n";
}

} // namespace

std::string exportModelCard(const Project &project, const ConfigurationRecord &c, const std::vector<std::int64_t> &linear,
                            const ExportSettings &s)
{
    const ModelRef ref = project.model();
    std::ostringstream md;
    const std::size_t numLayers = c.layerTypes.size();
    md << "---\nlibrary_name: transformers\ntags:\n- hybrid\n- linear-attention\n- distill-then-replace\n---\n\n"
       << "# " << c.name << ": a hybrid of " << std::filesystem::path(ref.path).filename().string() << "\n\n"
       << linear.size() << " of " << numLayers
       << " attention layers replaced by linear mixers with Distill-then-Replace (blockwise local distillation, then "
          "greedy replacement), exported by DtR Workbench "
       << s.toolVersion << " in " << s.dtype << ".\n\n"
       << "| layer | mixer |\n| ---: | --- |\n";
    for (std::size_t i = 0; i < numLayers; ++i)
        md << "| " << i << " | " << c.layerTypes[i] << " |\n";
    md << "\n## Loading it\n\n"
       << "- transformers: `AutoModelForCausalLM.from_pretrained(DIR, trust_remote_code=True)` (`modeling_dtr_hybrid.py`)\n"
       << "- plain PyTorch, nothing else: `import dtr_hybrid_torch; model = dtr_hybrid_torch.load_model(DIR)`\n"
       << "- DtR Workbench: `dtr forward DIR ...`, `dtr generate DIR ...`, or open the folder in the workbench\n\n"
       << "The config follows transformers' per-layer convention: `layer_types` lists `full_attention` (or "
          "`sliding_attention`) and `linear_attention` per layer; `linear_attn_config.layers` names each linear "
          "layer's mixer and its options. Unchanged modules keep the source checkpoint's tensor names; a linear "
          "layer's mixer is `model.layers.{i}.linear_attn.*`.\n\n"
       << "## Provenance\n\n"
       << "- Source model: `" << ref.path << "` (" << ref.modelType << ", " << ref.numLayers
       << " layers), content hash XXH3-128 `" << ref.contentHash << "`\n"
       << "- Project: `" << project.path() << "`, configuration `" << c.name << "` (" << (c.source.empty() ? "manual" : c.source)
       << ")\n"
       << "- Tool: DtR Workbench " << s.toolVersion << "\n\n";
    if (!linear.empty() && c.distillRunId)
        distillSection(md, project, *c.distillRunId, linear);
    searchSection(md, project, c);
    if (c.id > 0) {
        const auto evals = project.evaluations(c.id);
        if (!evals.empty()) {
            md << "## Evaluations\n\n| task | metric | score [95% interval] | examples |\n| --- | --- | --- | ---: |\n";
            for (const EvaluationRecord &e : evals)
                md << "| `" << e.task << "` | " << e.metric << " | " << interval(e.score, e.ciLow, e.ciHigh) << " | "
                   << e.numExamples << " |\n";
            md << "\n";
        }
    }
    return md.str();
}

} // namespace dtr
