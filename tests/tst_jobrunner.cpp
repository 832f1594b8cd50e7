// JobRunner: any core job on a worker thread, its progress and outcome delivered to the
// GUI thread by queued signals, cancel, and deletion while it runs.
#include "jobrunner.h"
#include "jobs/distill_job.h"
#include "jobs/project_jobs.h"
#include "project/project.h"

#include <QtTest/QtTest>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QThread>

namespace {

const std::string kDemo = DTR_DEMO_DIR;

dtr::DistillSettings longDistill()
{
    dtr::DistillSettings s;
    s.calibFiles = {kDemo + "/data/calib.jsonl"};
    s.steps = 100000; // never finishes within the test: only a cancel ends it
    s.seqLen = 32;
    s.batchSize = 2;
    s.evalEvery = 1000;
    s.checkpointEvery = 5;
    s.threads = 1;
    return s;
}

} // namespace

class TestJobRunner : public QObject
{
    Q_OBJECT

    QTemporaryDir m_tmp;
    std::string m_project;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_tmp.isValid());
        m_project = (m_tmp.path() + "/p.dtr").toStdString();
    }

    void runsOffTheGuiThread()
    {
        dtr::gui::JobRunner runner(std::make_unique<dtr::CreateProjectJob>(m_project, kDemo + "/model"));
        QCOMPARE(runner.kind(), QString("create-project"));
        QSignalSpy progressed(&runner, &dtr::gui::JobRunner::progressed);
        QSignalSpy finished(&runner, &dtr::gui::JobRunner::finished);
        QThread *gui = QThread::currentThread();
        QThread *deliveredOn = nullptr;
        connect(&runner, &dtr::gui::JobRunner::progressed, this, [&] { deliveredOn = QThread::currentThread(); });
        runner.start();
        QVERIFY(runner.isRunning());
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 60000);
        QVERIFY(!runner.isRunning());
        QVERIFY(runner.isFinished());
        QVERIFY(progressed.count() > 0);
        QCOMPARE(deliveredOn, gui);
        QCOMPARE(runner.lastProgress().phase, std::string("hash"));
        QCOMPARE(runner.lastProgress().done, runner.lastProgress().total);
        QVERIFY(runner.outcome().status == dtr::JobStatus::Completed);
        QCOMPARE(runner.outcome().result["path"].get<std::string>(), m_project);
    }

    void failureIsAnOutcome()
    {
        dtr::gui::JobRunner runner(std::make_unique<dtr::CreateProjectJob>(m_project, kDemo + "/model"));
        QSignalSpy finished(&runner, &dtr::gui::JobRunner::finished);
        runner.start();
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 60000);
        QVERIFY(runner.outcome().status == dtr::JobStatus::Failed);
        QVERIFY2(QString::fromStdString(runner.outcome().error).contains("already exists"),
                 runner.outcome().error.c_str());
    }

    void cancelStopsAndKeepsStoredData()
    {
        dtr::gui::JobRunner runner(std::make_unique<dtr::DistillJob>(m_project, longDistill()));
        QSignalSpy finished(&runner, &dtr::gui::JobRunner::finished);
        connect(&runner, &dtr::gui::JobRunner::progressed, &runner, [&](const dtr::JobProgress &p) {
            if (p.done >= 6)
                runner.cancel();
        });
        runner.start();
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 120000);
        QVERIFY2(runner.outcome().status == dtr::JobStatus::Cancelled, runner.outcome().error.c_str());
        QVERIFY(runner.outcome().resumeId.has_value());
        auto p = dtr::Project::open(m_project);
        QCOMPARE(p->distillRun(*runner.outcome().resumeId).status, std::string("cancelled"));
        QCOMPARE(p->integrityCheck(), std::string("ok"));
    }

    void deletedWhileRunning()
    {
        QElapsedTimer t;
        t.start();
        {
            dtr::gui::JobRunner runner(std::make_unique<dtr::DistillJob>(m_project, longDistill()));
            runner.start();
            QTRY_VERIFY_WITH_TIMEOUT(runner.lastProgress().done >= 1, 120000);
        } // cancels and joins the worker
        auto p = dtr::Project::open(m_project);
        for (const auto &r : p->distillRuns())
            QVERIFY2(r.status != "running", qPrintable(QString("run %1 left running").arg(r.id)));
    }
};

QTEST_MAIN(TestJobRunner)
#include "tst_jobrunner.moc"
