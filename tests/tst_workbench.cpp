// GUI tests of the workbench's project views (offscreen): the layer map's constraints
// (clicks, keys, context menu, undo, stored in the project), and a distillation run from
// the form: validation, start, progress to the jobs dock and the plots, cancel, resume
// to completion, the plotted values against v_layer_loss, and a past run read back.

#include "distillview.h"
#include "jobrunner.h"
#include "jobsview.h"
#include "layermapview.h"
#include "layerstrip.h"
#include "layertablemodel.h"
#include "lossbars.h"
#include "lossplot.h"
#include "mainwindow.h"
#include "preferencesdialog.h"
#include "translations.h"

#include "project/project.h"

#include <sqlite3.h>

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QContextMenuEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTranslator>
#include <QTreeWidget>
#include <QUndoStack>

#include <cmath>
#include <map>

using dtr::gui::LayerConstraint;
using dtr::gui::LossPlot;
using dtr::gui::MainWindow;

namespace {

const QString kDemo = QStringLiteral(DTR_DEMO_DIR);

struct Row
{
    qint64 layer;
    QString split;
    double step, loss; // loss NaN for NULL
};

// The rows of v_layer_loss for one run, read with SQLite directly.
std::vector<Row> layerLossRows(const QString &path, qint64 runId)
{
    std::vector<Row> rows;
    sqlite3 *db = nullptr;
    if (sqlite3_open_v2(QFile::encodeName(path).constData(), &db, SQLITE_OPEN_READONLY, nullptr) != SQLITE_OK) {
        sqlite3_close(db);
        return rows;
    }
    sqlite3_stmt *st = nullptr;
    sqlite3_prepare_v2(db, "SELECT layer, split, step, loss FROM v_layer_loss WHERE run_id = ? ORDER BY layer, split, step",
                       -1, &st, nullptr);
    sqlite3_bind_int64(st, 1, runId);
    while (sqlite3_step(st) == SQLITE_ROW)
        rows.push_back({sqlite3_column_int64(st, 0), QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(st, 1))),
                        sqlite3_column_double(st, 2),
                        sqlite3_column_type(st, 3) == SQLITE_NULL ? std::nan("") : sqlite3_column_double(st, 3)});
    sqlite3_finalize(st);
    sqlite3_close(db);
    return rows;
}

// Every plotted point of the shown run equals a v_layer_loss row and every row is plotted.
QString comparePlotWithProject(LossPlot *plot, const QString &path, qint64 runId)
{
    std::map<std::pair<qint64, QString>, QVector<QPointF>> stored;
    for (const Row &r : layerLossRows(path, runId))
        stored[{r.layer, r.split}].append(QPointF(r.step, r.loss));
    if (stored.empty())
        return QStringLiteral("no rows in v_layer_loss for run %1").arg(runId);
    for (qint64 layer : plot->layers())
        for (const auto &[split, name] : {std::pair{LossPlot::Split::Train, QStringLiteral("train")},
                                          std::pair{LossPlot::Split::Heldout, QStringLiteral("heldout")}}) {
            const QVector<QPointF> shown = plot->points(layer, split);
            const QVector<QPointF> rows = stored[{layer, name}];
            if (shown.size() != rows.size())
                return QStringLiteral("layer %1 %2: %3 points plotted, %4 rows").arg(layer).arg(name).arg(shown.size()).arg(rows.size());
            for (int i = 0; i < rows.size(); ++i) {
                const bool same = shown[i].x() == rows[i].x()
                    && (shown[i].y() == rows[i].y() || (std::isnan(shown[i].y()) && std::isnan(rows[i].y())));
                if (!same)
                    return QStringLiteral("layer %1 %2 point %3: plotted (%4, %5), stored (%6, %7)")
                        .arg(layer).arg(name).arg(i).arg(shown[i].x()).arg(shown[i].y()).arg(rows[i].x()).arg(rows[i].y());
            }
        }
    return {};
}

template <typename T>
T *child(QObject *parent, const char *name)
{
    T *w = parent->findChild<T *>(QLatin1String(name));
    if (!w)
        qWarning("no child %s", name);
    return w;
}

} // namespace

class TestWorkbench : public QObject
{
    Q_OBJECT

    QTemporaryDir m_tmp;

    // A new project on the demo model, open in the window with its model read.
    bool openNewProject(MainWindow &window, const QString &path)
    {
        QSignalSpy loaded(&window, &MainWindow::modelLoaded);
        window.createProject(kDemo + QStringLiteral("/model"), path);
        return loaded.wait(60000) || loaded.count() == 1;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
        QVERIFY(m_tmp.isValid());
    }

