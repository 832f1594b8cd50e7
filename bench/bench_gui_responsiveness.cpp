// How late the workbench's event loop runs while a distillation runs from the window.
//
//   bench_gui_responsiveness [--steps N] [--seq-len N] [--batch N] [--threads N] [--json]
//
// Creates a project on the demo model, opens it in the real MainWindow, fills in the
// distillation form and presses Start, exactly as a user would. A 10 ms QTimer probe
// (Qt::PreciseTimer) then records, at every tick, how much later than due it ran, until
// the job has ended and the window has read the run back. The GUI thread must never wait
// on a job: the goal is a maximum lateness under 100 ms. Runs on whatever platform
// QT_QPA_PLATFORM names (offscreen when unset). Results: docs/gui.md.

#include "distillview.h"
#include "jobrunner.h"
#include "jobsview.h"
#include "lossplot.h"
#include "mainwindow.h"

#include "jobs/project_jobs.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <cstring>
#include <string>
#include <vector>

namespace {

int intArg(int argc, char **argv, const char *name, int fallback)
{
    for (int i = 1; i + 1 < argc; ++i)
        if (std::strcmp(argv[i], name) == 0)
            return std::stoi(argv[i + 1]);
    return fallback;
}

double percentile(std::vector<double> v, double q)
{
    if (v.empty())
        return 0;
    std::sort(v.begin(), v.end());
    const auto i = static_cast<std::size_t>(q * static_cast<double>(v.size() - 1) + 0.5);
    return v[std::min(i, v.size() - 1)];
}

} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true); // no saved layout of the user's
    const int steps = intArg(argc, argv, "--steps", 120);
    const int seqLen = intArg(argc, argv, "--seq-len", 128);
    const int batch = intArg(argc, argv, "--batch", 4);
    const int threads = intArg(argc, argv, "--threads", 0);
    bool json = false;
    for (int i = 1; i < argc; ++i)
        json = json || std::strcmp(argv[i], "--json") == 0;

    QTemporaryDir tmp;
    const QString project = tmp.filePath(QStringLiteral("bench.dtr"));
    const std::string demo = DTR_DEMO_DIR;
    dtr::CreateProjectJob create(project.toStdString(), demo + "/model");
    if (create.run().status != dtr::JobStatus::Completed) {
        std::fprintf(stderr, "bench_gui_responsiveness: could not create %s\n", qPrintable(project));
        return 1;
    }

    dtr::gui::MainWindow window;
    window.setShowErrorDialogs(false);
    window.resize(1400, 900);
    window.show();
    bool loaded = false;
    QObject::connect(&window, &dtr::gui::MainWindow::modelLoaded, [&] { loaded = true; });
    window.openProject(project);
    QElapsedTimer opening;
    opening.start();
    while (!loaded && opening.elapsed() < 60000)
        QApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);
    if (!loaded) {
        std::fprintf(stderr, "bench_gui_responsiveness: the project did not open\n");
        return 1;
    }
    window.showView(QStringLiteral("distillation"));
    dtr::gui::DistillView *view = window.distillView();
    view->findChild<QListWidget *>(QStringLiteral("distillCalibFiles"))
        ->addItem(QString::fromStdString(demo + "/data/calib.jsonl"));
    view->findChild<QSpinBox *>(QStringLiteral("distillSteps"))->setValue(steps);
    view->findChild<QSpinBox *>(QStringLiteral("distillSeqLen"))->setValue(seqLen);
    view->findChild<QSpinBox *>(QStringLiteral("distillBatch"))->setValue(batch);
    view->findChild<QSpinBox *>(QStringLiteral("distillThreads"))->setValue(threads);

    // The probe: every 10 ms, how late is the tick?
    std::vector<double> lateness;
    QElapsedTimer clock;
    qint64 due = 0;
    QTimer probe;
    probe.setTimerType(Qt::PreciseTimer);
    probe.setInterval(10);
    QObject::connect(&probe, &QTimer::timeout, [&] {
        const qint64 now = clock.nsecsElapsed();
        lateness.push_back(std::max<qint64>(0, now - due) / 1e6);
        due = now + 10'000'000;
    });

    const int jobsBefore = window.jobsView()->count();
    clock.start();
    due = 10'000'000;
    probe.start();
    view->findChild<QPushButton *>(QStringLiteral("distillStart"))->click();
    if (window.jobsView()->count() != jobsBefore + 1) {
        std::fprintf(stderr, "bench_gui_responsiveness: the distillation did not start (form invalid?)\n");
        return 1;
    }
    dtr::gui::JobRunner *runner = window.jobsView()->runner(jobsBefore);
    QElapsedTimer jobClock;
    jobClock.start();
    while (!runner->isFinished())
        QApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);
    const double jobSeconds = jobClock.elapsed() / 1000.0;
    // Then the window reads the run back from the project (plots, run list).
    QElapsedTimer settle;
    settle.start();
    while ((view->isLoading() || settle.elapsed() < 3000) && settle.elapsed() < 30000)
        QApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);
    probe.stop();

    const std::size_t points = static_cast<std::size_t>(view->lossPlot()->points(0, dtr::gui::LossPlot::Split::Train).size());
    const double median = percentile(lateness, 0.5), p99 = percentile(lateness, 0.99);
    const double worst = lateness.empty() ? 0 : *std::max_element(lateness.begin(), lateness.end());
    const bool ok = runner->outcome().status == dtr::JobStatus::Completed;
    if (json) {
        std::printf("{\"steps\": %d, \"seq_len\": %d, \"batch\": %d, \"threads\": %d, \"job_seconds\": %.1f, "
                    "\"samples\": %zu, \"median_ms\": %.2f, \"p99_ms\": %.2f, \"max_ms\": %.2f, \"plotted_steps\": %zu, "
                    "\"completed\": %s}\n",
                    steps, seqLen, batch, threads, jobSeconds, lateness.size(), median, p99, worst, points,
                    ok ? "true" : "false");
    } else {
        std::printf("distillation from the window: %d steps (seq %d, batch %d, threads %s), %.1f s, %s, %zu steps plotted\n",
                    steps, seqLen, batch, threads > 0 ? std::to_string(threads).c_str() : "all", jobSeconds,
                    ok ? "completed" : "NOT completed", points);
        std::printf("event-loop lateness of a 10 ms timer, %zu samples: median %.2f ms, p99 %.2f ms, max %.2f ms (goal: max < 100 ms)\n",
                    lateness.size(), median, p99, worst);
    }
    return ok ? 0 : 1;
}
