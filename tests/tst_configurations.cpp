// GUI tests of the configurations view and the export dialog (offscreen) on the demo
// model: a project with a GDN and a GLA distillation, a uniform baseline on the recall
// task, a greedy search on the cloze task and a hand-made configuration. The list's rows
// against the project (names, linear layers, validation and test scores against its
// evaluations), grouping and filters, rename (and a taken name refused), delete (with its
// evaluations), Compare and Show in layer map, an evaluation started through the Starter,
// the empty state, and an export into a new folder that `dtr generate` loads back (an
// existing folder refused before anything starts).

#include "cliutil.h"
#include "configurationsview.h"
#include "exportdialog.h"
#include "jobrunner.h"

#include "distill/distill_types.h"
#include "jobs/configuration_jobs.h"
#include "jobs/distill_job.h"
#include "jobs/project_jobs.h"
#include "jobs/search_jobs.h"
#include "project/project.h"
#include "search/search_types.h"

#include <nlohmann/json.hpp>
#include <sqlite3.h>

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QStandardItemModel>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTreeView>

#include <algorithm>
#include <cmath>
#include <functional>
#include <memory>
#include <set>

using dtr::gui::ConfigurationsView;
using dtr::gui::ExportDialog;

namespace {

const QString kDemo = QStringLiteral(DTR_DEMO_DIR);

std::string enc(const QString &path)
{
    return QFile::encodeName(path).toStdString();
}

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

// Rows of `SELECT COUNT(*) ... WHERE configuration_id = ?` straight from SQLite.
qint64 countFor(const QString &path, const char *sql, qint64 id)
{
    qint64 n = -1;
    sqlite3 *db = nullptr;
    if (sqlite3_open_v2(QFile::encodeName(path).constData(), &db, SQLITE_OPEN_READONLY, nullptr) == SQLITE_OK) {
        sqlite3_stmt *st = nullptr;
        if (sqlite3_prepare_v2(db, sql, -1, &st, nullptr) == SQLITE_OK) {
            sqlite3_bind_int64(st, 1, id);
            if (sqlite3_step(st) == SQLITE_ROW)
                n = sqlite3_column_int64(st, 0);
        }
        sqlite3_finalize(st);
    }
    sqlite3_close(db);
    return n;
}

std::string splitOf(const dtr::EvaluationRecord &e)
{
    const auto d = nlohmann::json::parse(e.detailsJson, nullptr, false);
    return d.is_object() ? d.value("split", "") : "";
}

// The row of a configuration in the view's (proxy) model, column `column`.
QModelIndex rowOf(ConfigurationsView &view, qint64 id, int column = ConfigurationsView::NameColumn)
{
    QAbstractItemModel *m = view.model();
    std::function<QModelIndex(const QModelIndex &)> find = [&](const QModelIndex &parent) -> QModelIndex {
        for (int r = 0; r < m->rowCount(parent); ++r) {
            const QModelIndex i = m->index(r, ConfigurationsView::NameColumn, parent);
            if (i.data(ConfigurationsView::IdRole).toLongLong() == id)
                return i.siblingAtColumn(column);
            const QModelIndex sub = find(i);
            if (sub.isValid())
                return sub;
        }
        return {};
    };
    return find(QModelIndex());
}

bool waitIdle(ConfigurationsView &view, int ms = 30000)
{
    QElapsedTimer t;
    t.start();
    while (view.isBusy() && t.elapsed() < ms)
        QTest::qWait(20);
    return !view.isBusy();
}

// Clicks the button of the next message box whose text starts with `button`; the flag
// tells whether one came (looked for during about 5 s).
std::shared_ptr<bool> answerNextMessageBox(const QString &button)
{
    auto answered = std::make_shared<bool>(false);
    auto left = std::make_shared<int>(250);
    auto *timer = new QTimer;
    timer->setInterval(20);
    QObject::connect(timer, &QTimer::timeout, timer, [timer, button, answered, left] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        if (!box) {
            if (--*left <= 0) {
                timer->stop();
                timer->deleteLater();
            }
            return;
        }
        timer->stop();
        timer->deleteLater();
        for (QAbstractButton *b : box->buttons())
            if (b->text().remove(QLatin1Char('&')).startsWith(button)) {
                *answered = true;
                b->click();
                return;
            }
        box->reject();
    });
    timer->start();
    return answered;
}

} // namespace

class TestConfigurations : public QObject
{
    Q_OBJECT

