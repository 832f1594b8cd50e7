#include "lossplot.h"

#include "plotexport.h"
#include "qcustomplot_include.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QMouseEvent>
#include <QSignalBlocker>
#include <QSplitter>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

namespace dtr::gui {

namespace {

constexpr int kReplotDelayMs = 150;
constexpr double kHoverRadiusPx = 20.0;
const QColor kNeutralColor(0x55, 0x55, 0x55);
const QColor kHiddenTextColor(0xa0, 0xa0, 0xa0);

QPen trainPen(const QColor &color)
{
    return QPen(color, 1.6);
}

QPen heldoutPen(const QColor &color)
{
    return QPen(color, 1.4, Qt::DashLine);
}

QCPScatterStyle heldoutScatter(const QColor &color)
{
    return QCPScatterStyle(QCPScatterStyle::ssCircle, color, Qt::white, 5.0);
}

QString formatStep(double step)
{
    if (std::abs(step) < 9.0e15 && step == std::floor(step))
        return QLocale().toString(static_cast<qint64>(step));
    return QLocale().toString(step, 'g', 6);
}

} // namespace

LossPlot::LossPlot(QWidget *parent)
    : QWidget(parent)
{
    m_plot = new QCustomPlot(this);
    m_plot->setObjectName(QStringLiteral("lossPlot"));
    m_plot->setMinimumSize(320, 220);
    m_plot->setInteractions(QCP::iRangeDrag | QCP::iRangeZoom);
    m_plot->setNoAntialiasingOnDrag(true);
    m_plot->setMouseTracking(true);
    m_plot->installEventFilter(this);

    m_plot->xAxis->setLabel(tr("Step"));
    m_plot->yAxis->setLabel(tr("Loss (MSE)"));
    setLogScale(m_plot->yAxis);
    m_plot->xAxis->setRange(0.0, 100.0);
    m_plot->yAxis->setRange(1.0e-3, 1.0);

    // Title row, legend row (wrapping, so 30+ layers take a few lines), axis rect.
    m_plot->plotLayout()->insertRow(0);
    m_plot->plotLayout()->setRowStretchFactor(0, 0.001);
    m_title = new QCPTextElement(m_plot, tr("Distillation loss per layer"),
                                 QFont(font().family(), font().pointSize(), QFont::Bold));
    m_plot->plotLayout()->addElement(0, 0, m_title);
    moveLegendToRow(m_plot, 1, 5);
    addLineStyleLegendItem(m_plot->legend, tr("Train"), trainPen(kNeutralColor), QCPScatterStyle());
    addLineStyleLegendItem(m_plot->legend, tr("Held-out"), heldoutPen(kNeutralColor),
                           heldoutScatter(kNeutralColor));
    m_placeholder = addPlaceholderText(m_plot, tr("No losses yet"));

    // The tracer lives on the buffered overlay layer: moving it redraws only that layer.
    m_tracer = new QCPItemTracer(m_plot);
    m_tracer->setLayer(QStringLiteral("overlay"));
    m_tracer->setStyle(QCPItemTracer::tsCircle);
    m_tracer->setSize(10.0);
    m_tracer->setInterpolating(false);
    m_tracer->setVisible(false);

    connect(m_plot, &QCustomPlot::mouseMove, this,
            [this](QMouseEvent *event) { showReadoutAt(event->position().toPoint()); });
    connect(m_plot, &QCustomPlot::mouseDoubleClick, this, [this](QMouseEvent *event) {
        if (m_plot->axisRect()->rect().contains(event->position().toPoint()))
            resetView();
    });
    connect(m_plot, &QCustomPlot::legendClick, this, &LossPlot::onLegendClick);
    connect(m_plot->xAxis, qOverload<const QCPRange &>(&QCPAxis::rangeChanged), this, &LossPlot::onRangeChanged);
    connect(m_plot->yAxis, qOverload<const QCPRange &>(&QCPAxis::rangeChanged), this, &LossPlot::onRangeChanged);

    m_replotTimer = new QTimer(this);
    m_replotTimer->setSingleShot(true);
    m_replotTimer->setInterval(kReplotDelayMs);
    connect(m_replotTimer, &QTimer::timeout, this, &LossPlot::flush);

    m_resetButton = createToolButton(this, QStringLiteral("lossPlotReset"), tr("Reset view"),
                                     tr("Fit the axes to the data again (or double-click the plot)"),
                                     QStringLiteral("zoom-fit-best"));
    connect(m_resetButton, &QToolButton::clicked, this, &LossPlot::resetView);
    m_saveButton = createSaveButton(m_plot, this, QStringLiteral("lossPlotSave"),
                                    QStringLiteral("distillation-loss.png"));

    m_layerList = new QListWidget(this);
    m_layerList->setObjectName(QStringLiteral("lossPlotLayers"));
    m_layerList->setToolTip(tr("Layers to show"));
    m_layerList->setMinimumWidth(m_layerList->fontMetrics().horizontalAdvance(tr("Layer %1").arg(88)) + 72);
    connect(m_layerList, &QListWidget::itemChanged, this, &LossPlot::onItemChanged);

    auto allButton = createToolButton(this, QStringLiteral("lossPlotAll"), tr("All"), tr("Show all layers"));
    connect(allButton, &QToolButton::clicked, this, [this] { setAllLayersVisible(true); });
    auto noneButton = createToolButton(this, QStringLiteral("lossPlotNone"), tr("None"), tr("Hide all layers"));
    connect(noneButton, &QToolButton::clicked, this, [this] { setAllLayersVisible(false); });

    m_readout = new QLabel(this);
    m_readout->setObjectName(QStringLiteral("lossPlotReadout"));
    m_readout->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto toolbar = new QHBoxLayout;
    toolbar->setContentsMargins(0, 0, 0, 0);
    toolbar->addWidget(m_resetButton);
    toolbar->addWidget(m_saveButton);
    toolbar->addStretch(1);

    auto side = new QWidget(this);
    auto sideLayout = new QVBoxLayout(side);
    sideLayout->setContentsMargins(0, 0, 0, 0);
    sideLayout->addWidget(m_layerList, 1);
    auto sideButtons = new QHBoxLayout;
    sideButtons->addWidget(allButton);
    sideButtons->addWidget(noneButton);
    sideButtons->addStretch(1);
    sideLayout->addLayout(sideButtons);

    auto splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(m_plot);
    splitter->addWidget(side);
    splitter->setStretchFactor(0, 5);
    splitter->setStretchFactor(1, 1);
    splitter->setChildrenCollapsible(false);

    auto layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(toolbar);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_readout);

