// GUI test of the workbench window: opening a model folder fills the layer map and the
// model panel from a worker thread; failures are reported by signal (and a non-blocking
// message box); the German translation is embedded.

#include "jobrunner.h"
#include "jobsview.h"
#include "layermapview.h"
#include "runsview.h"
#include "layertablemodel.h"
#include "mainwindow.h"
#include "modelinfopanel.h"
#include "translations.h"

#include "jobs/project_jobs.h"
#include "model/model_summary.h"
#include "project/project.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QDockWidget>
#include <QPushButton>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QProgressBar>
#include <QSemaphore>
#include <QSignalSpy>
#include <QTableView>
#include <QTreeWidget>
#include <QTest>
#include <QThread>
#include <QTimer>
#include <QTranslator>

#include <atomic>
#include <chrono>
#include <thread>
#include <memory>
#include <stdexcept>

using dtr::gui::LayerTableModel;
using dtr::gui::MainWindow;

namespace {

QString fixtureModel(const char *name)
{
    return QStringLiteral(DTR_SHARED_DIR "/fixtures/hf/models/") + QLatin1String(name);
}

QString extraModel(const char *name)
{
    return QStringLiteral(DTR_TEST_DATA_DIR "/hf-extra/models/") + QLatin1String(name);
}

// Blocks a test loader on a worker thread until the test releases it. Shared so a
// worker that outlives a failed test never touches a dead stack frame.
struct LoaderGate
{
    QSemaphore started;
    QSemaphore release;
    std::atomic<QThread *> thread{nullptr};
};

MainWindow::ModelLoader gatedLoader(const std::shared_ptr<LoaderGate> &gate)
{
    return [gate](const std::string &modelDir) {
        gate->thread = QThread::currentThread();
        gate->started.release();
        if (!gate->release.tryAcquire(1, 20000))
            throw std::runtime_error("test loader was never released");
        return dtr::summarizeModel(modelDir);
    };
}

// With DTR_TEST_SCREENSHOT_DIR set, saves a picture of the window there (to check the
// look on the offscreen platform).
void saveScreenshot(QWidget &window, const QString &name)
{
    const QString dir = qEnvironmentVariable("DTR_TEST_SCREENSHOT_DIR");
    if (dir.isEmpty())
        return;
    QTest::qWait(50); // let pending layout requests run
    window.grab().save(dir + QLatin1Char('/') + name + QLatin1String(".png"));
}

QProgressBar *busyIndicator(MainWindow &window)
{
    return window.findChild<QProgressBar *>(QStringLiteral("busyIndicator"));
}

} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void startsEmpty();
    void opensModel_data();
    void opensModel();
    void reportsMissingFolder();
    void errorDialogDoesNotBlock();
    void loadsOffTheGuiThread();
    void newerRequestSupersedesRunningOne();
    void germanTranslationIsEmbedded();
    void createsAndOpensProject();
    void corruptProjectIsReportedAndUnchanged();
    void movedModelOffersRelocate();
    void closingAsksAndWaitsForJobs();
    void showsRunsAndPicksUpNewOnes();

private:
    QTemporaryDir m_tmp;
};

