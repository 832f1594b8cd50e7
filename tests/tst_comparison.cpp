// GUI tests of the comparison view (offscreen) on hand-made configurations: the table's
// cells against the entries (names, layer maps, counts, scores and intervals, speeds,
// memory, the speed-up against the full model, "-" where not measured), sorting, the
// context and device choices, the CSV export read back cell for cell (RFC 4180 quoting of
// names with commas, quotes and "·"), the Pareto front on hand-made points (dominated
// points, ties, a lower-is-better metric, NaN) and the plot's points and note.

#include "comparisonview.h"
#include "csv.h"
#include "paretoplot.h"
#include "qcustomplot_include.h"

#include "project/configuration_catalog.h"

#include <QAbstractTableModel>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>
#include <limits>

using dtr::gui::ComparisonView;
using dtr::gui::ParetoPlot;

namespace {

const double kNaN = std::numeric_limits<double>::quiet_NaN();
constexpr int kLayers = 6;
constexpr std::int64_t kMiB = 1024 * 1024;

const QString kFullName = QStringLiteral("full · 6 layers");
const QString kBestName = QStringLiteral("M_best · greedy · search 1");
const QString kOptName = QStringLiteral("M_opt, \"tight\" · search 1");
const QString kManualName = QStringLiteral("hand-made · 1 linear");

dtr::CatalogScore score(double v, std::optional<double> lo, std::optional<double> hi, std::int64_t n = 200,
                        const std::string &metric = "acc_norm")
{
    dtr::CatalogScore s;
    s.value = v;
    s.ciLow = lo;
    s.ciHigh = hi;
    s.numExamples = n;
    s.task = "tasks/demo.jsonl";
    s.metric = metric;
    return s;
}

dtr::CatalogBenchmark bench(std::int64_t context, double decodeMs, double prefill, std::int64_t cache,
                            std::int64_t peak, const std::string &device = "cpu")
{
    dtr::CatalogBenchmark b;
    b.context = context;
    b.device = device;
    b.decodeMedianMs = decodeMs;
    b.prefillTokensPerSecond = prefill;
    b.cacheBytes = cache;
    b.peakBytes = peak;
    return b;
}

dtr::ConfigurationEntry entry(std::int64_t id, const QString &name, const std::string &origin,
                              const std::vector<std::int64_t> &linear, bool withTypes = true)
{
    dtr::ConfigurationEntry e;
    e.record.id = id;
    e.record.name = name.toStdString();
    e.record.mixer = "gdn";
    if (withTypes) {
        e.record.layerTypes.assign(kLayers, "full_attention");
        for (auto l : linear)
            e.record.layerTypes[std::size_t(l)] = "gdn";
    }
    e.linear = linear;
    e.origin = origin;
    return e;
}

// Four configurations: the full model and M_best benchmarked at 512 and 2048 tokens,
// M_opt only at 2048, the hand-made one nowhere (and with validation only, no interval).
std::vector<dtr::ConfigurationEntry> fixture()
{
    auto full = entry(1, kFullName, "full", {});
    full.validation = score(0.60, 0.55, 0.65);
    full.test = score(0.58, 0.53, 0.63);
    full.benchmarks = {bench(512, 10, 1000, 4 * kMiB, 100 * kMiB), bench(2048, 20, 800, 16 * kMiB, 120 * kMiB)};
    auto best = entry(2, kBestName, "best", {1, 3});
    best.validation = score(0.61, 0.56, 0.66);
    best.test = score(0.59, 0.54, 0.64);
    best.benchmarks = {bench(512, 8, 1100, 3 * kMiB, 90 * kMiB), bench(2048, 12, 900, 9 * kMiB, 100 * kMiB)};
    auto opt = entry(3, kOptName, "opt", {0, 1, 3, 4});
    opt.validation = score(0.57, 0.52, 0.62);
    opt.test = score(0.55, 0.50, 0.60);
    opt.benchmarks = {bench(2048, 8, 1200, 3 * kMiB + 12345, 0)};
    // No layer types recorded: the map comes from the linear layers and the layer count.
    auto manual = entry(4, kManualName, "manual", {5}, false);
    manual.validation = score(0.50, std::nullopt, std::nullopt, 50);
    return {full, best, opt, manual};
}

QString cell(const QAbstractItemModel *m, int row, int column, int role = Qt::DisplayRole)
{
    return m->data(m->index(row, column), role).toString();
}

QVariant value(const QAbstractItemModel *m, int row, int column, int role = ComparisonView::ValueRole)
{
    return m->data(m->index(row, column), role);
}

QString num(double v, int decimals)
{
    return QLocale().toString(v, 'f', decimals);
}

} // namespace

