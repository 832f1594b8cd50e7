// Blockwise local distillation: calibration data, the trainer's loss falling from
// weight transfer (and transfer beating random initialisation), a NaN layer failing
// alone, cancel and resume, SIGKILL and resume giving bit-identical students, and bad
// input refused before anything is stored.

#include "distill/calibration.h"
#include "distill/distill.h"
#include "model/tensor_io.h"
#include "tokenizer/tokenizer.h"
#include "project/project.h"
#include "util/error.h"
#include "util/mmap_file.h"

#include <QtTest/QtTest>
#include <QElapsedTimer>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>

#include <atomic>
#include <chrono>
#include <thread>

#include "testfiles.h"
#include "testutil.h"

namespace {

const char *kCorpus = "/usr/share/common-licenses/GPL-3"; // base-files: on every Debian system

dtr::DistillSettings quickSettings(const std::string &mixer, const std::string &init)
{
    dtr::DistillSettings s;
    s.mixer = mixer;
    s.init = init;
    s.calibFiles = {kCorpus};
    s.steps = 80;
    s.seqLen = 32;
    s.batchSize = 4;
    s.lr = 3e-3;
    s.warmupSteps = 5;
    s.evalEvery = 40;
    s.checkpointEvery = 20;
    s.layers = {0, 2};
    s.threads = 2;
    return s;
}

} // namespace