    QTemporaryDir m_tmp;
    QString m_path, m_recallVal, m_clozeVal;
    qint64 m_gdnRun = 0, m_glaRun = 0, m_manual = 0;
    std::vector<std::unique_ptr<dtr::gui::JobRunner>> m_started;

    ConfigurationsView::Starter starter()
    {
        return [this](std::unique_ptr<dtr::Job> job, const QString &) {
            m_started.push_back(std::make_unique<dtr::gui::JobRunner>(std::move(job)));
            m_started.back()->start();
            return m_started.back().get();
        };
    }

    // A view on the project, read.
    bool openView(ConfigurationsView &view)
    {
        QSignalSpy refreshed(&view, &ConfigurationsView::refreshed);
        view.setStarter(starter());
        view.setProject(m_path, 6);
        return refreshed.wait(30000) || !refreshed.isEmpty();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
        QVERIFY(m_tmp.isValid());
        m_path = m_tmp.filePath(QStringLiteral("configs.dtr"));
        const std::string path = enc(m_path);
        dtr::JobOutcome created = dtr::CreateProjectJob(path, (kDemo + QStringLiteral("/model")).toStdString()).run();
        QVERIFY2(created.status == dtr::JobStatus::Completed, created.error.c_str());
        for (const char *mixer : {"gdn", "gla"}) {
            dtr::DistillSettings s;
            s.mixer = mixer;
            s.calibFiles = {(kDemo + QStringLiteral("/data/calib.jsonl")).toStdString()};
            s.steps = 4;
            s.seqLen = 32;
            s.batchSize = 2;
            s.threads = 1;
            s.heldoutWindows = 2;
            s.evalEvery = s.checkpointEvery = 2;
            s.warmupSteps = 1;
            dtr::JobOutcome distilled = dtr::DistillJob(path, s).run();
            QVERIFY2(distilled.status == dtr::JobStatus::Completed, distilled.error.c_str());
        }
        const auto runs = dtr::Project::open(path)->distillRuns();
        QCOMPARE(runs.size(), std::size_t(2));
        m_gdnRun = runs[0].id;
        m_glaRun = runs[1].id;

        // Small tasks keep the searches short.
        m_recallVal = firstLines(kDemo + QStringLiteral("/data/tasks/recall/validation.jsonl"),
                                 m_tmp.filePath(QStringLiteral("recall/validation.jsonl")), 12);
        const QString recallTest = firstLines(kDemo + QStringLiteral("/data/tasks/recall/test.jsonl"),
                                              m_tmp.filePath(QStringLiteral("recall/test.jsonl")), 12);
        m_clozeVal = firstLines(kDemo + QStringLiteral("/data/tasks/cloze/validation.jsonl"),
                                m_tmp.filePath(QStringLiteral("cloze/validation.jsonl")), 12);
        const QString clozeTest = firstLines(kDemo + QStringLiteral("/data/tasks/cloze/test.jsonl"),
                                             m_tmp.filePath(QStringLiteral("cloze/test.jsonl")), 12);

        dtr::SearchSettings uniform;
        uniform.strategy = "uniform";
        uniform.valTask = enc(m_recallVal);
        uniform.testTask = enc(recallTest);
        uniform.studentsRun = m_gdnRun;
        uniform.greedy.maxLinear = 3;
        uniform.threads = 1;
        uniform.bootstrapSamples = 200;
        dtr::JobOutcome u = dtr::SearchJob(path, uniform).run();
        QVERIFY2(u.status == dtr::JobStatus::Completed, u.error.c_str());

        dtr::SearchSettings greedy;
        greedy.strategy = "greedy";
        greedy.valTask = enc(m_clozeVal);
        greedy.testTask = enc(clozeTest);
        greedy.studentsRun = m_glaRun;
        greedy.greedy.maxLinear = 2;
        greedy.greedy.continuePastMin = true;
        greedy.threads = 1;
        greedy.bootstrapSamples = 200;
        dtr::JobOutcome g = dtr::SearchJob(path, greedy).run();
        QVERIFY2(g.status == dtr::JobStatus::Completed, g.error.c_str());

        dtr::JobOutcome saved = dtr::SaveConfigurationJob(path, "hand-made 1 4", {1, 4}, m_gdnRun).run();
        QVERIFY2(saved.status == dtr::JobStatus::Completed, saved.error.c_str());
        m_manual = saved.result.value("id", qint64(0));
        dtr::EvalRequest r;
        r.configuration = "hand-made 1 4";
        r.taskPath = enc(m_recallVal);
        r.threads = 1;
        r.bootstrapSamples = 200;
        dtr::JobOutcome ev = dtr::EvalJob(path, r).run();
        QVERIFY2(ev.status == dtr::JobStatus::Completed, ev.error.c_str());
    }

