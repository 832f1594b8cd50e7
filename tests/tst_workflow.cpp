// The whole Distill-then-Replace workflow through the window's widgets, as a person does
// it with the mouse, on the demo model and with no CLI call: a new project, a
// distillation started from the distillation view, a layer pinned and one forbidden on
// the layer map by clicks, a greedy search and a uniform baseline started from the search
// view, M_best and the uniform baseline at the same number of linear layers compared side
// by side, and M_best exported from the configurations list's export dialog.

#include "comparisonview.h"
#include "configurationsview.h"
#include "distillview.h"
#include "exportdialog.h"
#include "jobrunner.h"
#include "jobsview.h"
#include "layermapview.h"
#include "layerstrip.h"
#include "mainwindow.h"
#include "resultsviews.h"
#include "searchview.h"
#include "whatifpanel.h"

#include "project/configuration_catalog.h"
#include "project/project.h"

#include <nlohmann/json.hpp>

#include <QAbstractItemModel>
#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QItemSelectionModel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

#include <fstream>

using dtr::gui::ConfigurationsView;
using dtr::gui::MainWindow;

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

// The row of configuration `id` in the list (any depth).
QModelIndex findRow(const QAbstractItemModel *m, qint64 id, const QModelIndex &parent = {})
{
    for (int r = 0; r < m->rowCount(parent); ++r) {
        const QModelIndex i = m->index(r, 0, parent);
        if (i.data(ConfigurationsView::IdRole).toLongLong() == id)
            return i;
        const QModelIndex deeper = findRow(m, id, i);
        if (deeper.isValid())
            return deeper;
    }
    return {};
}

bool waitFor(dtr::gui::JobRunner *runner, int ms)
{
    QElapsedTimer t;
    t.start();
    while (!runner->isFinished() && t.elapsed() < ms)
        QTest::qWait(50);
    return runner->isFinished() && runner->outcome().status == dtr::JobStatus::Completed;
}

} // namespace

class TestWorkflow : public QObject
{
    Q_OBJECT