void TestMainWindow::createsAndOpensProject()
{
    QStandardPaths::setTestModeEnabled(true);
    MainWindow window;
    window.setShowErrorDialogs(false);
    window.show();
    QSignalSpy opened(&window, &MainWindow::projectOpened);
    QSignalSpy loaded(&window, &MainWindow::modelLoaded);
    const QString path = m_tmp.path() + QStringLiteral("/created.dtr");
    window.createProject(fixtureModel("tiny-llama"), path);
    // The create job and then the open job are listed in the jobs dock.
    QVERIFY(window.jobsView()->count() >= 1);
    QTRY_COMPARE_WITH_TIMEOUT(opened.count(), 1, 30000);
    QTRY_COMPARE_WITH_TIMEOUT(loaded.count(), 1, 30000);
    QCOMPARE(window.projectPath(), QFileInfo(path).absoluteFilePath());
    QCOMPARE(window.jobsView()->count(), 3); // create, open, read the model
    QCOMPARE(window.jobsView()->runner(2)->kind(), QStringLiteral("load-model"));
    for (int row = 0; row < 3; ++row)
        QCOMPARE(window.jobsView()->text(row, dtr::gui::JobsView::StatusColumn), QStringLiteral("Completed"));
    QVERIFY(window.windowTitle().contains(QStringLiteral("created.dtr")));
    QVERIFY(window.windowTitle().contains(QStringLiteral("tiny-llama")));
    QCOMPARE(window.recentProjects().value(0), QFileInfo(path).absoluteFilePath());
    QVERIFY(window.findChild<QAction *>(QStringLiteral("closeProjectAction"))->isEnabled());
    saveScreenshot(window, QStringLiteral("project"));

    // Creating it again fails with the message in the jobs dock; nothing else changes.
    QSignalSpy failed(&window, &MainWindow::projectOpenFailed);
    window.createProject(fixtureModel("tiny-llama"), path);
    QTRY_COMPARE_WITH_TIMEOUT(failed.count(), 1, 30000);
    QVERIFY(failed.first().first().toString().contains(QStringLiteral("already exists")));
    QVERIFY(window.jobsView()->text(3, dtr::gui::JobsView::StatusColumn).startsWith(QStringLiteral("Failed: ")));

    window.closeProject();
    QVERIFY(window.projectPath().isEmpty());
    QCOMPARE(window.windowTitle(), QStringLiteral("DtR Workbench"));
}

void TestMainWindow::corruptProjectIsReportedAndUnchanged()
{
    MainWindow window;
    window.setShowErrorDialogs(false);
    const QString path = m_tmp.path() + QStringLiteral("/corrupt.dtr");
    QByteArray bytes("SQLite format 3");
    bytes.append(QByteArray(4096, '\x5a'));
    {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(bytes);
    }
    QSignalSpy failed(&window, &MainWindow::projectOpenFailed);
    window.openProject(path);
    QTRY_COMPARE_WITH_TIMEOUT(failed.count(), 1, 30000);
    QVERIFY2(failed.first().first().toString().contains(QStringLiteral("corrupt.dtr")),
             qPrintable(failed.first().first().toString()));
    QVERIFY(window.projectPath().isEmpty());
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.readAll(), bytes);
}

void TestMainWindow::movedModelOffersRelocate()
{
    // A project whose model folder is gone opens (its data is there) and says so.
    const QString model = m_tmp.path() + QStringLiteral("/moving-model");
    QDir().mkpath(model);
    const QString src = fixtureModel("tiny-llama");
    for (const QString &f : QDir(src).entryList(QDir::Files))
        if (!f.startsWith(QLatin1String("reference")))
            QVERIFY(QFile::copy(src + QLatin1Char('/') + f, model + QLatin1Char('/') + f));
    const QString path = m_tmp.path() + QStringLiteral("/moved.dtr");
    MainWindow window;
    window.setShowErrorDialogs(false);
    QSignalSpy opened(&window, &MainWindow::projectOpened);
    QSignalSpy loaded(&window, &MainWindow::modelLoaded);
    window.createProject(model, path);
    QTRY_COMPARE_WITH_TIMEOUT(loaded.count(), 1, 30000);
    QVERIFY(QDir(model).rename(model, model + QStringLiteral("-moved")));
    window.openProject(path);
    QTRY_COMPARE_WITH_TIMEOUT(opened.count(), 2, 30000);
    QTest::qWait(200);
    QCOMPARE(loaded.count(), 1); // the gone model is not opened
    QVERIFY(window.statusBar()->currentMessage().contains(QStringLiteral("not where it was")));
}

