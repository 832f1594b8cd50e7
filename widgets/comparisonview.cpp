#include "comparisonview.h"

#include "csv.h"
#include "displaynames.h"
#include "paretoplot.h"
#include "search/tasks.h"

#include <QAbstractTableModel>
#include <QApplication>
#include <QComboBox>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QDir>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPainter>
#include <QPushButton>
#include <QSaveFile>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStackedWidget>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>
#include <map>
#include <set>

namespace dtr::gui {

namespace {

// Mid-tone colours, distinct for colour-blind eyes (Okabe-Ito blue and orange) and
// readable on light and dark palettes alike; the text beside them uses the palette.
const QColor kFullColor(0x00, 0x72, 0xb2);
const QColor kLinearColor(0xe6, 0x9f, 0x00);

constexpr int kCellWidth = 7;  // a layer's cell in the strip, gap included
constexpr int kStripHeight = 14;

QString fromStd(const std::string &s)
{
    return QString::fromStdString(s);
}

QString scoreNum(double v)
{
    return QLocale().toString(v, 'f', std::abs(v) < 100 ? 3 : 1);
}

QString speedNum(double v)
{
    return QLocale().toString(v, 'f', v < 100 ? 1 : 0);
}

QString msNum(double v)
{
    return QLocale().toString(v, 'f', v < 10 ? 2 : 1);
}

// A plain number for the CSV: the shortest text that reads back to the same double.
QString plain(double v)
{
    return QString::number(v, 'g', QLocale::FloatingPointShortest);
}

QString scoreText(const std::optional<dtr::CatalogScore> &s)
{
    if (!s)
        return QStringLiteral("-");
    QString text = scoreNum(s->value);
    if (s->ciLow && s->ciHigh)
        text += QStringLiteral(" (%1\u2013%2)").arg(scoreNum(*s->ciLow), scoreNum(*s->ciHigh));
    return text;
}

bool hasDecode(const ComparisonRow &r)
{
    return r.benchmark && r.benchmark->decodeMedianMs > 0;
}

// The score the plot uses: the test score, else the validation score.
const dtr::CatalogScore *plotScore(const ComparisonRow &r, bool *isTest)
{
    *isTest = bool(r.test);
    return r.test ? &*r.test : r.validation ? &*r.validation : nullptr;
}

QString originText(const QString &origin)
{
    if (origin == QLatin1String("best"))
        return ComparisonView::tr("a search's M_best (highest validation score)");
    if (origin == QLatin1String("opt"))
        return ComparisonView::tr("a search's M_opt (most linear layers within the tolerance)");
    if (origin == QLatin1String("k"))
        return ComparisonView::tr("a baseline's configuration");
    if (origin == QLatin1String("full"))
        return ComparisonView::tr("the full-attention model");
    return ComparisonView::tr("made by hand");
}

QString layerList(const QVector<int> &layers)
{
    QStringList parts;
    for (int l : layers)
        parts << QString::number(l);
    return parts.join(QStringLiteral(", "));
}

} // namespace

QVector<ComparisonRow> comparisonRows(const std::vector<dtr::ConfigurationEntry> &entries, int numLayers,
                                      qint64 context, const QString &device)
{
    QVector<ComparisonRow> rows;
    for (const auto &e : entries) {
        ComparisonRow r;
        r.name = fromStd(e.record.name);
        r.id = e.record.id;
        r.origin = fromStd(e.origin);
        r.mixer = fromStd(e.record.mixer);
        std::set<int> linear;
        for (auto l : e.linear)
            linear.insert(int(l));
        if (!e.record.layerTypes.empty()) {
            for (std::size_t l = 0; l < e.record.layerTypes.size(); ++l) {
                const bool isLinear = e.record.layerTypes[l] != "full_attention";
                r.layerMap += QLatin1Char(isLinear ? 'L' : 'F');
                if (isLinear && e.linear.empty())
                    linear.insert(int(l));
            }
        } else {
            int n = numLayers;
            if (!linear.empty())
                n = std::max(n, *linear.rbegin() + 1);
            for (int l = 0; l < n; ++l)
                r.layerMap += QLatin1Char(linear.count(l) ? 'L' : 'F');
        }
        r.linear = QVector<int>(linear.begin(), linear.end());
        r.validation = e.validation;
        r.test = e.test;
        for (const auto &b : e.benchmarks) {
            if (b.context == context && (device.isEmpty() || fromStd(b.device) == device)) {
                r.benchmark = b;
                break;
            }
        }
        rows << r;
    }
    // The full model: origin "full", else the first entry without linear layers.
    int full = -1;
    for (int i = 0; i < rows.size() && full < 0; ++i)
        if (rows[i].origin == QLatin1String("full"))
            full = i;
    for (int i = 0; i < rows.size() && full < 0; ++i)
        if (rows[i].linear.isEmpty() && !rows[i].layerMap.contains(QLatin1Char('L')))
            full = i;
    if (full >= 0 && hasDecode(rows[full])) {
        for (ComparisonRow &r : rows)
            if (hasDecode(r) && r.benchmark->device == rows[full].benchmark->device)
                r.speedUp = rows[full].benchmark->decodeMedianMs / r.benchmark->decodeMedianMs;
    }
    return rows;
}

// The table's model: one row per ComparisonRow.
class ComparisonModel : public QAbstractTableModel
{
public:
    using QAbstractTableModel::QAbstractTableModel;