class TestComparison : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void emptyState();
    void tableCells();
    void contextChangesSpeeds();
    void sorting();
    void devices();
    void fromCatalogJson();
    void csvFields_data();
    void csvFields();
    void csvParseEdges();
    void csvRoundTrip();
    void paretoFront_data();
    void paretoFront();
    void plotPointsAndNote();
    void plotLowerIsBetter();
    void plotLabelsDoNotOverlap();
};

void TestComparison::emptyState()
{
    ComparisonView view;
    view.resize(900, 700);
    view.show();
    auto placeholder = view.findChild<QLabel *>(QStringLiteral("comparisonPlaceholder"));
    QVERIFY(placeholder);
    QVERIFY(placeholder->isVisible());
    QVERIFY(placeholder->text().contains(QStringLiteral("Configurations list")));
    QVERIFY(placeholder->text().contains(QStringLiteral("Compare")));
    QCOMPARE(view.tableModel()->rowCount(), 0);
    QCOMPARE(view.context(), qint64(0));
    QVERIFY(view.contexts().isEmpty());

    view.setConfigurations(fixture(), kLayers);
    QVERIFY(!placeholder->isVisible());
    QVERIFY(view.tableView()->isVisible());
    QCOMPARE(view.tableModel()->rowCount(), 4);
    QCOMPARE(int(view.entries().size()), 4);

    view.clear();
    QVERIFY(placeholder->isVisible());
    QCOMPARE(view.tableModel()->rowCount(), 0);
    QVERIFY(view.entries().empty());
    QCOMPARE(view.paretoPlot()->plottedPointCount(), 0);
    QVERIFY(!view.findChild<QPushButton *>(QStringLiteral("comparisonExportCsv"))->isEnabled());
}