void TestMainWindow::closingAsksAndWaitsForJobs()
{
    MainWindow window;
    window.setShowErrorDialogs(false);
    window.show();
    const QString path = m_tmp.path() + QStringLiteral("/closing.dtr");
    QSignalSpy loaded(&window, &MainWindow::modelLoaded);
    window.createProject(fixtureModel("tiny-llama"), path);
    QTRY_COMPARE_WITH_TIMEOUT(loaded.count(), 1, 30000);
    QTRY_COMPARE_WITH_TIMEOUT(window.jobsView()->runningCount(), 0, 10000);
    // A job that runs until the test opens its gate (at most 20 s, so a failed test
    // never leaves a worker behind).
    auto gate = std::make_shared<LoaderGate>();
    auto job = std::make_unique<dtr::LoadModelJob>(fixtureModel("tiny-llama").toStdString(), false,
                                                   [gate](const std::string &dir) {
                                                       gate->started.release();
                                                       gate->release.tryAcquire(1, 20000);
                                                       return dtr::summarizeModel(dir);
                                                   });
    dtr::gui::JobRunner *runner = window.jobsView()->run(std::move(job), QStringLiteral("slow"));
    QVERIFY(gate->started.tryAcquire(1, 10000));
    QCOMPARE(window.jobsView()->runningCount(), 1);

    // Answers the close question once it is up (polled: under load it may take a while).
    auto answerWhenAsked = [&window, gate](QMessageBox::StandardButton answer) {
        auto timer = new QTimer(&window);
        timer->setInterval(20);
        QObject::connect(timer, &QTimer::timeout, timer, [timer, gate, answer] {
            auto box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            if (!box)
                return;
            timer->stop();
            timer->deleteLater();
            if (answer == QMessageBox::Yes) {
                // The gate opens a second after "Yes", by when the window has cancelled the
                // job and waits for it (the GUI thread is blocked then: a plain thread).
                std::thread([gate] {
                    std::this_thread::sleep_for(std::chrono::seconds(1));
                    gate->release.release();
                }).detach();
            }
            box->button(answer)->click();
        });
        timer->start();
    };
    // The close asks; "No" keeps the window and the job.
    answerWhenAsked(QMessageBox::No);
    QVERIFY(!window.close());
    QCOMPARE(window.jobsView()->runningCount(), 1);
    // "Yes" cancels it and waits for the worker.
    answerWhenAsked(QMessageBox::Yes);
    QVERIFY(window.close());
    QTRY_VERIFY_WITH_TIMEOUT(runner->isFinished(), 5000);
    QVERIFY(runner->outcome().status == dtr::JobStatus::Cancelled);
}

void TestMainWindow::showsRunsAndPicksUpNewOnes()
{
    MainWindow window;
    window.setShowErrorDialogs(false);
    const QString path = m_tmp.path() + QStringLiteral("/runs.dtr");
    QSignalSpy loaded(&window, &MainWindow::modelLoaded);
    window.createProject(fixtureModel("tiny-llama"), path);
    QTRY_COMPARE_WITH_TIMEOUT(loaded.count(), 1, 30000);
    QCOMPARE(window.runsView()->distillRunCount(), 0);
    // Another process (here: another connection) stores runs; View > Refresh shows them...
    {
        auto p = dtr::Project::open(path.toStdString());
        dtr::DistillRunRecord run;
        run.mixer = "gdn";
        run.status = "running";
        run.layers = {0, 1};
        p->addDistillRun(run);
    }
    window.refreshProject();
    QTRY_COMPARE_WITH_TIMEOUT(window.runsView()->distillRunCount(), 1, 10000);
    QVERIFY(window.runsView()->tree()->topLevelItem(0)->child(0)->text(0).contains(QStringLiteral("gdn")));
    // ...and the window notices a change of the file by itself within seconds.
    QTest::qWait(1100); // a later modification time
    {
        auto p = dtr::Project::open(path.toStdString());
        dtr::DistillRunRecord run;
        run.mixer = "gla";
        run.layers = {1};
        p->addDistillRun(run);
    }
    QTRY_COMPARE_WITH_TIMEOUT(window.runsView()->distillRunCount(), 2, 10000);
    window.closeProject();
    QCOMPARE(window.runsView()->distillRunCount(), 0);
}

