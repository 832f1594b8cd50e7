// The plot widgets: the distillation view's LossPlot (per-layer loss curves) and
// HeldoutBars (held-out loss per layer, initial vs final), the search view's
// TrajectoryPlot and CandidateMatrix, and the PNG/PDF/SVG export.
//
// DTR_PLOT_SNAPSHOT_DIR=<folder>: searchPlotsRender also writes the rendered search plots
// there (trajectory.png, candidates.png, ...), to look at.

#include "candidatematrix.h"
#include "lossbars.h"
#include "lossplot.h"
#include "qcustomplot_include.h"
#include "trajectoryplot.h"

#include <QDir>
#include <QFile>
#include <QImage>
#include <QListWidget>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QToolButton>
#include <QtTest>

#include <algorithm>
#include <cmath>
#include <limits>
#include <numeric>

using dtr::gui::CandidateCell;
using dtr::gui::CandidateMatrix;
using dtr::gui::HeldoutBars;
using dtr::gui::LossPlot;
using dtr::gui::TrajectoryPlot;
using dtr::gui::TrajectoryPoint;
using dtr::gui::TrajectorySeries;
using Split = dtr::gui::LossPlot::Split;

namespace {

const double kNaN = std::numeric_limits<double>::quiet_NaN();

bool sameValue(double a, double b)
{
    return (std::isnan(a) && std::isnan(b)) || a == b;
}

bool samePoints(const QVector<QPointF> &a, const QVector<QPointF> &b)
{
    return a.size() == b.size() && std::equal(a.begin(), a.end(), b.begin(), [](QPointF p, QPointF q) {
               return p.x() == q.x() && sameValue(p.y(), q.y());
           });
}

bool sameValues(const QVector<double> &a, const QVector<double> &b)
{
    return a.size() == b.size() && std::equal(a.begin(), a.end(), b.begin(), sameValue);
}

// Whether `text` contains every one of `parts`.
bool mentions(const QString &text, const QStringList &parts)
{
    return std::all_of(parts.begin(), parts.end(), [&](const QString &part) { return text.contains(part); });
}

QPoint pixelOf(const QCPGraph *graph, double key, double value)
{
    return QPoint(qRound(graph->keyAxis()->coordToPixel(key)), qRound(graph->valueAxis()->coordToPixel(value)));
}

QListWidgetItem *listItem(const LossPlot &plot, const QString &text)
{
    auto list = plot.findChild<QListWidget *>(QStringLiteral("lossPlotLayers"));
    if (!list)
        return nullptr;
    const auto items = list->findItems(text, Qt::MatchExactly);
    return items.size() == 1 ? items.first() : nullptr;
}

// Files (hidden ones too) left in `dir`, so a test sees stray temporary files.
QStringList filesIn(const QString &dir)
{
    return QDir(dir).entryList(QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot, QDir::Name);
}

bool shown(QWidget &widget, int width, int height)
{
    widget.resize(width, height);
    widget.show();
    return QTest::qWaitForWindowExposed(&widget);
}

void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    if (file.open(QIODevice::WriteOnly))
        file.write(bytes);
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

void fillDemo(LossPlot &plot)
{
    plot.setLayers({0, 3, 7});
    plot.setPoints(0, Split::Train, {{0, 2.0}, {100, 0.5}, {200, 0.05}});
    plot.setPoints(3, Split::Train, {{0, 3.0}, {100, 0.2}, {200, 0.01}});
    plot.setPoints(3, Split::Heldout, {{0, 3.2}, {100, 0.3}, {200, 0.02}});
    plot.setPoints(7, Split::Heldout, {{50, 1.0}, {150, 0.1}});
}

// A realistic greedy search on a 10-layer model: layer 3 pinned (the start point has one
// linear layer), five rounds, the fifth crossing P_min = 0.76 (not committed), round 3
// within noise; test scores for rounds 0-4; P_full 0.80.
TrajectorySeries demoGreedy()
{
    TrajectorySeries s;
    s.label = QStringLiteral("Greedy (search 3)");
    s.strategy = QStringLiteral("greedy");
    const int layers[] = {-1, 7, 1, 5, 9, 0};
    const double scores[] = {0.801, 0.804, 0.795, 0.787, 0.772, 0.748};
    const double tests[] = {0.792, 0.797, 0.783, 0.779, 0.761, 0.0};
    for (int r = 0; r <= 5; ++r) {
        TrajectoryPoint p;
        p.round = r;
        p.numLinear = r + 1;
        p.chosenLayer = layers[r];
        p.score = scores[r];
        p.hasCi = true;
        p.ciLow = scores[r] - 0.02;
        p.ciHigh = scores[r] + 0.02;
        p.hasTest = r < 5;
        p.test = tests[r];
        p.committed = r < 5;
        p.withinNoise = r == 3;
        s.points.append(p);
    }
    return s;
}

TrajectorySeries demoBaseline(const QString &label, const QString &strategy, const QVector<double> &scores)
{
    TrajectorySeries s;
    s.label = label;
    s.strategy = strategy;
    for (int i = 0; i < scores.size(); ++i) {
        TrajectoryPoint p;
        p.round = i + 1;
        p.numLinear = i + 2;
        p.score = scores.at(i);
        s.points.append(p);
    }
    return s;
}

QVector<TrajectorySeries> demoBaselines()
{
    return {demoBaseline(QStringLiteral("Uniform (search 5)"), QStringLiteral("uniform"), {0.79, 0.771, 0.752, 0.731}),
            demoBaseline(QStringLiteral("Random (search 6)"), QStringLiteral("random"), {0.783, 0.76, 0.744, 0.712, 0.69})};
}

// The candidates of demoGreedy(): every layer not yet linear (nor the pinned 3) each
// round, the chosen one the best.
QVector<CandidateCell> demoCells()
{
    QVector<CandidateCell> cells;
    QVector<int> linear = {3};
    const int chosen[] = {7, 1, 5, 9, 0};
    const double best[] = {0.804, 0.795, 0.787, 0.772, 0.748};
    for (int r = 1; r <= 5; ++r) {
        for (int l = 0; l < 10; ++l) {
            if (linear.contains(l))
                continue;
            CandidateCell c;
            c.round = r;
            c.layer = l;
            c.chosen = l == chosen[r - 1];
            // Deterministic spread below the best; round 3's runner-up (layer 6) is close.
            c.score = c.chosen ? best[r - 1] : best[r - 1] - 0.004 - 0.006 * ((l * 7 + r * 3) % 9);
            if (r == 3 && l == 6)
                c.score = best[r - 1] - 0.002;
            c.hasCi = true;
            c.ciLow = c.score - 0.02;
            c.ciHigh = c.score + 0.02;
            cells.append(c);
        }
        linear.append(chosen[r - 1]);
    }
    return cells;
}

QVector<QPointF> xy(const TrajectorySeries &s, bool test)
{
    QVector<QPointF> out;
    for (const TrajectoryPoint &p : s.points)
        if (!test || p.hasTest)
            out.append(QPointF(p.numLinear, test ? p.test : p.score));
    return out;
}

// The widget under `pos` of `top` (a real click lands there) and the position in it.
void clickAt(QWidget *top, const QPoint &pos)
{
    QWidget *target = top->childAt(pos);
    if (!target)
        target = top;
    QTest::mouseClick(target, Qt::LeftButton, {}, target->mapFrom(top, pos));
}

// Whether an image has at least `n` distinct colours (not blank, not a flat fill).
bool colourful(const QImage &image, int n)
{
    QSet<QRgb> colours;
    for (int y = 0; y < image.height(); y += 3)
        for (int x = 0; x < image.width(); x += 3)
            if (colours.size() < n)
                colours.insert(image.pixel(x, y));
    return colours.size() >= n;
}

} // namespace

