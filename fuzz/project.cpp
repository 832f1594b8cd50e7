// Fuzz target: opening a project file (Project::open, which checks the file on a
// read-only connection first and migrates an older schema) and reading what
// `dtr project show` prints (projectSummaryJson, counts, the integrity check). Fed
// mutated SQLite files: the seeds are the schema fixtures in tests/data/project. Each
// input is written to a fresh file in the scratch folder (a migration writes to it).

#include "fuzz_util.h"

#include "project/project.h"
#include "project/project_summary.h"
#include "util/json_util.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    using namespace dtr::fuzz;
    clearScratch();
    const std::string path = scratchDir() + "/fuzz.dtr";
    writeFile(path, bytesOf(data, size));
    try {
        auto project = dtr::Project::open(path, dtr::Project::ModelCheck::Report);
        (void)dtr::dumpJson(dtr::projectSummaryJson(*project));
        (void)project->counts();
        (void)project->modelStatusMessage();
        (void)project->layerConstraints();
        for (const auto &c : project->configurations()) {
            (void)project->evaluations(c.id);
            (void)project->benchmarks(c.id);
            (void)project->exports(c.id);
        }
        for (const auto &r : project->searchRuns()) {
            (void)project->rounds(r.id);
            (void)project->candidates(r.id);
        }
        for (const auto &r : project->distillRuns()) {
            (void)project->distillLayers(r.id);
            (void)project->losses(r.id);
        }
        (void)project->integrityCheck();
    } catch (const dtr::Error &) {
    }
    return 0;
}