void TestMainWindow::startsEmpty()
{
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));

    QCOMPARE(window.windowTitle(), QStringLiteral("DtR Workbench"));
    QVERIFY(!window.windowIcon().isNull());
    QVERIFY(QFile::exists(QStringLiteral(":/icons/dtr-workbench.svg")));
    QVERIFY(window.modelDir().isEmpty());
    QVERIFY(!window.modelSummary());
    QVERIFY(!window.isLoading());
    QCOMPARE(window.layerMapView()->model()->rowCount(), 0);
    auto placeholder = window.findChild<QLabel *>(QStringLiteral("layerMapPlaceholder"));
    QVERIFY(placeholder);
    QVERIFY(placeholder->isVisible());
    QVERIFY(!busyIndicator(window)->isVisible());
    saveScreenshot(window, QStringLiteral("empty"));

    auto open = window.findChild<QAction *>(QStringLiteral("openModelAction"));
    QVERIFY(open);
    QCOMPARE(open->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O));
    auto openProject = window.findChild<QAction *>(QStringLiteral("openProjectAction"));
    QVERIFY(openProject);
    QCOMPARE(openProject->shortcut(), QKeySequence(QKeySequence::Open));
    QCOMPARE(window.findChild<QAction *>(QStringLiteral("newProjectAction"))->shortcut(), QKeySequence(QKeySequence::New));
    QVERIFY(!window.findChild<QAction *>(QStringLiteral("closeProjectAction"))->isEnabled());
    QCOMPARE(window.jobsView()->count(), 0);
    QVERIFY(window.findChild<QAction *>(QStringLiteral("quitAction")));
    QVERIFY(window.findChild<QAction *>(QStringLiteral("aboutAction")));
    QCOMPARE(window.menuBar()->actions().size(), 4); // File, Edit, View, Help
    QCOMPARE(window.findChild<QAction *>(QStringLiteral("undoAction"))->shortcut(), QKeySequence(QKeySequence::Undo));
    QVERIFY(!window.findChild<QAction *>(QStringLiteral("undoAction"))->isEnabled()); // nothing to undo yet
    QCOMPARE(window.findChild<QAction *>(QStringLiteral("preferencesAction"))->shortcut(),
             QKeySequence(QKeySequence::Preferences));
}

void TestMainWindow::opensModel_data()
{
    QTest::addColumn<QString>("dir");
    QTest::addColumn<QString>("modelType");
    QTest::addColumn<qlonglong>("attentionParams");
    QTest::addColumn<qlonglong>("mlpParams");
    QTest::addColumn<qlonglong>("slidingWindow");
    QTest::addColumn<QString>("ropeScaling");

    // hidden 64, 4 heads, 2 KV heads, head_dim 16, MLP 160, 4 layers.
    // attention: q 64*64 + k 64*32 + v 64*32 + o 64*64 = 12288 (+ q/k/v bias 128 for
    // Qwen2); MLP: gate, up, down 3 * 64*160 = 30720.
    QTest::newRow("tiny-llama") << fixtureModel("tiny-llama") << "llama"
                                << 12288LL << 30720LL << 0LL << "none";
    QTest::newRow("tiny-qwen2") << fixtureModel("tiny-qwen2") << "qwen2"
                                << 12416LL << 30720LL << 0LL << "none";
    QTest::newRow("tiny-mistral-swa") << fixtureModel("tiny-mistral-swa") << "mistral"
                                      << 12288LL << 30720LL << 8LL << "none";
    QTest::newRow("tiny-llama3-bf16-sharded")
        << extraModel("tiny-llama3-bf16-sharded") << "llama" << 12288LL << 30720LL << 0LL
        << "llama3, factor 32 (low 1, high 4, original 64)";
}