    void setRows(const QVector<ComparisonRow> &rows, qint64 context)
    {
        beginResetModel();
        m_rows = rows;
        m_context = context;
        endResetModel();
    }
    const QVector<ComparisonRow> &rows() const { return m_rows; }

    int rowCount(const QModelIndex &parent = QModelIndex()) const override
    {
        return parent.isValid() ? 0 : int(m_rows.size());
    }
    int columnCount(const QModelIndex &parent = QModelIndex()) const override
    {
        return parent.isValid() ? 0 : ComparisonView::ColumnCount;
    }

    QVariant headerData(int section, Qt::Orientation orientation, int role) const override
    {
        if (orientation != Qt::Horizontal)
            return QAbstractTableModel::headerData(section, orientation, role);
        const QString at = m_context > 0 ? ComparisonView::tr(" at %Ln token(s) of context", nullptr, int(m_context))
                                         : QString();
        if (role == Qt::DisplayRole) {
            switch (section) {
            case ComparisonView::NameColumn: return ComparisonView::tr("Name");
            case ComparisonView::LayerMapColumn: return ComparisonView::tr("Layer map");
            case ComparisonView::LinearColumn: return ComparisonView::tr("Linear layers");
            case ComparisonView::ValidationColumn: return ComparisonView::tr("Validation");
            case ComparisonView::TestColumn: return ComparisonView::tr("Test");
            case ComparisonView::PrefillColumn: return ComparisonView::tr("Prefill (tokens/s)");
            case ComparisonView::DecodeColumn: return ComparisonView::tr("Decode (ms/token)");
            case ComparisonView::SpeedUpColumn: return ComparisonView::tr("Decode speed-up");
            case ComparisonView::CacheColumn: return ComparisonView::tr("Cache (MiB)");
            case ComparisonView::PeakColumn: return ComparisonView::tr("Peak memory (MiB)");
            default: break;
            }
        } else if (role == Qt::ToolTipRole) {
            switch (section) {
            case ComparisonView::LayerMapColumn:
                return ComparisonView::tr("One cell per layer, layer 0 on the left: linear attention or full attention");
            case ComparisonView::ValidationColumn:
                return ComparisonView::tr("Score on the validation task, with its 95% interval");
            case ComparisonView::TestColumn:
                return ComparisonView::tr("Score on the test task, with its 95% interval");
            case ComparisonView::PrefillColumn:
                return ComparisonView::tr("Prompt tokens processed per second%1").arg(at);
            case ComparisonView::DecodeColumn:
                return ComparisonView::tr("Median time to decode one token%1").arg(at);
            case ComparisonView::SpeedUpColumn:
                return ComparisonView::tr("The full-attention model's decode time over this one's%1 "
                                          "(shown where the full model is compared and benchmarked there too)")
                    .arg(at);
            case ComparisonView::CacheColumn:
                return ComparisonView::tr("KV cache and recurrent state%1").arg(at);
            case ComparisonView::PeakColumn:
                return ComparisonView::tr("Peak memory while benchmarking%1").arg(at);
            default: break;
            }
        }
        return QVariant();
    }