class TestPlots : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void pointsRoundTrip();
    void graphsLegendAndAxes();
    void replotsAreBatched();
    void toggleLayerHidesBothGraphs();
    void readoutNamesNearestPoint();
    void resetViewCoversData();
    void saveWritesFile_data();
    void saveWritesFile();
    void saveReplacesOnlyOnSuccess();
    void heldoutBarsRoundTrip();
    void heldoutBarsReadout();
    void trajectoryRoundTrip();
    void trajectoryAppendPoint();
    void trajectoryReadout();
    void candidateMatrixRoundTrip();
    void candidateMatrixClick();
    void candidateMatrixLive();
    void searchPlotsSave();
    void searchPlotsRender();
};

void TestPlots::pointsRoundTrip()
{
    LossPlot plot;
    plot.setLayers({0, 3, 7});
    const QVector<QPointF> first = {{0, 1.5}, {10, 0.8}, {20, 0.25}};
    const QVector<QPointF> second = {{30, kNaN}, {40, 0.1}, {50, 0.0}};
    plot.appendPoints(3, Split::Train, first);
    plot.appendPoints(3, Split::Train, second);
    const QVector<QPointF> heldout = {{0, 2.0}, {20, 0.3}};
    plot.appendPoints(3, Split::Heldout, heldout);
    QVERIFY(samePoints(plot.points(3, Split::Train), first + second));
    QVERIFY(samePoints(plot.points(3, Split::Heldout), heldout));
    QVERIFY(plot.points(0, Split::Train).isEmpty());
    QCOMPARE(plot.layers(), (QVector<qint64>{0, 3, 7}));

    // setPoints() replaces.
    const QVector<QPointF> replacement = {{100, 0.4}, {200, 0.3}};
    plot.setPoints(3, Split::Heldout, replacement);
    QVERIFY(samePoints(plot.points(3, Split::Heldout), replacement));
    plot.setPoints(3, Split::Heldout, {});
    QVERIFY(plot.points(3, Split::Heldout).isEmpty());

    // Layers not given to setLayers() are ignored.
    QSignalSpy spy(&plot, &LossPlot::layerVisibilityChanged);
    plot.appendPoints(99, Split::Train, {{0, 1.0}});
    plot.setPoints(99, Split::Heldout, {{0, 1.0}});
    plot.setLayerVisible(99, false);
    QVERIFY(plot.points(99, Split::Train).isEmpty());
    QVERIFY(!plot.isLayerVisible(99) && plot.graph(99, Split::Train) == nullptr);
    QCOMPARE(spy.count(), 0);
    QCOMPARE(plot.plot()->graphCount(), 6);

    plot.clear();
    QVERIFY(plot.layers().isEmpty() && plot.plot()->graphCount() == 0 && plot.points(3, Split::Train).isEmpty());
}

void TestPlots::graphsLegendAndAxes()
{
    LossPlot plot;
    plot.setLayers({4, 9});
    QCustomPlot *p = plot.plot();
    QCOMPARE(p->graphCount(), 4);
    QVERIFY(plot.graph(4, Split::Train) == p->graph(0) && plot.graph(4, Split::Heldout) == p->graph(1));
    QVERIFY(plot.graph(9, Split::Train) == p->graph(2) && plot.graph(9, Split::Heldout) == p->graph(3));
    // Same colour per layer, dashed and with markers for held-out, colours differ per layer.
    QCOMPARE(p->graph(0)->pen().color(), p->graph(1)->pen().color());
    QVERIFY(p->graph(0)->pen().style() == Qt::SolidLine && p->graph(1)->pen().style() == Qt::DashLine);
    QCOMPARE(p->graph(1)->scatterStyle().shape(), QCPScatterStyle::ssCircle);
    QVERIFY(p->graph(0)->pen().color() != p->graph(2)->pen().color());
    // Only train graphs have a legend entry ("Layer N"), plus the two line-style entries.
    for (int i = 0; i < 4; ++i)
        QCOMPARE(p->legend->hasItemWithPlottable(p->graph(i)), i % 2 == 0);
    QCOMPARE(p->legend->itemCount(), 2 + 2);
    QCOMPARE(p->graph(2)->name(), QStringLiteral("Layer 9"));
    QVERIFY(listItem(plot, QStringLiteral("Layer 4")) && listItem(plot, QStringLiteral("Layer 9")));
    QCOMPARE(p->yAxis->scaleType(), QCPAxis::stLogarithmic);
    QVERIFY(!p->yAxis->ticker().dynamicCast<QCPAxisTickerLog>().isNull());
    QCOMPARE(p->xAxis->label() + QLatin1Char('|') + p->yAxis->label(), QStringLiteral("Step|Loss (MSE)"));
    QVERIFY(p->interactions().testFlag(QCP::iRangeDrag) && p->interactions().testFlag(QCP::iRangeZoom));
    plot.setTitle(QStringLiteral("Run 4"));
    QCOMPARE(plot.title(), QStringLiteral("Run 4"));
    QVERIFY(plot.findChild<QToolButton *>(QStringLiteral("lossPlotSave")));

    // Many layers: all colours distinct.
    QVector<qint64> many(32);
    std::iota(many.begin(), many.end(), qint64(0));
    plot.setLayers(many);
    QSet<QRgb> colours;
    for (const qint64 layer : many)
        colours.insert(plot.graph(layer, Split::Train)->pen().color().rgb());
    QCOMPARE(colours.size(), 32);
}