    void layerMapConstraints()
    {
        MainWindow window;
        window.setShowErrorDialogs(false);
        window.show();
        const QString path = m_tmp.filePath(QStringLiteral("constraints.dtr"));
        QVERIFY(openNewProject(window, path));
        auto *map = window.layerMapView();
        auto *strip = map->strip();
        auto *model = map->model();
        QCOMPARE(model->rowCount(), 6);
        QTRY_VERIFY(strip->width() > 0);
        QSignalSpy requested(strip, &dtr::gui::LayerStrip::constraintRequested);
        QSignalSpy edited(map, &dtr::gui::LayerMapView::constraintsEdited);

        // A click cycles free -> pinned -> forbidden.
        QTest::mouseClick(strip, Qt::LeftButton, {}, strip->cellRect(1).center());
        QCOMPARE(requested.count(), 1);
        QCOMPARE(requested.at(0).at(0).toInt(), 1);
        QCOMPARE(model->constraint(1), LayerConstraint::Pinned);
        QTest::mouseClick(strip, Qt::LeftButton, {}, strip->cellRect(2).center());
        QTest::mouseClick(strip, Qt::LeftButton, {}, strip->cellRect(2).center());
        QCOMPARE(model->constraint(2), LayerConstraint::Forbidden);
        // Keys: P pins the current layer.
        strip->setFocus();
        strip->setCurrentLayer(3);
        QTest::keyClick(strip, Qt::Key_P);
        QCOMPARE(model->constraint(3), LayerConstraint::Pinned);
        // The context menu offers the three constraints; "Forbid" on layer 5.
        QTimer::singleShot(50, this, [] {
            auto *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget());
            QVERIFY(menu);
            for (QAction *a : menu->actions())
                if (a->text().startsWith(QStringLiteral("Forbid")))
                    a->trigger();
            menu->close();
        });
        QContextMenuEvent menuEvent(QContextMenuEvent::Mouse, strip->cellRect(5).center(), strip->mapToGlobal(strip->cellRect(5).center()));
        QApplication::sendEvent(strip, &menuEvent);
        QCOMPARE(model->constraint(5), LayerConstraint::Forbidden);
        QCOMPARE(requested.count(), 5);
        QCOMPARE(edited.count(), 5);
        QCOMPARE(map->undoStack()->count(), 5);
        // The distillation form follows the map: every layer not forbidden.
        QCOMPARE(child<QLineEdit>(&window, "distillLayers")->text(), QStringLiteral("0,1,3,4"));

        // Stored in the project.
        const auto stored = [&] { return dtr::Project::open(path.toStdString())->layerConstraints(); };
        QTRY_VERIFY_WITH_TIMEOUT(!window.isSavingConstraints(), 20000);
        QVERIFY((stored() == dtr::LayerConstraints{{1, 3}, {2, 5}}));

        // Undo (Edit > Undo) takes the last change back, in the file too; Redo redoes it.
        QAction *undo = child<QAction>(&window, "undoAction");
        QAction *redo = child<QAction>(&window, "redoAction");
        QVERIFY(undo->isEnabled());
        undo->trigger();
        QCOMPARE(model->constraint(5), LayerConstraint::Free);
        undo->trigger();
        QCOMPARE(model->constraint(3), LayerConstraint::Free);
        QTRY_VERIFY_WITH_TIMEOUT(!window.isSavingConstraints(), 20000);
        QVERIFY((stored() == dtr::LayerConstraints{{1}, {2}}));
        redo->trigger();
        QCOMPARE(model->constraint(3), LayerConstraint::Pinned);
        QTRY_VERIFY_WITH_TIMEOUT(!window.isSavingConstraints(), 20000);
        QVERIFY((stored() == dtr::LayerConstraints{{1, 3}, {2}}));

