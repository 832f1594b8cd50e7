// GUI tests of the workbench's search view (offscreen) on the demo model: task previews
// and validation, a greedy search started from the view with a pinned and a forbidden
// layer from the layer map, live rounds in the plots, Cancel and Resume, the trajectory's
// points against v_search_trajectory and the candidate matrix against v_search_rounds
// (chosen marks included), a uniform baseline drawn on the greedy search's axes, and a
// clicked candidate shown on the layer map.

#include "candidatematrix.h"
#include "displaynames.h"
#include "jobrunner.h"
#include "jobsview.h"
#include "layermapview.h"
#include "layertablemodel.h"
#include "mainwindow.h"
#include "searchview.h"
#include "qcustomplot_include.h"
#include "trajectoryplot.h"

#include "distill/distill_types.h"
#include "jobs/distill_job.h"
#include "jobs/project_jobs.h"
#include "project/project.h"
#include "search/search_types.h"

#include <sqlite3.h>

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

#include <cmath>

using dtr::gui::MainWindow;
using dtr::gui::SearchView;

namespace {

const QString kDemo = QStringLiteral(DTR_DEMO_DIR);

template <typename T>
T *child(QObject *parent, const char *name)
{
    T *w = parent->findChild<T *>(QLatin1String(name));
    if (!w)
        qWarning("no child %s", name);
    return w;
}

// Runs a query on the project with SQLite directly; each row as doubles (NULL: NaN).
std::vector<std::vector<double>> query(const QString &path, const char *sql, qint64 id)
{
    std::vector<std::vector<double>> rows;
    sqlite3 *db = nullptr;
    if (sqlite3_open_v2(QFile::encodeName(path).constData(), &db, SQLITE_OPEN_READONLY, nullptr) != SQLITE_OK) {
        sqlite3_close(db);
        return rows;
    }
    sqlite3_stmt *st = nullptr;
    if (sqlite3_prepare_v2(db, sql, -1, &st, nullptr) == SQLITE_OK) {
        sqlite3_bind_int64(st, 1, id);
        while (sqlite3_step(st) == SQLITE_ROW) {
            std::vector<double> row;
            for (int c = 0; c < sqlite3_column_count(st); ++c)
                row.push_back(sqlite3_column_type(st, c) == SQLITE_NULL ? std::nan("") : sqlite3_column_double(st, c));
            rows.push_back(row);
        }
    }
    sqlite3_finalize(st);
    sqlite3_close(db);
    return rows;
}

// Copies the first n lines of a file.
QString firstLines(const QString &from, const QString &to, int n)
{
    QDir().mkpath(QFileInfo(to).absolutePath());
    QFile in(from), out(to);
    if (!in.open(QIODevice::ReadOnly) || !out.open(QIODevice::WriteOnly))
        return {};
    for (int i = 0; i < n && !in.atEnd(); ++i)
        out.write(in.readLine());
    return to;
}

bool same(double a, double b)
{
    return a == b || (std::isnan(a) && std::isnan(b));
}

// The shown trajectory and matrix against the views of the project.
QString compareWithProject(SearchView *view, const QString &path, qint64 searchId)
{
    const auto traj = query(path,
                            "SELECT round, num_linear, chosen_score, test_score FROM v_search_trajectory "
                            "WHERE search_id = ? ORDER BY round",
                            searchId);
    if (traj.empty())
        return QStringLiteral("no rows in v_search_trajectory for search %1").arg(searchId);
    const QVector<QPointF> val = view->trajectoryPlot()->validationPoints();
    if (val.size() != static_cast<int>(traj.size()))
        return QStringLiteral("%1 trajectory points drawn, %2 rows").arg(val.size()).arg(traj.size());
    QVector<QPointF> tests;
    for (std::size_t i = 0; i < traj.size(); ++i) {
        if (val[int(i)].x() != traj[i][1] || val[int(i)].y() != traj[i][2])
            return QStringLiteral("round %1: drawn (%2, %3), stored (%4, %5)")
                .arg(traj[i][0]).arg(val[int(i)].x()).arg(val[int(i)].y()).arg(traj[i][1]).arg(traj[i][2]);
        if (!std::isnan(traj[i][3]))
            tests.append(QPointF(traj[i][1], traj[i][3]));
    }
    if (view->trajectoryPlot()->testPoints() != tests)
        return QStringLiteral("test points differ from v_search_trajectory.test_score");
    const auto cells = query(path, "SELECT round, layer, score, chosen FROM v_search_rounds WHERE search_id = ?", searchId);
    dtr::gui::CandidateMatrix *m = view->candidateMatrix();
    if (m->cellCount() != static_cast<int>(cells.size()))
        return QStringLiteral("%1 cells drawn, %2 rows in v_search_rounds").arg(m->cellCount()).arg(cells.size());
    for (const auto &c : cells) {
        const auto cell = m->cellAt(int(c[0]), int(c[1]));
        if (!cell)
            return QStringLiteral("no cell for round %1 layer %2").arg(c[0]).arg(c[1]);
        if (!same(cell->score, c[2]) || cell->chosen != (c[3] != 0))
            return QStringLiteral("round %1 layer %2: drawn %3 chosen %4, stored %5 chosen %6")
                .arg(c[0]).arg(c[1]).arg(cell->score).arg(cell->chosen).arg(c[2]).arg(c[3]);
    }
    return {};
}

} // namespace

