// dtr export: a configuration written as a Hugging Face folder loads back as the same
// model (bit-identical logits and greedy generations in float32, the same after
// rounding in bfloat16) for a GDN and a GLA hybrid, sharded or not; a corrupt or
// incomplete folder gives a one-line error naming the file and the item; a cancelled
// export leaves no folder; the export is recorded in the project with its provenance.
// With DTR_EXPORT_FIXTURE_DIR set, the last test leaves exports there for the Python
// check of the bundled PyTorch code (tests/python).

#include "benchmark/benchmark.h"
#include "benchmark/layer_costs.h"
#include "distill/distill.h"
#include "export/export_job.h"
#include "export/hf_export.h"
#include "model/generate.h"
#include "model/tensor_io.h"
#include "pipeline/model_loading.h"
#include "search/search.h"
#include "project/project.h"
#include "util/error.h"

#include <QtTest/QtTest>

#include <filesystem>
#include <fstream>

namespace fs = std::filesystem;

namespace {

const std::string kDemo = DTR_DEMO_DIR;

QString errorOf(const std::function<void()> &fn)
{
    try {
        fn();
    } catch (const std::exception &e) {
        return QString::fromStdString(e.what());
    }
    return {};
}

nlohmann::json readJson(const std::string &path)
{
    std::ifstream in(path);
    return nlohmann::json::parse(in);
}

void writeJson(const std::string &path, const nlohmann::json &j)
{
    std::ofstream(path) << j.dump(2);
}

torch::Tensor sampleIds(std::int64_t vocab)
{
    torch::manual_seed(7);
    return torch::randint(0, vocab, {2, 17}, torch::kInt64);
}

} // namespace

class TestExport : public QObject
{
    Q_OBJECT

    QTemporaryDir m_tmp;
    std::string m_project;
    int m_counter = 0;

    std::string newDir(const char *name)
    {
        return (m_tmp.path() + QString("/%1-%2").arg(name).arg(++m_counter)).toStdString();
    }

    std::string exportTo(const std::string &config, const std::string &dtype = "float32", std::int64_t shardBytes = 2'000'000'000)
    {
        dtr::ExportSettings s;
        s.projectPath = m_project;
        s.configuration = config;
        s.outDir = newDir(config.c_str());
        s.dtype = dtype;
        s.shardBytes = shardBytes;
        s.toolVersion = "test";
        return dtr::exportHybrid(s).path;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_tmp.isValid());
        m_project = m_tmp.path().toStdString() + "/p.dtr";
        auto p = dtr::Project::create(m_project, kDemo + "/model");
        for (const char *mixer : {"gdn", "gla"}) {
            dtr::DistillSettings s;
            s.mixer = mixer;
            s.calibFiles = {kDemo + "/data/calib.jsonl"};
            s.steps = 4;
            s.seqLen = 32;
            s.batchSize = 2;
            s.warmupSteps = 1;
            s.evalEvery = 2;
            s.checkpointEvery = 2;
            s.heldoutWindows = 2;
            s.threads = 1;
            QCOMPARE(dtr::runDistillation(*p, s).status, std::string("completed"));
        }
        // A GDN hybrid (layers 1, 3) from run 1 and a GLA hybrid (0, 2, 4) from run 2.
        dtr::ConfigurationRecord gdn;
        gdn.name = "gdn-13";
        gdn.layerTypes = {"full_attention", "gdn", "full_attention", "gdn", "full_attention", "full_attention"};
        gdn.mixer = "gdn";
        gdn.distillRunId = 1;
        p->addConfiguration(gdn);
        dtr::ConfigurationRecord gla;
        gla.name = "gla-024";
        gla.layerTypes = {"gla", "full_attention", "gla", "full_attention", "gla", "full_attention"};
        gla.mixer = "gla";
        gla.distillRunId = 2;
        p->addConfiguration(gla);
    }

