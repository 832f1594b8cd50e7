// Helper for tst_project (not a test itself).
//   project_writer write PROJECT        appends losses and student weights in small
//                                       transactions forever, printing "committed N"
//                                       after each commit (the crash test kills it)
//   project_writer fixture OUT MODEL V  creates a project at schema version V holding
//                                       one record of every kind (migration fixtures)
#include "project/project.h"
#include "util/error.h"

#include <cstdio>
#include <iostream>
#include <string>

namespace {

void addSampleRecords(dtr::Project &p, int version)
{
    dtr::DistillRunRecord run;
    run.mixer = "gdn";
    run.settingsJson = R"({"lr": 0.001, "steps": 3})";
    run.layers = {0, 2};
    run.status = "completed";
    run.stepsDone = 3;
    const std::int64_t runId = p.addDistillRun(run);
    std::vector<dtr::LossRecord> losses;
    for (std::int64_t layer : {0, 2})
        for (std::int64_t step = 1; step <= 3; ++step)
            losses.push_back({runId, layer, step, 1.0 / static_cast<double>(step + layer), "train"});
    losses.push_back({runId, 0, 3, 0.25, "heldout"});
    losses.push_back({runId, 2, 3, std::nullopt, "heldout"});
    p.addLosses(losses);
    p.putStudentWeights({runId, 0, 3, std::string("\x01\x02\x00\x03", 4), ""});
    dtr::SearchRunRecord s;
    s.distillRunId = runId;
    s.metric = "acc";
    s.baseScore = 0.8;
    s.pMin = 0.76;
    s.status = "completed";
    const std::int64_t searchId = p.addSearchRun(s);
    p.addCandidate({searchId, 1, 0, 0.79, 0.75, 0.83});
    p.addCandidate({searchId, 1, 2, 0.70, std::nullopt, std::nullopt});
    p.addRound({searchId, 1, 0, 0.79, true, false, {0}, 0.75, 0.83, 0.77});
    dtr::ConfigurationRecord c;
    c.name = "best";
    c.layerTypes = {"gdn", "full_attention", "full_attention", "full_attention"};
    c.mixer = "gdn";
    c.distillRunId = runId;
    c.source = "search 1: best";
    const std::int64_t cid = p.addConfiguration(c);
    p.addEvaluation({0, cid, "recall.test.jsonl", "abc123", "acc", 0.78, 0.74, 0.82, 200, "{}", ""});
    p.addBenchmark({0, cid, "cpu", 2048, 1, 1234.5, 1000000, "{}", ""});
    p.addExport({0, cid, "/tmp/export", R"({"format": "hf"})", ""});
    if (version >= 4)
        p.setLayerConstraints({{1}, {3}});
}

} // namespace

int main(int argc, char **argv)
{
    try {
        const std::string mode = argc > 1 ? argv[1] : "";
        if (mode == "write" && argc == 3) {
            auto p = dtr::Project::open(argv[2]);
            dtr::DistillRunRecord run;
            run.mixer = "gla";
            run.layers = {0, 1, 2, 3};
            run.status = "running";
            const std::int64_t runId = p->addDistillRun(run);
            std::cout << "run " << runId << std::endl;
            const std::string blob(64 * 1024, '\x5a');
            for (std::int64_t step = 1;; ++step) {
                // One transaction per step: losses, every 10th step a student, progress.
                p->transaction([&] {
                    std::vector<dtr::LossRecord> losses;
                    for (std::int64_t layer = 0; layer < 4; ++layer)
                        losses.push_back({runId, layer, step, 1.0 / static_cast<double>(step), "train"});
                    p->addLosses(losses); // nests as a savepoint
                    if (step % 10 == 0)
                        p->putStudentWeights({runId, step % 4, step, blob, ""});
                    run.id = runId;
                    run.stepsDone = step;
                    p->updateDistillRun(run);
                });
                std::cout << "committed " << step << std::endl;
            }
        }
        if (mode == "fixture" && argc == 5) {
            auto p = dtr::Project::createAtVersion(argv[2], argv[3], std::stoi(argv[4]));
            addSampleRecords(*p, std::stoi(argv[4]));
            std::cout << "wrote " << argv[2] << " at schema " << p->schemaVersion() << std::endl;
            return 0;
        }
        std::cerr << "usage: project_writer write PROJECT | fixture OUT MODEL_DIR VERSION\n";
        return 2;
    } catch (const dtr::Error &e) {
        std::cerr << "project_writer: error: " << e.what() << "\n";
        return 1;
    }
}