    clearReadout();
    updatePlaceholder();
}

LossPlot::~LossPlot() = default;

void LossPlot::setLayers(const QVector<qint64> &layers)
{
    clearReadout();
    m_plot->clearGraphs();
    m_graphs.clear();
    m_layers.clear();
    const QSignalBlocker blocker(m_layerList);
    m_layerList->clear();

    for (const qint64 layer : layers) {
        if (m_graphs.contains(layer))
            continue;
        const QColor color = seriesColor(int(m_layers.size()));
        LayerGraphs lg;
        lg.train = m_plot->addGraph();
        lg.train->setName(tr("Layer %1").arg(layer));
        lg.train->setPen(trainPen(color));
        lg.heldout = m_plot->addGraph();
        lg.heldout->setName(tr("Layer %1 (held-out)").arg(layer));
        lg.heldout->setPen(heldoutPen(color));
        lg.heldout->setScatterStyle(heldoutScatter(color));
        lg.heldout->removeFromLegend();
        lg.legendItem = m_plot->legend->itemWithPlottable(lg.train);
        lg.item = new QListWidgetItem(tr("Layer %1").arg(layer), m_layerList);
        lg.item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
        lg.item->setCheckState(Qt::Checked);
        lg.item->setData(Qt::UserRole, layer);
        lg.item->setData(Qt::DecorationRole, color); // a swatch of the layer's colour
        m_graphs.insert(layer, lg);
        m_layers.append(layer);
    }
    m_followData = true;
    scheduleReplot();
}

QCPGraph *LossPlot::graph(qint64 layer, Split split) const
{
    const auto it = m_graphs.constFind(layer);
    if (it == m_graphs.constEnd())
        return nullptr;
    return split == Split::Train ? it->train : it->heldout;
}

void LossPlot::appendPoints(qint64 layer, Split split, const QVector<QPointF> &pts)
{
    QCPGraph *g = graph(layer, split);
    if (!g || pts.isEmpty())
        return;
    QVector<double> keys;
    QVector<double> values;
    keys.reserve(pts.size());
    values.reserve(pts.size());
    for (const QPointF &p : pts) {
        if (!std::isfinite(p.x()))
            continue;
        keys.append(p.x());
        values.append(p.y());
    }
    g->addData(keys, values);
    scheduleReplot();
}