void TestComparison::tableCells()
{
    ComparisonView view;
    view.setConfigurations(fixture(), kLayers);
    const QAbstractItemModel *m = view.tableModel();
    QCOMPARE(m->columnCount(), int(ComparisonView::ColumnCount));
    QCOMPARE(view.contexts(), (QList<qint64>{2048, 512}));
    QCOMPARE(view.context(), qint64(2048)); // the largest by default

    // Names, maps, counts.
    QCOMPARE(cell(m, 0, ComparisonView::NameColumn), kFullName);
    QCOMPARE(cell(m, 1, ComparisonView::NameColumn), kBestName);
    QCOMPARE(cell(m, 2, ComparisonView::NameColumn), kOptName);
    QCOMPARE(cell(m, 3, ComparisonView::NameColumn), kManualName);
    QCOMPARE(value(m, 0, ComparisonView::LayerMapColumn).toString(), QStringLiteral("FFFFFF"));
    QCOMPARE(value(m, 1, ComparisonView::LayerMapColumn).toString(), QStringLiteral("FLFLFF"));
    QCOMPARE(value(m, 2, ComparisonView::LayerMapColumn).toString(), QStringLiteral("LLFLLF"));
    QCOMPARE(value(m, 3, ComparisonView::LayerMapColumn).toString(), QStringLiteral("FFFFFL"));
    QCOMPARE(cell(m, 0, ComparisonView::LinearColumn), QStringLiteral("0"));
    QCOMPARE(cell(m, 1, ComparisonView::LinearColumn), QStringLiteral("2"));
    QCOMPARE(cell(m, 2, ComparisonView::LinearColumn), QStringLiteral("4"));
    QCOMPARE(value(m, 3, ComparisonView::LinearColumn).toLongLong(), qint64(1));
    QVERIFY(cell(m, 2, ComparisonView::LinearColumn, Qt::ToolTipRole).contains(QStringLiteral("0, 1, 3, 4")));

    // Scores with their intervals.
    const QString dash = QStringLiteral("-");
    QCOMPARE(cell(m, 1, ComparisonView::ValidationColumn),
             QStringLiteral("%1 (%2\u2013%3)").arg(num(0.61, 3), num(0.56, 3), num(0.66, 3)));
    QCOMPARE(cell(m, 2, ComparisonView::TestColumn),
             QStringLiteral("%1 (%2\u2013%3)").arg(num(0.55, 3), num(0.50, 3), num(0.60, 3)));
    QCOMPARE(value(m, 0, ComparisonView::TestColumn).toDouble(), 0.58);
    QCOMPARE(value(m, 0, ComparisonView::TestColumn, ComparisonView::CiLowRole).toDouble(), 0.53);
    QCOMPARE(value(m, 0, ComparisonView::TestColumn, ComparisonView::CiHighRole).toDouble(), 0.63);
    QCOMPARE(value(m, 1, ComparisonView::ValidationColumn, ComparisonView::CiLowRole).toDouble(), 0.56);
    QCOMPARE(cell(m, 3, ComparisonView::ValidationColumn), num(0.50, 3)); // no interval
    QVERIFY(!value(m, 3, ComparisonView::ValidationColumn, ComparisonView::CiLowRole).isValid());
    QCOMPARE(cell(m, 3, ComparisonView::TestColumn), dash);
    QVERIFY(!value(m, 3, ComparisonView::TestColumn).isValid());

    // Speeds and memory at 2048 tokens.
    QCOMPARE(value(m, 0, ComparisonView::DecodeColumn).toDouble(), 20.0);
    QCOMPARE(value(m, 1, ComparisonView::DecodeColumn).toDouble(), 12.0);
    QCOMPARE(value(m, 2, ComparisonView::DecodeColumn).toDouble(), 8.0);
    QCOMPARE(cell(m, 1, ComparisonView::DecodeColumn), num(12.0, 1));
    QCOMPARE(cell(m, 2, ComparisonView::DecodeColumn), num(8.0, 2));
    QCOMPARE(value(m, 2, ComparisonView::PrefillColumn).toDouble(), 1200.0);
    QCOMPARE(cell(m, 0, ComparisonView::PrefillColumn), num(800, 0));
    QCOMPARE(value(m, 0, ComparisonView::CacheColumn).toLongLong(), 16 * kMiB);
    QCOMPARE(cell(m, 0, ComparisonView::CacheColumn), num(16.0, 2));
    QCOMPARE(cell(m, 2, ComparisonView::CacheColumn), num(double(3 * kMiB + 12345) / kMiB, 2));
    QCOMPARE(cell(m, 1, ComparisonView::PeakColumn), num(100.0, 2));
    QCOMPARE(cell(m, 2, ComparisonView::PeakColumn), dash); // peak not recorded
    QVERIFY(!value(m, 2, ComparisonView::PeakColumn).isValid());
    for (int c : {ComparisonView::PrefillColumn, ComparisonView::DecodeColumn, ComparisonView::SpeedUpColumn,
                  ComparisonView::CacheColumn, ComparisonView::PeakColumn}) {
        QCOMPARE(cell(m, 3, c), dash);
        QVERIFY(!value(m, 3, c).isValid());
    }

    // Speed-up against the full model at the same context: its decode time over theirs.
    QCOMPARE(value(m, 0, ComparisonView::SpeedUpColumn).toDouble(), 1.0);
    QCOMPARE(value(m, 1, ComparisonView::SpeedUpColumn).toDouble(), 20.0 / 12.0);
    QCOMPARE(value(m, 2, ComparisonView::SpeedUpColumn).toDouble(), 20.0 / 8.0);
    QCOMPARE(cell(m, 1, ComparisonView::SpeedUpColumn), num(20.0 / 12.0, 2) + QStringLiteral("\u00d7"));
    QCOMPARE(cell(m, 2, ComparisonView::SpeedUpColumn), num(2.5, 2) + QStringLiteral("\u00d7"));

    // Without the full model there is nothing to compare against.
    auto noFull = fixture();
    noFull.erase(noFull.begin());
    view.setConfigurations(noFull, kLayers);
    QCOMPARE(m->rowCount(), 3);
    QCOMPARE(cell(m, 0, ComparisonView::NameColumn), kBestName);
    QCOMPARE(cell(m, 0, ComparisonView::SpeedUpColumn), dash);
    QVERIFY(!value(m, 1, ComparisonView::SpeedUpColumn).isValid());
    QCOMPARE(value(m, 1, ComparisonView::DecodeColumn).toDouble(), 8.0);
}