    void rowsMatchTheProject()
    {
        ConfigurationsView view;
        view.resize(1200, 600);
        view.show();
        QVERIFY(openView(view));
        auto project = dtr::Project::open(enc(m_path));
        const auto configs = project->configurations();
        QVERIFY(configs.size() >= 6); // 3 baseline k's + best/opt of each search + hand-made
        QCOMPARE(view.entries().size(), configs.size());
        QCOMPARE(view.visibleIds().size(), static_cast<int>(configs.size()));
        QVERIFY(!view.findChild<QLabel *>(QStringLiteral("configPlaceholder"))->isVisible());
        std::set<std::string> names;
        for (const auto &c : configs) {
            names.insert(c.name);
            const QModelIndex name = rowOf(view, c.id);
            QVERIFY2(name.isValid(), c.name.c_str());
            QCOMPARE(name.data().toString(), QString::fromStdString(c.name));
            // Linear layers: the count and the strip's layers, from the stored layer types.
            QVector<int> linear;
            for (std::size_t i = 0; i < c.layerTypes.size(); ++i)
                if (c.layerTypes[i] != "full_attention")
                    linear << static_cast<int>(i);
            const QModelIndex lin = name.siblingAtColumn(ConfigurationsView::LinearColumn);
            QCOMPARE(lin.data().toString(), QString::number(linear.size()));
            QCOMPARE(lin.data(ConfigurationsView::LinearLayersRole).value<QVector<int>>(), linear);
            // Scores: a search's validation and test splits, else the latest evaluation.
            const auto evals = project->evaluations(c.id);
            std::optional<dtr::EvaluationRecord> val, test;
            for (const auto &e : evals) {
                if (splitOf(e) == "validation")
                    val = e;
                else if (splitOf(e) == "test")
                    test = e;
            }
            if (!val && !evals.empty() && c.source.rfind("search ", 0) != 0)
                val = evals.back();
            const double shownVal = name.siblingAtColumn(ConfigurationsView::ValidationColumn)
                                        .data(ConfigurationsView::ScoreRole).toDouble();
            const double shownTest = name.siblingAtColumn(ConfigurationsView::TestColumn)
                                         .data(ConfigurationsView::ScoreRole).toDouble();
            if (val) {
                QVERIFY2(shownVal == val->score, c.name.c_str());
                QVERIFY(name.siblingAtColumn(ConfigurationsView::ValidationColumn)
                            .data().toString().startsWith(QLocale().toString(val->score, 'f', 3)));
            } else {
                QVERIFY2(std::isnan(shownVal), c.name.c_str());
            }
            if (test)
                QVERIFY2(shownTest == test->score, c.name.c_str());
            else
                QVERIFY2(std::isnan(shownTest), c.name.c_str());
        }
        // The hand-made one: its evaluation shown as validation, with its interval.
        const QModelIndex manual = rowOf(view, m_manual);
        const auto ev = project->evaluations(m_manual);
        QCOMPARE(ev.size(), std::size_t(1));
        QVERIFY(ev[0].ciLow && ev[0].ciHigh);
        QCOMPARE(manual.siblingAtColumn(ConfigurationsView::ValidationColumn).data().toString(),
                 ConfigurationsView::tr("%1 \u00b1 %2")
                     .arg(QLocale().toString(ev[0].score, 'f', 3), QLocale().toString((*ev[0].ciHigh - *ev[0].ciLow) / 2, 'f', 3)));
        QCOMPARE(manual.siblingAtColumn(ConfigurationsView::TaskColumn).data().toString(), QStringLiteral("recall"));
        QCOMPARE(manual.siblingAtColumn(ConfigurationsView::MixerColumn).data().toString(), QStringLiteral("GDN"));
        // Search names read like "recall · GDN · uniform · 3 linear".
        QVERIFY(names.count("recall \u00b7 GDN \u00b7 uniform \u00b7 3 linear"));
        bool greedyBest = false;
        for (const auto &n : names)
            greedyBest |= n.rfind("cloze \u00b7 GLA \u00b7 greedy \u00b7 best (", 0) == 0;
        QVERIFY(greedyBest);

        // Sorting by a header: the Linear column ascending, then descending.
        view.tree()->sortByColumn(ConfigurationsView::LinearColumn, Qt::AscendingOrder);
        QVector<int> counts;
        for (qint64 id : view.visibleIds())
            counts << static_cast<int>(view.entry(id)->linear.size());
        QVERIFY(std::is_sorted(counts.begin(), counts.end()));
        view.tree()->sortByColumn(ConfigurationsView::LinearColumn, Qt::DescendingOrder);
        counts.clear();
        for (qint64 id : view.visibleIds())
            counts << static_cast<int>(view.entry(id)->linear.size());
        QVERIFY(std::is_sorted(counts.rbegin(), counts.rend()));
        QVERIFY(counts.first() > counts.last());

        // DTR_CONFIG_SNAPSHOT_DIR keeps a picture of the list, grouped by task.
        const QString snapshots = qEnvironmentVariable("DTR_CONFIG_SNAPSHOT_DIR");
        if (!snapshots.isEmpty()) {
            view.tree()->sortByColumn(-1, Qt::AscendingOrder);
            view.setGrouping(ConfigurationsView::GroupByTask);
            view.selectConfiguration(m_manual);
            QDir().mkpath(snapshots);
            QVERIFY(view.grab().save(snapshots + QStringLiteral("/configurations.png")));
        }
    }