void TestPlots::replotsAreBatched()
{
    LossPlot plot;
    QVERIFY(shown(plot, 800, 500));
    plot.setLayers({0, 1});
    plot.replotNow();
    const int before = plot.replotCount();
    for (int i = 0; i < 100; ++i) {
        plot.appendPoints(i % 2, Split::Train, {{double(i), 1.0 / (i + 1)}});
        if (i % 10 == 0)
            plot.appendPoints(0, Split::Heldout, {{double(i), 1.5 / (i + 1)}});
    }
    QCOMPARE(plot.replotCount(), before); // nothing drawn synchronously
    QTRY_COMPARE(plot.replotCount(), before + 1);
    QTest::qWait(400);
    QCOMPARE(plot.replotCount(), before + 1); // one replot for the whole batch
    QCOMPARE(plot.points(0, Split::Train).size() + plot.points(0, Split::Heldout).size(), 50 + 10);

    plot.appendPoints(1, Split::Train, {{200, 0.001}});
    plot.replotNow();
    QCOMPARE(plot.replotCount(), before + 2);
    QTest::qWait(300);
    QCOMPARE(plot.replotCount(), before + 2); // replotNow() consumed the pending timer
}

void TestPlots::toggleLayerHidesBothGraphs()
{
    LossPlot plot;
    fillDemo(plot);
    QSignalSpy spy(&plot, &LossPlot::layerVisibilityChanged);
    QCustomPlot *p = plot.plot();
    QListWidgetItem *item3 = listItem(plot, QStringLiteral("Layer 3"));
    QVERIFY(item3 && item3->checkState() == Qt::Checked);

    plot.setLayerVisible(3, false);
    QVERIFY(!plot.isLayerVisible(3));
    for (int i = 0; i < p->graphCount(); ++i) // layer 3 is the second layer: graphs 2 and 3
        QCOMPARE(p->graph(i)->visible(), i != 2 && i != 3);
    QCOMPARE(item3->checkState(), Qt::Unchecked);
    QCOMPARE(QList<QVariantList>(spy), (QList<QVariantList>{{qint64(3), false}}));

    plot.setLayerVisible(3, false); // no change, no signal
    QCOMPARE(spy.count(), 1);

    // The user ticks the list item again.
    item3->setCheckState(Qt::Checked);
    QVERIFY(plot.isLayerVisible(3));
    QVERIFY(p->graph(2)->visible() && p->graph(3)->visible());
    QCOMPARE(spy.count(), 2);
    QCOMPARE(spy.at(1), (QVariantList{qint64(3), true}));

    auto none = plot.findChild<QToolButton *>(QStringLiteral("lossPlotNone"));
    auto all = plot.findChild<QToolButton *>(QStringLiteral("lossPlotAll"));
    QVERIFY(none && all);
    none->click();
    for (int i = 0; i < p->graphCount(); ++i)
        QVERIFY(!p->graph(i)->visible());
    QCOMPARE(spy.count(), 5);
    QCOMPARE(listItem(plot, QStringLiteral("Layer 7"))->checkState(), Qt::Unchecked);
    all->click();
    for (int i = 0; i < p->graphCount(); ++i)
        QVERIFY(p->graph(i)->visible());
    QCOMPARE(spy.count(), 8);

    // A click on a layer's legend entry toggles that layer.
    QVERIFY(shown(plot, 900, 600));
    plot.replotNow();
    QCPAbstractLegendItem *entry = p->legend->itemWithPlottable(plot.graph(7, Split::Train));
    QVERIFY(entry);
    QTest::mouseClick(p, Qt::LeftButton, {}, entry->rect().center());
    QTRY_VERIFY(!plot.isLayerVisible(7));
    QCOMPARE(spy.last(), (QVariantList{qint64(7), false}));
}

void TestPlots::readoutNamesNearestPoint()
{
    LossPlot plot;
    QVERIFY(shown(plot, 900, 600));
    plot.setLayers({1, 2});
    plot.setPoints(1, Split::Train, {{0, 1.0}, {50, 0.5}, {100, 0.2}});
    plot.setPoints(2, Split::Heldout, {{0, 0.05}, {50, 0.02}, {100, 0.01}});
    plot.replotNow();
    auto label = plot.findChild<QLabel *>(QStringLiteral("lossPlotReadout"));
    QVERIFY(label);

    const QCPGraph *heldout2 = plot.graph(2, Split::Heldout);
    plot.showReadoutAt(pixelOf(heldout2, 50, 0.02) + QPoint(4, -3));
    QString text = plot.readoutText();
    QVERIFY2(mentions(text, {"Layer 2 ", "step 50 ", "held-out", QLocale().toString(0.02, 'g', 4)}),
             qPrintable(text));
    QCOMPARE(label->text(), text);

    const QCPGraph *train1 = plot.graph(1, Split::Train);
    plot.showReadoutAt(pixelOf(train1, 100, 0.2) + QPoint(-2, 2));
    text = plot.readoutText();
    QVERIFY2(mentions(text, {"Layer 1 ", "step 100 ", "train"}), qPrintable(text));

    // Hidden layers are not read out; far from every point there is no read-out.
    const QPoint nearHeldout = pixelOf(heldout2, 50, 0.02);
    plot.setLayerVisible(2, false);
    plot.replotNow();
    plot.showReadoutAt(nearHeldout);
    QVERIFY2(plot.readoutText().isEmpty(), qPrintable(plot.readoutText()));
    plot.setLayerVisible(2, true);
    plot.replotNow();
    const QPoint between((pixelOf(train1, 0, 1.0).x() + pixelOf(train1, 50, 0.5).x()) / 2,
                         pixelOf(train1, 0, 1.0).y() + 60);
    plot.showReadoutAt(between);
    QVERIFY2(plot.readoutText().isEmpty(), qPrintable(plot.readoutText()));

    // A real mouse move over a point reads it out.
    QTest::mouseMove(plot.plot(), pixelOf(train1, 50, 0.5));
    QTRY_VERIFY2(plot.readoutText().contains(QStringLiteral("step 50")), qPrintable(plot.readoutText()));
}

