// The one job API (core/jobs): every long operation driven through the same Job
// interface, from one table of jobs. Progress arrives in order with done <= total; a
// cancel at a random moment gives "cancelled" with consistent stored data; the resumable
// jobs resume to the same result as an uninterrupted run; an exception of a type other
// than dtr::Error marks the job failed, in the project too. And `dtr` ends every long
// subcommand the same way on Ctrl-C: exit status 130 and one line saying so.
#include "distill/distill.h"
#include "benchmark/benchmark.h"
#include "export/export_job.h"
#include "jobs/distill_job.h"
#include "jobs/pretrain_job.h"
#include "jobs/project_jobs.h"
#include "jobs/search_jobs.h"
#include "jobs/search_read_jobs.h"
#include "pipeline/demo.h"
#include "project/project.h"
#include "util/error.h"

#include <QtTest/QtTest>

#include <algorithm>
#include <csignal>
#include <fstream>
#include <functional>
#include <map>
#include <memory>
#include <random>
#include <stdexcept>

namespace {

const std::string kDemo = DTR_DEMO_DIR;
const std::string kModel = kDemo + "/model";

// The first n lines of a file.
void head(const std::string &src, const std::string &dst, int n)
{
    std::ifstream in(src);
    std::ofstream out(dst);
    std::string line;
    for (int i = 0; i < n && std::getline(in, line); ++i)
        out << line << "\n";
}

struct Context
{
    std::string dir;        // a fresh folder for this job
    std::string project;    // a copy of the project with a completed distillation run
    std::string val, test;  // small task files
};

using Factory = std::function<std::unique_ptr<dtr::Job>(const Context &)>;

// The stored records of a project that must never stay "running".
QString runningRecords(const std::string &path)
{
    auto p = dtr::Project::open(path, dtr::Project::ModelCheck::Report);
    QStringList running;
    for (const auto &r : p->distillRuns())
        if (r.status == "running")
            running << QString("distill run %1").arg(r.id);
    for (const auto &s : p->searchRuns())
        if (s.status == "running")
            running << QString("search %1").arg(s.id);
    if (p->integrityCheck() != "ok")
        running << QString::fromStdString("integrity: " + p->integrityCheck());
    return running.join(", ");
}

dtr::DistillSettings smallDistill()
{
    dtr::DistillSettings s;
    s.mixer = "gdn";
    s.calibFiles = {kDemo + "/data/calib.jsonl"};
    s.steps = 6;
    s.seqLen = 32;
    s.batchSize = 2;
    s.warmupSteps = 1;
    s.evalEvery = 2;
    s.checkpointEvery = 2;
    s.heldoutWindows = 2;
    s.threads = 1;
    return s;
}

dtr::SearchSettings smallSearch(const Context &c)
{
    dtr::SearchSettings s;
    s.valTask = c.val;
    s.testTask = c.test;
    s.greedy.maxLinear = 3;
    s.greedy.continuePastMin = true;
    s.bootstrapSamples = 50;
    s.threads = 1;
    return s;
}

} // namespace

class TestJobs : public QObject
{
    Q_OBJECT

    QTemporaryDir m_tmp;
    std::string m_baseProject;
    int m_counter = 0;
    std::map<QString, int> m_eventCounts; // per job, from the uninterrupted run

    Context context()
    {
        Context c;
        c.dir = (m_tmp.path() + QString("/job%1").arg(++m_counter)).toStdString();
        QDir().mkpath(QString::fromStdString(c.dir));
        c.project = c.dir + "/p.dtr";
        QFile::copy(QString::fromStdString(m_baseProject), QString::fromStdString(c.project));
        c.val = m_tmp.path().toStdString() + "/val.jsonl";
        c.test = m_tmp.path().toStdString() + "/test.jsonl";
        return c;
    }