    QTemporaryDir m_tmp;

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
        QVERIFY(m_tmp.isValid());
    }

    void wholeWorkflow()
    {
        MainWindow window;
        window.setShowErrorDialogs(false);
        window.resize(1400, 900);
        window.show();
        auto *jobs = window.jobsView();

        // 1. New project (File > New Project's two dialogs end in this call).
        const QString path = m_tmp.filePath(QStringLiteral("workflow.dtr"));
        QSignalSpy loaded(&window, &MainWindow::modelLoaded);
        window.createProject(kDemo + QStringLiteral("/model"), path);
        QVERIFY(loaded.wait(120000) || loaded.count() == 1);
        QCOMPARE(window.projectPath(), QFileInfo(path).absoluteFilePath());

        // 2. Distil every layer from the distillation view.
        QTest::keyClick(&window, Qt::Key_2, Qt::ControlModifier);
        auto *distill = window.distillView();
        QCOMPARE(window.views()->currentWidget(), distill);
        child<QListWidget>(distill, "distillCalibFiles")->addItem(kDemo + QStringLiteral("/data/calib.jsonl"));
        child<QSpinBox>(distill, "distillSteps")->setValue(24);
        child<QSpinBox>(distill, "distillSeqLen")->setValue(32);
        child<QSpinBox>(distill, "distillBatch")->setValue(2);
        child<QSpinBox>(distill, "distillThreads")->setValue(1);
        int before = jobs->count();
        QTest::mouseClick(child<QPushButton>(distill, "distillStart"), Qt::LeftButton);
        QCOMPARE(jobs->count(), before + 1);
        QVERIFY(waitFor(jobs->runner(before), 600000));
        QTRY_VERIFY_WITH_TIMEOUT(window.layerMapView()->selectedRun() > 0, 30000);

        // 3. On the layer map, pin layer 3 (one click) and forbid layer 0 (two clicks).
        QTest::keyClick(&window, Qt::Key_1, Qt::ControlModifier);
        dtr::gui::LayerStrip *strip = window.layerMapView()->strip();
        QTest::mouseClick(strip, Qt::LeftButton, {}, strip->cellRect(3).center());
        QTest::mouseClick(strip, Qt::LeftButton, {}, strip->cellRect(0).center());
        QTest::mouseClick(strip, Qt::LeftButton, {}, strip->cellRect(0).center());
        QTRY_VERIFY_WITH_TIMEOUT(!window.isSavingConstraints(), 20000);
        {
            const auto c = dtr::Project::open(path.toStdString())->layerConstraints();
            QCOMPARE(c.pinned, (std::vector<std::int64_t>{3}));
            QCOMPARE(c.forbidden, (std::vector<std::int64_t>{0}));
        }
        // The what-if panel predicts the pinned map's decode speed-up.
        dtr::gui::WhatIfPanel *whatIf = window.results()->whatIf();
        QTRY_VERIFY2_WITH_TIMEOUT(whatIf->hasCosts(), qPrintable(whatIf->summaryText()), 60000);
        QVERIFY(whatIf->predictedSpeedup() > 1.0);
        // Measured once for the completed run: refreshes of the project keep it.
        {
            const int measured = whatIf->measurements();
            QSignalSpy refreshed(&window, &MainWindow::projectRefreshed);
            window.refreshProject();
            QVERIFY(refreshed.wait(20000) || refreshed.count() == 1);
            window.refreshProject();
            QTRY_VERIFY_WITH_TIMEOUT(refreshed.count() == 2, 20000);
            QCOMPARE(whatIf->measurements(), measured);
            QVERIFY(whatIf->hasCosts());
        }

        // 4. A greedy search, then a uniform baseline, from the search view.
        QTest::keyClick(&window, Qt::Key_3, Qt::ControlModifier);
        dtr::gui::SearchView *search = window.searchView();
        const QString val = firstLines(kDemo + QStringLiteral("/data/tasks/recall/validation.jsonl"),
                                       m_tmp.filePath(QStringLiteral("recall/validation.jsonl")), 24);
        const QString test = firstLines(kDemo + QStringLiteral("/data/tasks/recall/test.jsonl"),
                                        m_tmp.filePath(QStringLiteral("recall/test.jsonl")), 20);
        search->setValidationTask(val);
        search->setTestTask(test);
        QTRY_VERIFY_WITH_TIMEOUT(!search->isLoading(), 20000);
        child<QCheckBox>(search, "searchContinue")->setChecked(true);
        QTRY_VERIFY_WITH_TIMEOUT(child<QComboBox>(search, "searchStudents")->count() >= 1, 20000);
        before = jobs->count();
        QTest::mouseClick(child<QPushButton>(search, "searchStart"), Qt::LeftButton);
        QCOMPARE(jobs->count(), before + 1);
        QVERIFY(waitFor(jobs->runner(before), 900000));
        auto *strategy = child<QComboBox>(search, "searchStrategy");
        strategy->setCurrentIndex(strategy->findData(QStringLiteral("uniform")));
        before = jobs->count();
        QTest::mouseClick(child<QPushButton>(search, "searchStart"), Qt::LeftButton);
        QCOMPARE(jobs->count(), before + 1);
        QVERIFY(waitFor(jobs->runner(before), 900000));

        // The searches kept the map's pin and forbidden layer.
        const auto project = dtr::Project::open(path.toStdString());
        const auto searches = project->searchRuns();
        QCOMPARE(searches.size(), std::size_t(2));
        const auto catalog = dtr::configurationCatalog(*project);
        const dtr::ConfigurationEntry *best = nullptr;
        for (const auto &e : catalog)
            if (e.searchId == searches[0].id && e.origin == "best")
                best = &e;
        QVERIFY(best);
        QVERIFY(std::find(best->linear.begin(), best->linear.end(), 3) != best->linear.end());
        QVERIFY(std::find(best->linear.begin(), best->linear.end(), 0) == best->linear.end());
        const dtr::ConfigurationEntry *uniform = nullptr;
        for (const auto &e : catalog)
            if (e.searchId == searches[1].id && e.origin == "k" && e.linear.size() == best->linear.size())
                uniform = &e;
        // M_best may be the pinned layer alone: the baseline starts from it, so it has no
        // configuration of its own at that k; its M_best then stands for it.
        if (!uniform)
            for (const auto &e : catalog)
                if (e.searchId == searches[1].id && e.origin == "best")
                    uniform = &e;
        QVERIFY2(uniform, "the uniform baseline saved no configuration");

        // 5. In the configurations list: select M_best and that uniform baseline, Compare.
        QTest::keyClick(&window, Qt::Key_4, Qt::ControlModifier);
        ConfigurationsView *configs = window.results()->configurations();
        QCOMPARE(window.views()->currentWidget(), configs);
        QTRY_VERIFY_WITH_TIMEOUT(configs->entries().size() == catalog.size() && !configs->isBusy(), 30000);
        configs->setGrouping(ConfigurationsView::NoGrouping);
        QTreeView *tree = configs->tree();
        const QModelIndex bestRow = findRow(tree->model(), best->record.id);
        const QModelIndex uniformRow = findRow(tree->model(), uniform->record.id);
        QVERIFY(bestRow.isValid() && uniformRow.isValid());
        tree->scrollTo(bestRow);
        QTest::mouseClick(tree->viewport(), Qt::LeftButton, {}, tree->visualRect(bestRow).center());
        tree->scrollTo(uniformRow);
        QTest::mouseClick(tree->viewport(), Qt::LeftButton, Qt::ControlModifier, tree->visualRect(uniformRow).center());
        QCOMPARE(configs->selectedIds().size(), 2);
        QVERIFY(configs->action(ConfigurationsView::CompareAction)->isEnabled());
        configs->action(ConfigurationsView::CompareAction)->trigger();
        dtr::gui::ComparisonView *comparison = window.results()->comparison();
        QCOMPARE(window.views()->currentWidget(), comparison);
        QCOMPARE(comparison->entries().size(), std::size_t(2));
        QCOMPARE(comparison->tableModel()->rowCount(), 2);
        for (const auto &e : comparison->entries()) {
            const dtr::ConfigurationEntry &want = e.record.id == best->record.id ? *best : *uniform;
            QCOMPARE(e.linear, want.linear);
            QCOMPARE(e.validation->value, want.validation->value);
            QCOMPARE(e.test->value, want.test->value);
        }

        // 6. Export M_best from the list's export dialog.
        QTest::keyClick(&window, Qt::Key_4, Qt::ControlModifier);
        configs->selectConfiguration(best->record.id);
        dtr::gui::ExportDialog *dialog = configs->openExportDialog(best->record.id);
        QVERIFY(dialog);
        const QString folder = m_tmp.filePath(QStringLiteral("exported"));
        dialog->setFolder(folder);
        dialog->setDtype(QStringLiteral("float32"));
        QSignalSpy exported(dialog, &dtr::gui::ExportDialog::exportFinished);
        QVERIFY(dialog->startExport());
        QVERIFY(exported.wait(300000) || exported.count() == 1);
        QCOMPARE(QFileInfo(exported.first().first().toString()).absoluteFilePath(), QFileInfo(folder).absoluteFilePath());
        std::ifstream cfg(QFile::encodeName(folder + QStringLiteral("/config.json")).toStdString());
        QVERIFY(cfg.good());
        const nlohmann::json config = nlohmann::json::parse(cfg);
        // The export's linear layers are M_best's.
        std::vector<std::int64_t> linear;
        const auto &layers = config.at("linear_attn_config").at("layers");
        for (auto it = layers.begin(); it != layers.end(); ++it)
            linear.push_back(std::stoll(it.key()));
        std::sort(linear.begin(), linear.end());
        QCOMPARE(linear, best->linear);
        // The list shows the export once it has been read again.
        QTRY_VERIFY_WITH_TIMEOUT(!configs->entry(best->record.id)->exports.empty(), 30000);
    }
};

QTEST_MAIN(TestWorkflow)
#include "tst_workflow.moc"
