#include "trajectoryplot.h"

#include "plotexport.h"
#include "qcustomplot_include.h"

#include <QHBoxLayout>
#include <QLocale>
#include <QTimer>
#include <QToolTip>
#include <QVBoxLayout>

#include <cmath>
#include <limits>

namespace dtr::gui {

namespace {

const QColor kValidation(0x1f, 0x77, 0xb4);
const QColor kTest(0xd6, 0x5f, 0x00);
const QColor kBase(0x33, 0x33, 0x33);
const QColor kPMin(0xc0, 0x39, 0x2b);

QString num(double v)
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

} // namespace

TrajectoryPlot::TrajectoryPlot(QWidget *parent)
    : QWidget(parent)
    , m_plot(new QCustomPlot(this))
    , m_timer(new QTimer(this))
{
    m_plot->setObjectName(QStringLiteral("trajectoryPlot"));
    m_plot->setMinimumSize(360, 240);
    m_plot->setInteractions(QCP::iRangeDrag | QCP::iRangeZoom);
    m_plot->xAxis->setLabel(tr("Linear layers"));
    QSharedPointer<QCPAxisTickerFixed> ticker(new QCPAxisTickerFixed);
    ticker->setTickStep(1);
    ticker->setScaleStrategy(QCPAxisTickerFixed::ssMultiples);
    m_plot->xAxis->setTicker(ticker);
    m_plot->xAxis->grid()->setVisible(false);
    // The legend in a row of its own under the axes: it never hides a point.
    moveLegendToRow(m_plot, 1, 2);
    connect(m_plot, &QCustomPlot::mouseMove, this, [this](QMouseEvent *e) { showReadoutAt(e->pos()); });
    connect(m_plot, &QCustomPlot::mouseDoubleClick, this, [this] { rebuild(); });

    m_timer->setSingleShot(true);
    m_timer->setInterval(150);
    connect(m_timer, &QTimer::timeout, this, &TrajectoryPlot::flush);

    auto save = createSaveButton(m_plot, this, QStringLiteral("trajectorySave"), QStringLiteral("trajectory.png"));
    auto buttons = new QHBoxLayout;
    buttons->setContentsMargins(4, 0, 4, 0);
    buttons->addStretch(1);
    buttons->addWidget(save);
    auto layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(m_plot, 1);
    layout->addLayout(buttons);
    clear();
}

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
    rebuild();
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
    rebuild();
}

QVector<QPointF> TrajectoryPlot::validationPoints() const
{
    QVector<QPointF> out;
    for (const TrajectoryPoint &p : m_main.points)
        out.append(QPointF(p.numLinear, p.score));
    return out;
}

QVector<QPointF> TrajectoryPlot::testPoints() const
{
    QVector<QPointF> out;
    for (const TrajectoryPoint &p : m_main.points)
        if (p.hasTest)
            out.append(QPointF(p.numLinear, p.test));
    return out;
}

QVector<QPointF> TrajectoryPlot::baselinePoints(const QString &label) const
{
    QVector<QPointF> out;
    for (const TrajectorySeries &s : m_baselines)
        if (s.label == label)
            for (const TrajectoryPoint &p : s.points)
                out.append(QPointF(p.numLinear, p.score));
    return out;
}

QStringList TrajectoryPlot::baselineLabels() const
{
    QStringList out;
    for (const TrajectorySeries &s : m_baselines)
        out << s.label;
    return out;
}

bool TrajectoryPlot::save(const QString &path)
{
    flush();
    return savePlot(m_plot, path, nullptr);
}

void TrajectoryPlot::scheduleReplot()
{
    if (!m_timer->isActive())
        m_timer->start();
}

void TrajectoryPlot::flush()
{
    m_timer->stop();
    rebuild();
}