    void jobTable()
    {
        QTest::addColumn<Factory>("factory");
        QTest::addColumn<QString>("store"); // which stored record a failure must mark: "", "distill", "search"
        QTest::newRow("load-model") << Factory([](const Context &) {
            return std::make_unique<dtr::LoadModelJob>(kModel, true);
        }) << "";
        QTest::newRow("create-project") << Factory([](const Context &c) {
            return std::make_unique<dtr::CreateProjectJob>(c.dir + "/new.dtr", kModel);
        }) << "";
        QTest::newRow("open-project") << Factory([](const Context &c) {
            return std::make_unique<dtr::OpenProjectJob>(c.project);
        }) << "";
        QTest::newRow("export") << Factory([](const Context &c) {
            dtr::ExportSettings s;
            s.projectPath = c.project;
            s.configuration = "full";
            s.outDir = c.dir + "/export";
            s.shardBytes = 1'000'000; // several shards: progress and cancel between them
            return std::make_unique<dtr::ExportJob>(s);
        }) << "";
        QTest::newRow("bench") << Factory([](const Context &) {
            dtr::BenchTarget t;
            t.path = kModel;
            t.linearLayers = "0,2";
            dtr::BenchSettings s;
            s.contexts = {16, 48};
            s.decodeTokens = 3;
            s.runs = 1;
            s.prefillChunk = 16;
            s.threads = 1;
            return std::make_unique<dtr::BenchJob>(t, s);
        }) << "";
        QTest::newRow("set-constraints") << Factory([](const Context &c) {
            return std::make_unique<dtr::SetLayerConstraintsJob>(c.project, dtr::LayerConstraints{{1}, {0}});
        }) << "";
        QTest::newRow("read-losses") << Factory([](const Context &c) {
            return std::make_unique<dtr::RunLossesJob>(c.project, 1);
        }) << "";
        QTest::newRow("preview-task") << Factory([](const Context &c) {
            return std::make_unique<dtr::TaskPreviewJob>(c.val);
        }) << "";
        QTest::newRow("relocate-model") << Factory([](const Context &c) {
            // A project on a copy of the model, then the copy moved: relocate checks its content.
            const QString model = QString::fromStdString(c.dir + "/model-copy");
            QDir().mkpath(model);
            for (const QString &f : QDir(QString::fromStdString(kModel)).entryList(QDir::Files))
                QFile::copy(QString::fromStdString(kModel) + "/" + f, model + "/" + f);
            dtr::Project::create(c.dir + "/moved.dtr", model.toStdString());
            QDir().rename(model, model + "-moved");
            return std::make_unique<dtr::RelocateModelJob>(c.dir + "/moved.dtr", c.dir + "/model-copy-moved");
        }) << "";
        QTest::newRow("evaluate-pretrained") << Factory([](const Context &) {
            dtr::PretrainSettings s;
            s.corpusFiles = {kDemo + "/data/calib.jsonl"};
            s.evalTokens = 512;
            s.threads = 1;
            return std::make_unique<dtr::EvaluatePretrainedJob>(kModel, s);
        }) << "";
        QTest::newRow("distill") << Factory([](const Context &c) {
            return std::make_unique<dtr::DistillJob>(c.project, smallDistill());
        }) << "distill";
        QTest::newRow("search") << Factory([](const Context &c) {
            return std::make_unique<dtr::SearchJob>(c.project, smallSearch(c));
        }) << "search";
        QTest::newRow("eval") << Factory([](const Context &c) {
            dtr::EvalRequest r;
            r.taskPath = c.test;
            r.batchSize = 2;
            r.bootstrapSamples = 50;
            r.threads = 1;
            return std::make_unique<dtr::EvalJob>(c.project, r);
        }) << "";
        QTest::newRow("pretrain") << Factory([](const Context &c) {
            dtr::PretrainSettings s;
            s.corpusFiles = {kDemo + "/data/calib.jsonl"};
            s.outDir = c.dir + "/model";
            s.vocabSize = 300;
            s.layers = 1;
            s.hidden = 32;
            s.intermediate = 64;
            s.heads = 2;
            s.kvHeads = 1;
            s.seqLen = 16;
            s.steps = 8;
            s.batchSize = 2;
            s.warmupSteps = 1;
            s.evalEvery = 2;
            s.evalTokens = 256;
            s.threads = 1;
            return std::make_unique<dtr::PretrainJob>(s);
        }) << "";
        QTest::newRow("demo") << Factory([](const Context &c) {
            dtr::DemoSettings s;
            s.demoDir = kDemo;
            s.outDir = c.dir + "/demo";
            s.quick = true;
            s.mixers = {"gdn"};
            s.tasks = {"recall"};
            s.strategies = {"greedy", "uniform"};
            s.distillSteps = 3;
            s.valExamples = 4;
            s.testExamples = 4;
            s.threads = 1;
            return std::make_unique<dtr::DemoJob>(s);
        }) << "";
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_tmp.isValid());
        head(kDemo + "/data/tasks/recall/validation.jsonl", m_tmp.path().toStdString() + "/val.jsonl", 6);
        head(kDemo + "/data/tasks/recall/test.jsonl", m_tmp.path().toStdString() + "/test.jsonl", 6);
        m_baseProject = m_tmp.path().toStdString() + "/base.dtr";
        auto project = dtr::Project::create(m_baseProject, kModel);
        const dtr::DistillResult r = dtr::runDistillation(*project, smallDistill());
        QCOMPARE(r.status, std::string("completed"));
    }

    void progressInOrder_data() { jobTable(); }
    void progressInOrder()
    {
        QFETCH(Factory, factory);
        const Context c = context();
        auto job = factory(c);
        std::vector<dtr::JobProgress> events;
        const dtr::JobOutcome out = job->run([&](const dtr::JobProgress &p) { events.push_back(p); });
        QVERIFY2(out.status == dtr::JobStatus::Completed, qPrintable(QString::fromStdString(out.error)));
        QVERIFY(out.error.empty());
        QVERIFY(out.result.is_object() && !out.result.empty());
        QVERIFY2(!events.empty(), "no progress at all");
        for (std::size_t i = 0; i < events.size(); ++i) {
            const dtr::JobProgress &p = events[i];
            QVERIFY(!p.phase.empty());
            QVERIFY2(p.done >= 0, qPrintable(QString::fromStdString(p.phase)));
            if (p.total > 0)
                QVERIFY2(p.done <= p.total, qPrintable(QString("%1: %2 > %3").arg(QString::fromStdString(p.phase)).arg(p.done).arg(p.total)));
            if (i > 0 && events[i - 1].phase == p.phase)
                QVERIFY2(p.done >= events[i - 1].done, qPrintable(QString::fromStdString(p.phase)));
            QVERIFY(p.etaSeconds >= -1);
        }
        m_eventCounts[QTest::currentDataTag()] = static_cast<int>(events.size());
    }

    void cancelAtRandomMoment_data() { jobTable(); }
    void cancelAtRandomMoment()
    {
        QFETCH(Factory, factory);
        QFETCH(QString, store);
        const int n = m_eventCounts[QTest::currentDataTag()];
        QVERIFY2(n > 0, "progressInOrder did not run this job");
        std::mt19937 rng(static_cast<unsigned>(qHash(QString(QTest::currentDataTag()))));
        const int at = 1 + static_cast<int>(rng() % static_cast<unsigned>(std::max(1, n / 2)));
        const Context c = context();
        auto job = factory(c);
        dtr::CancelToken cancel;
        int seen = 0;
        const dtr::JobOutcome out = job->run([&](const dtr::JobProgress &) {
            if (++seen == at)
                cancel.cancel();
        }, cancel);
        QVERIFY2(out.status == dtr::JobStatus::Cancelled,
                 qPrintable(QString("cancel after event %1 of %2: %3 %4").arg(at).arg(n)
                                .arg(QString::fromStdString(dtr::jobStatusName(out.status)), QString::fromStdString(out.error))));
        QVERIFY(out.error.empty());
        const QString tag = QTest::currentDataTag();
        if (tag == "create-project")
            QVERIFY2(!QFile::exists(QString::fromStdString(c.dir + "/new.dtr")), "a cancelled create left a file");
        if (tag == "demo")
            QCOMPARE(runningRecords(c.dir + "/demo/demo.dtr"), QString());
        if (tag == "export") // a cancelled export leaves no folder
            QVERIFY(!QFile::exists(QString::fromStdString(c.dir + "/export")));
        if (tag == "set-constraints") // a cancelled write changes nothing
            QVERIFY(dtr::Project::open(c.project)->layerConstraints().empty());
        if (tag == "relocate-model") // a cancelled relocate changes nothing
            QCOMPARE(dtr::Project::open(c.dir + "/moved.dtr", dtr::Project::ModelCheck::Report)->modelStatus(),
                     dtr::ModelStatus::Missing);
        if (!store.isEmpty()) {
            QCOMPARE(runningRecords(c.project), QString());
            QVERIFY2(out.resumeId.has_value(), "a cancelled resumable job names what to resume");
            auto p = dtr::Project::open(c.project);
            if (store == "distill")
                QCOMPARE(p->distillRun(*out.resumeId).status, std::string("cancelled"));
            else
                QCOMPARE(p->searchRun(*out.resumeId).status, std::string("cancelled"));
        }
    }

    void resumeMatchesUninterrupted_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::newRow("distill") << "distill";
        QTest::newRow("search") << "search";
    }
    void resumeMatchesUninterrupted()
    {
        QFETCH(QString, kind);
        const Context whole = context(), stopped = context();
        if (kind == "distill") {
            dtr::DistillJob a(whole.project, smallDistill());
            QVERIFY(a.run().status == dtr::JobStatus::Completed);
            dtr::DistillJob b(stopped.project, smallDistill());
            dtr::CancelToken cancel;
            const dtr::JobOutcome first = b.run([&](const dtr::JobProgress &p) {
                if (p.done >= 3)
                    cancel.cancel();
            }, cancel);
            QVERIFY(first.status == dtr::JobStatus::Cancelled);
            QVERIFY(first.resumeId);
            dtr::DistillJob resumed = dtr::DistillJob::resume(stopped.project, *first.resumeId);
            const dtr::JobOutcome second = resumed.run();
            QVERIFY2(second.status == dtr::JobStatus::Completed, qPrintable(QString::fromStdString(second.error)));
            QCOMPARE(resumed.result().stepsDone, a.result().stepsDone);
            QCOMPARE(resumed.result().finalHeldout.size(), a.result().finalHeldout.size());
            for (const auto &[layer, loss] : a.result().finalHeldout)
                QCOMPARE(resumed.result().finalHeldout.at(layer), loss);
        } else {
            dtr::SearchJob a(whole.project, smallSearch(whole));
            QVERIFY(a.run().status == dtr::JobStatus::Completed);
            dtr::SearchJob b(stopped.project, smallSearch(stopped));
            dtr::CancelToken cancel;
            int candidates = 0;
            const dtr::JobOutcome first = b.run([&](const dtr::JobProgress &p) {
                const auto *s = std::get_if<dtr::SearchPayload>(&p.payload);
                if (s && s->event == dtr::SearchPayload::Event::Candidate && ++candidates == 8)
                    cancel.cancel(); // inside round 2
            }, cancel);
            QVERIFY(first.status == dtr::JobStatus::Cancelled);
            QVERIFY(first.resumeId);
            dtr::SearchJob resumed = dtr::SearchJob::resume(stopped.project, *first.resumeId);
            const dtr::JobOutcome second = resumed.run();
            QVERIFY2(second.status == dtr::JobStatus::Completed, qPrintable(QString::fromStdString(second.error)));
            const dtr::SearchResult &ra = a.result(), &rb = resumed.result();
            QCOMPARE(rb.state.best, ra.state.best);
            QCOMPARE(rb.state.opt, ra.state.opt);
            QCOMPARE(rb.state.bestScore, ra.state.bestScore);
            QCOMPARE(rb.state.optScore, ra.state.optScore);
            auto pa = dtr::Project::open(whole.project), pb = dtr::Project::open(stopped.project);
            const auto roundsA = pa->rounds(ra.searchId), roundsB = pb->rounds(rb.searchId);
            QCOMPARE(roundsB.size(), roundsA.size());
            for (std::size_t i = 0; i < roundsA.size(); ++i) {
                QCOMPARE(roundsB[i].chosenLayer, roundsA[i].chosenLayer);
                QCOMPARE(roundsB[i].chosenScore, roundsA[i].chosenScore);
            }
        }
    }

    void injectedFailure_data() { jobTable(); }
    void injectedFailure()
    {
        QFETCH(Factory, factory);
        QFETCH(QString, store);
        const QString tag = QTest::currentDataTag();
        const int n = m_eventCounts[tag];
        QVERIFY(n > 0);
        const Context c = context();
        auto job = factory(c);
        int seen = 0;
        const bool foreignType = tag == "eval"; // one row throws something that is not a std::exception
        const dtr::JobOutcome out = job->run([&](const dtr::JobProgress &) {
            if (++seen == std::max(1, n / 2)) {
                if (foreignType)
                    throw 42;
                throw std::logic_error("injected failure");
            }
        });
        QVERIFY(out.status == dtr::JobStatus::Failed);
        QCOMPARE(QString::fromStdString(out.error), foreignType ? QString("unknown exception") : QString("injected failure"));
        if (!store.isEmpty()) {
            QCOMPARE(runningRecords(c.project), QString());
            auto p = dtr::Project::open(c.project);
            bool marked = false;
            if (store == "distill") {
                for (const auto &r : p->distillRuns())
                    if (r.status == "failed" && r.error == "injected failure")
                        marked = true;
            } else {
                for (const auto &s : p->searchRuns())
                    if (s.status == "failed" && s.error == "injected failure")
                        marked = true;
            }
            QVERIFY2(marked, "the failed run is not marked failed with its message in the project");
        }
        if (tag == "create-project")
            QVERIFY(!QFile::exists(QString::fromStdString(c.dir + "/new.dtr")));
    }

    // dtr search without --pin/--forbid uses the project's constraints (the layer map)
    // and says so; given either flag, the flags alone apply.
    void cliSearchUsesProjectConstraints()
    {
        const Context c = context();
        const QString project = QString::fromStdString(c.project);
        QProcess set;
        set.start(DTR_CLI_PATH, {"project", "constraints", project, "--pin", "1", "--forbid", "0"});
        QVERIFY(set.waitForFinished(60000));
        QVERIFY2(set.exitCode() == 0, set.readAllStandardError().constData());
        QCOMPARE(QString::fromUtf8(set.readAllStandardOutput()).trimmed(),
                 QString("layer constraints: pinned 1; forbidden 0"));
        const auto search = [&](const QStringList &extra) {
            QProcess proc;
            proc.start(DTR_CLI_PATH, QStringList{"search", project, "--val", QString::fromStdString(c.val),
                                                 "--max-linear", "2", "--bootstrap", "20", "--threads", "1"} + extra);
            proc.waitForFinished(300000);
            const QByteArray err = proc.readAllStandardError();
            return std::make_pair(proc.exitCode() == 0 ? QString::fromUtf8(proc.readAllStandardOutput())
                                                       : QString("failed: ") + QString::fromUtf8(err),
                                  dtr::Project::open(c.project)->searchRuns().back());
        };
        const auto [out, run] = search({});
        QVERIFY2(out.contains("using the project's layer constraints: pinned 1; forbidden 0"), qPrintable(out));
        const auto constraints = nlohmann::json::parse(run.constraintsJson);
        QVERIFY2(constraints.at("pin") == nlohmann::json::array({1}), run.constraintsJson.c_str());
        QVERIFY2(constraints.at("forbid") == nlohmann::json::array({0}), run.constraintsJson.c_str());
        for (const auto &round : dtr::Project::open(c.project)->rounds(run.id)) {
            QVERIFY(std::find(round.linearLayers.begin(), round.linearLayers.end(), 1) != round.linearLayers.end());
            QVERIFY(std::find(round.linearLayers.begin(), round.linearLayers.end(), 0) == round.linearLayers.end());
        }
        const auto [out2, run2] = search({"--pin", "2"});
        QVERIFY2(!out2.contains("using the project's") && !out2.startsWith("failed"), qPrintable(out2));
        const auto constraints2 = nlohmann::json::parse(run2.constraintsJson);
        QVERIFY2(constraints2.at("pin") == nlohmann::json::array({2}), run2.constraintsJson.c_str());
        QVERIFY2(constraints2.at("forbid").empty(), run2.constraintsJson.c_str());
    }

    // Ctrl-C in every long subcommand: exit status 130 and one line on stderr saying it
    // was cancelled (and how to resume, where that applies).
    void cliInterrupt_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("resume");
        const Context c = context();
        const QString project = QString::fromStdString(c.project);
        const QString calib = QString::fromStdString(kDemo + "/data/calib.jsonl");
        QTest::newRow("distill") << QStringList{"distill", project, "--calib", calib, "--steps", "100000",
                                                "--seq-len", "32", "--batch-size", "2", "--eval-every", "1", "--threads", "1"}
                                 << "dtr distill";
        QTest::newRow("search") << QStringList{"search", project, "--val",
                                               QString::fromStdString(kDemo + "/data/tasks/recall/validation.jsonl"),
                                               "--continue", "--threads", "1"}
                                << "dtr search";
        QTest::newRow("pretrain") << QStringList{"pretrain", "--corpus", calib, "--out",
                                                 QString::fromStdString(c.dir + "/pre"), "--vocab-size", "300",
                                                 "--layers", "1", "--hidden", "32", "--intermediate", "64", "--heads", "2",
                                                 "--kv-heads", "1", "--seq-len", "16", "--steps", "100000", "--batch-size",
                                                 "2", "--threads", "1"}
                                  << "";
        QTest::newRow("demo") << QStringList{"demo", "--quick", "--out", QString::fromStdString(c.dir + "/demo"),
                                             "--threads", "1"}
                              << "";
    }
    void cliInterrupt()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, resume);
        QProcess proc;
        proc.start(DTR_CLI_PATH, args);
        QVERIFY(proc.waitForStarted());
        // Interrupt once the job is under way (it printed something).
        QByteArray out, err;
        QElapsedTimer timer;
        timer.start();
        while (out.isEmpty() && err.isEmpty() && timer.elapsed() < 120000) {
            proc.waitForReadyRead(200);
            out += proc.readAllStandardOutput();
            err += proc.readAllStandardError();
            QVERIFY2(proc.state() == QProcess::Running, (out + err).constData());
        }
        QVERIFY2(!(out + err).isEmpty(), "no output within two minutes");
        QTest::qWait(500);
        ::kill(static_cast<pid_t>(proc.processId()), SIGINT);
        QVERIFY(proc.waitForFinished(120000));
        err += proc.readAllStandardError();
        QCOMPARE(proc.exitStatus(), QProcess::NormalExit);
        QVERIFY2(proc.exitCode() == 130, err.constData());
        const QStringList lines = QString::fromUtf8(err).split('\n', Qt::SkipEmptyParts);
        QStringList cancelled;
        for (const QString &l : lines)
            if (l.startsWith("dtr: ") && l.contains("cancelled"))
                cancelled << l;
        QVERIFY2(cancelled.size() == 1, err.constData());
        if (!resume.isEmpty())
            QVERIFY2(cancelled.front().contains("resume with: " + resume), qPrintable(cancelled.front()));
        QVERIFY2(!err.contains("dtr: error"), err.constData());
    }
};

QTEST_GUILESS_MAIN(TestJobs)
#include "tst_jobs.moc"