    void groupingAndFilters()
    {
        ConfigurationsView view;
        QVERIFY(openView(view));
        const auto &entries = view.entries();
        const auto idsWhere = [&](const std::function<bool(const dtr::ConfigurationEntry &)> &pred) {
            std::set<qint64> ids;
            for (const auto &e : entries)
                if (pred(e))
                    ids.insert(e.record.id);
            return ids;
        };
        const auto shown = [&] {
            const QVector<qint64> v = view.visibleIds();
            return std::set<qint64>(v.begin(), v.end());
        };
        const std::set<qint64> all = idsWhere([](const auto &) { return true; });
        QCOMPARE(view.visibleGroups(), QStringList());

        // Group by task: recall and cloze, each with its configurations under it.
        view.setGrouping(ConfigurationsView::GroupByTask);
        QStringList groups = view.visibleGroups();
        groups.sort();
        QCOMPARE(groups, (QStringList{QStringLiteral("cloze"), QStringLiteral("recall")}));
        QCOMPARE(shown(), all);
        for (int r = 0; r < view.model()->rowCount(); ++r) {
            const QModelIndex g = view.model()->index(r, 0);
            const QString task = g.data(ConfigurationsView::SortRole).toString();
            for (int c = 0; c < view.model()->rowCount(g); ++c) {
                const qint64 id = view.model()->index(c, 0, g).data(ConfigurationsView::IdRole).toLongLong();
                QCOMPARE(QString::fromStdString(view.entry(id)->task), task);
            }
        }
        // By mixer: GDN and GLA.
        view.setGrouping(ConfigurationsView::GroupByMixer);
        groups = view.visibleGroups();
        groups.sort();
        QCOMPARE(groups, (QStringList{QStringLiteral("GDN"), QStringLiteral("GLA")}));
        // By search: two searches and the hand-made configuration.
        view.setGrouping(ConfigurationsView::GroupBySearch);
        QCOMPARE(view.visibleGroups().size(), 3);
        view.setGrouping(ConfigurationsView::GroupByStrategy);
        QCOMPARE(view.visibleGroups().size(), 3); // uniform, greedy, hand-made

        // The task filter: only cloze's.
        auto *task = view.findChild<QComboBox *>(QStringLiteral("configTaskFilter"));
        QVERIFY(task->findData(QStringLiteral("cloze")) > 0);
        task->setCurrentIndex(task->findData(QStringLiteral("cloze")));
        QCOMPARE(shown(), idsWhere([](const auto &e) { return e.task == "cloze"; }));
        QCOMPARE(view.visibleGroups(), QStringList{QStringLiteral("Greedy")});
        task->setCurrentIndex(0);
        QCOMPARE(shown(), all);

        // The mixer filter, with no grouping.
        view.setGrouping(ConfigurationsView::NoGrouping);
        auto *mixer = view.findChild<QComboBox *>(QStringLiteral("configMixerFilter"));
        mixer->setCurrentIndex(mixer->findData(QStringLiteral("gla")));
        const auto gla = idsWhere([](const auto &e) { return e.record.mixer == "gla"; });
        QVERIFY(!gla.empty() && gla != all);
        QCOMPARE(shown(), gla);
        mixer->setCurrentIndex(0);

        // The strategy filter.
        auto *strategy = view.findChild<QComboBox *>(QStringLiteral("configStrategyFilter"));
        strategy->setCurrentIndex(strategy->findData(QStringLiteral("manual")));
        QCOMPARE(shown(), (std::set<qint64>{m_manual}));
        strategy->setCurrentIndex(0);

        // The text filter: by name (case-insensitive), and nothing for a word in no column.
        auto *text = view.findChild<QLineEdit *>(QStringLiteral("configFilter"));
        text->setText(QStringLiteral("HAND-made"));
        QCOMPARE(shown(), (std::set<qint64>{m_manual}));
        text->setText(QStringLiteral("3 linear"));
        QCOMPARE(shown(), idsWhere([](const auto &e) { return e.record.name.find("3 linear") != std::string::npos; }));
        QVERIFY(!shown().empty());
        text->setText(QStringLiteral("no such thing"));
        QVERIFY(shown().empty());
        text->clear();
        QCOMPARE(shown(), all);
    }