    QVariant data(const QModelIndex &index, int role) const override
    {
        if (!index.isValid() || index.row() >= m_rows.size())
            return QVariant();
        const ComparisonRow &r = m_rows.at(index.row());
        const auto &b = r.benchmark;
        const QString none = QStringLiteral("-");
        switch (role) {
        case Qt::DisplayRole:
            switch (index.column()) {
            case ComparisonView::NameColumn: return r.name;
            case ComparisonView::LayerMapColumn: return QVariant(); // painted by the delegate
            case ComparisonView::LinearColumn: return QLocale().toString(r.linear.size());
            case ComparisonView::ValidationColumn: return scoreText(r.validation);
            case ComparisonView::TestColumn: return scoreText(r.test);
            case ComparisonView::PrefillColumn:
                return b && b->prefillTokensPerSecond > 0 ? speedNum(b->prefillTokensPerSecond) : none;
            case ComparisonView::DecodeColumn: return b && b->decodeMedianMs > 0 ? msNum(b->decodeMedianMs) : none;
            case ComparisonView::SpeedUpColumn:
                return r.speedUp ? ComparisonView::tr("%1\u00d7").arg(QLocale().toString(*r.speedUp, 'f', 2)) : none;
            case ComparisonView::CacheColumn:
                return b ? ComparisonView::formatMiB(b->cacheBytes) : none;
            case ComparisonView::PeakColumn: return b ? ComparisonView::formatMiB(b->peakBytes) : none;
            default: break;
            }
            break;
        case ComparisonView::ValueRole:
            return value(r, index.column());
        case ComparisonView::CiLowRole:
        case ComparisonView::CiHighRole: {
            const auto &s = index.column() == ComparisonView::ValidationColumn ? r.validation
                : index.column() == ComparisonView::TestColumn                 ? r.test
                                                                               : std::optional<dtr::CatalogScore>();
            const auto &end = !s ? std::optional<double>() : role == ComparisonView::CiLowRole ? s->ciLow : s->ciHigh;
            return end ? QVariant(*end) : QVariant();
        }
        case Qt::TextAlignmentRole:
            if (index.column() >= ComparisonView::LinearColumn)
                return int(Qt::AlignRight | Qt::AlignVCenter);
            break;
        case Qt::ToolTipRole:
            return toolTip(r, index.column());
        default: break;
        }
        return QVariant();
    }

private:
    static QVariant value(const ComparisonRow &r, int column)
    {
        const auto &b = r.benchmark;
        switch (column) {
        case ComparisonView::NameColumn: return r.name;
        case ComparisonView::LayerMapColumn: return r.layerMap;
        case ComparisonView::LinearColumn: return qint64(r.linear.size());
        case ComparisonView::ValidationColumn: return r.validation ? QVariant(r.validation->value) : QVariant();
        case ComparisonView::TestColumn: return r.test ? QVariant(r.test->value) : QVariant();
        case ComparisonView::PrefillColumn:
            return b && b->prefillTokensPerSecond > 0 ? QVariant(b->prefillTokensPerSecond) : QVariant();
        case ComparisonView::DecodeColumn: return b && b->decodeMedianMs > 0 ? QVariant(b->decodeMedianMs) : QVariant();
        case ComparisonView::SpeedUpColumn: return r.speedUp ? QVariant(*r.speedUp) : QVariant();
        case ComparisonView::CacheColumn: return b && b->cacheBytes > 0 ? QVariant(qint64(b->cacheBytes)) : QVariant();
        case ComparisonView::PeakColumn: return b && b->peakBytes > 0 ? QVariant(qint64(b->peakBytes)) : QVariant();
        default: return QVariant();
        }
    }