void TestComparison::contextChangesSpeeds()
{
    ComparisonView view;
    QSignalSpy spy(&view, &ComparisonView::contextChanged);
    view.setConfigurations(fixture(), kLayers);
    QCOMPARE(spy.count(), 1);
    QCOMPARE(spy.takeFirst().at(0).toLongLong(), qint64(2048));
    const QAbstractItemModel *m = view.tableModel();
    QCOMPARE(view.paretoPlot()->plottedPointCount(), 3);

    view.setContext(512);
    QCOMPARE(view.context(), qint64(512));
    QCOMPARE(spy.count(), 1);
    QCOMPARE(spy.takeFirst().at(0).toLongLong(), qint64(512));
    QCOMPARE(view.findChild<QComboBox *>(QStringLiteral("comparisonContext"))->currentData().toLongLong(), qint64(512));
    QCOMPARE(value(m, 0, ComparisonView::DecodeColumn).toDouble(), 10.0);
    QCOMPARE(value(m, 1, ComparisonView::DecodeColumn).toDouble(), 8.0);
    QCOMPARE(value(m, 1, ComparisonView::PrefillColumn).toDouble(), 1100.0);
    QCOMPARE(value(m, 1, ComparisonView::CacheColumn).toLongLong(), 3 * kMiB);
    QCOMPARE(value(m, 1, ComparisonView::SpeedUpColumn).toDouble(), 10.0 / 8.0);
    // M_opt is benchmarked at 2048 only.
    QCOMPARE(cell(m, 2, ComparisonView::DecodeColumn), QStringLiteral("-"));
    QCOMPARE(cell(m, 2, ComparisonView::SpeedUpColumn), QStringLiteral("-"));
    // The scores do not depend on the context.
    QCOMPARE(value(m, 2, ComparisonView::TestColumn).toDouble(), 0.55);
    // The plot follows: two points, M_opt now in the note.
    QCOMPARE(view.paretoPlot()->plottedPointCount(), 2);
    QVERIFY(view.paretoPlot()->noteText().contains(kOptName));
    QVERIFY(view.paretoPlot()->noteText().contains(kManualName));
    QVERIFY(view.paretoPlot()->noteText().contains(QLocale().toString(512)));
    QVERIFY(view.paretoPlot()->plot()->xAxis->label().contains(QLocale().toString(512)));

    // A context nobody measured is not offered and changes nothing.
    view.setContext(4096);
    QCOMPARE(view.context(), qint64(512));
    QCOMPARE(spy.count(), 0);

    view.setContext(2048);
    QCOMPARE(value(m, 2, ComparisonView::DecodeColumn).toDouble(), 8.0);
    QCOMPARE(view.paretoPlot()->plottedPointCount(), 3);
}

void TestComparison::sorting()
{
    ComparisonView view;
    view.setConfigurations(fixture(), kLayers);
    QAbstractItemModel *shown = view.tableView()->model();
    // Creation order until a header is clicked.
    QCOMPARE(cell(shown, 0, ComparisonView::NameColumn), kFullName);
    QCOMPARE(cell(shown, 3, ComparisonView::NameColumn), kManualName);

    view.tableView()->sortByColumn(ComparisonView::DecodeColumn, Qt::AscendingOrder);
    QCOMPARE(cell(shown, 0, ComparisonView::NameColumn), kOptName);   // 8 ms
    QCOMPARE(cell(shown, 1, ComparisonView::NameColumn), kBestName);  // 12 ms
    QCOMPARE(cell(shown, 2, ComparisonView::NameColumn), kFullName);  // 20 ms
    QCOMPARE(cell(shown, 3, ComparisonView::NameColumn), kManualName); // not measured: last

    view.tableView()->sortByColumn(ComparisonView::TestColumn, Qt::DescendingOrder);
    QCOMPARE(cell(shown, 0, ComparisonView::NameColumn), kBestName);
    QCOMPARE(cell(shown, 1, ComparisonView::NameColumn), kFullName);
    QCOMPARE(cell(shown, 2, ComparisonView::NameColumn), kOptName);
    QCOMPARE(cell(shown, 3, ComparisonView::NameColumn), kManualName); // not measured: last here too

    view.tableView()->sortByColumn(ComparisonView::LinearColumn, Qt::DescendingOrder);
    QCOMPARE(cell(shown, 0, ComparisonView::NameColumn), kOptName);
    QCOMPARE(cell(shown, 3, ComparisonView::NameColumn), kFullName);
}