    void renameThroughTheView()
    {
        ConfigurationsView view;
        view.show();
        QVERIFY(openView(view));
        // Inline editing of the Name column: the job renames it in the project.
        const QModelIndex name = rowOf(view, m_manual);
        QVERIFY(name.flags() & Qt::ItemIsEditable);
        QSignalSpy refreshed(&view, &ConfigurationsView::refreshed);
        view.model()->setData(name, QStringLiteral("  my hybrid  "), Qt::EditRole);
        QVERIFY(refreshed.wait(30000));
        QVERIFY(waitIdle(view));
        QCOMPARE(dtr::Project::open(enc(m_path))->configuration(m_manual)->name, std::string("my hybrid"));
        QCOMPARE(rowOf(view, m_manual).data().toString(), QStringLiteral("my hybrid"));
        QVERIFY(view.message().contains(QStringLiteral("my hybrid")));

        // A taken name: refused with a message naming it, nothing changed.
        const auto &other = view.entries().front();
        QVERIFY(other.record.id != m_manual);
        const QString taken = QString::fromStdString(other.record.name);
        QSignalSpy failed(&view, &ConfigurationsView::jobFailed);
        view.model()->setData(rowOf(view, m_manual), taken, Qt::EditRole);
        QVERIFY(failed.wait(30000));
        QVERIFY(waitIdle(view));
        QVERIFY2(failed.first().first().toString().contains(taken), qPrintable(failed.first().first().toString()));
        QVERIFY2(view.message().contains(taken) && view.message().contains(QStringLiteral("already exists")),
                 qPrintable(view.message()));
        QCOMPARE(dtr::Project::open(enc(m_path))->configuration(m_manual)->name, std::string("my hybrid"));
        QCOMPARE(rowOf(view, m_manual).data().toString(), QStringLiteral("my hybrid"));
        QCOMPARE(dtr::Project::open(enc(m_path))->configuration(other.record.id)->name, other.record.name);

        // F2 opens the editor on the current row.
        view.selectConfiguration(m_manual);
        QVERIFY(view.action(ConfigurationsView::RenameAction)->isEnabled());
        view.tree()->setFocus();
        view.action(ConfigurationsView::RenameAction)->trigger();
        QTRY_VERIFY(view.tree()->findChild<QLineEdit *>() && view.tree()->findChild<QLineEdit *>()->isVisible());
        QCOMPARE(view.tree()->findChild<QLineEdit *>()->text(), QStringLiteral("my hybrid"));
        QTest::keyClick(view.tree()->findChild<QLineEdit *>(), Qt::Key_Escape);
    }