    QVariant toolTip(const ComparisonRow &r, int column) const
    {
        const auto scoreTip = [](const std::optional<dtr::CatalogScore> &s) -> QVariant {
            if (!s)
                return ComparisonView::tr("Not scored");
            return ComparisonView::tr("%1 on %2, %n example(s)", nullptr, int(s->numExamples))
                .arg(fromStd(s->metric), fromStd(s->task));
        };
        switch (column) {
        case ComparisonView::NameColumn:
            return ComparisonView::tr("Configuration %1: %2").arg(r.id).arg(originText(r.origin));
        case ComparisonView::LayerMapColumn:
        case ComparisonView::LinearColumn:
            if (r.linear.isEmpty())
                return ComparisonView::tr("All %n layer(s) full attention", nullptr, int(r.layerMap.size()));
            return ComparisonView::tr("Linear (%1): layers %2").arg(mixerLabel(r.mixer.toStdString()), layerList(r.linear));
        case ComparisonView::ValidationColumn: return scoreTip(r.validation);
        case ComparisonView::TestColumn: return scoreTip(r.test);
        default:
            if (r.benchmark)
                return ComparisonView::tr("Measured on %1").arg(fromStd(r.benchmark->device));
            return ComparisonView::tr("Not benchmarked at this context");
        }
    }

    QVector<ComparisonRow> m_rows;
    qint64 m_context = 0;
};

namespace {

// Paints a row's layer map: one cell per layer, linear or full attention.
class LayerMapDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        QStyleOptionViewItem opt = option;
        initStyleOption(&opt, index);
        const QWidget *widget = option.widget;
        QStyle *style = widget ? widget->style() : QApplication::style();
        style->drawPrimitive(QStyle::PE_PanelItemViewItem, &opt, painter, widget);
        const QString map = index.data(ComparisonView::ValueRole).toString();
        if (map.isEmpty())
            return;
        const QRect area = option.rect.adjusted(4, 0, -4, 0);
        const double cell = std::max(2.0, double(area.width()) / map.size());
        const int height = std::min(kStripHeight, area.height() - 4);
        const int top = area.top() + (area.height() - height) / 2;
        painter->save();
        painter->setPen(Qt::NoPen);
        for (int l = 0; l < map.size(); ++l) {
            const QRectF r(area.left() + l * cell, top, std::max(1.0, cell - (cell >= 4 ? 1.0 : 0.0)), height);
            painter->setBrush(map.at(l) == QLatin1Char('L') ? kLinearColor : kFullColor);
            painter->drawRect(r);
        }
        painter->restore();
    }

    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        const int n = int(index.data(ComparisonView::ValueRole).toString().size());
        return QSize(std::max(n, 1) * kCellWidth + 8, std::max(kStripHeight + 6, option.fontMetrics.height() + 4));
    }
};

// Sorts by ValueRole with the cells not measured ("-") last in either order.
class MissingLastProxy : public QSortFilterProxyModel
{
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;

protected:
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override
    {
        const bool l = left.data(sortRole()).isValid(), r = right.data(sortRole()).isValid();
        if (l != r) // descending order sorts by lessThan(right, left)
            return sortOrder() == Qt::AscendingOrder ? l : r;
        return l && QSortFilterProxyModel::lessThan(left, right);
    }
};

// The strip's legend: two swatches and their names.
class LayerMapLegend : public QWidget
{
public:
    explicit LayerMapLegend(QWidget *parent)
        : QWidget(parent)
    {
        setObjectName(QStringLiteral("comparisonLegend"));
        setToolTip(ComparisonView::tr("The layer map's colours"));
    }