void TestComparison::devices()
{
    auto entries = fixture();
    entries[0].benchmarks.push_back(bench(2048, 5, 5000, 16 * kMiB, 0, "cuda"));
    entries[1].benchmarks.push_back(bench(2048, 4, 6000, 9 * kMiB, 0, "cuda"));
    ComparisonView view;
    view.setConfigurations(entries, kLayers);
    QCOMPARE(view.devices(), (QStringList{QStringLiteral("cpu"), QStringLiteral("cuda")}));
    QCOMPARE(view.device(), QStringLiteral("cpu")); // the device with the most benchmarks
    const QAbstractItemModel *m = view.tableModel();
    QCOMPARE(value(m, 1, ComparisonView::DecodeColumn).toDouble(), 12.0);

    view.setDevice(QStringLiteral("cuda"));
    QCOMPARE(value(m, 0, ComparisonView::DecodeColumn).toDouble(), 5.0);
    QCOMPARE(value(m, 1, ComparisonView::DecodeColumn).toDouble(), 4.0);
    QCOMPARE(value(m, 1, ComparisonView::SpeedUpColumn).toDouble(), 5.0 / 4.0);
    QCOMPARE(cell(m, 2, ComparisonView::DecodeColumn), QStringLiteral("-")); // M_opt: cpu only
    QCOMPARE(view.paretoPlot()->plottedPointCount(), 2);
    QVERIFY(view.paretoPlot()->noteText().contains(kOptName));

    // The rows alone: the speed-up never compares across devices.
    const auto rows = dtr::gui::comparisonRows(entries, kLayers, 2048, QStringLiteral("cuda"));
    QVERIFY(!rows[2].speedUp);
    QVERIFY(rows[1].speedUp);
    QCOMPARE(*rows[1].speedUp, 1.25);
}

void TestComparison::fromCatalogJson()
{
    // What configurationCatalog() writes and the window reads back (toJson / fromJson).
    std::vector<dtr::ConfigurationEntry> read;
    for (const auto &e : fixture())
        read.push_back(dtr::configurationEntryFromJson(nlohmann::json::parse(dtr::toJson(e).dump())));
    ComparisonView a, b;
    a.setConfigurations(fixture(), kLayers);
    b.setConfigurations(read, kLayers);
    QCOMPARE(b.csvRecords(), a.csvRecords());
    QCOMPARE(b.csvRecords().size(), 5);
}

void TestComparison::csvFields_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("field");
    QTest::newRow("plain") << QStringLiteral("abc") << QStringLiteral("abc");
    QTest::newRow("empty") << QString() << QString();
    QTest::newRow("middle dot") << QStringLiteral("M_best · s1") << QStringLiteral("M_best · s1");
    QTest::newRow("comma") << QStringLiteral("a,b") << QStringLiteral("\"a,b\"");
    QTest::newRow("quote") << QStringLiteral("say \"hi\"") << QStringLiteral("\"say \"\"hi\"\"\"");
    QTest::newRow("newline") << QStringLiteral("a\nb") << QStringLiteral("\"a\nb\"");
    QTest::newRow("crlf") << QStringLiteral("a\r\nb") << QStringLiteral("\"a\r\nb\"");
    QTest::newRow("leading space") << QStringLiteral(" a") << QStringLiteral("\" a\"");
}