void LossPlot::setPoints(qint64 layer, Split split, const QVector<QPointF> &pts)
{
    QCPGraph *g = graph(layer, split);
    if (!g)
        return;
    g->data()->clear();
    if (m_tracer->visible())
        clearReadout();
    appendPoints(layer, split, pts);
    scheduleReplot();
}

QVector<QPointF> LossPlot::points(qint64 layer, Split split) const
{
    QVector<QPointF> result;
    const QCPGraph *g = graph(layer, split);
    if (!g)
        return result;
    result.reserve(g->data()->size());
    for (auto it = g->data()->constBegin(); it != g->data()->constEnd(); ++it)
        result.append(QPointF(it->key, it->value));
    return result;
}

void LossPlot::setLayerVisible(qint64 layer, bool visible)
{
    const auto it = m_graphs.constFind(layer);
    if (it == m_graphs.constEnd())
        return;
    const LayerGraphs &lg = *it;
    {
        const QSignalBlocker blocker(m_layerList);
        lg.item->setCheckState(visible ? Qt::Checked : Qt::Unchecked);
    }
    if (lg.train->visible() == visible)
        return;
    lg.train->setVisible(visible);
    lg.heldout->setVisible(visible);
    if (lg.legendItem)
        lg.legendItem->setTextColor(visible ? m_plot->legend->textColor() : kHiddenTextColor);
    if (!visible)
        clearReadout();
    scheduleReplot();
    Q_EMIT layerVisibilityChanged(layer, visible);
}

bool LossPlot::isLayerVisible(qint64 layer) const
{
    const auto it = m_graphs.constFind(layer);
    return it != m_graphs.constEnd() && it->train->visible();
}

void LossPlot::setAllLayersVisible(bool visible)
{
    for (const qint64 layer : std::as_const(m_layers))
        setLayerVisible(layer, visible);
}

void LossPlot::setTitle(const QString &title)
{
    m_title->setText(title);
    scheduleReplot();
}

QString LossPlot::title() const
{
    return m_title->text();
}

void LossPlot::onItemChanged(QListWidgetItem *item)
{
    setLayerVisible(item->data(Qt::UserRole).toLongLong(), item->checkState() == Qt::Checked);
}

void LossPlot::onLegendClick(QCPLegend *, QCPAbstractLegendItem *item, QMouseEvent *)
{
    auto plottableItem = qobject_cast<QCPPlottableLegendItem *>(item);
    if (!plottableItem)
        return;
    for (const qint64 layer : std::as_const(m_layers)) {
        if (m_graphs.value(layer).train == plottableItem->plottable()) {
            setLayerVisible(layer, !isLayerVisible(layer));
            return;
        }
    }
}

void LossPlot::onRangeChanged()
{
    if (!m_settingRange)
        m_followData = false;
}

void LossPlot::scheduleReplot()
{
    m_dirty = true;
    if (!m_replotTimer->isActive())
        m_replotTimer->start();
}

void LossPlot::flush()
{
    m_replotTimer->stop();
    m_dirty = false;
    if (m_followData)
        fitAxesToData();
    updatePlaceholder();
    m_plot->replot();
    ++m_replotCount;
}

void LossPlot::resetView()
{
    m_followData = true;
    flush();
}

void LossPlot::fitAxesToData()
{
    bool haveKeys = false;
    bool haveValues = false;
    QCPRange keys;
    QCPRange values;
    for (int i = 0; i < m_plot->graphCount(); ++i) {
        const QCPGraph *g = m_plot->graph(i);
        if (!g->visible())
            continue;
        bool found = false;
        const QCPRange k = g->getKeyRange(found, QCP::sdBoth);
        if (found) {
            keys = haveKeys ? QCPRange(std::min(keys.lower, k.lower), std::max(keys.upper, k.upper)) : k;
            haveKeys = true;
        }
        const QCPRange v = g->getValueRange(found, QCP::sdPositive);
        if (found) {
            values = haveValues ? QCPRange(std::min(values.lower, v.lower), std::max(values.upper, v.upper)) : v;
            haveValues = true;
        }
    }
    m_settingRange = true;
    if (haveKeys) {
        const double pad = keys.size() > 0.0 ? keys.size() * 0.02 : 1.0;
        m_plot->xAxis->setRange(keys.lower - pad, keys.upper + pad);
    }
    if (haveValues) {
        const double factor = values.upper > values.lower ? 1.25 : 2.0;
        m_plot->yAxis->setRange(values.lower / factor, values.upper * factor);
    }
    m_settingRange = false;
}