void TestPlots::resetViewCoversData()
{
    LossPlot plot;
    QVERIFY(shown(plot, 800, 500));
    fillDemo(plot);
    plot.replotNow();
    QCustomPlot *p = plot.plot();
    QVERIFY(p->xAxis->range().contains(0) && p->xAxis->range().contains(200) && p->yAxis->range().contains(0.01)
            && p->yAxis->range().contains(3.2));

    // The user zooms in: new data no longer moves the view.
    p->xAxis->setRange(90, 110);
    p->yAxis->setRange(0.1, 0.4);
    plot.appendPoints(0, Split::Train, {{300, 0.001}});
    plot.replotNow();
    QVERIFY(p->xAxis->range().lower == 90.0 && p->xAxis->range().upper == 110.0);

    QVERIFY(plot.findChild<QToolButton *>(QStringLiteral("lossPlotReset")));
    plot.findChild<QToolButton *>(QStringLiteral("lossPlotReset"))->click();
    QVERIFY(p->xAxis->range().contains(0) && p->xAxis->range().contains(300));
    QVERIFY(p->yAxis->range().contains(0.001) && p->yAxis->range().contains(3.2));

    // After a reset the view follows the data again.
    plot.appendPoints(7, Split::Heldout, {{400, 5.0}});
    plot.replotNow();
    QVERIFY(p->xAxis->range().contains(400) && p->yAxis->range().contains(5.0));

    p->xAxis->setRange(1, 2);
    plot.resetView();
    QVERIFY(p->xAxis->range().contains(0) && p->xAxis->range().contains(400));
}

void TestPlots::saveWritesFile_data()
{
    QTest::addColumn<QString>("suffix");
    QTest::addColumn<QByteArray>("magic");
    QTest::newRow("png") << "png" << QByteArray("\x89PNG", 4);
    QTest::newRow("pdf") << "pdf" << QByteArray("%PDF");
    QTest::newRow("svg") << "svg" << QByteArray("<?xml"); // and "<svg" below
    QTest::newRow("upper-case suffix") << "PNG" << QByteArray("\x89PNG", 4);
}

void TestPlots::saveWritesFile()
{
    QFETCH(QString, suffix);
    QFETCH(QByteArray, magic);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    LossPlot plot;
    plot.resize(700, 450);
    fillDemo(plot);
    const QString path = dir.filePath(QStringLiteral("loss.") + suffix);
    QString error;
    QVERIFY2(plot.saveTo(path, &error), qPrintable(error));
    const QByteArray bytes = readAll(path);
    QVERIFY2(bytes.size() > 1000, qPrintable(QString::number(bytes.size())));
    QVERIFY2(bytes.startsWith(magic), bytes.left(16).toHex().constData());
    QCOMPARE(filesIn(dir.path()), QStringList{QStringLiteral("loss.") + suffix}); // no temporary left
    if (suffix.compare(QLatin1String("png"), Qt::CaseInsensitive) == 0) {
        const QImage image = QImage::fromData(bytes, "PNG");
        QVERIFY(image.width() >= 1200 && image.height() >= 700);
    }
    if (suffix == QLatin1String("svg"))
        QVERIFY(bytes.contains("<svg"));

    // Into a missing folder: fails, names the file, leaves nothing behind.
    const QString missing = dir.filePath(QStringLiteral("no-such-folder/loss.") + suffix);
    QVERIFY(!plot.saveTo(missing, &error));
    QVERIFY2(error.contains(QDir::toNativeSeparators(missing)), qPrintable(error));
    QVERIFY(!QFile::exists(missing));
    QCOMPARE(QDir(dir.path()).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot),
             QStringList{QStringLiteral("loss.") + suffix});
}

void TestPlots::saveReplacesOnlyOnSuccess()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    LossPlot plot;
    fillDemo(plot);
    QString error;
    // An unknown suffix fails, names the file and writes nothing.
    const QString path = dir.filePath(QStringLiteral("loss.bmp"));
    QVERIFY(!plot.saveTo(path, &error));
    QVERIFY2(error.contains(QDir::toNativeSeparators(path)), qPrintable(error));
    QVERIFY(filesIn(dir.path()).isEmpty());
    // A failed save leaves an existing file of that name alone ...
    const QString notes = dir.filePath(QStringLiteral("notes.txt"));
    writeFile(notes, "keep me");
    QVERIFY(!plot.saveTo(notes, &error));
    QCOMPARE(readAll(notes), QByteArray("keep me"));
    // ... and a successful one replaces it, leaving no temporary file.
    const QString old = dir.filePath(QStringLiteral("old.png"));
    writeFile(old, "not a png");
    QVERIFY2(plot.saveTo(old, &error), qPrintable(error));
    QVERIFY(readAll(old).startsWith(QByteArray("\x89PNG", 4)));
    QCOMPARE(filesIn(dir.path()), (QStringList{QStringLiteral("notes.txt"), QStringLiteral("old.png")}));
}

void TestPlots::heldoutBarsRoundTrip()
{
    HeldoutBars bars;
    const QVector<qint64> layers = {0, 1, 2, 5};
    const QVector<double> initial = {0.5, 0.4, kNaN, 0.2};
    const QVector<double> final = {0.05, kNaN, 0.01, 0.1};
    bars.setData(layers, initial, final);
    QCOMPARE(bars.layers(), layers);
    QVERIFY(sameValues(bars.initialValues(), initial));
    QVERIFY(sameValues(bars.finalValues(), final));

    // NaN draws no bar; the bars sit on a positive base below every value (log axis).
    QCOMPARE(bars.initialBars()->data()->size(), 3);
    QCOMPARE(bars.finalBars()->data()->size(), 3);
    QVector<double> finalKeys;
    for (auto it = bars.finalBars()->data()->constBegin(); it != bars.finalBars()->data()->constEnd(); ++it)
        finalKeys.append(it->key);
    QCOMPARE(finalKeys, (QVector<double>{0, 2, 3}));
    QCOMPARE(bars.plot()->yAxis->scaleType(), QCPAxis::stLogarithmic);
    const double base = bars.finalBars()->baseValue();
    QVERIFY(base > 0.0 && base < 0.01);
    QCOMPARE(bars.initialBars()->baseValue(), base);
    QVERIFY(bars.plot()->yAxis->range().contains(0.5) && bars.plot()->yAxis->range().lower > 0.0);
    QVERIFY(bars.initialBars()->barsGroup() && bars.initialBars()->barsGroup() == bars.finalBars()->barsGroup());
    QCOMPARE(bars.initialBars()->name() + bars.finalBars()->name(), QStringLiteral("InitialFinal"));
    const auto ticker = bars.plot()->xAxis->ticker().dynamicCast<QCPAxisTickerText>();
    QVERIFY(!ticker.isNull() && ticker->ticks().value(3) == QStringLiteral("5"));
    QCOMPARE(bars.plot()->yAxis->label(), QStringLiteral("Held-out loss (MSE)"));

    // Short value lists are padded with NaN.
    bars.setData({3, 4}, {1.0}, {});
    QVERIFY(sameValues(bars.initialValues(), {1.0, kNaN}));
    QVERIFY(sameValues(bars.finalValues(), {kNaN, kNaN}));
    QVERIFY(bars.initialBars()->data()->size() == 1 && bars.finalBars()->data()->isEmpty());

    bars.clear();
    QVERIFY(bars.layers().isEmpty() && bars.initialBars()->data()->isEmpty());
}

