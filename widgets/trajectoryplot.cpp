#include "trajectoryplot.h"

#include "plotexport.h"
#include "qcustomplot_include.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QMouseEvent>
#include <QTimer>
#include <QToolButton>
#include <QToolTip>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>
#include <iterator>
#include <limits>

namespace dtr::gui {

namespace {

constexpr int kReplotDelayMs = 150;
constexpr double kHoverRadiusPx = 20.0;

// Okabe–Ito: distinguishable with the common colour-vision deficiencies.
const QColor kValidationColor(0x00, 0x72, 0xb2); // blue
const QColor kTestColor(0xd5, 0x5e, 0x00);       // vermillion
const QColor kReferenceColor(0x4d, 0x4d, 0x4d);  // P_full, P_min
const QColor kMarkerColor(0x1a, 0x1a, 0x1a);     // M_best, M_opt

QColor baselineColor(int index)
{
    static const QColor colors[] = {QColor(0x00, 0x9e, 0x73), QColor(0xcc, 0x79, 0xa7), QColor(0x56, 0xb4, 0xe9),
                                    QColor(0xe6, 0x9f, 0x00), QColor(0x8c, 0x56, 0x4b), QColor(0x7f, 0x7f, 0x7f)};
    const int n = int(std::size(colors));
    return index < n ? colors[index] : seriesColor(index);
}

QCPScatterStyle::ScatterShape baselineShape(int index)
{
    static const QCPScatterStyle::ScatterShape shapes[] = {
        QCPScatterStyle::ssDiamond, QCPScatterStyle::ssTriangle, QCPScatterStyle::ssTriangleInverted,
        QCPScatterStyle::ssSquare, QCPScatterStyle::ssCrossSquare, QCPScatterStyle::ssStar};
    return shapes[index % int(std::size(shapes))];
}

// Tick labels with as many decimals as the tick step needs, all alike ("0.750", "0.775",
// "0.800", not "0.75", "0.775", "0.8").
class StepDecimalsTicker : public QCPAxisTicker
{
protected:
    double getTickStep(const QCPRange &range) override
    {
        m_step = QCPAxisTicker::getTickStep(range);
        return m_step;
    }
    QString getTickLabel(double tick, const QLocale &locale, QChar, int) override
    {
        int decimals = 0;
        double scaled = m_step;
        while (decimals < 6 && std::abs(scaled - std::round(scaled)) > 1e-6 * std::max(1.0, std::abs(scaled))) {
            scaled *= 10.0;
            ++decimals;
        }
        if (std::abs(tick) < m_step * 1e-6)
            tick = 0.0;
        return locale.toString(tick, 'f', decimals);
    }

private:
    double m_step = 1.0;
};

QString formatScore(double v)
{
    return QLocale().toString(v, 'f', std::abs(v) < 10 ? 3 : 1);
}

QCPGraph *addGraph(QCustomPlot *plot, const QString &name, const QPen &pen, const QCPScatterStyle &scatter)
{
    QCPGraph *g = plot->addGraph();
    g->setName(name);
    g->setPen(pen);
    g->setScatterStyle(scatter);
    return g;
}

QVector<QPointF> pointsOf(const QCPGraph *g)
{
    QVector<QPointF> out;
    if (!g)
        return out;
    out.reserve(g->data()->size());
    for (auto it = g->data()->constBegin(); it != g->data()->constEnd(); ++it)
        if (!std::isnan(it->value))
            out.append(QPointF(it->key, it->value));
    return out;
}

// A label of the plot: text with a translucent white box, so lines under it stay legible.
QCPItemText *addLabel(QCustomPlot *plot, const QString &text, const QColor &color, bool bold)
{
    auto label = new QCPItemText(plot);
    label->setText(text);
    label->setColor(color);
    label->setBrush(QColor(255, 255, 255, 210));
    label->setPen(Qt::NoPen);
    label->setPadding(QMargins(3, 1, 3, 1));
    QFont font = plot->font();
    font.setBold(bold);
    label->setFont(font);
    label->setClipToAxisRect(true);
    return label;
}

} // namespace

TrajectoryPlot::TrajectoryPlot(QWidget *parent)
    : QWidget(parent)
    , m_plot(new QCustomPlot(this))
    , m_timer(new QTimer(this))
{
    m_plot->setObjectName(QStringLiteral("trajectoryPlot"));
    m_plot->setMinimumSize(360, 240);
    m_plot->setInteractions(QCP::iRangeDrag | QCP::iRangeZoom);
    m_plot->setNoAntialiasingOnDrag(true);
    m_plot->setMouseTracking(true);
    m_plot->installEventFilter(this);

    m_plot->xAxis->setLabel(tr("Linear layers"));
    QSharedPointer<QCPAxisTickerFixed> ticker(new QCPAxisTickerFixed);
    ticker->setTickStep(1);
    ticker->setScaleStrategy(QCPAxisTickerFixed::ssMultiples);
    m_plot->xAxis->setTicker(ticker);
    m_plot->xAxis->setSubTicks(false);
    m_plot->xAxis->grid()->setVisible(false);
    m_plot->yAxis->setTicker(QSharedPointer<QCPAxisTicker>(new StepDecimalsTicker));
    m_plot->yAxis->grid()->setPen(QPen(QColor(0xdd, 0xdd, 0xdd), 1, Qt::SolidLine));
    m_plot->yAxis->grid()->setZeroLinePen(Qt::NoPen);
    m_plot->axisRect()->setupFullAxesBox(false);
    m_plot->xAxis2->setTicks(false);
    m_plot->yAxis2->setTicks(false);
    m_plot->xAxis2->setBasePen(QPen(QColor(0xb0, 0xb0, 0xb0)));
    m_plot->yAxis2->setBasePen(QPen(QColor(0xb0, 0xb0, 0xb0)));
    // The legend in a row of its own under the axes: it never hides a point.
    moveLegendToRow(m_plot, 1, 3);
    m_plot->plotLayout()->setRowSpacing(2);

    connect(m_plot, &QCustomPlot::mouseMove, this,
            [this](QMouseEvent *event) { showReadoutAt(event->position().toPoint()); });
    connect(m_plot, &QCustomPlot::mouseDoubleClick, this, [this](QMouseEvent *event) {
        if (m_plot->axisRect()->rect().contains(event->position().toPoint()))
            resetView();
    });
    const auto rangeChanged = [this] {
        if (!m_settingRange)
            m_followData = false;
    };
    connect(m_plot->xAxis, qOverload<const QCPRange &>(&QCPAxis::rangeChanged), this, rangeChanged);
    connect(m_plot->yAxis, qOverload<const QCPRange &>(&QCPAxis::rangeChanged), this, rangeChanged);

    m_timer->setSingleShot(true);
    m_timer->setInterval(kReplotDelayMs);
    connect(m_timer, &QTimer::timeout, this, &TrajectoryPlot::flush);

    auto reset = createToolButton(this, QStringLiteral("trajectoryReset"), tr("Reset view"),
                                  tr("Fit the axes to the data again (or double-click the plot)"),
                                  QStringLiteral("zoom-fit-best"));
    connect(reset, &QToolButton::clicked, this, &TrajectoryPlot::resetView);
    auto save = createSaveButton(m_plot, this, QStringLiteral("trajectorySave"), QStringLiteral("trajectory.png"));

    m_readout = new QLabel(this);
    m_readout->setObjectName(QStringLiteral("trajectoryReadout"));
    m_readout->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_readout->setWordWrap(true);
    // Two lines, always: a longer or shorter read-out never resizes the plot.
    m_readout->setFixedHeight(m_readout->fontMetrics().lineSpacing() * 2 + 2);
    m_readout->setAlignment(Qt::AlignLeft | Qt::AlignTop);

    auto toolbar = new QHBoxLayout;
    toolbar->setContentsMargins(0, 0, 0, 0);
    toolbar->addWidget(reset);
    toolbar->addWidget(save);
    toolbar->addStretch(1);
    auto layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(toolbar);
    layout->addWidget(m_plot, 1);
    layout->addWidget(m_readout);
    clear();
}

TrajectoryPlot::~TrajectoryPlot() = default;

void TrajectoryPlot::setData(const TrajectorySeries &main, const QVector<TrajectorySeries> &baselines, double baseScore,
                             double pMin, int bestK, int optK, const QString &metric)
{
    m_main = main;
    m_baselines = baselines;
    m_base = baseScore;
    m_pMin = pMin;
    m_bestK = bestK;
    m_optK = optK;
    m_metric = metric;
    m_followData = true;
    flush();
}

void TrajectoryPlot::appendPoint(const TrajectoryPoint &p)
{
    m_main.points.append(p);
    scheduleReplot();
}

void TrajectoryPlot::clear()
{
    m_main = {};
    m_baselines.clear();
    m_base = m_pMin = std::numeric_limits<double>::quiet_NaN();
    m_bestK = m_optK = -1;
    m_metric.clear();
    m_followData = true;
    flush();
}

void TrajectoryPlot::setHigherIsBetter(bool higherIsBetter)
{
    m_higherIsBetter = higherIsBetter;
    clearReadout();
}

bool TrajectoryPlot::isEmpty() const
{
    return m_main.points.isEmpty() && m_baselines.isEmpty() && !std::isfinite(m_base);
}

QVector<QPointF> TrajectoryPlot::validationPoints() const
{
    QVector<QPointF> out = pointsOf(m_validation) + pointsOf(m_crossed);
    std::stable_sort(out.begin(), out.end(), [](const QPointF &a, const QPointF &b) { return a.x() < b.x(); });
    return out;
}

QVector<QPointF> TrajectoryPlot::testPoints() const
{
    return pointsOf(m_test);
}

QVector<QPointF> TrajectoryPlot::baselinePoints(const QString &label) const
{
    for (int i = 0; i < m_baselines.size() && i < m_baselineGraphs.size(); ++i)
        if (m_baselines.at(i).label == label)
            return pointsOf(m_baselineGraphs.at(i));
    return {};
}

QStringList TrajectoryPlot::baselineLabels() const
{
    QStringList out;
    for (const TrajectorySeries &s : m_baselines)
        out << s.label;
    return out;
}

QVector<QPair<QString, double>> TrajectoryPlot::markers() const
{
    QVector<QPair<QString, double>> out;
    for (int i = 0; i < m_plot->itemCount(); ++i) {
        auto text = qobject_cast<QCPItemText *>(m_plot->item(i));
        if (!text || text->property("dtrMarkerK").isNull())
            continue;
        out.append({text->text(), text->property("dtrMarkerK").toDouble()});
    }
    return out;
}

bool TrajectoryPlot::save(const QString &path)
{
    return saveTo(path, nullptr);
}

bool TrajectoryPlot::saveTo(const QString &path, QString *error)
{
    if (m_dirty)
        flush();
    clearReadout(); // the hover mark is no part of the file
    return savePlot(m_plot, path, error);
}

void TrajectoryPlot::resetView()
{
    m_followData = true;
    flush();
}

void TrajectoryPlot::scheduleReplot()
{
    m_dirty = true;
    if (!m_timer->isActive())
        m_timer->start();
}

void TrajectoryPlot::flush()
{
    m_timer->stop();
    m_dirty = false;
    rebuild();
    if (m_followData)
        fitAxes();
    updateLegendWrap();
    m_plot->replot();
    ++m_replotCount;
}

void TrajectoryPlot::rebuild()
{
    clearReadout();
    m_plot->clearGraphs();
    m_plot->clearItems();
    m_validation = m_crossed = m_test = nullptr;
    m_baselineGraphs.clear();

    // The hover tracer lives on the buffered overlay layer: moving it redraws only that.
    m_tracer = new QCPItemTracer(m_plot);
    m_tracer->setLayer(QStringLiteral("overlay"));
    m_tracer->setStyle(QCPItemTracer::tsCircle);
    m_tracer->setSize(13.0);
    m_tracer->setInterpolating(false);
    m_tracer->setVisible(false);

    m_plot->yAxis->setLabel(m_metric.isEmpty() ? tr("Score") : tr("Score (%1)").arg(m_metric));
    m_placeholder = addPlaceholderText(m_plot, tr("No search shown: start one, or pick one from the list."));
    const bool empty = isEmpty();
    m_placeholder->setVisible(empty);
    m_plot->legend->setVisible(!empty);
    if (empty)
        return;

    // The main series, split by what is drawn how.
    QVector<double> keys, lows, highs, committedKeys, committedValues, tailKeys, tailValues, crossedKeys,
        crossedValues, testKeys, testValues;
    const double nan = std::numeric_limits<double>::quiet_NaN();
    for (int i = 0; i < m_main.points.size(); ++i) {
        const TrajectoryPoint &p = m_main.points.at(i);
        if (p.hasCi) {
            keys << p.numLinear;
            lows << p.ciLow;
            highs << p.ciHigh;
        }
        if (p.committed) {
            committedKeys << p.numLinear;
            committedValues << p.score;
        } else {
            crossedKeys << p.numLinear;
            crossedValues << p.score;
            // A dotted segment from the round before: the step that was not kept.
            if (i > 0) {
                const TrajectoryPoint &before = m_main.points.at(i - 1);
                tailKeys << before.numLinear << p.numLinear << p.numLinear;
                tailValues << before.score << p.score << nan;
            }
        }
        if (p.hasTest) {
            testKeys << p.numLinear;
            testValues << p.test;
        }
    }

    // Drawn bottom to top: the band, P_full / P_min, baselines, test, the main series, marks.
    QCPGraph *band = nullptr;
    if (!keys.isEmpty()) {
        QColor bandColor = kValidationColor;
        bandColor.setAlpha(48);
        QCPGraph *low = addGraph(m_plot, QString(), QPen(Qt::NoPen), QCPScatterStyle());
        QCPGraph *high = addGraph(m_plot, tr("95% interval"), QPen(Qt::NoPen), QCPScatterStyle());
        low->setData(keys, lows);
        high->setData(keys, highs);
        high->setBrush(bandColor);
        band = high;
        high->setChannelFillGraph(low);
        low->removeFromLegend();
        low->setSelectable(QCP::stNone);
        high->setSelectable(QCP::stNone);
    }

    const auto referenceLine = [&](double y, Qt::PenStyle style, const QString &text) {
        if (!std::isfinite(y))
            return;
        auto line = new QCPItemStraightLine(m_plot);
        line->point1->setCoords(0, y);
        line->point2->setCoords(1, y);
        line->setPen(QPen(kReferenceColor, 1.2, style));
        auto label = addLabel(m_plot, text, kReferenceColor, false);
        label->position->setTypeX(QCPItemPosition::ptAxisRectRatio);
        label->position->setTypeY(QCPItemPosition::ptPlotCoords);
        label->position->setCoords(0.995, y);
        label->setPositionAlignment(Qt::AlignRight | Qt::AlignBottom);
    };
    referenceLine(m_base, Qt::SolidLine, tr("P_full %1").arg(formatScore(m_base)));
    referenceLine(m_pMin, Qt::DashLine, tr("P_min %1").arg(formatScore(m_pMin)));

    for (int i = 0; i < m_baselines.size(); ++i) {
        const TrajectorySeries &s = m_baselines.at(i);
        QVector<double> bx, by;
        for (const TrajectoryPoint &p : s.points) {
            bx << p.numLinear;
            by << p.score;
        }
        const QColor c = baselineColor(i);
        QCPGraph *g = addGraph(m_plot, s.label, QPen(c, 1.4), QCPScatterStyle(baselineShape(i), c, Qt::white, 7));
        g->setData(bx, by);
        m_baselineGraphs.append(g);
    }

    if (!testKeys.isEmpty()) {
        m_test = addGraph(m_plot, tr("Test task"), QPen(kTestColor, 1.8, Qt::DashLine),
                          QCPScatterStyle(QCPScatterStyle::ssSquare, kTestColor, kTestColor, 6.5));
        m_test->setData(testKeys, testValues);
    }
    if (!tailKeys.isEmpty()) {
        QCPGraph *tail = addGraph(m_plot, QString(), QPen(kValidationColor, 1.6, Qt::DotLine), QCPScatterStyle());
        tail->setData(tailKeys, tailValues, true);
        tail->removeFromLegend();
    }
    const QString mainName = m_main.label.isEmpty() ? tr("Validation") : tr("%1, validation").arg(m_main.label);
    m_validation = addGraph(m_plot, mainName, QPen(kValidationColor, 2.2),
                            QCPScatterStyle(QCPScatterStyle::ssCircle, QPen(Qt::white, 1.2), kValidationColor, 8.5));
    m_validation->setData(committedKeys, committedValues);
    if (!crossedKeys.isEmpty()) {
        m_crossed = addGraph(m_plot, tr("Crossed P_min, not committed"), QPen(Qt::NoPen),
                             QCPScatterStyle(QCPScatterStyle::ssCircle, QPen(kValidationColor, 2.0), Qt::white, 8.5));
        m_crossed->setLineStyle(QCPGraph::lsNone);
        m_crossed->setData(crossedKeys, crossedValues);
    }

    // The legend: the main series first, then what belongs to it, then the baselines.
    QCPLegend *legend = m_plot->legend;
    legend->clearItems();
    for (QCPGraph *g : {m_validation, band, m_test, m_crossed})
        if (g)
            g->addToLegend(legend);
    for (QCPGraph *g : std::as_const(m_baselineGraphs))
        g->addToLegend(legend);

    // M_best and M_opt on the main series: a ring, and a label up-left (M_best, the fewer
    // linear layers) and up-right (M_opt), so the two never overlap.
    // `side`: the side of the label at the point (Qt::AlignRight: the label lies to its left).
    const auto mark = [&](int k, const QString &text, Qt::Alignment side) {
        if (k < 0)
            return;
        const auto it = std::find_if(m_main.points.cbegin(), m_main.points.cend(), [k](const TrajectoryPoint &p) {
            return p.numLinear == k && p.committed;
        });
        if (it == m_main.points.cend())
            return;
        auto ring = new QCPItemTracer(m_plot);
        ring->position->setCoords(k, it->score);
        ring->setStyle(QCPItemTracer::tsCircle);
        ring->setSize(17);
        ring->setPen(QPen(kMarkerColor, 1.6));
        ring->setBrush(Qt::NoBrush);
        auto label = addLabel(m_plot, text, kMarkerColor, true);
        label->position->setParentAnchor(ring->position);
        const double dx = side == Qt::AlignHCenter ? 0 : side == Qt::AlignRight ? -7 : 7;
        label->position->setCoords(dx, -11);
        label->setPositionAlignment(Qt::AlignBottom
                                    | (side == Qt::AlignHCenter ? Qt::AlignHCenter
                                                                : side == Qt::AlignRight ? Qt::AlignRight : Qt::AlignLeft));
        label->setProperty("dtrMarkerK", double(k));
    };
    if (m_bestK >= 0 && m_bestK == m_optK) {
        mark(m_bestK, tr("M_best = M_opt"), Qt::AlignHCenter);
    } else {
        mark(m_bestK, tr("M_best"), m_optK >= 0 && m_optK < m_bestK ? Qt::AlignLeft : Qt::AlignRight);
        mark(m_optK, tr("M_opt"), m_bestK >= 0 && m_bestK > m_optK ? Qt::AlignRight : Qt::AlignLeft);
    }
}

void TrajectoryPlot::fitAxes()
{
    double lo = std::numeric_limits<double>::infinity(), hi = -lo;
    int minK = std::numeric_limits<int>::max(), maxK = std::numeric_limits<int>::min();
    const auto extend = [&](double v) {
        if (std::isfinite(v)) {
            lo = std::min(lo, v);
            hi = std::max(hi, v);
        }
    };
    const auto extendSeries = [&](const TrajectorySeries &s, bool all) {
        for (const TrajectoryPoint &p : s.points) {
            minK = std::min(minK, p.numLinear);
            maxK = std::max(maxK, p.numLinear);
            extend(p.score);
            if (all && p.hasCi) {
                extend(p.ciLow);
                extend(p.ciHigh);
            }
            if (all && p.hasTest)
                extend(p.test);
        }
    };
    extendSeries(m_main, true);
    for (const TrajectorySeries &s : std::as_const(m_baselines))
        extendSeries(s, false);
    extend(m_base);
    extend(m_pMin);
    if (minK > maxK) { // no points yet
        minK = 0;
        maxK = 6;
    }
    if (!std::isfinite(lo)) {
        lo = 0;
        hi = 1;
    }
    const double span = std::max(hi - lo, std::max(std::abs(hi), 1.0) * 0.02);
    const bool marked = m_bestK >= 0 || m_optK >= 0;
    m_settingRange = true;
    m_plot->xAxis->setRange(minK - 0.5, std::max(maxK, minK + 1) + 0.5);
    // Headroom above for the M_best / M_opt labels (and the P_full label).
    m_plot->yAxis->setRange(lo - 0.08 * span, hi + (marked ? 0.22 : 0.12) * span);
    m_settingRange = false;
}

void TrajectoryPlot::updateLegendWrap()
{
    QCPLegend *legend = m_plot->legend;
    int widest = 0;
    for (int i = 0; i < legend->itemCount(); ++i)
        if (const QCPAbstractLegendItem *item = legend->item(i)) // a wrapped grid has empty cells
            widest = std::max(widest, item->minimumOuterSizeHint().width());
    const int wrap = std::max(1, (m_plot->width() - 8) / std::max(widest + 8, 1));
    if (wrap != legend->wrap()) {
        legend->setWrap(wrap);
        legend->setFillOrder(QCPLayoutGrid::foColumnsFirst, true);
    }
}

QString TrajectoryPlot::readoutFor(const TrajectoryPoint &p) const
{
    const QString sep = QStringLiteral(" \u00B7 ");
    QStringList parts;
    if (p.round == 0)
        parts << tr("Start (pinned layers only)");
    else if (p.chosenLayer >= 0)
        parts << tr("Round %1: layer %2 replaced").arg(p.round).arg(p.chosenLayer);
    else
        parts << tr("Round %1").arg(p.round);
    parts << tr("%n linear layer(s)", nullptr, p.numLinear);
    QString validation = tr("validation %1").arg(formatScore(p.score));
    if (p.hasCi)
        validation += tr(" (95% %1\u2013%2)").arg(formatScore(p.ciLow), formatScore(p.ciHigh));
    parts << validation;
    if (p.hasTest)
        parts << tr("test %1").arg(formatScore(p.test));
    // Against P_full and P_min: the validation score (P_full is a validation score too).
    if (std::isfinite(m_base)) {
        const double delta = p.score - m_base;
        const bool worse = m_higherIsBetter ? delta < 0 : delta > 0;
        if (std::abs(delta) < 5e-4)
            parts << tr("as good as P_full");
        else
            parts << (worse ? tr("%1 worse than P_full") : tr("%1 better than P_full")).arg(formatScore(std::abs(delta)));
    }
    if (std::isfinite(m_pMin)) {
        const bool within = m_higherIsBetter ? p.score >= m_pMin : p.score <= m_pMin;
        parts << (within ? tr("within the tolerance") : tr("past the tolerance"));
    }
    if (!p.committed)
        parts << tr("not committed");
    if (p.withinNoise)
        parts << tr("the best two candidates were within noise");
    return parts.join(sep);
}

void TrajectoryPlot::showReadoutAt(const QPoint &pixel)
{
    if (isEmpty() || !m_plot->axisRect()->rect().contains(pixel)) {
        clearReadout();
        return;
    }
    double best = kHoverRadiusPx * kHoverRadiusPx;
    QString text;
    QPointF at;
    QColor color;
    const auto consider = [&](double x, double y, const QColor &c, const auto &describe) {
        if (!std::isfinite(y))
            return;
        const double dx = m_plot->xAxis->coordToPixel(x) - pixel.x();
        const double dy = m_plot->yAxis->coordToPixel(y) - pixel.y();
        if (dx * dx + dy * dy < best) {
            best = dx * dx + dy * dy;
            text = describe();
            at = QPointF(x, y);
            color = c;
        }
    };
    for (int i = 0; i < m_baselines.size(); ++i) {
        const TrajectorySeries &s = m_baselines.at(i);
        for (const TrajectoryPoint &p : s.points)
            consider(p.numLinear, p.score, baselineColor(i), [&] {
                return tr("%1 \u00B7 %n linear layer(s) \u00B7 validation %2", nullptr, p.numLinear)
                    .arg(s.label, formatScore(p.score));
            });
    }
    for (const TrajectoryPoint &p : std::as_const(m_main.points)) {
        if (p.hasTest)
            consider(p.numLinear, p.test, kTestColor, [&] { return readoutFor(p); });
        consider(p.numLinear, p.score, kValidationColor, [&] { return readoutFor(p); });
    }
    if (text.isEmpty()) {
        clearReadout();
        return;
    }
    m_tracer->position->setCoords(at.x(), at.y());
    m_tracer->setPen(QPen(color, 1.6));
    m_tracer->setBrush(Qt::NoBrush);
    m_tracer->setVisible(true);
    const bool changed = text != m_readoutText;
    m_readoutText = text;
    m_readout->setText(text);
    m_readout->setEnabled(true);
    m_plot->layer(QStringLiteral("overlay"))->replot();
    if (changed && m_plot->isVisible())
        QToolTip::showText(m_plot->mapToGlobal(pixel), text, m_plot);
}

void TrajectoryPlot::clearReadout()
{
    const bool wasShown = !m_readoutText.isEmpty();
    m_readoutText.clear();
    if (m_tracer && m_tracer->visible()) {
        m_tracer->setVisible(false);
        m_plot->layer(QStringLiteral("overlay"))->replot();
    }
    if (wasShown && m_plot->isVisible())
        QToolTip::hideText();
    m_readout->setText(tr("Point at a round to read its scores; wheel zooms, drag pans."));
    m_readout->setEnabled(false);
}

bool TrajectoryPlot::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_plot && event->type() == QEvent::Leave)
        clearReadout();
    if (watched == m_plot && event->type() == QEvent::Resize) {
        const int before = m_plot->legend->wrap();
        updateLegendWrap();
        if (m_plot->legend->wrap() != before)
            m_plot->replot(QCustomPlot::rpQueuedReplot);
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace dtr::gui