void TrajectoryPlot::rebuild()
{
    m_timer->stop();
    m_plot->clearGraphs();
    m_plot->clearItems();
    m_placeholder = nullptr;
    m_plot->yAxis->setLabel(m_metric.isEmpty() ? tr("Score") : tr("Score (%1)").arg(m_metric));
    const bool empty = m_main.points.isEmpty() && m_baselines.isEmpty() && std::isnan(m_base);
    if (empty) {
        m_placeholder = addPlaceholderText(m_plot, tr("No search shown: start one, or pick one from the list."));
        m_plot->legend->setVisible(false);
        m_plot->xAxis->setRange(0, 6);
        m_plot->yAxis->setRange(0, 1);
        m_plot->replot(QCustomPlot::rpQueuedReplot);
        return;
    }
    m_plot->legend->setVisible(true);
    double lo = std::numeric_limits<double>::infinity(), hi = -lo;
    int maxK = 1;
    const auto extend = [&](double v) {
        if (std::isfinite(v)) {
            lo = std::min(lo, v);
            hi = std::max(hi, v);
        }
    };
    extend(m_base);
    extend(m_pMin);

    // The interval band of the main series (committed rounds and the last one alike).
    QVector<double> xs, ys, los, his, txs, tys, ux, uy;
    for (const TrajectoryPoint &p : m_main.points) {
        maxK = std::max(maxK, p.numLinear);
        xs << p.numLinear;
        ys << p.score;
        extend(p.score);
        los << (p.hasCi ? p.ciLow : p.score);
        his << (p.hasCi ? p.ciHigh : p.score);
        extend(los.back());
        extend(his.back());
        if (p.hasTest) {
            txs << p.numLinear;
            tys << p.test;
            extend(p.test);
        }
        if (!p.committed) {
            ux << p.numLinear;
            uy << p.score;
        }
    }
    QColor band = kValidation;
    band.setAlpha(45);
    QCPGraph *low = addGraph(m_plot, QString(), QPen(Qt::NoPen), QCPScatterStyle::ssNone);
    QCPGraph *high = addGraph(m_plot, tr("95% interval"), QPen(Qt::NoPen), QCPScatterStyle::ssNone);
    low->setData(xs, los, true);
    high->setData(xs, his, true);
    high->setBrush(band);
    high->setChannelFillGraph(low);
    m_plot->legend->removeItem(m_plot->legend->itemWithPlottable(low));
    QCPGraph *val = addGraph(m_plot, m_main.label.isEmpty() ? tr("Validation") : m_main.label,
                             QPen(kValidation, 2), QCPScatterStyle(QCPScatterStyle::ssDisc, kValidation, kValidation, 7));
    val->setData(xs, ys, true);
    if (!ux.isEmpty()) {
        QCPGraph *crossed = addGraph(m_plot, tr("Crossed the tolerance (not kept)"), QPen(Qt::NoPen),
                                     QCPScatterStyle(QCPScatterStyle::ssCircle, QPen(kValidation, 2), Qt::white, 9));
        crossed->setData(ux, uy, true);
    }
    if (!txs.isEmpty()) {
        QPen pen(kTest, 2, Qt::DashLine);
        QCPGraph *test = addGraph(m_plot, tr("Test task"), pen, QCPScatterStyle(QCPScatterStyle::ssSquare, kTest, kTest, 6));
        test->setData(txs, tys, true);
    }
    int colour = 2;
    for (const TrajectorySeries &s : m_baselines) {
        QVector<double> bx, by;
        for (const TrajectoryPoint &p : s.points) {
            bx << p.numLinear;
            by << p.score;
            extend(p.score);
            maxK = std::max(maxK, p.numLinear);
        }
        const QColor c = seriesColor(colour++);
        QCPGraph *g = addGraph(m_plot, s.label, QPen(c, 1.5),
                               QCPScatterStyle(QCPScatterStyle::ssDiamond, c, c, 6));
        g->setData(bx, by, true);
    }
    // P_full and P_min.
    const auto hline = [&](double y, const QPen &pen, const QString &text) {
        if (!std::isfinite(y))
            return;
        auto line = new QCPItemStraightLine(m_plot);
        line->point1->setCoords(0, y);
        line->point2->setCoords(1, y);
        line->setPen(pen);
        auto label = new QCPItemText(m_plot);
        label->position->setTypeX(QCPItemPosition::ptAxisRectRatio);
        label->position->setTypeY(QCPItemPosition::ptPlotCoords);
        label->position->setCoords(0.995, y);
        label->setPositionAlignment(Qt::AlignRight | Qt::AlignBottom);
        label->setText(text);
        label->setColor(pen.color());
        label->setClipToAxisRect(true);
    };
    hline(m_base, QPen(kBase, 1), tr("P_full %1").arg(std::isfinite(m_base) ? num(m_base) : QString()));
    hline(m_pMin, QPen(kPMin, 1, Qt::DashLine), tr("P_min %1").arg(std::isfinite(m_pMin) ? num(m_pMin) : QString()));
    // M_best and M_opt on the main series.
    const auto mark = [&](int k, const QString &text, bool above) {
        if (k < 0)
            return;
        for (const TrajectoryPoint &p : m_main.points) {
            if (p.numLinear != k || !p.committed)
                continue;
            auto t = new QCPItemTracer(m_plot);
            t->setGraph(val);
            t->setGraphKey(k);
            t->setStyle(QCPItemTracer::tsCircle);
            t->setSize(14);
            t->setPen(QPen(Qt::black, 1.5));
            auto label = new QCPItemText(m_plot);
            label->position->setParentAnchor(t->position);
            label->position->setCoords(0, above ? -14 : 14);
            label->setText(text);
            label->setFont(QFont(font().family(), font().pointSize(), QFont::Bold));
            label->setPositionAlignment(Qt::AlignHCenter | (above ? Qt::AlignBottom : Qt::AlignTop));
            return;
        }
    };
    if (m_bestK >= 0 && m_bestK == m_optK) {
        mark(m_bestK, tr("M_best = M_opt"), true);
    } else {
        mark(m_bestK, tr("M_best"), true);
        mark(m_optK, tr("M_opt"), false);
    }
    if (!std::isfinite(lo)) {
        lo = 0;
        hi = 1;
    }
    const double pad = std::max((hi - lo) * 0.12, 1e-3);
    m_plot->xAxis->setRange(-0.3, maxK + 0.5);
    m_plot->yAxis->setRange(lo - pad, hi + 2.2 * pad); // room for the M_best / M_opt labels
    m_plot->replot(QCustomPlot::rpQueuedReplot);
}