    QSize sizeHint() const override
    {
        const QFontMetrics fm = fontMetrics();
        return QSize(2 * (kStripHeight + 6) + fm.horizontalAdvance(full()) + fm.horizontalAdvance(linear()) + 16,
                     std::max(fm.height(), kStripHeight) + 4);
    }

protected:
    void paintEvent(QPaintEvent *) override
    {
        QPainter p(this);
        const QFontMetrics fm = fontMetrics();
        int x = 0;
        const auto key = [&](const QColor &color, const QString &text) {
            const QRect swatch(x, (height() - kStripHeight) / 2, kStripHeight / 2 + 2, kStripHeight);
            p.fillRect(swatch, color);
            x += swatch.width() + 4;
            p.setPen(palette().color(QPalette::WindowText));
            p.drawText(QRect(x, 0, fm.horizontalAdvance(text) + 2, height()), Qt::AlignVCenter | Qt::AlignLeft, text);
            x += fm.horizontalAdvance(text) + 14;
        };
        key(kFullColor, full());
        key(kLinearColor, linear());
    }

private:
    static QString full() { return ComparisonView::tr("Full attention"); }
    static QString linear() { return ComparisonView::tr("Linear attention"); }
};

} // namespace

ComparisonView::ComparisonView(QWidget *parent)
    : QWidget(parent)
    , m_stack(new QStackedWidget(this))
    , m_placeholder(new QLabel(this))
    , m_context(new QComboBox(this))
    , m_device(new QComboBox(this))
    , m_deviceLabel(new QLabel(tr("&Device:"), this))
    , m_export(new QPushButton(tr("Export CSV\u2026"), this))
    , m_summary(new QLabel(this))
    , m_model(new ComparisonModel(this))
    , m_proxy(new MissingLastProxy(this))
    , m_table(new QTableView(this))
    , m_plot(new ParetoPlot(this))
{
    m_placeholder->setObjectName(QStringLiteral("comparisonPlaceholder"));
    m_placeholder->setText(tr("Nothing to compare yet.\n\nSelect configurations in the Configurations list and press "
                              "Compare to see their scores, layer maps, speed and memory side by side."));
    m_placeholder->setAlignment(Qt::AlignCenter);
    m_placeholder->setWordWrap(true);
    m_placeholder->setForegroundRole(QPalette::PlaceholderText);

    m_context->setObjectName(QStringLiteral("comparisonContext"));
    m_context->setToolTip(tr("The benchmarked context length the speed and memory columns and the plot use"));
    m_device->setObjectName(QStringLiteral("comparisonDevice"));
    m_device->setToolTip(tr("The device whose benchmarks are shown"));
    m_export->setObjectName(QStringLiteral("comparisonExportCsv"));
    m_export->setToolTip(tr("Save the table as a CSV file (UTF-8, one row per configuration)"));
    m_summary->setObjectName(QStringLiteral("comparisonSummary"));
    auto contextLabel = new QLabel(tr("&Context:"), this);
    contextLabel->setBuddy(m_context);
    m_deviceLabel->setBuddy(m_device);

    auto bar = new QHBoxLayout;
    bar->setContentsMargins(4, 4, 4, 0);
    bar->addWidget(contextLabel);
    bar->addWidget(m_context);
    bar->addWidget(m_deviceLabel);
    bar->addWidget(m_device);
    bar->addSpacing(12);
    bar->addWidget(new LayerMapLegend(this));
    bar->addStretch(1);
    bar->addWidget(m_summary);
    bar->addWidget(m_export);

    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(ValueRole);
    m_table->setObjectName(QStringLiteral("comparisonTable"));
    m_table->setModel(m_proxy);
    m_table->setItemDelegateForColumn(LayerMapColumn, new LayerMapDelegate(m_table));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->setVisible(false);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    // Creation order until a header is clicked.
    m_table->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);
    m_table->setSortingEnabled(true);

    auto content = new QWidget(this);
    auto splitter = new QSplitter(Qt::Vertical, content);
    splitter->addWidget(m_table);
    splitter->addWidget(m_plot);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 2);
    auto contentLayout = new QVBoxLayout(content);
    contentLayout->setContentsMargins(0, 0, 0, 0);
    contentLayout->addLayout(bar);
    contentLayout->addWidget(splitter, 1);

    m_stack->addWidget(m_placeholder);
    m_stack->addWidget(content);
    auto layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);

    connect(m_context, &QComboBox::currentIndexChanged, this, [this] {
        if (m_filling)
            return;
        refresh();
        Q_EMIT contextChanged(context());
    });
    connect(m_device, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_filling)
            refresh();
    });
    connect(m_export, &QPushButton::clicked, this, &ComparisonView::exportCsvWithDialog);
    clear();
}