void TestMainWindow::opensModel()
{
    QFETCH(QString, dir);
    QFETCH(QString, modelType);
    QFETCH(qlonglong, attentionParams);
    QFETCH(qlonglong, mlpParams);
    QFETCH(qlonglong, slidingWindow);
    QFETCH(QString, ropeScaling);

    MainWindow window;
    window.setShowErrorDialogs(false);
    window.show();
    QSignalSpy loaded(&window, &MainWindow::modelLoaded);
    QSignalSpy failed(&window, &MainWindow::modelLoadFailed);

    window.openModel(dir);
    QTRY_COMPARE_WITH_TIMEOUT(loaded.count() + failed.count(), 1, 20000);
    if (!failed.isEmpty())
        QFAIL(qPrintable(failed.first().first().toString()));
    QCOMPARE(loaded.first().first().toString(), QFileInfo(dir).absoluteFilePath());
    QCOMPARE(window.modelDir(), QFileInfo(dir).absoluteFilePath());
    QVERIFY(window.modelSummary());
    QVERIFY(!window.isLoading());
    QVERIFY(!busyIndicator(window)->isVisible());
    QVERIFY(window.windowTitle().contains(QFileInfo(dir).fileName()));

    // Layer map: one row per layer, in the table the user sees.
    LayerTableModel *model = window.layerMapView()->model();
    QCOMPARE(window.layerMapView()->tableView()->model(), model);
    QVERIFY(window.layerMapView()->tableView()->isVisible());
    QCOMPARE(model->rowCount(), 4);
    QCOMPARE(model->columnCount(), int(LayerTableModel::ColumnCount));
    const QLocale locale;
    for (int row = 0; row < model->rowCount(); ++row) {
        auto raw = [&](int column) {
            return model->index(row, column).data(LayerTableModel::RawValueRole);
        };
        auto text = [&](int column) {
            return model->index(row, column).data(Qt::DisplayRole).toString();
        };
        QCOMPARE(raw(LayerTableModel::IndexColumn).toLongLong(), qlonglong(row));
        QCOMPARE(text(LayerTableModel::IndexColumn), QString::number(row));
        QCOMPARE(raw(LayerTableModel::MixerColumn).toString(), QStringLiteral("full_attention"));
        QCOMPARE(text(LayerTableModel::MixerColumn), QStringLiteral("full attention"));
        QCOMPARE(raw(LayerTableModel::SlidingWindowColumn).toLongLong(), slidingWindow);
        QCOMPARE(text(LayerTableModel::SlidingWindowColumn),
                 slidingWindow > 0 ? locale.toString(slidingWindow) : QStringLiteral("none"));
        QCOMPARE(raw(LayerTableModel::AttentionParamsColumn).toLongLong(), attentionParams);
        QCOMPARE(text(LayerTableModel::AttentionParamsColumn), locale.toString(attentionParams));
        QCOMPARE(raw(LayerTableModel::MlpParamsColumn).toLongLong(), mlpParams);
        // Total = attention + MLP + the two RMSNorms (2 * 64).
        QCOMPARE(raw(LayerTableModel::TotalParamsColumn).toLongLong(),
                 attentionParams + mlpParams + 128);
    }

    // Model panel.
    dtr::gui::ModelInfoPanel *panel = window.modelInfoPanel();
    QCOMPARE(panel->fieldText(QStringLiteral("modelType")), modelType);
    QCOMPARE(panel->findChild<QLabel *>(QStringLiteral("modelType"))->text(), modelType);
    QCOMPARE(panel->fieldText(QStringLiteral("folder")), QFileInfo(dir).fileName());
    QCOMPARE(panel->fieldText(QStringLiteral("layers")), QStringLiteral("4"));
    QCOMPARE(panel->fieldText(QStringLiteral("hiddenSize")), QStringLiteral("64"));
    QCOMPARE(panel->fieldText(QStringLiteral("heads")), QStringLiteral("4"));
    QVERIFY(panel->fieldText(QStringLiteral("kvHeads")).startsWith(QLatin1String("2 ")));
    QCOMPARE(panel->fieldText(QStringLiteral("headDim")), QStringLiteral("16"));
    QCOMPARE(panel->fieldText(QStringLiteral("vocab")), QStringLiteral("514"));
    QVERIFY(panel->fieldText(QStringLiteral("tokenizer")).startsWith(QLatin1String("present")));
    QVERIFY(panel->fieldText(QStringLiteral("totalParams"))
                .contains(locale.toString(qlonglong(window.modelSummary()->totalParams))));
    QCOMPARE(panel->fieldText(QStringLiteral("ropeScaling")), ropeScaling);
    if (slidingWindow > 0)
        QVERIFY(panel->fieldText(QStringLiteral("slidingWindow")).contains(QLatin1String("8")));
    else
        QCOMPARE(panel->fieldText(QStringLiteral("slidingWindow")), QStringLiteral("none"));
    for (const QString &key : dtr::gui::ModelInfoPanel::fieldKeys())
        QVERIFY2(!panel->fieldText(key).isEmpty(), qPrintable(key));

    saveScreenshot(window, QFileInfo(dir).fileName());
}