class TestSearchView : public QObject
{
    Q_OBJECT

    QTemporaryDir m_tmp;
    QString m_path;
    qint64 m_distillRun = 0;

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
        QVERIFY(m_tmp.isValid());
        // A project with distilled students (the distillation view has its own tests).
        m_path = m_tmp.filePath(QStringLiteral("search.dtr"));
        const std::string path = QFile::encodeName(m_path).toStdString();
        dtr::JobOutcome created = dtr::CreateProjectJob(path, (kDemo + QStringLiteral("/model")).toStdString()).run();
        QVERIFY2(created.status == dtr::JobStatus::Completed, created.error.c_str());
        dtr::DistillSettings s;
        s.calibFiles = {(kDemo + QStringLiteral("/data/calib.jsonl")).toStdString()};
        s.steps = 16;
        s.seqLen = 32;
        s.batchSize = 2;
        s.threads = 1;
        s.evalEvery = s.checkpointEvery = 8;
        s.warmupSteps = 2;
        dtr::JobOutcome distilled = dtr::DistillJob(path, s).run();
        QVERIFY2(distilled.status == dtr::JobStatus::Completed, distilled.error.c_str());
        m_distillRun = dtr::Project::open(path)->distillRuns().back().id;
    }

    // An empty matrix numbers no rounds (QCustomPlot's default ticker would label 0.5, 1,
    // 1.5, ...); its first cell brings the round labels, integers only, and clearing it
    // takes them away again.
    void emptyMatrixNumbersNoRounds()
    {
        dtr::gui::CandidateMatrix m;
        m.resize(480, 240);
        m.setData(6, {}, {}, true, QStringLiteral("acc"));
        m.replotNow();
        QVERIFY(!m.plot()->yAxis->ticks());
        QVERIFY(m.plot()->xAxis->ticks());
        dtr::gui::CandidateCell c;
        c.round = 1;
        c.layer = 2;
        c.score = 0.5;
        m.setData(6, {c}, {}, true, QStringLiteral("acc"));
        m.replotNow();
        QVERIFY(m.plot()->yAxis->ticks());
        const auto ticker = m.plot()->yAxis->ticker().dynamicCast<QCPAxisTickerText>();
        QVERIFY(!ticker.isNull());
        QCOMPARE(ticker->ticks().keys(), QList<double>{1.0});
        m.clear();
        m.replotNow();
        QVERIFY(!m.plot()->yAxis->ticks());
    }

    void searchFromTheView()
    {
        MainWindow window;
        window.setShowErrorDialogs(false);
        window.resize(1400, 900);
        window.show();
        QSignalSpy loaded(&window, &MainWindow::modelLoaded);
        window.openProject(m_path);
        QVERIFY(loaded.wait(60000));
        QVERIFY(window.showView(QStringLiteral("search")));
        SearchView *view = window.searchView();
        QCOMPARE(window.views()->currentWidget(), view);
        auto *jobs = window.jobsView();
        const int jobsBefore = jobs->count();
        auto *start = child<QPushButton>(view, "searchStart");
        auto *cancel = child<QPushButton>(view, "searchCancel");
        auto *resume = child<QPushButton>(view, "searchResume");
        QTRY_VERIFY_WITH_TIMEOUT(child<QComboBox>(view, "searchStudents")->count() == 1, 20000);
        QCOMPARE(child<QComboBox>(view, "searchStudents")->currentData().toLongLong(), m_distillRun);

        // Validation: no task, then a file that is not a task.
        QTest::mouseClick(start, Qt::LeftButton);
        QCOMPARE(jobs->count(), jobsBefore);
        QVERIFY(!child<QLabel>(view, "valError")->isHidden());
        const QString bad = m_tmp.filePath(QStringLiteral("bad.jsonl"));
        {
            QFile f(bad);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("{\"context\": \"a\", \"choices\": [\"x\"]}\n");
        }
        view->setValidationTask(bad);
        QTRY_VERIFY_WITH_TIMEOUT(!view->isLoading(), 20000);
        auto *valError = child<QLabel>(view, "valError");
        QVERIFY(!valError->isHidden());
        QVERIFY2(valError->text().contains(QStringLiteral("bad.jsonl")), qPrintable(valError->text()));

        // The tasks (the demo's recall task, cut to 24 examples each to keep the search
        // short), with their previews; the metrics of the task's kind.
        const QString val = firstLines(kDemo + QStringLiteral("/data/tasks/recall/validation.jsonl"),
                                       m_tmp.filePath(QStringLiteral("recall/validation.jsonl")), 24);
        const QString test = firstLines(kDemo + QStringLiteral("/data/tasks/recall/test.jsonl"),
                                        m_tmp.filePath(QStringLiteral("recall/test.jsonl")), 20);
        view->setValidationTask(val);
        view->setTestTask(test);
        QTRY_VERIFY_WITH_TIMEOUT(!view->isLoading(), 20000);
        QVERIFY(valError->isHidden());
        auto *preview = child<QLabel>(view, "searchValTaskPreview");
        QVERIFY(!preview->isHidden());
        QVERIFY2(preview->text().contains(QStringLiteral("24 example")), qPrintable(preview->text()));
        QVERIFY(child<QLabel>(view, "searchTestTaskPreview")->text().contains(QStringLiteral("20 example")));
        auto *metric = child<QComboBox>(view, "searchMetric");
        QVERIFY(metric->count() >= 3); // default, acc, acc_norm
        QVERIFY(metric->findData(QStringLiteral("acc")) > 0);

        // The layer map's constraints: pin 3, forbid 0.
        window.layerMapView()->requestConstraint(3, dtr::gui::LayerConstraint::Pinned);
        window.layerMapView()->requestConstraint(0, dtr::gui::LayerConstraint::Forbidden);
        QTRY_VERIFY_WITH_TIMEOUT(!window.isSavingConstraints(), 20000);
        QVERIFY2(child<QLabel>(view, "searchConstraints")->text().contains(QStringLiteral("pinned 3")),
                 qPrintable(child<QLabel>(view, "searchConstraints")->text()));
        QCOMPARE(view->settings().greedy.pin, (std::vector<std::int64_t>{3}));
        QCOMPARE(view->settings().greedy.forbid, (std::vector<std::int64_t>{0}));
        child<QCheckBox>(view, "searchContinue")->setChecked(true);
        child<QSpinBox>(view, "searchMaxLinear")->setValue(4);
        QVERIFY(view->validate());

        // Start: a search job; its rounds reach the plots live.
        QTest::mouseClick(start, Qt::LeftButton);
        QCOMPARE(jobs->count(), jobsBefore + 1);
        dtr::gui::JobRunner *runner = jobs->runner(jobsBefore);
        QCOMPARE(runner->kind(), QStringLiteral("search"));
        QVERIFY(cancel->isEnabled());
        QTRY_VERIFY_WITH_TIMEOUT(view->trajectoryPlot()->validationPoints().size() >= 1, 300000);
        QVERIFY(view->candidateMatrix()->cellCount() >= 4); // the first round's candidates

        // Cancel: stored as cancelled; Resume continues it to the end.
        QTest::mouseClick(cancel, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(runner->isFinished(), 120000);
        if (runner->outcome().status == dtr::JobStatus::Cancelled) {
            const qint64 id = *runner->outcome().resumeId;
            QCOMPARE(dtr::Project::open(m_path.toStdString())->searchRun(id).status, std::string("cancelled"));
            QTRY_VERIFY_WITH_TIMEOUT(resume->isEnabled(), 20000);
            QCOMPARE(view->selectedSearch(), id);
            QTRY_VERIFY_WITH_TIMEOUT(!view->isLoading(), 20000);
            QCOMPARE(compareWithProject(view, m_path, id), QString());
            QTest::mouseClick(resume, Qt::LeftButton);
            QCOMPARE(jobs->count(), jobsBefore + 2);
            runner = jobs->runner(jobsBefore + 1);
            QTRY_VERIFY_WITH_TIMEOUT(runner->isFinished(), 600000);
        } else {
            qWarning("the search ended before Cancel reached it; Resume not exercised");
        }
        QCOMPARE(runner->outcome().status, dtr::JobStatus::Completed);
        const qint64 greedyId = dtr::Project::open(m_path.toStdString())->searchRuns().back().id;
        QTRY_VERIFY_WITH_TIMEOUT(view->shownSearch() == greedyId && !view->isLoading(), 20000);
        QCOMPARE(compareWithProject(view, m_path, greedyId), QString());
        // The pinned layer never is a candidate, nor the forbidden one.
        QVERIFY(!view->candidateMatrix()->cellAt(1, 3));
        QVERIFY(!view->candidateMatrix()->cellAt(1, 0));
        QVERIFY(view->trajectoryPlot()->bestK() >= 1);
        QVERIFY(view->trajectoryPlot()->validationPoints().back().x() <= 4); // max linear

        // A uniform baseline on the same task and students: drawn on the greedy search's axes.
        auto *strategy = child<QComboBox>(view, "searchStrategy");
        strategy->setCurrentIndex(strategy->findData(QStringLiteral("uniform")));
        QTest::mouseClick(start, Qt::LeftButton);
        dtr::gui::JobRunner *baseline = jobs->runner(jobs->count() - 1);
        QTRY_VERIFY_WITH_TIMEOUT(baseline->isFinished(), 600000);
        QCOMPARE(baseline->outcome().status, dtr::JobStatus::Completed);
        const qint64 uniformId = dtr::Project::open(m_path.toStdString())->searchRuns().back().id;
        QTRY_VERIFY_WITH_TIMEOUT(view->shownSearch() == uniformId && !view->isLoading(), 20000);
        view->selectSearch(greedyId);
        QTRY_VERIFY_WITH_TIMEOUT(view->shownSearch() == greedyId && !view->isLoading(), 20000);
        const auto uniformRows = query(m_path,
                                       "SELECT num_linear, chosen_score FROM v_search_trajectory WHERE search_id = ? "
                                       "ORDER BY round",
                                       uniformId);
        QVector<QPointF> expected;
        for (const auto &r : uniformRows)
            expected.append(QPointF(r[0], r[1]));
        QVERIFY(!expected.isEmpty());
        const QString label = SearchView::tr("%1 (search %2)").arg(dtr::gui::strategyDisplayName(QStringLiteral("uniform"))).arg(uniformId);
        QCOMPARE(view->trajectoryPlot()->baselinePoints(label), expected);

        // A candidate cell clicked: its configuration on the layer map.
        const auto first = view->candidateMatrix()->cellAt(1, 5);
        QVERIFY(first.has_value());
        QTest::mouseClick(view->candidateMatrix()->plot(), Qt::LeftButton, {},
                          view->candidateMatrix()->plot()->mapFrom(view->candidateMatrix(),
                                                                   view->candidateMatrix()->cellCentre(1, 5)));
        QTRY_COMPARE_WITH_TIMEOUT(window.views()->currentWidget(), window.layerMapView(), 5000);
        dtr::gui::LayerMapView *map = window.layerMapView();
        QVERIFY(map->isShowingConfiguration());
        QCOMPARE(map->model()->previewLayers(), (std::vector<std::int64_t>{3, 5})); // the pin, and layer 5
        QCOMPARE(map->model()->displayedMixer(5), std::string("gdn"));
        QCOMPARE(map->model()->displayedMixer(4), std::string("full_attention"));
        QVERIFY(map->configurationCaption().contains(QStringLiteral("round 1")));
        QTest::mouseClick(child<QPushButton>(map, "layerMapPreviewBack"), Qt::LeftButton);
        QVERIFY(!map->isShowingConfiguration());
        QCOMPARE(map->model()->displayedMixer(5), std::string("full_attention"));
    }

    void pastSearchInALaterWindow()
    {
        // The searches of the test above, read back from the project by a new window.
        MainWindow later;
        later.setShowErrorDialogs(false);
        QSignalSpy loaded(&later, &MainWindow::modelLoaded);
        later.openProject(m_path);
        QVERIFY(loaded.wait(60000));
        SearchView *view = later.searchView();
        const auto searches = dtr::Project::open(m_path.toStdString())->searchRuns();
        QVERIFY(searches.size() >= 2);
        QTRY_VERIFY_WITH_TIMEOUT(view->searchList()->topLevelItemCount() == static_cast<int>(searches.size()), 20000);
        // Shown first: the newest greedy search (not the newer uniform baseline), with the
        // baseline on its axes.
        qint64 greedy = 0;
        for (const auto &s : searches)
            if (s.strategy == "greedy")
                greedy = s.id;
        QVERIFY(greedy > 0 && greedy != searches.back().id);
        QTRY_VERIFY_WITH_TIMEOUT(view->shownSearch() == greedy && !view->isLoading(), 20000);
        QCOMPARE(compareWithProject(view, m_path, greedy), QString());
        QCOMPARE(view->trajectoryPlot()->baselineLabels().size(), 1);
        // The form took the newest search's tasks.
        QVERIFY(child<QLineEdit>(view, "searchValTask")->text().endsWith(QStringLiteral("recall/validation.jsonl")));
    }
};

QTEST_MAIN(TestSearchView)
#include "tst_searchview.moc"