    void compareAndLayerMap()
    {
        ConfigurationsView view;
        view.show();
        QVERIFY(openView(view));
        const QVector<qint64> ids = view.visibleIds();
        QVERIFY(ids.size() >= 3);
        QVERIFY(!view.action(ConfigurationsView::CompareAction)->isEnabled());
        // Select the first and the third.
        auto *sel = view.tree()->selectionModel();
        sel->select(rowOf(view, ids[0]), QItemSelectionModel::Select | QItemSelectionModel::Rows);
        sel->select(rowOf(view, ids[2]), QItemSelectionModel::Select | QItemSelectionModel::Rows);
        QCOMPARE(view.selectedIds(), (QVector<qint64>{ids[0], ids[2]}));
        QVERIFY(view.action(ConfigurationsView::CompareAction)->isEnabled());
        QVERIFY(!view.action(ConfigurationsView::ExportAction)->isEnabled()); // one at a time
        QSignalSpy compare(&view, &ConfigurationsView::compareRequested);
        view.action(ConfigurationsView::CompareAction)->trigger();
        QCOMPARE(compare.size(), 1);
        QCOMPARE(compare.first().first().value<QVector<qint64>>(), (QVector<qint64>{ids[0], ids[2]}));

        // Show in layer map: the name and linear layers of the current one.
        view.selectConfiguration(m_manual);
        QSignalSpy map(&view, &ConfigurationsView::showInLayerMap);
        view.action(ConfigurationsView::ShowInLayerMapAction)->trigger();
        QCOMPARE(map.size(), 1);
        QCOMPARE(map.first().at(0).toString(), QString::fromStdString(view.entry(m_manual)->record.name));
        QCOMPARE(map.first().at(1).value<QVector<int>>(), (QVector<int>{1, 4}));
    }

    void evaluateThroughTheStarter()
    {
        ConfigurationsView view;
        QVERIFY(openView(view));
        const std::size_t before = dtr::Project::open(enc(m_path))->evaluations(m_manual).size();
        const std::size_t jobs = m_started.size();
        QSignalSpy refreshed(&view, &ConfigurationsView::refreshed);
        view.evaluate({m_manual}, m_clozeVal);
        QCOMPARE(m_started.size(), jobs + 1);
        QCOMPARE(m_started.back()->kind(), QStringLiteral("eval"));
        QTRY_VERIFY_WITH_TIMEOUT(m_started.back()->isFinished(), 120000);
        QCOMPARE(m_started.back()->outcome().status, dtr::JobStatus::Completed);
        QTRY_VERIFY_WITH_TIMEOUT(!refreshed.isEmpty() && !view.isBusy(), 30000);
        const auto evals = dtr::Project::open(enc(m_path))->evaluations(m_manual);
        QCOMPARE(evals.size(), before + 1);
        // The latest evaluation is what the hand-made configuration shows, on its task.
        QCOMPARE(rowOf(view, m_manual, ConfigurationsView::ValidationColumn).data(ConfigurationsView::ScoreRole).toDouble(),
                 evals.back().score);
        QCOMPARE(rowOf(view, m_manual, ConfigurationsView::TaskColumn).data().toString(), QStringLiteral("cloze"));
    }

    void benchmarkThroughTheStarter()
    {
        ConfigurationsView view;
        QVERIFY(openView(view));
        qint64 id = 0;
        for (const auto &e : view.entries())
            if (e.record.name == "recall \u00b7 GDN \u00b7 uniform \u00b7 2 linear")
                id = e.record.id;
        QVERIFY(id > 0);
        QVERIFY(rowOf(view, id, ConfigurationsView::BenchmarkColumn).data().toString().isEmpty());
        const std::size_t jobs = m_started.size();
        QSignalSpy refreshed(&view, &ConfigurationsView::refreshed);
        view.benchmark({id}, ConfigurationsView::parseContexts(QStringLiteral("32, 16")));
        QCOMPARE(m_started.size(), jobs + 1);
        QCOMPARE(m_started.back()->kind(), QStringLiteral("bench"));
        QTRY_VERIFY_WITH_TIMEOUT(m_started.back()->isFinished(), 120000);
        QVERIFY2(m_started.back()->outcome().status == dtr::JobStatus::Completed, m_started.back()->outcome().error.c_str());
        QTRY_VERIFY_WITH_TIMEOUT(!refreshed.isEmpty() && !view.isBusy(), 30000);
        // Stored per context; the column shows the decode latency at the largest.
        const auto stored = dtr::Project::open(enc(m_path))->benchmarks(id);
        std::set<std::int64_t> contexts;
        for (const auto &b : stored)
            contexts.insert(b.seqLen);
        QCOMPARE(contexts, (std::set<std::int64_t>{16, 32}));
        const dtr::ConfigurationEntry *e = view.entry(id);
        QVERIFY(e && e->benchmarks.size() == 2);
        const auto &at32 = e->benchmarks[0].context == 32 ? e->benchmarks[0] : e->benchmarks[1];
        QCOMPARE(at32.context, std::int64_t(32));
        QVERIFY(at32.decodeMedianMs > 0);
        const QModelIndex cell = rowOf(view, id, ConfigurationsView::BenchmarkColumn);
        QCOMPARE(cell.data(ConfigurationsView::SortRole).toDouble(), at32.decodeMedianMs);
        QVERIFY2(cell.data().toString().contains(QStringLiteral("@ 32")), qPrintable(cell.data().toString()));
        QVERIFY(cell.data().toString().startsWith(QLocale().toString(at32.decodeMedianMs, 'f', 2)));
    }