void TestPlots::heldoutBarsReadout()
{
    HeldoutBars bars;
    QVERIFY(shown(bars, 800, 500));
    bars.setData({0, 1, 5}, {0.5, 0.4, 0.2}, {0.05, kNaN, 0.1});
    QCustomPlot *p = bars.plot();
    const int y = p->axisRect()->center().y();
    auto at = [&](double key) { return QPoint(qRound(p->xAxis->coordToPixel(key)), y); };

    bars.showReadoutAt(at(0));
    QString text = bars.readoutText();
    const QLocale locale;
    QVERIFY2(mentions(text, {"Layer 0:", "initial " + locale.toString(0.5), "final " + locale.toString(0.05),
                             "10\u00D7 lower"}),
             qPrintable(text));
    bars.showReadoutAt(at(1) + QPoint(5, 0));
    text = bars.readoutText();
    QVERIFY2(mentions(text, {"Layer 1:", "final n/a"}), qPrintable(text));
    bars.showReadoutAt(at(2));
    text = bars.readoutText();
    QVERIFY2(mentions(text, {"Layer 5:", "2\u00D7 lower"}), qPrintable(text));
    auto label = bars.findChild<QLabel *>(QStringLiteral("heldoutBarsReadout"));
    QVERIFY(label && label->text() == text);
    bars.showReadoutAt(QPoint(1, 1));
    QVERIFY(bars.readoutText().isEmpty());

    p->xAxis->setRange(1.5, 1.8);
    QVERIFY(bars.findChild<QToolButton *>(QStringLiteral("heldoutBarsReset")));
    bars.findChild<QToolButton *>(QStringLiteral("heldoutBarsReset"))->click();
    QVERIFY(p->xAxis->range().contains(-0.4) && p->xAxis->range().contains(2.4));

    QTemporaryDir dir;
    QVERIFY(dir.isValid() && bars.findChild<QToolButton *>(QStringLiteral("heldoutBarsSave")));
    QString error;
    QVERIFY2(bars.saveTo(dir.filePath(QStringLiteral("bars.svg")), &error), qPrintable(error));
    QVERIFY(readAll(dir.filePath(QStringLiteral("bars.svg"))).contains("<svg"));
    QVERIFY(!bars.saveTo(dir.filePath(QStringLiteral("bars.gif")), &error));
    QVERIFY(error.contains(QStringLiteral("bars.gif")));
}

void TestPlots::trajectoryRoundTrip()
{
    TrajectoryPlot plot;
    QVERIFY(plot.isEmpty() && plot.validationPoints().isEmpty());
    const TrajectorySeries main = demoGreedy();
    const QVector<TrajectorySeries> baselines = demoBaselines();
    plot.setData(main, baselines, 0.80, 0.76, 2, 5, QStringLiteral("acc"));

    // What is drawn equals the input: validation (the uncommitted round too), test, baselines.
    QCOMPARE(plot.validationPoints(), xy(main, false));
    QCOMPARE(plot.testPoints(), xy(main, true));
    QCOMPARE(plot.testPoints().size(), 5);
    for (const TrajectorySeries &b : baselines)
        QCOMPARE(plot.baselinePoints(b.label), xy(b, false));
    QVERIFY(plot.baselinePoints(QStringLiteral("no such search")).isEmpty());
    QCOMPARE(plot.baselineLabels(), (QStringList{baselines[0].label, baselines[1].label}));
    QCustomPlot *p = plot.plot();
    // Each baseline has its own colour and a legend entry, and is thinner than the main series.
    QCPGraph *validation = nullptr, *uniform = nullptr, *random = nullptr, *band = nullptr;
    for (int i = 0; i < p->graphCount(); ++i) {
        QCPGraph *g = p->graph(i);
        if (g->name() == baselines[0].label)
            uniform = g;
        else if (g->name() == baselines[1].label)
            random = g;
        else if (g->name().contains(main.label))
            validation = g;
        else if (g->channelFillGraph())
            band = g;
    }
    QVERIFY(validation && uniform && random && band);
    QVERIFY(p->legend->hasItemWithPlottable(uniform) && p->legend->hasItemWithPlottable(random));
    QVERIFY(uniform->pen().color() != random->pen().color());
    QVERIFY(uniform->pen().color() != validation->pen().color());
    QVERIFY(uniform->pen().widthF() < validation->pen().widthF());
    // The interval band: between ciLow and ciHigh of every round.
    QCOMPARE(band->data()->size(), main.points.size());
    QCOMPARE(band->data()->constBegin()->value, main.points[0].ciHigh);
    QCOMPARE(band->channelFillGraph()->data()->constBegin()->value, main.points[0].ciLow);
    QVERIFY(band->brush().color().alpha() < 255);

    // M_best and M_opt: labelled markers at their x.
    QCOMPARE(plot.bestK(), 2);
    QCOMPARE(plot.optK(), 5);
    QCOMPARE(plot.markers(), (QVector<QPair<QString, double>>{{"M_best", 2.0}, {"M_opt", 5.0}}));
    // Where they coincide, one label says so.
    plot.setData(main, {}, 0.80, 0.76, 4, 4, QStringLiteral("acc"));
    QCOMPARE(plot.markers(), (QVector<QPair<QString, double>>{{"M_best = M_opt", 4.0}}));
    QVERIFY(plot.baselineLabels().isEmpty() && plot.baselinePoints(baselines[0].label).isEmpty());
    // None yet: no marker.
    plot.setData(main, {}, 0.80, 0.76, -1, -1, QStringLiteral("acc"));
    QVERIFY(plot.markers().isEmpty());

    // P_full and P_min lines, the metric on the y axis, integer ticks on x.
    int lines = 0;
    bool dashed = false;
    for (int i = 0; i < p->itemCount(); ++i)
        if (auto line = qobject_cast<QCPItemStraightLine *>(p->item(i))) {
            ++lines;
            dashed = dashed || (line->pen().style() == Qt::DashLine && line->point1->coords().y() == 0.76);
        }
    QCOMPARE(lines, 2);
    QVERIFY(dashed);
    QCOMPARE(p->yAxis->label(), QStringLiteral("Score (acc)"));
    QCOMPARE(p->xAxis->label(), QStringLiteral("Linear layers"));
    QVERIFY(!p->xAxis->ticker().dynamicCast<QCPAxisTickerFixed>().isNull());
    QVERIFY(p->xAxis->range().contains(1) && p->xAxis->range().contains(6));
    QVERIFY(p->yAxis->range().contains(0.728) && p->yAxis->range().contains(0.824));

    plot.clear();
    QVERIFY(plot.isEmpty() && plot.validationPoints().isEmpty() && plot.testPoints().isEmpty());
    QCOMPARE(plot.bestK(), -1);
    QVERIFY(plot.markers().isEmpty());
}