void TestMainWindow::reportsMissingFolder()
{
    MainWindow window;
    window.setShowErrorDialogs(false);
    window.show();
    QSignalSpy loaded(&window, &MainWindow::modelLoaded);
    QSignalSpy failed(&window, &MainWindow::modelLoadFailed);

    // A model is open; a failed open keeps it.
    window.openModel(fixtureModel("tiny-llama"));
    QTRY_COMPARE_WITH_TIMEOUT(loaded.count(), 1, 20000);

    window.openModel(fixtureModel("no-such-model"));
    QTRY_COMPARE_WITH_TIMEOUT(failed.count(), 1, 20000);
    const QString message = failed.first().first().toString();
    QVERIFY2(message.contains(QLatin1String("no-such-model")), qPrintable(message));
    QVERIFY2(!message.contains(QLatin1Char('\n')), qPrintable(message));
    QCOMPARE(loaded.count(), 1);
    QVERIFY(!window.isLoading());
    QVERIFY(!busyIndicator(window)->isVisible());
    QVERIFY(!window.findChild<QMessageBox *>());
    QCOMPARE(QFileInfo(window.modelDir()).fileName(), QStringLiteral("tiny-llama"));
    QCOMPARE(window.layerMapView()->model()->rowCount(), 4);
}

void TestMainWindow::errorDialogDoesNotBlock()
{
    MainWindow window;
    QVERIFY(window.showErrorDialogs());
    window.show();
    QSignalSpy failed(&window, &MainWindow::modelLoadFailed);

    window.openModel(fixtureModel("no-such-model"));
    QTRY_COMPARE_WITH_TIMEOUT(failed.count(), 1, 20000);
    // Reaching this line at all means the box did not run a blocking exec().
    QMessageBox *box = nullptr;
    QTRY_VERIFY((box = window.findChild<QMessageBox *>(QStringLiteral("modelLoadErrorBox")))
                && box->isVisible());
    QVERIFY(box->text().contains(QLatin1String("no-such-model")));
    QCOMPARE(box->informativeText(), failed.first().first().toString());
    box->accept();
    QTRY_VERIFY(!window.findChild<QMessageBox *>(QStringLiteral("modelLoadErrorBox")));
}

void TestMainWindow::loadsOffTheGuiThread()
{
    MainWindow window;
    window.setShowErrorDialogs(false);
    window.show();
    auto gate = std::make_shared<LoaderGate>();
    window.setModelLoader(gatedLoader(gate));
    QSignalSpy loaded(&window, &MainWindow::modelLoaded);
    QSignalSpy failed(&window, &MainWindow::modelLoadFailed);

    window.openModel(fixtureModel("tiny-llama"));
    // openModel() returned while the loader has not even been allowed to finish.
    QCOMPARE(loaded.count(), 0);
    QVERIFY(window.isLoading());
    QVERIFY(gate->started.tryAcquire(1, 10000));
    QVERIFY(gate->thread.load() != nullptr);
    QVERIFY(gate->thread.load() != QThread::currentThread());

    // The event loop runs while the loader is blocked: timers fire, the busy
    // indicator shows.
    bool timerFired = false;
    QTimer::singleShot(0, &window, [&timerFired] { timerFired = true; });
    QTRY_VERIFY(timerFired);
    QVERIFY(busyIndicator(window)->isVisible());
    QCOMPARE(loaded.count(), 0);

    gate->release.release();
    QTRY_COMPARE_WITH_TIMEOUT(loaded.count(), 1, 20000);
    QCOMPARE(failed.count(), 0);
    QVERIFY(!window.isLoading());
    QVERIFY(!busyIndicator(window)->isVisible());
    QCOMPARE(window.layerMapView()->model()->rowCount(), 4);
}