void TestComparison::csvFields()
{
    QFETCH(QString, value);
    QFETCH(QString, field);
    QCOMPARE(dtr::gui::csvField(value), field);
    // Each one alone and among others reads back.
    const QVector<QStringList> records{{value}, {QStringLiteral("x"), value, QStringLiteral("y")}};
    QString error;
    const auto back = dtr::gui::parseCsv(dtr::gui::toCsv(records), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(back, records);
}

void TestComparison::csvParseEdges()
{
    QString error;
    // LF line ends, a BOM, empty fields, a trailing empty field, no final line end.
    QCOMPARE(dtr::gui::parseCsv(QByteArray("\xEF\xBB\xBF" "a,b\n,\nc,\n\"d\"\"\",e"), &error),
             (QVector<QStringList>{{"a", "b"}, {"", ""}, {"c", ""}, {"d\"", "e"}}));
    QVERIFY(error.isEmpty());
    QCOMPARE(dtr::gui::parseCsv(QByteArray()), QVector<QStringList>());
    QCOMPARE(dtr::gui::toCsv({{"a", "b"}, {"c"}}), QByteArray("a,b\r\nc\r\n"));
    // A quote never closed is an error naming its line.
    dtr::gui::parseCsv(QByteArray("a\r\nb,\"open\r\nstill"), &error);
    QVERIFY(error.contains(QLatin1String("2")));
}

void TestComparison::csvRoundTrip()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    ComparisonView view;
    view.setConfigurations(fixture(), kLayers);
    const QString path = dir.filePath(QStringLiteral("comparison.csv"));
    QString error;
    QVERIFY2(view.exportCsv(path, &error), qPrintable(error));

    // The bytes: UTF-8, CRLF, the name with a comma and quotes quoted.
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    QVERIFY(bytes.startsWith("name,id,origin,"));
    QVERIFY(bytes.contains("\r\n"));
    QVERIFY(bytes.contains(QStringLiteral("\"M_opt, \"\"tight\"\" · search 1\"").toUtf8()));
    QVERIFY(bytes.contains("\xC2\xB7")); // the middle dot in UTF-8

    const auto records = ComparisonView::readCsv(path, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(records, view.csvRecords());
    QCOMPARE(records.size(), 5);
    const QStringList header = records.at(0);
    for (const QStringList &r : records)
        QCOMPARE(r.size(), header.size());
    const auto col = [&](const char *name) {
        const int i = int(header.indexOf(QLatin1String(name)));
        if (i < 0)
            qWarning("no column %s", name);
        return i;
    };

    // Every cell against the entries.
    const auto entries = fixture();
    for (int i = 0; i < 4; ++i) {
        const QStringList &r = records.at(i + 1);
        const auto &e = entries[std::size_t(i)];
        QCOMPARE(r.at(col("name")), QString::fromStdString(e.record.name));
        QCOMPARE(r.at(col("id")).toLongLong(), e.record.id);
        QCOMPARE(r.at(col("origin")), QString::fromStdString(e.origin));
        QCOMPARE(r.at(col("num_linear")).toInt(), int(e.linear.size()));
        QStringList linear;
        for (auto l : e.linear)
            linear << QString::number(l);
        QCOMPARE(r.at(col("linear_layers")), linear.join(QLatin1Char(' ')));
        QCOMPARE(r.at(col("layer_map")).size(), kLayers);
        QCOMPARE(r.at(col("layer_map")).count(QLatin1Char('L')), int(e.linear.size()));
        QCOMPARE(r.at(col("validation")).toDouble(), e.validation->value);
        QCOMPARE(r.at(col("validation_examples")).toLongLong(), e.validation->numExamples);
        if (e.validation->ciLow)
            QCOMPARE(r.at(col("validation_ci_low")).toDouble(), *e.validation->ciLow);
        else
            QVERIFY(r.at(col("validation_ci_low")).isEmpty());
        if (e.test) {
            QCOMPARE(r.at(col("test")).toDouble(), e.test->value);
            QCOMPARE(r.at(col("test_ci_high")).toDouble(), *e.test->ciHigh);
            QCOMPARE(r.at(col("test_metric")), QStringLiteral("acc_norm"));
        } else {
            QVERIFY(r.at(col("test")).isEmpty());
        }
        const dtr::CatalogBenchmark *b = nullptr;
        for (const auto &x : e.benchmarks)
            if (x.context == 2048)
                b = &x;
        if (b) {
            QCOMPARE(r.at(col("context")).toLongLong(), qint64(2048));
            QCOMPARE(r.at(col("device")), QStringLiteral("cpu"));
            QCOMPARE(r.at(col("decode_ms_per_token")).toDouble(), b->decodeMedianMs);
            QCOMPARE(r.at(col("decode_tokens_per_second")).toDouble(), 1000.0 / b->decodeMedianMs);
            QCOMPARE(r.at(col("prefill_tokens_per_second")).toDouble(), b->prefillTokensPerSecond);
            QCOMPARE(r.at(col("cache_bytes")).toLongLong(), b->cacheBytes);
            QCOMPARE(r.at(col("decode_speedup_vs_full")).toDouble(), 20.0 / b->decodeMedianMs);
        } else {
            QVERIFY(r.at(col("decode_ms_per_token")).isEmpty());
            QVERIFY(r.at(col("decode_speedup_vs_full")).isEmpty());
        }
    }
    QCOMPARE(records.at(3).at(col("peak_bytes")), QString()); // not recorded
    QCOMPARE(records.at(4).at(col("layer_map")), QStringLiteral("FFFFFL"));

    // A file that cannot be written: false and a message naming it.
    const QString bad = dir.filePath(QStringLiteral("missing/comparison.csv"));
    QVERIFY(!view.exportCsv(bad, &error));
    QVERIFY(error.contains(QStringLiteral("comparison.csv")));
    QVERIFY(ComparisonView::readCsv(bad, &error).isEmpty());
}

void TestComparison::paretoFront_data()
{
    QTest::addColumn<QVector<QPointF>>("points");
    QTest::addColumn<bool>("higher");
    QTest::addColumn<std::vector<int>>("front");
    using P = QVector<QPointF>;
    QTest::newRow("empty") << P{} << true << std::vector<int>{};
    QTest::newRow("one") << P{{1, 1}} << true << std::vector<int>{0};
    // (2,2) beats (1,1) on both; (0.5,3) is the best score, (3,1.5) the fastest.
    QTest::newRow("dominated") << P{{1, 1}, {2, 2}, {3, 1.5}, {0.5, 3}} << true << std::vector<int>{3, 1, 2};
    QTest::newRow("one beats all") << P{{1, 1}, {4, 5}, {2, 3}} << true << std::vector<int>{1};
    QTest::newRow("equal points") << P{{1, 1}, {1, 1}} << true << std::vector<int>{0, 1};
    QTest::newRow("same speed") << P{{1, 1}, {1, 2}} << true << std::vector<int>{1};
    QTest::newRow("same score") << P{{1, 1}, {2, 1}} << true << std::vector<int>{1};
    QTest::newRow("tie on the front") << P{{1, 3}, {2, 2}, {2, 2}, {3, 1}} << true << std::vector<int>{0, 1, 2, 3};
    QTest::newRow("lower is better") << P{{1, 0.5}, {2, 1}, {3, 2}, {2.5, 3}} << false << std::vector<int>{0, 1, 2};
    QTest::newRow("same points, higher") << P{{1, 0.5}, {2, 1}, {3, 2}, {2.5, 3}} << true << std::vector<int>{3, 2};
    QTest::newRow("lower, one beats all") << P{{1, 1}, {2, 2}, {3, 0.5}} << false << std::vector<int>{2};
    QTest::newRow("lower, same speed") << P{{2, 1}, {2, 0.8}} << false << std::vector<int>{1};
    QTest::newRow("NaN never on it") << P{{1, kNaN}, {kNaN, 5}, {0.5, 0.5}} << true << std::vector<int>{2};
}

void TestComparison::paretoFront()
{
    QFETCH(QVector<QPointF>, points);
    QFETCH(bool, higher);
    QFETCH(std::vector<int>, front);
    QCOMPARE(dtr::gui::paretoFront(points, higher), front);
}

void TestComparison::plotPointsAndNote()
{
    ComparisonView view;
    view.resize(900, 800);
    view.show();
    view.setConfigurations(fixture(), kLayers);
    ParetoPlot *plot = view.paretoPlot();
    // One point per benchmarked configuration (at 2048: full, M_best, M_opt).
    QCOMPARE(plot->points().size(), 3);
    QCOMPARE(plot->plottedPointCount(), 3);
    QCOMPARE(plot->pointLabels(), (QStringList{kFullName, kBestName, kOptName}));
    QCOMPARE(plot->points().at(0).x, 1000.0 / 20);
    QCOMPARE(plot->points().at(1).x, 1000.0 / 12);
    QCOMPARE(plot->points().at(2).x, 1000.0 / 8);
    QCOMPARE(plot->points().at(1).y, 0.59); // the test score
    QCOMPARE(plot->points().at(1).ciLow, 0.54);
    QCOMPARE(plot->points().at(1).ciHigh, 0.64);
    QVERIFY(plot->higherIsBetter());
    // M_best is faster and better than the full model; M_opt is the fastest.
    QCOMPARE(plot->front(), (std::vector<int>{1, 2}));
    QCOMPARE(plot->plottedFrontCount(), 2);
    // The hand-made one is not benchmarked: it is named under the plot.
    QVERIFY(plot->noteText().contains(QStringLiteral("Not benchmarked")));
    QVERIFY(plot->noteText().contains(kManualName));
    QVERIFY(!plot->noteText().contains(kBestName));
    auto note = plot->findChild<QLabel *>(QStringLiteral("paretoNote"));
    QVERIFY(note && note->isVisible());
    QVERIFY(plot->plot()->yAxis->label().contains(QStringLiteral("acc_norm")));

    // Hover names the nearest point.
    plot->plot()->replot();
    const QPoint pixel(qRound(plot->plot()->xAxis->coordToPixel(1000.0 / 8)),
                       qRound(plot->plot()->yAxis->coordToPixel(0.55)));
    plot->showReadoutAt(pixel);
    QVERIFY(plot->readoutText().startsWith(kOptName));
    QVERIFY(plot->readoutText().contains(QStringLiteral("Pareto")));

    // Without test scores the validation score is used; everything benchmarked: no note.
    auto entries = fixture();
    entries.pop_back();
    for (auto &e : entries)
        e.test.reset();
    view.setConfigurations(entries, kLayers);
    QCOMPARE(plot->plottedPointCount(), 3);
    QCOMPARE(plot->points().at(1).y, 0.61);
    QVERIFY(plot->noteText().isEmpty());
    QVERIFY(!note->isVisible());

    QTemporaryDir dir;
    QVERIFY(plot->save(dir.filePath(QStringLiteral("pareto.png"))));
    QVERIFY(QFileInfo(dir.filePath(QStringLiteral("pareto.png"))).size() > 0);
}

void TestComparison::plotLowerIsBetter()
{
    // bits_per_byte: lower is better, so the full model (slow, 1.0) is beaten by M_best
    // (faster, 0.9) and M_opt (fastest, 1.2) stays on the front.
    auto entries = fixture();
    entries.pop_back();
    const double bpb[] = {1.0, 0.9, 1.2};
    for (std::size_t i = 0; i < entries.size(); ++i) {
        entries[i].test.reset();
        entries[i].validation = score(bpb[i], bpb[i] - 0.05, bpb[i] + 0.05, 100, "bits_per_byte");
    }
    ComparisonView view;
    view.setConfigurations(entries, kLayers);
    ParetoPlot *plot = view.paretoPlot();
    QVERIFY(!plot->higherIsBetter());
    QCOMPARE(plot->front(), (std::vector<int>{1, 2}));
    // Were the full model the lowest, it would be on the front too.
    entries[0].validation = score(0.8, 0.75, 0.85, 100, "bits_per_byte");
    view.setConfigurations(entries, kLayers);
    QCOMPARE(plot->front(), (std::vector<int>{0, 1, 2}));
    QVERIFY(plot->plot()->yAxis->label().contains(QStringLiteral("lower is better")));
}

void TestComparison::plotLabelsDoNotOverlap()
{
    // Seven configurations within a few tokens/s and a few thousandths of a score: their
    // labels would all sit on top of each other at the default spot.
    ParetoPlot plot;
    plot.resize(700, 420);
    plot.show();
    QVector<dtr::gui::ParetoPoint> pts;
    for (int i = 0; i < 7; ++i) {
        dtr::gui::ParetoPoint p;
        p.label = QStringLiteral("recall \u00b7 GDN \u00b7 greedy \u00b7 %1 linear").arg(i);
        p.x = 100 + i * 0.5;
        p.y = 0.80 + (i % 3) * 0.001;
        pts << p;
    }
    dtr::gui::ParetoPoint far;
    far.label = QStringLiteral("Full model");
    far.x = 40;
    far.y = 0.70;
    pts << far;
    plot.setData(pts, true, QString(), QString(), QString());
    plot.plot()->replot();
    QCOMPARE(plot.pointLabels().size(), pts.size());
    const QVector<QRectF> rects = plot.visibleLabelRects();
    QVERIFY(rects.size() >= 3);
    for (int a = 0; a < rects.size(); ++a)
        for (int b = a + 1; b < rects.size(); ++b)
            QVERIFY2(!rects[a].intersects(rects[b]), qPrintable(QStringLiteral("labels %1 and %2 overlap").arg(a).arg(b)));
    // Every front point keeps its label; a far-away point is labelled too.
    const QStringList shown = plot.visiblePointLabels();
    for (int i : plot.front())
        QVERIFY2(shown.contains(pts.at(i).label), qPrintable(pts.at(i).label));
    QVERIFY(shown.contains(QStringLiteral("Full model")));
    const QString dir = qEnvironmentVariable("DTR_TEST_SCREENSHOT_DIR");
    if (!dir.isEmpty())
        QVERIFY(plot.save(QDir(dir).filePath(QStringLiteral("pareto-close-labels.png"))));
}

QTEST_MAIN(TestComparison)
#include "tst_comparison.moc"