    void exportDialog()
    {
        ConfigurationsView view;
        view.show();
        QVERIFY(openView(view));
        ExportDialog *dialog = view.openExportDialog(m_manual);
        QVERIFY(dialog);
        QCOMPARE(dialog->configuration(), QString::fromStdString(view.entry(m_manual)->record.name));
        QCOMPARE(dialog->findChild<QLabel *>(QStringLiteral("exportConfiguration"))->text(), dialog->configuration());

        // An existing folder: refused inline, nothing started.
        const QString existing = m_tmp.filePath(QStringLiteral("taken"));
        QVERIFY(QDir().mkpath(existing));
        dialog->setFolder(existing);
        QVERIFY(!dialog->startExport());
        QVERIFY(!dialog->isRunning());
        QVERIFY2(dialog->errorText().contains(QStringLiteral("already exists")), qPrintable(dialog->errorText()));
        QVERIFY(QDir(existing).isEmpty());
        // A folder inside one that does not exist: refused too.
        dialog->setFolder(m_tmp.filePath(QStringLiteral("nowhere/out")));
        QVERIFY(!dialog->startExport());
        QVERIFY(!dialog->errorText().isEmpty());

        // A new folder: exported in bfloat16.
        const QString out = m_tmp.filePath(QStringLiteral("exports/") + ExportDialog::folderNameFor(dialog->configuration()));
        QVERIFY(QDir().mkpath(QFileInfo(out).absolutePath()));
        dialog->setFolder(out);
        QVERIFY(dialog->errorText().isEmpty());
        dialog->setDtype(QStringLiteral("bfloat16"));
        QCOMPARE(dialog->dtype(), QStringLiteral("bfloat16"));
        QSignalSpy finished(dialog, &ExportDialog::exportFinished);
        QSignalSpy failed(dialog, &ExportDialog::exportFailed);
        QSignalSpy refreshed(&view, &ConfigurationsView::refreshed);
        QVERIFY(dialog->startExport());
        QVERIFY(dialog->isRunning());
        QVERIFY(!dialog->findChild<QPushButton *>(QStringLiteral("exportStart"))->isEnabled());
        QTRY_VERIFY_WITH_TIMEOUT(!finished.isEmpty() || !failed.isEmpty(), 120000);
        QVERIFY2(failed.isEmpty(), failed.isEmpty() ? "" : qPrintable(failed.first().first().toString()));
        QVERIFY(!dialog->isRunning());
        QCOMPARE(QFileInfo(dialog->resultPath()).canonicalFilePath(), QFileInfo(out).canonicalFilePath());
        QCOMPARE(finished.first().first().toString(), dialog->resultPath());
        QVERIFY(dialog->findChild<QPushButton *>(QStringLiteral("exportOpen"))->isVisible());
        QVERIFY(dialog->findChild<QLabel *>(QStringLiteral("exportResult"))->text().contains(QFileInfo(out).fileName()));
        QVERIFY(QFileInfo(out + QStringLiteral("/config.json")).isFile());
        QVERIFY(QFileInfo(out + QStringLiteral("/model.safetensors")).isFile()
                || QFileInfo(out + QStringLiteral("/model.safetensors.index.json")).isFile());
        {
            QFile f(out + QStringLiteral("/config.json"));
            QVERIFY(f.open(QIODevice::ReadOnly));
            const auto cfg = nlohmann::json::parse(f.readAll().toStdString());
            QCOMPARE(cfg.at("layer_types").at(1).get<std::string>(), std::string("linear_attention"));
            QCOMPARE(cfg.at("layer_types").at(0).get<std::string>(), std::string("full_attention"));
        }
        // The same folder again: now refused.
        QVERIFY(!dialog->startExport());
        QVERIFY(dialog->errorText().contains(QStringLiteral("already exists")));

        // dtr loads it back.
        const dtrtest::Run r = dtrtest::dtrRun({QStringLiteral("generate"), out, QStringLiteral("--prompt"),
                                                QStringLiteral("The cat"), QStringLiteral("--max-new-tokens"),
                                                QStringLiteral("4")});
        QVERIFY2(r.status == QProcess::NormalExit && r.exitCode == 0, qPrintable(r.err));
        QVERIFY(!r.out.trimmed().isEmpty());

        // The list read again: the Exported column shows the folder.
        QTRY_VERIFY_WITH_TIMEOUT(!refreshed.isEmpty() && !view.isBusy(), 30000);
        QVERIFY2(rowOf(view, m_manual, ConfigurationsView::ExportColumn).data().toString().contains(QFileInfo(out).fileName()),
                 qPrintable(rowOf(view, m_manual, ConfigurationsView::ExportColumn).data().toString()));
        dialog->close();
    }