class TestDistill : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_tmp;
    int m_counter = 0;

    QString modelCopy(const std::function<void(std::vector<std::pair<std::string, torch::Tensor>> &)> &edit = {})
    {
        const QString src = QString::fromStdString(dtrtest::modelPath("tiny-llama"));
        const QString dst = dtrtest::copyModel(m_tmp.path() + QString("/model-%1").arg(++m_counter));
        if (edit) {
            auto w = dtr::loadSafetensors((src + "/model.safetensors").toStdString());
            std::vector<std::pair<std::string, torch::Tensor>> v(w.begin(), w.end());
            edit(v);
            QFile::remove(dst + "/model.safetensors");
            dtr::saveSafetensors((dst + "/model.safetensors").toStdString(), v);
        }
        return dst;
    }

    std::unique_ptr<dtr::Project> newProject(const QString &model)
    {
        const QString path = m_tmp.path() + QString("/p-%1.dtr").arg(++m_counter);
        return dtr::Project::create(path.toStdString(), model.toStdString());
    }

    QString writeFile(const QString &name, const QByteArray &bytes) { return dtrtest::writeFile(m_tmp.path(), name, bytes); }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_tmp.isValid());
        QVERIFY2(QFile::exists(kCorpus), "base-files' license texts are the test corpus");
        torch::set_num_threads(2);
    }

    void calibrationOrder()
    {
        auto tok = dtr::Tokenizer::fromPath(dtrtest::modelPath("tiny-llama"));
        dtr::CalibrationSettings cs;
        cs.files = {kCorpus};
        cs.seqLen = 64;
        cs.heldoutWindows = 3;
        cs.seed = 7;
        const std::string cache = (m_tmp.path() + "/cache").toStdString();
        auto a = dtr::CalibrationData::prepare(cs, *tok, 2, cache);
        QVERIFY(a->numTrainWindows() > 20);
        QCOMPARE(a->numTrainWindows() + a->numHeldoutWindows(), a->numTokens() / 64);
        // The cache is reused: a second prepare leaves the token file alone.
        const QString cacheFile = QString::fromStdString(cache + "/calib-" + a->fingerprint() + ".tokens");
        const QDateTime mtime = QFileInfo(cacheFile).lastModified();
        auto b = dtr::CalibrationData::prepare(cs, *tok, 2, cache);
        QCOMPARE(QFileInfo(cacheFile).lastModified(), mtime);
        QVERIFY(torch::equal(a->trainBatch(5, 4), b->trainBatch(5, 4)));
        // One epoch visits every training window once, none of the held-out ones.
        const std::int64_t W = a->numTrainWindows();
        torch::Tensor epoch = a->trainBatch(0, W);
        std::set<std::vector<std::int64_t>> seen;
        for (std::int64_t i = 0; i < W; ++i) {
            torch::Tensor row = epoch[i].contiguous();
            seen.insert(std::vector<std::int64_t>(row.data_ptr<std::int64_t>(), row.data_ptr<std::int64_t>() + 64));
        }
        QVERIFY(static_cast<std::int64_t>(seen.size()) >= W - 1); // (identical windows are possible, not expected)
        torch::Tensor held = a->heldoutBatch(0, 3);
        for (std::int64_t i = 0; i < 3; ++i) {
            torch::Tensor row = held[i].contiguous();
            QVERIFY(!seen.count(std::vector<std::int64_t>(row.data_ptr<std::int64_t>(), row.data_ptr<std::int64_t>() + 64)));
        }
        // Another seed, another order; the next epoch is reshuffled.
        cs.seed = 8;
        auto c = dtr::CalibrationData::prepare(cs, *tok, 2, cache);
        QVERIFY(!torch::equal(a->trainBatch(0, 4), c->trainBatch(0, 4)));
        QVERIFY(!torch::equal(a->trainBatch(0, 4), a->trainBatch(W / 4, 4)) || W % 4 != 0);
    }

    void calibrationErrors_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("suffix");
        QTest::addColumn<QString>("expected");
        QTest::newRow("empty") << QByteArray() << ".txt" << "no text in the calibration file";
        QTest::newRow("blank lines") << QByteArray("\n\n  \n") << ".txt" << "no text in the calibration file";
        QTest::newRow("too short") << QByteArray("A few words only.\n") << ".txt" << "calibration data too short";
        QTest::newRow("latin-1") << QByteArray("ok line\ncaf\xe9 au lait\n") << ".txt" << "line 2: not valid UTF-8";
        QTest::newRow("jsonl malformed") << QByteArray("{\"text\": \"a\"}\n{\"text\": \n") << ".jsonl" << "line 2: malformed JSON";
        QTest::newRow("jsonl no text") << QByteArray("{\"text\": \"a\"}\n\n{\"body\": \"b\"}\n") << ".jsonl"
                                       << "line 3: missing string field 'text'";
    }
    void calibrationErrors()
    {
        QFETCH(QByteArray, content);
        QFETCH(QString, suffix);
        QFETCH(QString, expected);
        const QString file = writeFile(QString("bad-%1%2").arg(++m_counter).arg(suffix), content);
        auto project = newProject(modelCopy());
        dtr::DistillSettings s = quickSettings("gla", "transfer");
        s.calibFiles = {file.toStdString()};
        try {
            dtr::runDistillation(*project, s);
            QFAIL("should have thrown");
        } catch (const dtr::Error &e) {
            const QString msg = QString::fromUtf8(e.what());
            QVERIFY2(msg.contains(file) && msg.contains(expected), qPrintable(msg));
        }
        QCOMPARE(project->counts().distillRuns, 0); // nothing stored half-way
    }

    void settingsErrors()
    {
        auto project = newProject(modelCopy());
        auto expectError = [&](dtr::DistillSettings s, const QString &expected) {
            try {
                dtr::runDistillation(*project, s);
                QFAIL("should have thrown");
            } catch (const dtr::Error &e) {
                QVERIFY2(QString(e.what()).contains(expected), e.what());
            }
        };
        dtr::DistillSettings s = quickSettings("gla", "transfer");
        s.layers = {1, 7};
        expectError(s, "layer 7 is outside the model's 4 layers");
        s = quickSettings("nope", "transfer");
        expectError(s, "unknown mixer 'nope'");
        s = quickSettings("gla", "magic");
        expectError(s, "unknown student initialisation");
        s = quickSettings("gla", "transfer");
        s.calibFiles = {"/nonexistent/calib.txt"};
        expectError(s, "/nonexistent/calib.txt: calibration file not found");
        QCOMPARE(project->counts().distillRuns, 0);
    }

    void changedModelRefused()
    {
        const QString model = modelCopy();
        auto project = newProject(model);
        const std::string path = project->path();
        project.reset();
        std::string w = dtr::readTextFile((model + "/model.safetensors").toStdString());
        w[w.size() - 5] ^= 0x11;
        dtr::writeFileAtomically((model + "/model.safetensors").toStdString(), w);
        QVERIFY_THROWS_EXCEPTION(dtr::Error, dtr::Project::open(path));
        auto reported = dtr::Project::open(path, dtr::Project::ModelCheck::Report);
        try {
            dtr::runDistillation(*reported, quickSettings("gla", "transfer"));
            QFAIL("should have thrown");
        } catch (const dtr::Error &e) {
            QVERIFY2(QString(e.what()).contains("model changed"), e.what());
        }
        QCOMPARE(reported->counts().distillRuns, 0);
    }

    void lossFallsFromTransfer_data()
    {
        QTest::addColumn<QString>("mixer");
        QTest::newRow("gdn") << "gdn";
        QTest::newRow("gla") << "gla";
    }
    void lossFallsFromTransfer()
    {
        QFETCH(QString, mixer);
        auto project = newProject(modelCopy());
        dtr::DistillSettings s = quickSettings(mixer.toStdString(), "transfer");
        s.steps = 160;
        s.evalEvery = 80;
        dtr::DistillResult transfer = dtr::runDistillation(*project, s);
        s.init = "random";
        dtr::DistillResult random = dtr::runDistillation(*project, s);
        QCOMPARE(transfer.status, std::string("completed"));
        for (std::int64_t layer : {0, 2}) {
            const double t0 = transfer.initialHeldout.at(layer), t1 = transfer.finalHeldout.at(layer);
            const double r0 = random.initialHeldout.at(layer), r1 = random.finalHeldout.at(layer);
            qInfo("%s layer %lld: transfer %.3g -> %.3g (%.0fx), random %.3g -> %.3g", qPrintable(mixer),
                  static_cast<long long>(layer), t0, t1, t0 / t1, r0, r1);
            QVERIFY(t1 * 10 <= t0); // at least 10x lower
            QVERIFY(t0 < r0);       // transfer starts lower than random ...
            QVERIFY(t1 < r1);       // ... and ends lower
        }
        // Every step's loss is stored, and the held-out losses at 0, 80 and 160.
        const auto losses = project->losses(transfer.runId, 0);
        QCOMPARE(std::count_if(losses.begin(), losses.end(), [](const auto &l) { return l.split == "train"; }), 160L);
        QCOMPARE(std::count_if(losses.begin(), losses.end(), [](const auto &l) { return l.split == "heldout"; }), 3L);
        QCOMPARE(project->distillRun(transfer.runId).status, std::string("completed"));
        dtr::StudentSet set = dtr::loadRunStudents(*project, transfer.runId);
        QCOMPARE(set.students.size(), std::size_t(2));
        QCOMPARE(QString::fromStdString(set.students.at(2)->kind()), mixer);
    }

    void nanLayerFailsAlone()
    {
        // NaN in the last layer's o_proj makes only that layer's target NaN.
        const QString model = modelCopy([](auto &tensors) {
            for (auto &[name, t] : tensors)
                if (name == "model.layers.3.self_attn.o_proj.weight")
                    t[0][0] = std::numeric_limits<float>::quiet_NaN();
        });
        auto project = newProject(model);
        dtr::DistillSettings s = quickSettings("gla", "transfer");
        s.layers = {1, 3};
        s.steps = 10;
        dtr::DistillResult r = dtr::runDistillation(*project, s);
        QCOMPARE(r.status, std::string("completed"));
        QVERIFY(r.layerErrors.count(3));
        QVERIFY2(QString::fromStdString(r.layerErrors.at(3)).contains("loss is NaN at step 1"), r.layerErrors.at(3).c_str());
        QVERIFY(r.finalHeldout.count(1));
        const auto layers = project->distillLayers(r.runId);
        QCOMPARE(layers[0].status, std::string("completed"));
        QCOMPARE(layers[1].status, std::string("failed"));
        QCOMPARE(project->losses(r.runId, 1).size(), std::size_t(10 + 2)); // 10 train + held-out at 0 and 10
    }

    void cancelAndResume()
    {
        const QString model = modelCopy();
        auto project = newProject(model);
        dtr::DistillSettings s = quickSettings("gla", "transfer");
        s.steps = 30;
        s.checkpointEvery = 10;
        std::atomic<bool> cancel{false};
        dtr::DistillResult r = dtr::runDistillation(*project, s, [&](const dtr::DistillProgress &p) {
            if (p.step == 13)
                cancel.store(true);
        }, &cancel);
        QCOMPARE(r.status, std::string("cancelled"));
        QCOMPARE(r.stepsDone, 13);
        QCOMPARE(project->distillRun(r.runId).status, std::string("cancelled"));
        QCOMPARE(project->checkpoint(r.runId)->step, 13);
        dtr::DistillResult done = dtr::resumeDistillation(*project, r.runId);
        QCOMPARE(done.status, std::string("completed"));
        QCOMPARE(project->distillRun(r.runId).stepsDone, 30);
        // Same weights as a run never stopped.
        dtr::DistillResult straight = dtr::runDistillation(*project, s);
        for (std::int64_t layer : {0, 2})
            QVERIFY(project->studentWeights(r.runId, layer)->data == project->studentWeights(straight.runId, layer)->data);
        QVERIFY_THROWS_EXCEPTION(dtr::Error, dtr::resumeDistillation(*project, straight.runId));
    }

    void cancelAtAnyMomentThenResume()
    {
        // Cancelled from another thread at arbitrary moments (often part-way through a
        // step, when some students have already taken it, with the students side by side
        // on two threads): whatever was saved, resuming ends with exactly the weights of a
        // run never stopped.
        const QString model = modelCopy();
        auto project = newProject(model);
        dtr::DistillSettings s = quickSettings("gdn", "transfer");
        s.steps = 40;
        s.checkpointEvery = 7;
        s.evalEvery = 20;
        s.layers = {0, 1, 2, 3}; // more students than threads: a cancel can split a step
        s.threads = 2;
        QElapsedTimer timer;
        timer.start();
        dtr::DistillResult straight = dtr::runDistillation(*project, s);
        const qint64 whole = std::max<qint64>(timer.elapsed(), 10);
        int cancelledRuns = 0;
        for (double at : {0.3, 0.5, 0.7, 0.9}) {
            std::atomic<bool> cancel{false};
            std::thread canceller([&] {
                std::this_thread::sleep_for(std::chrono::milliseconds(static_cast<qint64>(at * whole)));
                cancel.store(true);
            });
            dtr::DistillResult r = dtr::runDistillation(*project, s, {}, &cancel);
            canceller.join();
            if (r.status == "cancelled") {
                ++cancelledRuns;
                const auto rec = project->distillRun(r.runId);
                QCOMPARE(rec.status, std::string("cancelled"));
                QCOMPARE(rec.stepsDone, r.stepsDone);
                auto cp = project->checkpoint(r.runId);
                QCOMPARE(cp ? cp->step : std::int64_t{0}, r.stepsDone); // resumes from what is saved
                r = dtr::resumeDistillation(*project, r.runId);
            }
            QCOMPARE(r.status, std::string("completed"));
            for (std::int64_t layer : s.layers)
                QVERIFY2(project->studentWeights(r.runId, layer)->data
                             == project->studentWeights(straight.runId, layer)->data,
                         qPrintable(QString("cancel at %1 of the run, layer %2").arg(at).arg(layer)));
        }
        QVERIFY2(cancelledRuns > 0, "no cancel landed inside a run");
    }

    void fusedStepMatchesAdamW()
    {
        // dtr::clipAndStep (one fused pass per parameter) against clip_grad_norm_ +
        // torch::optim::AdamW on the same students and gradients, over several steps,
        // with clipping active and inactive, with and without weight decay.
        for (double decay : {0.0, 0.01}) {
            auto model = dtr::loadCausalLM(dtrtest::modelPath("tiny-llama"));
            torch::manual_seed(3);
            dtr::StudentSet a = dtr::buildStudents(*model, {0, 1}, "gdn", dtr::StudentInit::Random);
            torch::manual_seed(3);
            dtr::StudentSet b = dtr::buildStudents(*model, {0, 1}, "gdn", dtr::StudentInit::Random);
            dtr::DistillSettings s;
            s.weightDecay = decay;
            auto ta = dtr::makeTrainers(a, s, torch::kCPU), tb = dtr::makeTrainers(b, s, torch::kCPU);
            for (int step = 0; step < 5; ++step) {
                const double lr = 1e-3 * (step + 1), clip = step % 2 ? 1e-3 : 1e3;
                for (std::size_t i = 0; i < ta.size(); ++i) {
                    torch::Tensor x = torch::randn({2, 8, model->config.hiddenSize});
                    for (auto *t : {&ta[i], &tb[i]}) {
                        t->optimizer->zero_grad();
                        t->student->forward(x, {}, nullptr).pow(2).mean().backward();
                    }
                    dtr::clipAndStep(ta[i], lr, clip);
                    torch::nn::utils::clip_grad_norm_(tb[i].student->parameters(), clip);
                    for (auto &group : tb[i].optimizer->param_groups())
                        static_cast<torch::optim::AdamWOptions &>(group.options()).lr(lr);
                    tb[i].optimizer->step();
                    auto pa = ta[i].student->parameters(), pb = tb[i].student->parameters();
                    for (std::size_t k = 0; k < pa.size(); ++k)
                        QVERIFY2(torch::allclose(pa[k], pb[k], 1e-5, 1e-7),
                                 qPrintable(QString("step %1 param %2 differs by %3").arg(step).arg(k)
                                                .arg((pa[k] - pb[k]).abs().max().item<double>())));
                }
            }
            // The optimizer state (what checkpoints save) has the same shape and step count.
            for (std::size_t i = 0; i < ta.size(); ++i) {
                QCOMPARE(ta[i].optimizer->state().size(), tb[i].optimizer->state().size());
                for (auto &p : ta[i].student->parameters()) {
                    auto &st = static_cast<torch::optim::AdamWParamState &>(
                        *ta[i].optimizer->state().at(c10::guts::to_string(p.unsafeGetTensorImpl())));
                    QCOMPARE(st.step(), std::int64_t(5));
                }
            }
        }
    }

    void studentsSideBySideMatchOneThread()
    {
        // With several threads distillStep trains the students side by side, one per
        // thread, each single-threaded: the same losses and weights, bit for bit, as each
        // student trained alone with one thread on the same teacher captures.
        auto model = dtr::loadCausalLM(dtrtest::modelPath("tiny-llama"));
        std::vector<std::int64_t> layers;
        for (std::int64_t l = 0; l < model->config.numLayers; ++l)
            layers.push_back(l);
        QVERIFY(layers.size() >= 2);
        torch::manual_seed(11);
        dtr::StudentSet a = dtr::buildStudents(*model, layers, "gdn", dtr::StudentInit::Transfer);
        torch::manual_seed(11);
        dtr::StudentSet b = dtr::buildStudents(*model, layers, "gdn", dtr::StudentInit::Transfer);
        dtr::DistillSettings s;
        auto ta = dtr::makeTrainers(a, s, torch::kCPU), tb = dtr::makeTrainers(b, s, torch::kCPU);
        const int before = at::get_num_threads();
        at::set_num_threads(2);
        for (int step = 0; step < 3; ++step) {
            torch::Tensor ids = torch::randint(0, model->config.vocabSize, {2, 24}, torch::kInt64);
            bool cancelled = false;
            const std::vector<double> la = dtr::distillStep(*model, ta, ids, 1e-3, 1.0, step, nullptr, cancelled);
            QVERIFY(!cancelled);
            QCOMPARE(la.size(), layers.size());
            dtr::ForwardResult r;
            {
                torch::NoGradGuard ng;
                dtr::ForwardOptions fo;
                fo.captureAttention = true;
                fo.computeLogits = false;
                r = model->forward(ids, fo);
            }
            at::set_num_threads(1);
            for (std::size_t i = 0; i < tb.size(); ++i) {
                const auto l = static_cast<std::size_t>(tb[i].layer);
                torch::Tensor loss = torch::mse_loss(tb[i].student->forward(r.attentionInputs[l], {}, nullptr),
                                                     r.attentionOutputs[l]);
                QVERIFY(std::isfinite(la[i]));
                QCOMPARE(la[i], loss.item<double>());
                for (auto &p : tb[i].student->parameters())
                    p.mutable_grad().reset();
                loss.backward();
                dtr::clipAndStep(tb[i], 1e-3, 1.0);
            }
            at::set_num_threads(2);
        }
        at::set_num_threads(before);
        for (std::size_t i = 0; i < ta.size(); ++i) {
            auto pa = ta[i].student->parameters(), pb = tb[i].student->parameters();
            for (std::size_t k = 0; k < pa.size(); ++k)
                QVERIFY2(torch::equal(pa[k], pb[k]), qPrintable(QString("layer %1 param %2").arg(i).arg(k)));
        }
    }

    void killAndResumeIsBitIdentical()
    {
        // The CLI, killed with SIGKILL after a checkpoint, resumed: the same students
        // (bit for bit) as an uninterrupted run with the same seed and thread count.
        const QString model = modelCopy();
        const QString killed = m_tmp.path() + "/killed.dtr", straight = m_tmp.path() + "/straight.dtr";
        for (const QString &p : {killed, straight})
            dtr::Project::create(p.toStdString(), model.toStdString());
        const QStringList args{"--mixer", "gdn", "--calib", kCorpus, "--steps", "40", "--seq-len", "32",
                               "--batch-size", "4", "--layers", "1,3", "--checkpoint-every", "10", "--eval-every",
                               "20", "--threads", "2", "--seed", "5"};
        QProcess run;
        run.setProcessChannelMode(QProcess::MergedChannels);
        run.start(DTR_CLI_PATH, QStringList{"distill", killed} + args);
        QVERIFY(run.waitForStarted());
        QByteArray out;
        QElapsedTimer timer;
        timer.start();
        while (!out.contains("step 20: checkpoint") && !out.contains("step 20 held-out") && timer.elapsed() < 120000) {
            run.waitForReadyRead(500);
            out += run.readAll();
        }
        QVERIFY2(out.contains("step 20"), out.constData());
        run.kill();
        QVERIFY(run.waitForFinished(10000));
        const std::int64_t stepsAtKill = dtr::Project::open(killed.toStdString())->distillRun(1).stepsDone;
        QVERIFY2(stepsAtKill >= 20 && stepsAtKill < 40, qPrintable(QString::number(stepsAtKill)));

        QProcess resume;
        resume.start(DTR_CLI_PATH, {"distill", killed, "--resume", "1", "--threads", "2"});
        QVERIFY(resume.waitForFinished(300000));
        QVERIFY2(resume.exitCode() == 0, resume.readAllStandardError().constData());
        QProcess full;
        full.start(DTR_CLI_PATH, QStringList{"distill", straight} + args);
        QVERIFY(full.waitForFinished(300000));
        QVERIFY2(full.exitCode() == 0, full.readAllStandardError().constData());

        auto a = dtr::Project::open(killed.toStdString()), b = dtr::Project::open(straight.toStdString());
        QCOMPARE(a->distillRun(1).status, std::string("completed"));
        for (std::int64_t layer : {1, 3}) {
            auto wa = a->studentWeights(1, layer), wb = b->studentWeights(1, layer);
            QVERIFY(wa && wb);
            QCOMPARE(wa->step, 40);
            QVERIFY2(wa->data == wb->data, "resumed students differ from the uninterrupted run");
        }
        // The losses recorded after the resume match the uninterrupted run's too.
        QCOMPARE(a->losses(1, 3).back().loss, b->losses(1, 3).back().loss);
    }
};

QTEST_GUILESS_MAIN(TestDistill)
#include "tst_distill.moc"