void TestPlots::trajectoryAppendPoint()
{
    TrajectoryPlot plot;
    QVERIFY(shown(plot, 800, 500));
    TrajectorySeries main = demoGreedy();
    main.points.resize(3);
    plot.setData(main, {}, 0.80, 0.76, -1, -1, QStringLiteral("acc"));
    const int before = plot.replotCount();
    QCOMPARE(plot.validationPoints().size(), 3);

    const TrajectorySeries full = demoGreedy();
    plot.appendPoint(full.points[3]);
    plot.appendPoint(full.points[4]);
    QCOMPARE(plot.replotCount(), before); // batched
    QTRY_COMPARE(plot.replotCount(), before + 1);
    QTest::qWait(300);
    QCOMPARE(plot.replotCount(), before + 1); // one replot for both
    QCOMPARE(plot.validationPoints(), xy(full, false).mid(0, 5));
    QCOMPARE(plot.testPoints().size(), 5);
    QVERIFY(plot.plot()->xAxis->range().contains(5)); // the axes follow the data

    // The round past P_min: drawn as a hollow marker, still among the validation points.
    plot.appendPoint(full.points[5]);
    plot.replotNow();
    QCOMPARE(plot.validationPoints(), xy(full, false));
    QCOMPARE(plot.replotCount(), before + 2);
    bool hollow = false;
    for (int i = 0; i < plot.plot()->graphCount(); ++i) {
        const QCPGraph *g = plot.plot()->graph(i);
        if (g->data()->size() == 1 && g->data()->constBegin()->key == 6)
            hollow = g->scatterStyle().brush().color() == Qt::white;
    }
    QVERIFY(hollow);

    // Zoomed by the user: new rounds no longer move the view; a reset fits again.
    plot.plot()->xAxis->setRange(0.5, 2.5);
    TrajectoryPoint extra = full.points[4];
    extra.round = 6;
    extra.numLinear = 7;
    extra.committed = true;
    plot.appendPoint(extra);
    plot.replotNow();
    QCOMPARE(plot.plot()->xAxis->range().upper, 2.5);
    plot.resetView();
    QVERIFY(plot.plot()->xAxis->range().contains(7));
}

void TestPlots::trajectoryReadout()
{
    TrajectoryPlot plot;
    QVERIFY(shown(plot, 900, 550));
    plot.setData(demoGreedy(), demoBaselines(), 0.80, 0.76, 2, 5, QStringLiteral("acc"));
    QCustomPlot *p = plot.plot();
    const auto pixel = [&](double x, double y) {
        return QPoint(qRound(p->xAxis->coordToPixel(x)), qRound(p->yAxis->coordToPixel(y)));
    };
    // Round 3 (4 linear layers): validation 0.787, its interval, test, against P_full, noise.
    plot.showReadoutAt(pixel(4, 0.787) + QPoint(3, -2));
    QString text = plot.readoutText();
    const QLocale locale;
    QVERIFY2(mentions(text, {"Round 3", "layer 5", locale.toString(0.787, 'f', 3), locale.toString(0.767, 'f', 3),
                             locale.toString(0.779, 'f', 3), locale.toString(0.013, 'f', 3) + " worse than P_full",
                             "within the tolerance", "within noise"}),
             qPrintable(text));
    auto label = plot.findChild<QLabel *>(QStringLiteral("trajectoryReadout"));
    QVERIFY(label && label->text() == text);
    // Lower-is-better wording.
    plot.setHigherIsBetter(false);
    plot.showReadoutAt(pixel(4, 0.787));
    QVERIFY2(plot.readoutText().contains(QStringLiteral("better than P_full"))
                 && plot.readoutText().contains(QStringLiteral("past the tolerance")),
             qPrintable(plot.readoutText()));
    plot.setHigherIsBetter(true);
    // The uncommitted round, a baseline, nothing.
    plot.showReadoutAt(pixel(6, 0.748));
    QVERIFY2(mentions(plot.readoutText(), {"Round 5", "not committed", "past the tolerance"}),
             qPrintable(plot.readoutText()));
    plot.showReadoutAt(pixel(6, 0.69));
    QVERIFY2(plot.readoutText().startsWith(QStringLiteral("Random (search 6)")), qPrintable(plot.readoutText()));
    plot.showReadoutAt(pixel(3.5, 0.73));
    QVERIFY2(plot.readoutText().isEmpty(), qPrintable(plot.readoutText()));
    // A real mouse move.
    QTest::mouseMove(p, pixel(2, 0.804));
    QTRY_VERIFY2(plot.readoutText().contains(QStringLiteral("Round 1")), qPrintable(plot.readoutText()));
}