void TestMainWindow::newerRequestSupersedesRunningOne()
{
    MainWindow window;
    window.setShowErrorDialogs(false);
    auto gate = std::make_shared<LoaderGate>();
    window.setModelLoader(gatedLoader(gate));
    QSignalSpy loaded(&window, &MainWindow::modelLoaded);
    QSignalSpy failed(&window, &MainWindow::modelLoadFailed);

    window.openModel(fixtureModel("tiny-llama"));
    QVERIFY(gate->started.tryAcquire(1, 10000));
    window.setModelLoader([](const std::string &dir) { return dtr::summarizeModel(dir); });
    window.openModel(fixtureModel("tiny-qwen2"));
    QTRY_COMPARE_WITH_TIMEOUT(loaded.count(), 1, 20000);
    QCOMPARE(QFileInfo(loaded.first().first().toString()).fileName(), QStringLiteral("tiny-qwen2"));

    // The superseded load finishes later and is dropped.
    gate->release.release();
    QTest::qWait(300);
    QCOMPARE(loaded.count(), 1);
    QCOMPARE(failed.count(), 0);
    QCOMPARE(window.modelInfoPanel()->fieldText(QStringLiteral("modelType")),
             QStringLiteral("qwen2"));
}

void TestMainWindow::germanTranslationIsEmbedded()
{
    QVERIFY(QFile::exists(QStringLiteral(":/i18n/dtr_workbench_de.qm")));
    QTranslator *translator = dtr::gui::installTranslators(QLocale(QLocale::German,
                                                                   QLocale::Germany));
    QVERIFY(translator);
    {
        MainWindow window;
        window.setShowErrorDialogs(false);
        window.show();
        QCOMPARE(window.menuBar()->actions().at(0)->text(), QStringLiteral("&Datei"));
        QCOMPARE(window.findChild<QAction *>(QStringLiteral("openModelAction"))->text(),
                 QStringLiteral("&Modellordner \u00F6ffnen\u2026"));
        QCOMPARE(window.findChild<QAction *>(QStringLiteral("openProjectAction"))->text(),
                 QStringLiteral("Projekt \u00F6&ffnen\u2026"));
        QCOMPARE(window.findChild<QDockWidget *>(QStringLiteral("jobsDock"))->windowTitle(), QStringLiteral("Auftr\u00E4ge"));

        QSignalSpy loaded(&window, &MainWindow::modelLoaded);
        window.openModel(extraModel("tiny-llama3-bf16-sharded"));
        QTRY_COMPARE_WITH_TIMEOUT(loaded.count(), 1, 20000);
        LayerTableModel *model = window.layerMapView()->model();
        QCOMPARE(model->index(0, LayerTableModel::MixerColumn).data().toString(),
                 QStringLiteral("volle Attention"));
        QCOMPARE(model->headerData(LayerTableModel::IndexColumn, Qt::Horizontal).toString(),
                 QStringLiteral("Schicht"));
        dtr::gui::ModelInfoPanel *panel = window.modelInfoPanel();
        QCOMPARE(panel->fieldText(QStringLiteral("tokenizer")),
                 QStringLiteral("vorhanden (tokenizer.json)"));
        QVERIFY2(panel->fieldText(QStringLiteral("weights")).startsWith(QLatin1String("9 Dateien, ")),
                 qPrintable(panel->fieldText(QStringLiteral("weights"))));
        QVERIFY(panel->fieldText(QStringLiteral("ropeScaling")).contains(QLatin1String("Faktor 32")));
        saveScreenshot(window, QStringLiteral("german"));
    }
    QCoreApplication::removeTranslator(translator);
    delete translator;
    QCOMPARE(LayerTableModel::mixerDisplayName("full_attention"), QStringLiteral("full attention"));

    // Other locales fall back to the English plural forms.
    QVERIFY(QFile::exists(QStringLiteral(":/i18n/dtr_workbench_en.qm")));
    translator = dtr::gui::installTranslators(QLocale(QLocale::Esperanto));
    QVERIFY(translator);
    const char context[] = "dtr::gui::ModelInfoPanel";
    QCOMPARE(QCoreApplication::translate(context, "%n file(s), %1", nullptr, 1),
             QStringLiteral("1 file, %1"));
    QCOMPARE(QCoreApplication::translate(context, "%n file(s), %1", nullptr, 3),
             QStringLiteral("3 files, %1"));
    QCoreApplication::removeTranslator(translator);
    delete translator;
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
