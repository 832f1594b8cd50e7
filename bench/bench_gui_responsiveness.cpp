// How late the workbench's event loop runs while a job feeds the window's plots.
//
//   bench_gui_responsiveness [--scenario distill|search|all] [--json]
//       distill: [--steps N] [--seq-len N] [--batch N] [--threads N]
//       search:  [--layers N] [--rate N]
//
// distill: creates a project on the demo model, opens it in the real MainWindow, fills
// in the distillation form and presses Start, exactly as a user would.
// search: the real SearchView on a model of --layers layers (default 120) with the demo
// validation task and one students run, and its Start button pressed; its job is
// swapped for a synthetic greedy search that reports exactly what the search job
// reports (start, every candidate, every round with its test score) at --rate
// candidates per second (default 2000), so the candidate matrix fills with
// L(L+1)/2 cells (7260 for 120 layers) and the trajectory with L points. The demo model
// has 6 layers (21 candidates), too few to load the plots.
// A 10 ms QTimer probe (Qt::PreciseTimer) records, at every tick, how much later than
// due it ran, until the job has ended and the view has drawn its result. The GUI thread
// must never wait on a job: the goal is a maximum lateness under 100 ms. Runs on whatever
// platform QT_QPA_PLATFORM names (offscreen when unset). Results: docs/gui.md.

#include "candidatematrix.h"
#include "distillview.h"
#include "jobrunner.h"
#include "jobsview.h"
#include "lossplot.h"
#include "mainwindow.h"
#include "searchview.h"
#include "trajectoryplot.h"

#include "jobs/project_jobs.h"
#include "model/model_summary.h"

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
#include <chrono>
#include <cmath>
#include <cstdio>
#include <cstring>
#include <functional>
#include <string>
#include <thread>
#include <vector>