void TestPlots::candidateMatrixRoundTrip()
{
    CandidateMatrix m;
    QCOMPARE(m.cellCount(), 0);
    QVERIFY(!m.cellAt(1, 0));
    const QVector<CandidateCell> cells = demoCells();
    m.setData(10, cells, {3}, true, QStringLiteral("acc"));
    QCOMPARE(m.cellCount(), cells.size());
    QCOMPARE(m.cellCount(), 9 + 8 + 7 + 6 + 5);
    for (const CandidateCell &c : cells) {
        const auto got = m.cellAt(c.round, c.layer);
        QVERIFY(got.has_value());
        QCOMPARE(got->score, c.score);
        QCOMPARE(got->chosen, c.chosen);
        QCOMPARE(got->ciLow, c.ciLow);
        QCOMPARE(got->ciHigh, c.ciHigh);
    }
    // Empty cells: the pinned layer, and layers already linear.
    QVERIFY(!m.cellAt(1, 3) && !m.cellAt(2, 7) && !m.cellAt(5, 9) && !m.cellAt(6, 0));
    QVERIFY(!m.cellColor(1, 3).isValid());

    const QLocale locale;
    QString tip = m.toolTipFor(2, 1);
    QVERIFY2(mentions(tip, {"Round 2, layer 1: " + locale.toString(0.795, 'f', 3),
                            "95% " + locale.toString(0.775, 'f', 3) + "\u2013" + locale.toString(0.815, 'f', 3),
                            ", chosen"}),
             qPrintable(tip));
    tip = m.toolTipFor(2, 0);
    QVERIFY2(tip.contains(locale.toString(m.cellAt(2, 0)->score, 'f', 3)) && !tip.contains(QStringLiteral("chosen")),
             qPrintable(tip));
    QVERIFY(m.toolTipFor(3, 5).contains(QStringLiteral("within noise")));
    QVERIFY(!m.toolTipFor(2, 1).contains(QStringLiteral("within noise")));
    QVERIFY(m.toolTipFor(1, 3).isEmpty());
    QVERIFY(m.isWithinNoise(3) && !m.isWithinNoise(2));

    // Bright is better: the chosen (best) cell of a round lighter than the worst one, and
    // for a lower-is-better metric the other way round.
    const auto lightness = [&](int round, int layer) { // relative luminance
        const QColor c = m.cellColor(round, layer);
        return 0.2126 * c.redF() + 0.7152 * c.greenF() + 0.0722 * c.blueF();
    };
    QVERIFY(lightness(1, 7) > lightness(1, 4));
    QCOMPARE(m.plot()->yAxis->label(), QStringLiteral("Round"));
    QCOMPARE(m.plot()->xAxis->label(), QStringLiteral("Layer"));
    QVERIFY(m.plot()->yAxis->rangeReversed()); // round 1 at the top
    QVector<CandidateCell> loss = cells;
    for (CandidateCell &c : loss)
        c.score = 2.0 - c.score; // now lower is better, the chosen cell still the best
    m.setData(10, loss, {}, false, QStringLiteral("ppl"));
    QVERIFY(lightness(1, 7) > lightness(1, 4));
    QVERIFY(!m.isWithinNoise(3) && !m.higherIsBetter());

    // The importance baseline's round 0 is a row too.
    m.setData(4, {{0, 0, 0.5, 0, 0, false, false}, {0, 3, 0.7, 0, 0, false, true}}, {}, true, QStringLiteral("acc"));
    QCOMPARE(m.cellCount(), 2);
    QVERIFY(m.cellAt(0, 3) && m.cellAt(0, 3)->chosen);
    QVERIFY(m.toolTipFor(0, 3).startsWith(QStringLiteral("Round 0, layer 3")));

    m.clear();
    QCOMPARE(m.cellCount(), 0);
    QVERIFY(m.toolTipFor(0, 3).isEmpty());
}

void TestPlots::candidateMatrixClick()
{
    CandidateMatrix m;
    QVERIFY(shown(m, 800, 380));
    m.setData(10, demoCells(), {3}, true, QStringLiteral("acc"));
    QSignalSpy spy(&m, &CandidateMatrix::cellClicked);

    clickAt(&m, m.cellCentre(2, 5));
    QCOMPARE(spy.count(), 1);
    QCOMPARE(spy.at(0), (QVariantList{2, 5}));
    clickAt(&m, m.cellCentre(5, 8) + QPoint(3, 2));
    QCOMPARE(spy.count(), 2);
    QCOMPARE(spy.at(1), (QVariantList{5, 8}));
    // Empty cells (pinned, already linear) and outside the matrix: no signal.
    clickAt(&m, m.cellCentre(1, 3));
    clickAt(&m, m.cellCentre(3, 7));
    clickAt(&m, m.plot()->mapTo(&m, QPoint(m.plot()->width() / 2, m.plot()->height() - 3))); // the x axis
    QCOMPARE(spy.count(), 2);

    // Neighbouring cells are told apart, and hover names the cell.
    QVERIFY(m.cellCentre(2, 5).x() < m.cellCentre(2, 6).x());
    QVERIFY(m.cellCentre(2, 5).y() < m.cellCentre(3, 5).y());
    int round = 0, layer = 0;
    QVERIFY(m.cellUnder(m.plot()->mapFrom(&m, m.cellCentre(4, 2)), &round, &layer));
    QCOMPARE(round * 100 + layer, 402);
    m.showReadoutAt(m.plot()->mapFrom(&m, m.cellCentre(4, 2)));
    QVERIFY2(m.readoutText().startsWith(QStringLiteral("Round 4, layer 2:")), qPrintable(m.readoutText()));
    // The row label of a within-noise round explains the mark.
    const QPoint rowLabel(m.plot()->axisRect()->left() - 8, m.plot()->mapFrom(&m, m.cellCentre(3, 0)).y());
    m.showReadoutAt(rowLabel);
    QVERIFY2(m.readoutText().contains(QStringLiteral("within noise")), qPrintable(m.readoutText()));
    const auto ticker = m.plot()->yAxis->ticker().dynamicCast<QCPAxisTickerText>();
    QVERIFY(!ticker.isNull() && ticker->ticks().value(3).contains(QStringLiteral("\u2248"))
            && !ticker->ticks().value(2).contains(QStringLiteral("\u2248")));
}

