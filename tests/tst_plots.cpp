// The distillation view's plot widgets: LossPlot (per-layer loss curves), HeldoutBars
// (held-out loss per layer, initial vs final) and the PNG/PDF/SVG export.

#include "lossbars.h"
#include "lossplot.h"
#include "qcustomplot_include.h"

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

using dtr::gui::HeldoutBars;
using dtr::gui::LossPlot;
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

QTEST_MAIN(TestPlots)
#include "tst_plots.moc"