ComparisonView::~ComparisonView() = default;

void ComparisonView::setConfigurations(const std::vector<dtr::ConfigurationEntry> &chosen, int numLayers)
{
    const qint64 previous = context();
    m_entries = chosen;
    m_numLayers = numLayers;
    fillContexts();
    m_stack->setCurrentIndex(m_entries.empty() ? 0 : 1);
    refresh();
    if (context() != previous)
        Q_EMIT contextChanged(context());
}

void ComparisonView::clear()
{
    setConfigurations({}, 0);
}

void ComparisonView::fillContexts()
{
    m_filling = true;
    std::set<qint64> contexts;
    std::map<QString, int> devices;
    for (const auto &e : m_entries)
        for (const auto &b : e.benchmarks) {
            contexts.insert(b.context);
            ++devices[fromStd(b.device)];
        }
    const QString oldDevice = m_device->currentText();
    m_context->clear();
    for (auto it = contexts.rbegin(); it != contexts.rend(); ++it)
        m_context->addItem(contextText(*it), QVariant(*it));
    if (contexts.empty())
        m_context->addItem(tr("not benchmarked"), QVariant(qint64(0)));
    m_context->setCurrentIndex(0); // the largest
    m_context->setEnabled(contexts.size() > 1);

    m_device->clear();
    QString chosen;
    int most = -1;
    for (const auto &[name, count] : devices) {
        m_device->addItem(name);
        if (count > most) {
            most = count;
            chosen = name;
        }
    }
    if (devices.count(oldDevice))
        chosen = oldDevice;
    m_device->setCurrentIndex(m_device->findText(chosen));
    m_device->setVisible(devices.size() > 1);
    m_deviceLabel->setVisible(devices.size() > 1);
    m_filling = false;
}

QString ComparisonView::contextText(qint64 context) const
{
    return tr("%1 tokens").arg(QLocale().toString(context));
}

QList<qint64> ComparisonView::contexts() const
{
    QList<qint64> out;
    for (int i = 0; i < m_context->count(); ++i)
        if (const qint64 c = m_context->itemData(i).toLongLong(); c > 0)
            out << c;
    return out;
}

qint64 ComparisonView::context() const
{
    return m_context->currentData().toLongLong();
}

void ComparisonView::setContext(qint64 context)
{
    const int i = m_context->findData(QVariant(context));
    if (i >= 0)
        m_context->setCurrentIndex(i);
}

QStringList ComparisonView::devices() const
{
    QStringList out;
    for (int i = 0; i < m_device->count(); ++i)
        out << m_device->itemText(i);
    return out;
}

QString ComparisonView::device() const
{
    return m_device->currentText();
}

void ComparisonView::setDevice(const QString &device)
{
    const int i = m_device->findText(device);
    if (i >= 0)
        m_device->setCurrentIndex(i);
}

QAbstractTableModel *ComparisonView::tableModel() const
{
    return m_model;
}