namespace {

int intArg(int argc, char **argv, const char *name, int fallback)
{
    for (int i = 1; i + 1 < argc; ++i)
        if (std::strcmp(argv[i], name) == 0)
            return std::stoi(argv[i + 1]);
    return fallback;
}

std::string stringArg(int argc, char **argv, const char *name, const char *fallback)
{
    for (int i = 1; i + 1 < argc; ++i)
        if (std::strcmp(argv[i], name) == 0)
            return argv[i + 1];
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

void waitFor(const std::function<bool()> &done, int timeoutMs)
{
    QElapsedTimer t;
    t.start();
    while (!done() && t.elapsed() < timeoutMs)
        QApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);
}

struct Figures
{
    std::string scenario, setup;
    double jobSeconds = 0;
    std::size_t samples = 0;
    double median = 0, p99 = 0, max = 0;
    bool ok = false;
};

// Every 10 ms, how late is the tick?
class Probe
{
public:
    Probe()
    {
        m_timer.setTimerType(Qt::PreciseTimer);
        m_timer.setInterval(10);
        QObject::connect(&m_timer, &QTimer::timeout, [this] {
            const qint64 now = m_clock.nsecsElapsed();
            m_lateness.push_back(std::max<qint64>(0, now - m_due) / 1e6);
            m_due = now + 10'000'000;
        });
    }
    void start()
    {
        m_clock.start();
        m_due = 10'000'000;
        m_timer.start();
    }
    void stop() { m_timer.stop(); }
    void report(Figures &f) const
    {
        f.samples = m_lateness.size();
        f.median = percentile(m_lateness, 0.5);
        f.p99 = percentile(m_lateness, 0.99);
        f.max = m_lateness.empty() ? 0 : *std::max_element(m_lateness.begin(), m_lateness.end());
    }

private:
    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_due = 0;
    std::vector<double> m_lateness;
};

void print(const Figures &f, bool json)
{
    if (json)
        std::printf("{\"scenario\": \"%s\", \"setup\": \"%s\", \"job_seconds\": %.1f, \"samples\": %zu, "
                    "\"median_ms\": %.2f, \"p99_ms\": %.2f, \"max_ms\": %.2f, \"completed\": %s}\n",
                    f.scenario.c_str(), f.setup.c_str(), f.jobSeconds, f.samples, f.median, f.p99, f.max,
                    f.ok ? "true" : "false");
    else
        std::printf("%s: %s, %.1f s, %s\n"
                    "  event-loop lateness of a 10 ms timer, %zu samples: median %.2f ms, p99 %.2f ms, max %.2f ms "
                    "(goal: max < 100 ms)\n",
                    f.scenario.c_str(), f.setup.c_str(), f.jobSeconds, f.ok ? "completed" : "NOT completed",
                    f.samples, f.median, f.p99, f.max);
}

Figures benchDistill(const QString &project, int steps, int seqLen, int batch, int threads)
{
    Figures f;
    f.scenario = "distillation from the window";
    const std::string demo = DTR_DEMO_DIR;
    dtr::gui::MainWindow window;
    window.setShowErrorDialogs(false);
    window.resize(1400, 900);
    window.show();
    bool loaded = false;
    QObject::connect(&window, &dtr::gui::MainWindow::modelLoaded, [&] { loaded = true; });
    window.openProject(project);
    waitFor([&] { return loaded; }, 60000);
    if (!loaded) {
        std::fprintf(stderr, "bench_gui_responsiveness: the project did not open\n");
        return f;
    }
    window.showView(QStringLiteral("distillation"));
    dtr::gui::DistillView *view = window.distillView();
    view->findChild<QListWidget *>(QStringLiteral("distillCalibFiles"))
        ->addItem(QString::fromStdString(demo + "/data/calib.jsonl"));
    view->findChild<QSpinBox *>(QStringLiteral("distillSteps"))->setValue(steps);
    view->findChild<QSpinBox *>(QStringLiteral("distillSeqLen"))->setValue(seqLen);
    view->findChild<QSpinBox *>(QStringLiteral("distillBatch"))->setValue(batch);
    view->findChild<QSpinBox *>(QStringLiteral("distillThreads"))->setValue(threads);

    Probe probe;
    const int jobsBefore = window.jobsView()->count();
    probe.start();
    view->findChild<QPushButton *>(QStringLiteral("distillStart"))->click();
    if (window.jobsView()->count() != jobsBefore + 1) {
        std::fprintf(stderr, "bench_gui_responsiveness: the distillation did not start (form invalid?)\n");
        return f;
    }
    dtr::gui::JobRunner *runner = window.jobsView()->runner(jobsBefore);
    QElapsedTimer jobClock;
    jobClock.start();
    waitFor([&] { return runner->isFinished(); }, 24 * 3600 * 1000);
    f.jobSeconds = jobClock.elapsed() / 1000.0;
    // Then the window reads the run back from the project (plots, run list).
    QElapsedTimer settle;
    settle.start();
    waitFor([&] { return !view->isLoading() && settle.elapsed() >= 3000; }, 30000);
    probe.stop();

    const auto plotted = view->lossPlot()->points(0, dtr::gui::LossPlot::Split::Train).size();
    f.setup = std::to_string(steps) + " steps, seq " + std::to_string(seqLen) + ", batch " + std::to_string(batch)
        + ", threads " + (threads > 0 ? std::to_string(threads) : std::string("all")) + ", "
        + std::to_string(plotted) + " steps plotted";
    probe.report(f);
    f.ok = runner->outcome().status == dtr::JobStatus::Completed;
    return f;
}

// What SearchJob reports for a greedy search, without a model: every candidate of every
// round (scores that fall with the number of linear layers, noise per layer), then the
// round with its chosen layer and test score, paced at `rate` candidates per second.
class SyntheticSearchJob : public dtr::Job
{
public:
    SyntheticSearchJob(int layers, int rate) : m_layers(layers), m_rate(rate) {}
    std::string kind() const override { return "search"; }
    std::string title() const override { return "Synthetic greedy search"; }

protected:
    Result execute(dtr::JobContext &context) override
    {
        using Clock = std::chrono::steady_clock;
        const auto t0 = Clock::now();
        std::int64_t sent = 0;
        dtr::GreedyState state;
        state.fullScore = state.startScore = state.bestScore = 0.9;
        state.pMin = 0.9 * 0.95;
        {
            dtr::JobProgress jp;
            jp.phase = "start";
            jp.message = "P_full measured";
            dtr::SearchPayload p;
            p.event = dtr::SearchPayload::Event::Start;
            p.state = state;
            jp.payload = p;
            context.report(jp);
        }
        std::vector<std::int64_t> linear;
        for (std::int64_t round = 1; round <= m_layers; ++round) {
            dtr::RoundResult r;
            r.round = round;
            const std::int64_t total = m_layers - round + 1;
            std::int64_t done = 0;
            for (std::int64_t layer = 0; layer < m_layers; ++layer) {
                if (std::binary_search(linear.begin(), linear.end(), layer))
                    continue;
                context.throwIfCancelled();
                const double noise = 0.02 * std::sin(static_cast<double>(layer * 7919 + round * 104729));
                dtr::CandidateScore c;
                c.layer = layer;
                c.score.value = 0.9 - 0.4 * static_cast<double>(round) / static_cast<double>(m_layers) + noise
                    - 0.0005 * static_cast<double>(layer % 11);
                c.score.ciLow = c.score.value - 0.03;
                c.score.ciHigh = c.score.value + 0.03;
                c.score.numExamples = 200;
                r.candidates.push_back(c);
                dtr::JobProgress jp;
                jp.phase = "round " + std::to_string(round);
                jp.done = ++done;
                jp.total = total;
                jp.unit = "candidates";
                dtr::SearchPayload p;
                p.event = dtr::SearchPayload::Event::Candidate;
                p.round = round;
                p.layer = layer;
                p.score = c.score;
                jp.payload = p;
                context.report(jp);
                ++sent;
                std::this_thread::sleep_until(t0 + std::chrono::microseconds(sent * 1'000'000 / m_rate));
            }
            const auto best = std::max_element(r.candidates.begin(), r.candidates.end(),
                                               [](const auto &a, const auto &b) { return a.score.value < b.score.value; });
            r.chosenLayer = best->layer;
            r.chosen = best->score;
            r.withinNoise = round % 5 == 0;
            r.committed = true;
            linear.insert(std::upper_bound(linear.begin(), linear.end(), best->layer), best->layer);
            r.linearAfter = linear;
            state.linear = linear;
            state.opt = linear;
            state.optScore = best->score.value;
            state.roundsDone = round;
            dtr::JobProgress jp;
            jp.phase = "round " + std::to_string(round);
            jp.done = jp.total = total;
            jp.unit = "candidates";
            dtr::SearchPayload p;
            p.event = dtr::SearchPayload::Event::Round;
            p.round = round;
            p.roundResult = r;
            p.state = state;
            p.testScore = best->score.value - 0.01;
            jp.payload = p;
            context.report(jp);
        }
        state.finished = true;
        Result result;
        result.data["state"] = {{"best", nlohmann::json::array()}, {"opt", linear}};
        return result;
    }

private:
    std::int64_t m_layers;
    std::int64_t m_rate;
};

Figures benchSearch(const QString &project, int layers, int rate)
{
    Figures f;
    f.scenario = "greedy search in the search view";
    const std::string demo = DTR_DEMO_DIR;
    dtr::ModelSummary model;
    for (int i = 0; i < layers; ++i) {
        dtr::LayerSummary l;
        l.index = i;
        model.layers.push_back(l);
    }
    dtr::gui::SearchView view;
    view.resize(1400, 900);
    view.show();
    dtr::gui::JobRunner *runner = nullptr;
    view.setStarter([&](std::unique_ptr<dtr::Job> /*the real search*/, const QString &) {
        runner = new dtr::gui::JobRunner(std::make_unique<SyntheticSearchJob>(layers, rate), &view);
        runner->start();
        return runner;
    });
    view.setProject(project, model);
    std::vector<std::int64_t> all(static_cast<std::size_t>(layers));
    for (int i = 0; i < layers; ++i)
        all[static_cast<std::size_t>(i)] = i;
    view.setDistillRuns(nlohmann::json::array(
        {{{"id", 1}, {"status", "completed"}, {"mixer", "gdn"}, {"layers", all}}}));
    view.setValidationTask(QString::fromStdString(demo + "/data/tasks/recall/validation.jsonl"));
    view.setTestTask(QString::fromStdString(demo + "/data/tasks/recall/test.jsonl"));
    waitFor([&] { return !view.isLoading(); }, 30000);

    Probe probe;
    probe.start();
    view.findChild<QPushButton *>(QStringLiteral("searchStart"))->click();
    if (!runner) {
        std::fprintf(stderr, "bench_gui_responsiveness: the search did not start (form invalid?)\n");
        return f;
    }
    QElapsedTimer jobClock;
    jobClock.start();
    waitFor([&] { return runner->isFinished(); }, 24 * 3600 * 1000);
    f.jobSeconds = jobClock.elapsed() / 1000.0;
    QElapsedTimer settle;
    settle.start();
    waitFor([&] { return settle.elapsed() >= 3000; }, 30000);
    probe.stop();

    view.trajectoryPlot()->replotNow();
    f.setup = std::to_string(layers) + " layers at " + std::to_string(rate) + " candidates/s, "
        + std::to_string(view.candidateMatrix()->cellCount()) + " cells and "
        + std::to_string(view.trajectoryPlot()->validationPoints().size()) + " trajectory points plotted";
    probe.report(f);
    f.ok = runner->outcome().status == dtr::JobStatus::Completed;
    return f;
}

} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true); // no saved layout of the user's
    const std::string scenario = stringArg(argc, argv, "--scenario", "all");
    if (scenario != "distill" && scenario != "search" && scenario != "all") {
        std::fprintf(stderr, "bench_gui_responsiveness: --scenario is distill, search or all\n");
        return 2;
    }
    bool json = false;
    for (int i = 1; i < argc; ++i)
        json = json || std::strcmp(argv[i], "--json") == 0;

    QTemporaryDir tmp;
    const QString project = tmp.filePath(QStringLiteral("bench.dtr"));
    dtr::CreateProjectJob create(project.toStdString(), std::string(DTR_DEMO_DIR) + "/model");
    if (create.run().status != dtr::JobStatus::Completed) {
        std::fprintf(stderr, "bench_gui_responsiveness: could not create %s\n", qPrintable(project));
        return 1;
    }
    bool ok = true;
    if (scenario != "search") {
        const Figures f = benchDistill(project, intArg(argc, argv, "--steps", 120), intArg(argc, argv, "--seq-len", 128),
                                       intArg(argc, argv, "--batch", 4), intArg(argc, argv, "--threads", 0));
        print(f, json);
        ok = ok && f.ok;
    }
    if (scenario != "distill") {
        const Figures f = benchSearch(project, std::max(2, intArg(argc, argv, "--layers", 120)),
                                      std::max(1, intArg(argc, argv, "--rate", 2000)));
        print(f, json);
        ok = ok && f.ok;
    }
    return ok ? 0 : 1;
}