void LossPlot::updatePlaceholder()
{
    bool empty = true;
    for (int i = 0; i < m_plot->graphCount() && empty; ++i)
        empty = m_plot->graph(i)->data()->isEmpty();
    m_placeholder->setVisible(empty);
}

void LossPlot::clearReadout()
{
    const bool wasShown = m_tracer->visible();
    m_tracer->setVisible(false);
    m_readoutText.clear();
    m_readout->setText(tr("Point at a curve to read its loss; wheel zooms, drag pans."));
    m_readout->setEnabled(false);
    if (wasShown)
        m_plot->layer(QStringLiteral("overlay"))->replot();
}

void LossPlot::showReadoutAt(const QPoint &pixel)
{
    if (!m_plot->axisRect()->rect().contains(pixel)) {
        clearReadout();
        return;
    }
    const QCPAxis *keyAxis = m_plot->xAxis;
    const double k0 = keyAxis->pixelToCoord(pixel.x() - kHoverRadiusPx);
    const double k1 = keyAxis->pixelToCoord(pixel.x() + kHoverRadiusPx);
    const bool logValues = m_plot->yAxis->scaleType() == QCPAxis::stLogarithmic;

    double bestDistance2 = kHoverRadiusPx * kHoverRadiusPx;
    qint64 bestLayer = 0;
    Split bestSplit = Split::Train;
    const QCPGraph *bestGraph = nullptr;
    double bestKey = 0.0;
    double bestValue = 0.0;
    for (const qint64 layer : std::as_const(m_layers)) {
        for (const Split split : {Split::Train, Split::Heldout}) {
            const QCPGraph *g = graph(layer, split);
            if (!g->visible())
                continue;
            const auto data = g->data();
            const auto end = data->findEnd(std::max(k0, k1), false);
            for (auto it = data->findBegin(std::min(k0, k1), false); it != end; ++it) {
                if (!std::isfinite(it->value) || (logValues && it->value <= 0.0))
                    continue;
                const double dx = g->keyAxis()->coordToPixel(it->key) - pixel.x();
                const double dy = g->valueAxis()->coordToPixel(it->value) - pixel.y();
                const double d2 = dx * dx + dy * dy;
                if (d2 <= bestDistance2) {
                    bestDistance2 = d2;
                    bestLayer = layer;
                    bestSplit = split;
                    bestGraph = g;
                    bestKey = it->key;
                    bestValue = it->value;
                }
            }
        }
    }
    if (!bestGraph) {
        clearReadout();
        return;
    }
    m_tracer->position->setCoords(bestKey, bestValue);
    m_tracer->setPen(QPen(bestGraph->pen().color(), 1.5));
    m_tracer->setBrush(Qt::NoBrush);
    m_tracer->setVisible(true);
    const QString splitName = bestSplit == Split::Train ? tr("train") : tr("held-out");
    m_readoutText = tr("Layer %1 \u00B7 step %2 \u00B7 %3 loss %4")
                        .arg(bestLayer)
                        .arg(formatStep(bestKey), splitName, QLocale().toString(bestValue, 'g', 4));
    m_readout->setText(m_readoutText);
    m_readout->setEnabled(true);
    m_plot->layer(QStringLiteral("overlay"))->replot();
}

bool LossPlot::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_plot && event->type() == QEvent::Leave)
        clearReadout();
    if (watched == m_plot && event->type() == QEvent::Resize) {
        // As many legend entries per row as fit the width, so none is squeezed.
        const int entry = m_plot->fontMetrics().horizontalAdvance(tr("Layer %1").arg(88)) + 48;
        const int wrap = std::max(1, (m_plot->width() - 40) / entry);
        if (wrap != m_plot->legend->wrap()) {
            m_plot->legend->setWrap(wrap);
            m_plot->legend->setFillOrder(QCPLayoutGrid::foColumnsFirst, true);
            scheduleReplot();
        }
    }
    return QWidget::eventFilter(watched, event);
}

bool LossPlot::saveTo(const QString &path, QString *error)
{
    if (m_dirty)
        flush();
    return savePlot(m_plot, path, error);
}

} // namespace dtr::gui