void ComparisonView::refresh()
{
    m_rows = comparisonRows(m_entries, m_numLayers, context(), device());
    m_model->setRows(m_rows, context());
    m_export->setEnabled(!m_rows.isEmpty());
    int benchmarked = 0;
    for (const ComparisonRow &r : m_rows)
        benchmarked += hasDecode(r) ? 1 : 0;
    m_summary->setText(m_rows.isEmpty() ? QString()
                                        : tr("%n configuration(s), %1 benchmarked here", nullptr, int(m_rows.size()))
                                              .arg(benchmarked));
    updatePlot();
}

void ComparisonView::updatePlot()
{
    if (m_rows.isEmpty()) {
        m_plot->clear();
        return;
    }
    QVector<ParetoPoint> points;
    QStringList notBenchmarked, notScored;
    std::set<std::string> metrics;
    bool anyTest = false, anyValidationOnly = false, higher = true, first = true;
    for (const ComparisonRow &r : m_rows) {
        bool isTest = false;
        const dtr::CatalogScore *s = plotScore(r, &isTest);
        if (!hasDecode(r)) {
            notBenchmarked << r.name;
            continue;
        }
        if (!s) {
            notScored << r.name;
            continue;
        }
        ParetoPoint p;
        p.label = r.name;
        p.x = 1000.0 / r.benchmark->decodeMedianMs;
        p.y = s->value;
        p.hasCi = s->ciLow && s->ciHigh;
        if (p.hasCi) {
            p.ciLow = *s->ciLow;
            p.ciHigh = *s->ciHigh;
        }
        p.detail = (isTest ? tr("Test score (%1), %n linear layer(s)", nullptr, int(r.linear.size()))
                           : tr("Validation score (%1; no test score), %n linear layer(s)", nullptr, int(r.linear.size())))
                       .arg(fromStd(s->metric));
        anyTest = anyTest || isTest;
        anyValidationOnly = anyValidationOnly || !isTest;
        metrics.insert(s->metric);
        if (first)
            higher = dtr::metricHigherIsBetter(s->metric);
        first = false;
        points << p;
    }
    QStringList notes;
    const QString at = contextText(context());
    if (!notBenchmarked.isEmpty())
        notes << tr("Not benchmarked at %1: %2").arg(at, notBenchmarked.join(QStringLiteral(", ")));
    if (!notScored.isEmpty())
        notes << tr("Not scored: %1").arg(notScored.join(QStringLiteral(", ")));
    QStringList metricNames;
    for (const auto &m : metrics)
        metricNames << fromStd(m);
    if (metrics.size() > 1)
        notes << tr("The scores use different metrics (%1); the front follows the first one's direction.")
                     .arg(metricNames.join(QStringLiteral(", ")));
    QString yLabel;
    const QString metric = metricNames.join(QStringLiteral(", "));
    if (anyTest && anyValidationOnly)
        yLabel = tr("Test score, else validation (%1)").arg(metric);
    else if (anyTest)
        yLabel = tr("Test score (%1)").arg(metric);
    else
        yLabel = metric.isEmpty() ? tr("Validation score") : tr("Validation score (%1)").arg(metric);
    if (!metric.isEmpty())
        yLabel += higher ? tr(", higher is better") : tr(", lower is better");
    m_plot->setData(points, higher, tr("Decode speed at %1 (tokens/s)").arg(at), yLabel,
                    notes.join(QLatin1Char('\n')));
}

QString ComparisonView::formatMiB(qint64 bytes)
{
    if (bytes <= 0)
        return QStringLiteral("-");
    return QLocale().toString(double(bytes) / (1024.0 * 1024.0), 'f', 2);
}