    void roundTrip_data()
    {
        QTest::addColumn<QString>("config");
        QTest::addColumn<QString>("dtype");
        QTest::addColumn<qlonglong>("shardBytes");
        QTest::newRow("gdn f32") << "gdn-13" << "float32" << qlonglong(2'000'000'000);
        QTest::newRow("gla f32") << "gla-024" << "float32" << qlonglong(2'000'000'000);
        QTest::newRow("gdn f32 sharded") << "gdn-13" << "float32" << qlonglong(1'000'000);
        QTest::newRow("gdn bf16") << "gdn-13" << "bfloat16" << qlonglong(2'000'000'000);
        QTest::newRow("gla bf16 sharded") << "gla-024" << "bfloat16" << qlonglong(1'500'000);
        QTest::newRow("full f32") << "full" << "float32" << qlonglong(2'000'000'000);
    }
    void roundTrip()
    {
        QFETCH(QString, config);
        QFETCH(QString, dtype);
        QFETCH(qlonglong, shardBytes);
        const std::string dir = exportTo(config.toStdString(), dtype.toStdString(), shardBytes);
        // The folder: layer_types in transformers' convention, the mixers, the files.
        const nlohmann::json cfg = readJson(dir + "/config.json");
        QCOMPARE(cfg.at("layer_types").size(), std::size_t(6));
        for (const auto &t : cfg.at("layer_types"))
            QVERIFY(t == "full_attention" || t == "linear_attention");
        const bool sharded = shardBytes < 10'000'000;
        QCOMPARE(fs::exists(dir + "/model.safetensors.index.json"), sharded);
        QCOMPARE(fs::exists(dir + "/model.safetensors"), !sharded);
        QVERIFY(fs::exists(dir + "/tokenizer.json"));
        QVERIFY(fs::exists(dir + "/README.md"));
        QCOMPARE(fs::exists(dir + "/modeling_dtr_hybrid.py"), config != "full");

        dtr::LoadOptions lo;
        lo.dtype = dtype == "bfloat16" ? torch::kBFloat16 : torch::kFloat32;
        auto project = dtr::Project::open(m_project);
        dtr::ConfiguredModel inProject = dtr::loadConfiguration(*project, config.toStdString(), lo);
        dtr::CausalLM exported = dtr::loadModel(dir, lo);
        QCOMPARE(exported->linearLayers(), inProject.linear);
        // Unchanged modules keep the source's tensor names; a linear layer has no attention.
        for (std::int64_t l : inProject.linear) {
            QVERIFY(!exported->layer(l).self_attn);
            QVERIFY(cfg.at("linear_attn_config").at("layers").contains(std::to_string(l)));
        }
        torch::NoGradGuard noGrad;
        const torch::Tensor ids = sampleIds(exported->config.vocabSize);
        const torch::Tensor a = inProject.model->forward(ids).logits;
        const torch::Tensor b = exported->forward(ids).logits;
        QVERIFY2(torch::equal(a, b), qPrintable(QString("max |diff| %1").arg((a - b).abs().max().item<double>())));
        dtr::GenerateOptions go;
        go.maxNewTokens = 12;
        const torch::Tensor prompt = ids.slice(0, 0, 1).slice(1, 0, 6);
        QVERIFY(torch::equal(dtr::generateGreedy(inProject.model, prompt, go), dtr::generateGreedy(exported, prompt, go)));
    }

    void corruptFolders_data()
    {
        QTest::addColumn<QString>("what");
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("item");
        QTest::newRow("missing shard") << "missing-shard" << ".safetensors" << "";
        QTest::newRow("layer_types length") << "layer-types" << "config.json" << "layer_types";
        QTest::newRow("unknown mixer") << "unknown-mixer" << "config.json" << "unknown mixer 'mamba'";
        QTest::newRow("student tensor shape") << "student-shape" << "model.safetensors" << "model.layers.1.linear_attn.";
        QTest::newRow("missing linear_attn_config entry") << "no-entry" << "config.json" << "linear_attention layer 3";
    }
    void corruptFolders()
    {
        QFETCH(QString, what);
        QFETCH(QString, file);
        QFETCH(QString, item);
        const bool sharded = what == "missing-shard";
        const std::string dir = exportTo("gdn-13", "float32", sharded ? 1'000'000 : 2'000'000'000);
        if (what == "missing-shard") {
            const std::string shard = readJson(dir + "/model.safetensors.index.json").at("weight_map").begin()->get<std::string>();
            QVERIFY(fs::remove(dir + "/" + shard));
        } else if (what == "layer-types") {
            nlohmann::json c = readJson(dir + "/config.json");
            c["layer_types"].erase(c["layer_types"].size() - 1);
            writeJson(dir + "/config.json", c);
        } else if (what == "unknown-mixer") {
            nlohmann::json c = readJson(dir + "/config.json");
            c["linear_attn_config"]["layers"]["1"]["mixer"] = "mamba";
            writeJson(dir + "/config.json", c);
        } else if (what == "no-entry") {
            nlohmann::json c = readJson(dir + "/config.json");
            c["linear_attn_config"]["layers"].erase("3");
            writeJson(dir + "/config.json", c);
        } else if (what == "student-shape") {
            auto tensors = dtr::loadSafetensors(dir + "/model.safetensors");
            std::vector<std::pair<std::string, torch::Tensor>> out;
            bool changed = false;
            for (auto &[name, t] : tensors) {
                if (!changed && name.rfind("model.layers.1.linear_attn.", 0) == 0 && t.dim() == 2) {
                    t = t.slice(0, 0, t.size(0) - 1).contiguous();
                    changed = true;
                }
                out.emplace_back(name, t);
            }
            QVERIFY(changed);
            dtr::saveSafetensors(dir + "/model.safetensors", out);
        }
        const QString err = errorOf([&] { dtr::loadModel(dir); });
        QVERIFY2(!err.isEmpty(), "loaded a corrupt export");
        QVERIFY2(!err.contains('\n'), qPrintable(err));
        QVERIFY2(err.contains(QString::fromStdString(dir)) && err.contains(file), qPrintable(err));
        QVERIFY2(item.isEmpty() || err.contains(item), qPrintable(err));
    }

    void cancelLeavesNoFolder()
    {
        dtr::ExportSettings s;
        s.projectPath = m_project;
        s.configuration = "gla-024";
        s.outDir = newDir("cancelled");
        s.shardBytes = 500'000;
        dtr::ExportJob job(s);
        dtr::CancelToken cancel;
        int writes = 0;
        const dtr::JobOutcome out = job.run([&](const dtr::JobProgress &p) {
            if (p.phase == "write" && ++writes == 3)
                cancel.cancel();
        }, cancel);
        QCOMPARE(out.status, dtr::JobStatus::Cancelled);
        QVERIFY(!fs::exists(s.outDir));
        for (const auto &e : fs::directory_iterator(fs::path(s.outDir).parent_path()))
            QVERIFY2(e.path().filename().string().find(".partial-") == std::string::npos, e.path().c_str());
        // An existing folder is never written into.
        fs::create_directories(s.outDir);
        QVERIFY(errorOf([&] { dtr::exportHybrid(s); }).contains("already exists"));
        QVERIFY(fs::is_empty(s.outDir));
    }

    void provenance()
    {
        const std::string dir = exportTo("gdn-13");
        auto p = dtr::Project::open(m_project);
        std::ifstream in(dir + "/README.md");
        const std::string card((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
        QVERIFY(card.find(p->model().contentHash) != std::string::npos);            // the source model's hash
        QVERIFY(card.find("calib.jsonl`: XXH3-128 `") != std::string::npos);        // the calibration data's
        QVERIFY(card.find("| 3 | ") != std::string::npos);                          // per-layer losses
        QVERIFY(card.find("DtR Workbench test") != std::string::npos);              // the tool version
        const nlohmann::json cfg = readJson(dir + "/config.json");
        QCOMPARE(cfg.at("dtr_export").at("source_model").at("content_hash").get<std::string>(), p->model().contentHash);
        QCOMPARE(cfg.at("auto_map").at("AutoModelForCausalLM").get<std::string>(),
                 std::string("modeling_dtr_hybrid.DtrHybridForCausalLM"));
        bool recorded = false;
        for (const auto &e : p->exports(p->configuration("gdn-13")->id))
            recorded = recorded || e.path == dir;
        QVERIFY(recorded);
        QCOMPARE(dtr::parseByteSize("2GB"), std::int64_t(2'000'000'000));
        QCOMPARE(dtr::parseByteSize("1.5MiB"), std::int64_t(1'572'864));
        QVERIFY(errorOf([] { dtr::parseByteSize("lots"); }).contains("lots"));
    }

    // dtr eval on an exported folder scores what the configuration scores in the project.
    void evalOnExport()
    {
        const std::string dir = exportTo("gla-024");
        const std::string task = m_tmp.path().toStdString() + "/val.jsonl";
        {
            std::ifstream in(kDemo + "/data/tasks/recall/validation.jsonl");
            std::ofstream out(task);
            std::string line;
            for (int i = 0; i < 8 && std::getline(in, line); ++i)
                out << line << "\n";
        }
        dtr::EvalRequest r;
        r.taskPath = task;
        r.bootstrapSamples = 50;
        r.threads = 1;
        r.batchSize = 4;
        const dtr::EvalResult folder = dtr::evaluateModelFolder(dir, r);
        r.configuration = "gla-024";
        auto p = dtr::Project::open(m_project);
        const dtr::EvalResult stored = dtr::evaluateConfiguration(*p, r);
        QCOMPARE(folder.linearLayers, (std::vector<std::int64_t>{0, 2, 4}));
        QCOMPARE(folder.score.value, stored.score.value);
        QCOMPARE(folder.score.ciLow, stored.score.ciLow);
        QCOMPARE(folder.evaluationId, std::int64_t(0)); // nothing stored for a folder
        QVERIFY(stored.evaluationId > 0);
    }

    // dtr bench on a configuration: stored per context for it and for the full baseline;
    // the KV cache shrinks in proportion to the full layers, the linear state does not grow
    // with the context.
    void benchStoresResults()
    {
        dtr::BenchTarget t;
        t.path = m_project;
        t.configuration = "gdn-13";
        dtr::BenchSettings s;
        s.contexts = {16, 48};
        s.decodeTokens = 3;
        s.runs = 1;
        s.prefillChunk = 16;
        s.threads = 1;
        dtr::BenchJob job(t, s);
        const dtr::JobOutcome out = job.run();
        QVERIFY2(out.status == dtr::JobStatus::Completed, out.error.c_str());
        const dtr::BenchResult &r = job.result();
        QCOMPARE(r.points.size(), std::size_t(2));
        QCOMPARE(r.baseline.size(), std::size_t(2));
        for (std::size_t i = 0; i < 2; ++i) {
            QCOMPARE(r.points[i].kvCacheBytes * 6, r.baseline[i].kvCacheBytes * 4); // 4 of 6 layers keep a KV cache
            QVERIFY(r.points[i].stateBytes > 0);
            QCOMPARE(r.baseline[i].stateBytes, std::int64_t(0));
            QVERIFY(r.points[i].decodeMedianMs > 0 && r.points[i].prefillTokensPerSecond > 0);
        }
        QCOMPARE(r.points[0].stateBytes, r.points[1].stateBytes); // independent of the context
        QCOMPARE(r.points[1].kvCacheBytes, r.points[0].kvCacheBytes * 3); // 48 vs 16 tokens
        auto p = dtr::Project::open(m_project);
        const auto rows = p->benchmarks(p->configuration("gdn-13")->id);
        QCOMPARE(rows.size(), std::size_t(2));
        QCOMPARE(rows[1].seqLen, std::int64_t(48));
        QCOMPARE(p->benchmarks(p->configuration("full")->id).size(), std::size_t(2));
        QCOMPARE(out.result.at("points").at(1).at("predicted_speedup").get<double>(),
                 static_cast<double>(r.baseline[1].bytesPerToken()) / static_cast<double>(r.points[1].bytesPerToken()));

        // The layer map's what-if model predicts, without running anything, the bytes the
        // benchmark measured: weights, KV cache and state, for the hybrid and the full model.
        const auto config = p->configuration("gdn-13");
        dtr::LayerCostsJob costsJob(m_project, config->distillRunId);
        const dtr::JobOutcome co = costsJob.run();
        QVERIFY2(co.status == dtr::JobStatus::Completed, co.error.c_str());
        const dtr::LayerCosts costs = dtr::layerCostsFromJson(co.result);
        QCOMPARE(costs.layers.size(), std::size_t(6));
        std::vector<bool> linear(6, false);
        for (auto l : dtr::linearLayersOf(config->layerTypes))
            linear[static_cast<std::size_t>(l)] = true;
        for (std::size_t i = 0; i < 2; ++i) {
            const auto ctx = r.points[i].context;
            QCOMPARE(costs.weightBytes(linear), r.points[i].weightBytes);
            QCOMPARE(costs.cacheBytes(linear, ctx), r.points[i].kvCacheBytes + r.points[i].stateBytes);
            QCOMPARE(costs.weightBytes({}), r.baseline[i].weightBytes);
            QCOMPARE(costs.cacheBytes({}, ctx), r.baseline[i].kvCacheBytes);
            QCOMPARE(costs.predictedSpeedup(linear, ctx),
                     out.result.at("points").at(i).at("predicted_speedup").get<double>());
        }
    }

    // Exports for tests/python/test_export_torch.py (CTest fixture export_folders).
    void writeFixtureExports()
    {
        const QString dir = qEnvironmentVariable("DTR_EXPORT_FIXTURE_DIR");
        if (dir.isEmpty())
            QSKIP("DTR_EXPORT_FIXTURE_DIR not set (only CTest's fixture run writes them)");
        fs::remove_all(dir.toStdString());
        fs::create_directories(dir.toStdString());
        for (const char *config : {"gdn-13", "gla-024", "full"}) {
            dtr::ExportSettings s;
            s.projectPath = m_project;
            s.configuration = config;
            s.outDir = dir.toStdString() + "/" + config;
            s.toolVersion = "test";
            dtr::exportHybrid(s);
            QVERIFY(fs::exists(s.outDir + "/config.json"));
        }
    }
};

QTEST_GUILESS_MAIN(TestExport)
#include "tst_export.moc"