        // Another window on the same file shows them, and a change written by another
        // process (dtr project constraints) reaches this window on refresh.
        {
            MainWindow other;
            other.setShowErrorDialogs(false);
            QSignalSpy loaded(&other, &MainWindow::modelLoaded);
            other.openProject(path);
            QVERIFY(loaded.wait(30000));
            QCOMPARE(other.layerMapView()->model()->constraint(1), LayerConstraint::Pinned);
            QCOMPARE(other.layerMapView()->model()->constraint(2), LayerConstraint::Forbidden);
            QCOMPARE(other.layerMapView()->model()->constraint(3), LayerConstraint::Pinned);
        }
        dtr::Project::open(path.toStdString())->setLayerConstraints({{0}, {}});
        QSignalSpy refreshed(&window, &MainWindow::projectRefreshed);
        window.refreshProject();
        QVERIFY(refreshed.wait(20000));
        QCOMPARE(model->constraint(0), LayerConstraint::Pinned);
        QCOMPARE(model->constraint(1), LayerConstraint::Free);
        QCOMPARE(map->undoStack()->count(), 0); // the history was of other constraints
    }

    void distillationFromTheForm()
    {
        MainWindow window;
        window.setShowErrorDialogs(false);
        window.resize(1400, 900);
        window.show();
        const QString path = m_tmp.filePath(QStringLiteral("distill.dtr"));
        QVERIFY(openNewProject(window, path));
        window.showView(QStringLiteral("distillation"));
        auto *view = window.distillView();
        QCOMPARE(window.views()->currentWidget(), view);
        auto *jobs = window.jobsView();
        const int jobsBefore = jobs->count();
        auto *start = child<QPushButton>(view, "distillStart");
        auto *cancel = child<QPushButton>(view, "distillCancel");
        auto *resume = child<QPushButton>(view, "distillResume");
        QVERIFY(start->isEnabled());
        QVERIFY(!cancel->isEnabled());

        // Validation: errors next to their fields, nothing starts.
        auto *lr = child<QLineEdit>(view, "distillLr");
        lr->setText(QStringLiteral("fast"));
        child<QLineEdit>(view, "distillLayers")->setText(QStringLiteral("0-9"));
        QTest::mouseClick(start, Qt::LeftButton);
        QCOMPARE(jobs->count(), jobsBefore);
        auto *calibError = child<QLabel>(view, "calibError");
        QVERIFY(!calibError->isHidden());
        QVERIFY(calibError->text().contains(QStringLiteral("calibration")));
        QVERIFY(!child<QLabel>(view, "lrError")->isHidden());
        QVERIFY(child<QLabel>(view, "layersError")->text().contains(QStringLiteral("0 to 5")));

        child<QListWidget>(view, "distillCalibFiles")->addItem(kDemo + QStringLiteral("/data/calib.jsonl"));
        lr->setText(QStringLiteral("0.005"));
        child<QLineEdit>(view, "distillLayers")->setText(QStringLiteral("0-2,4"));
        child<QSpinBox>(view, "distillSteps")->setValue(48);
        child<QSpinBox>(view, "distillSeqLen")->setValue(32);
        child<QSpinBox>(view, "distillBatch")->setValue(2);
        child<QSpinBox>(view, "distillThreads")->setValue(1);
        QVERIFY(view->validate());
        QVERIFY(calibError->isHidden());

        // Start: a distill job in the jobs dock; progress reaches the dock and the plot.
        QTest::mouseClick(start, Qt::LeftButton);
        QCOMPARE(jobs->count(), jobsBefore + 1);
        dtr::gui::JobRunner *runner = jobs->runner(jobsBefore);
        QCOMPARE(runner->kind(), QStringLiteral("distill"));
        QVERIFY(cancel->isEnabled());
        QVERIFY(!start->isEnabled());
        auto *plot = view->lossPlot();
        QTRY_VERIFY_WITH_TIMEOUT(plot->points(0, LossPlot::Split::Train).size() >= 3, 120000);
        QCOMPARE(plot->layers(), (QVector<qint64>{0, 1, 2, 4}));
        QVERIFY(!plot->points(0, LossPlot::Split::Heldout).isEmpty()); // step 0
        // The rate shows once a phase has run a little (a held-out pass starts a new one).
        QTRY_VERIFY_WITH_TIMEOUT(!jobs->text(jobsBefore, dtr::gui::JobsView::RateColumn).isEmpty(), 60000);
        QVERIFY(runner->lastProgress().done >= 3);

        // Cancel: the run stops, stored as cancelled; Resume becomes possible.
        QTest::mouseClick(cancel, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(runner->isFinished(), 60000);
        QCOMPARE(runner->outcome().status, dtr::JobStatus::Cancelled);
        const qint64 runId = *runner->outcome().resumeId;
        QCOMPARE(dtr::Project::open(path.toStdString())->distillRun(runId).status, std::string("cancelled"));
        QTRY_VERIFY_WITH_TIMEOUT(resume->isEnabled(), 20000);
        QCOMPARE(view->selectedRun(), runId);
        QTRY_VERIFY_WITH_TIMEOUT(!view->isLoading(), 20000);
        QCOMPARE(comparePlotWithProject(plot, path, runId), QString());

        // Resume to completion from the button.
        QTest::mouseClick(resume, Qt::LeftButton);
        QCOMPARE(jobs->count(), jobsBefore + 2);
        dtr::gui::JobRunner *resumed = jobs->runner(jobsBefore + 1);
        QTRY_VERIFY_WITH_TIMEOUT(resumed->isFinished(), 300000);
        QCOMPARE(resumed->outcome().status, dtr::JobStatus::Completed);
        QCOMPARE(dtr::Project::open(path.toStdString())->distillRun(runId).status, std::string("completed"));
        QTRY_VERIFY_WITH_TIMEOUT(!view->isLoading(), 20000);
        QCOMPARE(plot->points(0, LossPlot::Split::Train).size(), 48);
        QCOMPARE(comparePlotWithProject(plot, path, runId), QString());
        // The bars: the held-out loss at step 0 and at the end, per layer.
        auto *bars = view->heldoutBars();
        QCOMPARE(bars->layers(), (QVector<qint64>{0, 1, 2, 4}));
        for (int i = 0; i < bars->layers().size(); ++i) {
            const auto h = plot->points(bars->layers()[i], LossPlot::Split::Heldout);
            QCOMPARE(bars->initialValues()[i], h.front().y());
            QCOMPARE(bars->finalValues()[i], h.back().y());
            QVERIFY(bars->finalValues()[i] < bars->initialValues()[i]); // it learnt
        }
        // The run list: status, steps and tokens/s; the layer map colours by this run.
        QTRY_VERIFY_WITH_TIMEOUT(view->runList()->topLevelItemCount() == 1
                                     && view->runList()->topLevelItem(0)->text(dtr::gui::DistillView::RunStatusColumn)
                                            == QStringLiteral("completed"),
                                 20000);
        QTreeWidgetItem *item = view->runList()->topLevelItem(0);
        QCOMPARE(item->text(dtr::gui::DistillView::RunStepsColumn), QStringLiteral("48 / 48"));
        QVERIFY(!item->text(dtr::gui::DistillView::RunRateColumn).isEmpty());
        QTRY_COMPARE_WITH_TIMEOUT(window.layerMapView()->model()->heldoutRunId(), runId, 20000);
        QVERIFY(!std::isnan(window.layerMapView()->model()->finalHeldout(4)));
        QVERIFY(std::isnan(window.layerMapView()->model()->finalHeldout(3))); // not distilled

        // A past run, in a window opened later: its curves come from the project.
        MainWindow later;
        later.setShowErrorDialogs(false);
        QSignalSpy loaded(&later, &MainWindow::modelLoaded);
        later.openProject(path);
        QVERIFY(loaded.wait(30000));
        QTRY_VERIFY_WITH_TIMEOUT(later.distillView()->shownRun() == runId && !later.distillView()->isLoading(), 20000);
        QCOMPARE(comparePlotWithProject(later.distillView()->lossPlot(), path, runId), QString());
        // The form was filled in from the newest run's settings.
        QCOMPARE(child<QSpinBox>(later.distillView(), "distillSteps")->value(), 48);
        QCOMPARE(child<QListWidget>(later.distillView(), "distillCalibFiles")->count(), 1);
    }

    void languagePreference()
    {
        dtr::gui::PreferencesDialog dialog;
        dialog.setLanguage(QStringLiteral("ja"));
        QVERIFY(dialog.apply());
        QCOMPARE(QSettings().value(QLatin1String(dtr::gui::kLanguageSettingKey)).toString(), QStringLiteral("ja"));
        QCOMPARE(dtr::gui::uiLocale().language(), QLocale::Japanese);
        QVERIFY(!dialog.apply()); // unchanged
        dialog.setLanguage(QString());
        QVERIFY(dialog.apply());
        QVERIFY(!QSettings().contains(QLatin1String(dtr::gui::kLanguageSettingKey)));
        QCOMPARE(dtr::gui::uiLocale(), QLocale());
    }

    // Every shipped language translates the window's words.
    void translationsLoad_data()
    {
        QTest::addColumn<QString>("language");
        for (const QString &l : {QStringLiteral("de"), QStringLiteral("ja"), QStringLiteral("zh_CN")})
            QTest::newRow(qPrintable(l)) << l;
    }
    void translationsLoad()
    {
        QFETCH(QString, language);
        QTranslator t;
        QVERIFY(t.load(QLocale(language), QStringLiteral("dtr_workbench"), QStringLiteral("_"), QStringLiteral(":/i18n")));
        for (const char *source : {"&File", "&Start", "New distillation run", "pinned linear", "Preferences"}) {
            const char *context = QByteArray(source) == "&File" ? "dtr::gui::MainWindow"
                : QByteArray(source) == "pinned linear"          ? "dtr::gui::LayerTableModel"
                : QByteArray(source) == "Preferences"            ? "dtr::gui::PreferencesDialog"
                : QByteArray(source) == "&Start"                 ? "dtr::gui::StageLayout" // the views' run controls
                                                                 : "dtr::gui::DistillView";
            const QString translated = t.translate(context, source);
            QVERIFY2(!translated.isEmpty() && translated != QLatin1String(source),
                     qPrintable(language + ": " + QLatin1String(source)));
        }
    }
};

QTEST_MAIN(TestWorkbench)
#include "tst_workbench.moc"