QVector<QStringList> ComparisonView::csvRecords() const
{
    // Column names are a file format (for scripts and pandas), not translated.
    QVector<QStringList> records;
    records << QStringList{QStringLiteral("name"), QStringLiteral("id"), QStringLiteral("origin"),
                           QStringLiteral("mixer"), QStringLiteral("layer_map"), QStringLiteral("linear_layers"),
                           QStringLiteral("num_linear"), QStringLiteral("validation_task"),
                           QStringLiteral("validation_metric"), QStringLiteral("validation"),
                           QStringLiteral("validation_ci_low"), QStringLiteral("validation_ci_high"),
                           QStringLiteral("validation_examples"), QStringLiteral("test_task"),
                           QStringLiteral("test_metric"), QStringLiteral("test"), QStringLiteral("test_ci_low"),
                           QStringLiteral("test_ci_high"), QStringLiteral("test_examples"), QStringLiteral("device"),
                           QStringLiteral("context"), QStringLiteral("prefill_tokens_per_second"),
                           QStringLiteral("decode_ms_per_token"), QStringLiteral("decode_tokens_per_second"),
                           QStringLiteral("decode_speedup_vs_full"), QStringLiteral("cache_bytes"),
                           QStringLiteral("peak_bytes")};
    const auto opt = [](const std::optional<double> &v) { return v ? plain(*v) : QString(); };
    const auto score = [&](const std::optional<dtr::CatalogScore> &s) {
        if (!s)
            return QStringList{QString(), QString(), QString(), QString(), QString(), QString()};
        return QStringList{fromStd(s->task), fromStd(s->metric), plain(s->value), opt(s->ciLow), opt(s->ciHigh),
                           QString::number(s->numExamples)};
    };
    for (const ComparisonRow &r : m_rows) {
        QStringList linear;
        for (int l : r.linear)
            linear << QString::number(l);
        QStringList f{r.name, QString::number(r.id), r.origin, r.mixer, r.layerMap, linear.join(QLatin1Char(' ')),
                      QString::number(r.linear.size())};
        f << score(r.validation) << score(r.test);
        const auto &b = r.benchmark;
        if (b) {
            f << fromStd(b->device) << QString::number(b->context)
              << (b->prefillTokensPerSecond > 0 ? plain(b->prefillTokensPerSecond) : QString())
              << (b->decodeMedianMs > 0 ? plain(b->decodeMedianMs) : QString())
              << (b->decodeMedianMs > 0 ? plain(1000.0 / b->decodeMedianMs) : QString()) << opt(r.speedUp)
              << (b->cacheBytes > 0 ? QString::number(b->cacheBytes) : QString())
              << (b->peakBytes > 0 ? QString::number(b->peakBytes) : QString());
        } else {
            for (int i = 0; i < 8; ++i)
                f << QString();
        }
        records << f;
    }
    return records;
}

bool ComparisonView::exportCsv(const QString &path, QString *error) const
{
    QSaveFile file(path);
    const auto fail = [&](const QString &reason) {
        if (error)
            *error = tr("Could not export the comparison to %1: %2").arg(QDir::toNativeSeparators(path), reason);
        return false;
    };
    if (!file.open(QIODevice::WriteOnly))
        return fail(file.errorString());
    const QByteArray bytes = toCsv(csvRecords());
    if (file.write(bytes) != bytes.size()) {
        file.cancelWriting();
        return fail(file.errorString());
    }
    if (!file.commit())
        return fail(file.errorString());
    return true;
}

QVector<QStringList> ComparisonView::readCsv(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = tr("Could not read %1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
        return {};
    }
    QString parseError;
    const auto records = parseCsv(file.readAll(), &parseError);
    if (!parseError.isEmpty()) {
        if (error)
            *error = tr("Could not read %1: %2").arg(QDir::toNativeSeparators(path), parseError);
        return {};
    }
    return records;
}

void ComparisonView::exportCsvWithDialog()
{
    static QString lastFolder;
    const QString start = QDir(lastFolder.isEmpty() ? QDir::homePath() : lastFolder).filePath(QStringLiteral("comparison.csv"));
    QString path = QFileDialog::getSaveFileName(this, tr("Export CSV"), start, tr("CSV file (*.csv)"));
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".csv");
    lastFolder = QFileInfo(path).absolutePath();
    QString error;
    if (!exportCsv(path, &error))
        QMessageBox::warning(this, tr("Export CSV"), error);
}

} // namespace dtr::gui