void TestPlots::candidateMatrixLive()
{
    CandidateMatrix m;
    QVERIFY(shown(m, 700, 320));
    m.setData(6, {}, {}, true, QStringLiteral("acc"));
    const int before = m.replotCount();
    for (int l = 0; l < 6; ++l)
        m.addCell({1, l, 0.7 + 0.01 * l, 0.68, 0.72, true, false});
    m.setWithinNoise(1, true);
    QCOMPARE(m.cellCount(), 6);
    QCOMPARE(m.replotCount(), before); // batched
    QTRY_COMPARE(m.replotCount(), before + 1);
    QTest::qWait(300);
    QCOMPARE(m.replotCount(), before + 1);
    QVERIFY(m.isWithinNoise(1));
    // The same round and layer again replaces the cell (the round's result marks the chosen one).
    m.addCell({1, 5, 0.75, 0.73, 0.77, true, true});
    QCOMPARE(m.cellCount(), 6);
    QVERIFY(m.cellAt(1, 5)->chosen && m.cellAt(1, 5)->score == 0.75);
    // A layer beyond numLayers widens the matrix.
    m.addCell({2, 7, 0.6, 0, 0, false, false});
    QCOMPARE(m.numLayers(), 8);
    m.setWithinNoise(1, false);
    QVERIFY(!m.isWithinNoise(1));
    QSignalSpy spy(&m, &CandidateMatrix::cellClicked);
    clickAt(&m, m.cellCentre(2, 7)); // lays out the pending cells first
    QCOMPARE(spy.count(), 1);
    QCOMPARE(spy.at(0), (QVariantList{2, 7}));
}

void TestPlots::searchPlotsSave()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    TrajectoryPlot trajectory;
    trajectory.resize(800, 500);
    trajectory.setData(demoGreedy(), demoBaselines(), 0.80, 0.76, 2, 5, QStringLiteral("acc"));
    CandidateMatrix matrix;
    matrix.resize(800, 360);
    matrix.setData(10, demoCells(), {3}, true, QStringLiteral("acc"));
    for (const QString &suffix : {QStringLiteral("png"), QStringLiteral("svg"), QStringLiteral("pdf")}) {
        const QString t = dir.filePath(QStringLiteral("trajectory.") + suffix);
        const QString c = dir.filePath(QStringLiteral("candidates.") + suffix);
        QVERIFY(trajectory.save(t));
        QVERIFY(matrix.save(c));
        QVERIFY2(readAll(t).size() > 1000 && readAll(c).size() > 1000, qPrintable(suffix));
    }
    for (const QString &name : {QStringLiteral("trajectory.png"), QStringLiteral("candidates.png")}) {
        const QImage image(dir.filePath(name));
        QVERIFY2(!image.isNull() && image.width() >= 1200 && colourful(image, 12), qPrintable(name));
    }
    QVERIFY(readAll(dir.filePath(QStringLiteral("trajectory.svg"))).contains("<svg"));
    QVERIFY(!trajectory.save(dir.filePath(QStringLiteral("trajectory.gif"))));
    QVERIFY(!matrix.save(dir.filePath(QStringLiteral("no-such-folder/candidates.png"))));
    QVERIFY(trajectory.findChild<QToolButton *>(QStringLiteral("trajectorySave")));
    QVERIFY(matrix.findChild<QToolButton *>(QStringLiteral("candidateMatrixSave")));
}

void TestPlots::searchPlotsRender()
{
    // Both widgets as the search view shows them, grabbed from the screen: drawn, with
    // colour. DTR_PLOT_SNAPSHOT_DIR keeps the images.
    const QString keep = qEnvironmentVariable("DTR_PLOT_SNAPSHOT_DIR");
    const auto grabbed = [&](QWidget &w, const QString &name) {
        const QImage image = w.grab().toImage();
        if (!keep.isEmpty())
            image.save(QDir(keep).filePath(name));
        return image;
    };
    TrajectoryPlot trajectory;
    QVERIFY(shown(trajectory, 820, 480));
    const QImage empty = grabbed(trajectory, QStringLiteral("trajectory-empty.png"));
    trajectory.setData(demoGreedy(), demoBaselines(), 0.80, 0.76, 2, 5, QStringLiteral("acc"));
    const QImage full = grabbed(trajectory, QStringLiteral("trajectory.png"));
    QVERIFY(colourful(full, 40) && full != empty);
    QCustomPlot *tp = trajectory.plot();
    trajectory.showReadoutAt(QPoint(qRound(tp->xAxis->coordToPixel(4)), qRound(tp->yAxis->coordToPixel(0.787))));
    QVERIFY(!trajectory.readoutText().isEmpty());
    QVERIFY(grabbed(trajectory, QStringLiteral("trajectory-hover.png")) != full);
    if (!keep.isEmpty())
        QVERIFY(trajectory.save(QDir(keep).filePath(QStringLiteral("trajectory-export.png"))));
    trajectory.setData(demoGreedy(), {}, 0.80, 0.76, 5, 5, QStringLiteral("acc"));
    grabbed(trajectory, QStringLiteral("trajectory-coincide.png"));
    trajectory.resize(480, 320);
    QTest::qWait(50);
    grabbed(trajectory, QStringLiteral("trajectory-small.png"));

    CandidateMatrix matrix;
    QVERIFY(shown(matrix, 820, 340));
    grabbed(matrix, QStringLiteral("candidates-empty.png"));
    matrix.setData(10, demoCells(), {3}, true, QStringLiteral("acc"));
    const QImage cells = grabbed(matrix, QStringLiteral("candidates.png"));
    QVERIFY(colourful(cells, 40));
    if (!keep.isEmpty())
        QVERIFY(matrix.save(QDir(keep).filePath(QStringLiteral("candidates-export.png"))));
    matrix.showReadoutAt(matrix.plot()->mapFrom(&matrix, matrix.cellCentre(3, 6)));
    QVERIFY(!matrix.readoutText().isEmpty());
    QVERIFY(grabbed(matrix, QStringLiteral("candidates-hover.png")) != cells);
    QVector<CandidateCell> many;
    for (int r = 1; r <= 24; ++r)
        for (int l = r - 1; l < 28; ++l)
            many.append({r, l, 3.0 + 0.05 * r + 0.01 * ((l * 5 + r) % 7), 0, 0, false, l == r - 1});
    matrix.setData(28, many, {4, 9}, false, QStringLiteral("perplexity"));
    QVERIFY(colourful(grabbed(matrix, QStringLiteral("candidates-28-lower.png")), 40));
}

QTEST_MAIN(TestPlots)
#include "tst_plots.moc"