void TrajectoryPlot::showReadoutAt(const QPoint &pixel)
{
    // The nearest drawn point (main series, test, baselines) within 20 pixels.
    double best = 20 * 20;
    QString text;
    const auto consider = [&](double x, double y, const QString &what) {
        const double dx = m_plot->xAxis->coordToPixel(x) - pixel.x(), dy = m_plot->yAxis->coordToPixel(y) - pixel.y();
        if (dx * dx + dy * dy < best) {
            best = dx * dx + dy * dy;
            text = what;
        }
    };
    for (const TrajectoryPoint &p : m_main.points) {
        QString what = tr("Round %1: layer %2 replaced, %3 linear layer(s); validation %4")
                           .arg(p.round).arg(p.chosenLayer).arg(p.numLinear).arg(num(p.score));
        if (p.hasCi)
            what += tr(" (95% %1\u2013%2)").arg(num(p.ciLow), num(p.ciHigh));
        if (p.hasTest)
            what += tr("; test %1").arg(num(p.test));
        if (p.withinNoise)
            what += tr("; the best two candidates were within noise");
        consider(p.numLinear, p.score, what);
        if (p.hasTest)
            consider(p.numLinear, p.test, what);
    }
    for (const TrajectorySeries &s : m_baselines)
        for (const TrajectoryPoint &p : s.points)
            consider(p.numLinear, p.score, tr("%1: %2 linear layer(s), validation %3").arg(s.label).arg(p.numLinear).arg(num(p.score)));
    m_readout = text;
    if (text.isEmpty())
        QToolTip::hideText();
    else
        QToolTip::showText(m_plot->mapToGlobal(pixel), text, m_plot);
}

} // namespace dtr::gui