    void deleteThroughTheView()
    {
        ConfigurationsView view;
        view.show();
        QVERIFY(openView(view));
        const std::size_t before = view.entries().size();
        QVERIFY(countFor(m_path, "SELECT COUNT(*) FROM evaluations WHERE configuration_id = ?", m_manual) >= 1);
        view.selectConfiguration(m_manual);
        QCOMPARE(view.selectedIds(), QVector<qint64>{m_manual});

        // Del on the list asks; Cancel in the confirmation: nothing happens.
        QApplication::setActiveWindow(&view);
        QVERIFY(QTest::qWaitForWindowActive(&view));
        view.tree()->setFocus();
        const auto cancelled = answerNextMessageBox(QStringLiteral("Cancel"));
        QTest::keyClick(view.tree(), Qt::Key_Delete);
        QTRY_VERIFY(*cancelled);
        QVERIFY(waitIdle(view));
        QVERIFY(dtr::Project::open(enc(m_path))->configuration(m_manual).has_value());

        // Delete: gone from the file with its evaluations, and from the list.
        QSignalSpy refreshed(&view, &ConfigurationsView::refreshed);
        const auto confirmed = answerNextMessageBox(QStringLiteral("Delete"));
        view.action(ConfigurationsView::DeleteAction)->trigger();
        QVERIFY(*confirmed);
        QVERIFY(refreshed.wait(30000));
        QVERIFY(waitIdle(view));
        QVERIFY(!dtr::Project::open(enc(m_path))->configuration(m_manual).has_value());
        QCOMPARE(countFor(m_path, "SELECT COUNT(*) FROM evaluations WHERE configuration_id = ?", m_manual), qint64(0));
        QCOMPARE(countFor(m_path, "SELECT COUNT(*) FROM exports WHERE configuration_id = ?", m_manual), qint64(0));
        QCOMPARE(view.entries().size(), before - 1);
        QVERIFY(!rowOf(view, m_manual).isValid());
    }

    void emptyProject()
    {
        ConfigurationsView view;
        view.show();
        auto *placeholder = view.findChild<QLabel *>(QStringLiteral("configPlaceholder"));
        QVERIFY(placeholder->isVisible()); // no project
        const QString path = m_tmp.filePath(QStringLiteral("empty.dtr"));
        dtr::JobOutcome created = dtr::CreateProjectJob(enc(path), (kDemo + QStringLiteral("/model")).toStdString()).run();
        QVERIFY2(created.status == dtr::JobStatus::Completed, created.error.c_str());
        QSignalSpy refreshed(&view, &ConfigurationsView::refreshed);
        view.setProject(path, 6);
        QVERIFY(refreshed.wait(30000));
        QVERIFY(view.entries().empty());
        QVERIFY(placeholder->isVisible());
        QVERIFY2(placeholder->text().contains(QStringLiteral("Run a search or save the layer map as a configuration")),
                 qPrintable(placeholder->text()));
        QVERIFY(!view.action(ConfigurationsView::DeleteAction)->isEnabled());
        view.clearProject();
        QVERIFY(view.entries().empty());
        QVERIFY(placeholder->isVisible());
    }

    void contexts()
    {
        QCOMPARE(ConfigurationsView::parseContexts(QStringLiteral("8192, 512,2048")),
                 (std::vector<std::int64_t>{512, 2048, 8192}));
        QVERIFY(ConfigurationsView::parseContexts(QStringLiteral("512, x")).empty());
        QVERIFY(ConfigurationsView::parseContexts(QStringLiteral("0")).empty());
        QCOMPARE(ExportDialog::folderNameFor(QStringLiteral("recall \u00b7 GDN \u00b7 greedy \u00b7 best (4 linear)")),
                 QStringLiteral("recall-gdn-greedy-best-4-linear"));
    }

    void cleanupTestCase()
    {
        for (auto &r : m_started)
            r->wait();
        m_started.clear();
    }
};

QTEST_MAIN(TestConfigurations)
#include "tst_configurations.moc"
