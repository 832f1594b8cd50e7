#include "candidatematrix.h"

#include "layertablemodel.h"
#include "plotexport.h"
#include "qcustomplot_include.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QTimer>
#include <QToolTip>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>
#include <limits>

namespace dtr::gui {

namespace {

QString num(double v)
{
    return QLocale().toString(v, 'f', std::abs(v) < 10 ? 3 : 1);
}

} // namespace

CandidateMatrix::CandidateMatrix(QWidget *parent)
    : QWidget(parent)
    , m_plot(new QCustomPlot(this))
    , m_timer(new QTimer(this))
{
    m_plot->setObjectName(QStringLiteral("candidateMatrixPlot"));
    m_plot->setMinimumSize(360, 180);
    m_plot->xAxis->setLabel(tr("Layer"));
    m_plot->yAxis->setLabel(tr("Round"));
    m_plot->yAxis->setRangeReversed(true);
    m_plot->xAxis->grid()->setVisible(false);
    m_plot->yAxis->grid()->setVisible(false);
    m_plot->axisRect()->setBackground(QColor(0xf2, 0xf2, 0xf2));
    QSharedPointer<QCPAxisTickerFixed> xt(new QCPAxisTickerFixed);
    xt->setTickStep(1);
    xt->setScaleStrategy(QCPAxisTickerFixed::ssMultiples);
    m_plot->xAxis->setTicker(xt);
    m_plot->xAxis->setSubTicks(false);
    m_plot->yAxis->setSubTicks(false);
    m_map = new QCPColorMap(m_plot->xAxis, m_plot->yAxis);
    m_map->setInterpolate(false);
    m_map->setTightBoundary(false);
    m_scale = new QCPColorScale(m_plot);
    m_plot->plotLayout()->addElement(0, 1, m_scale);
    m_scale->setType(QCPAxis::atRight);
    m_scale->setBarWidth(12);
    m_map->setColorScale(m_scale);
    auto group = new QCPMarginGroup(m_plot);
    m_plot->axisRect()->setMarginGroup(QCP::msBottom | QCP::msTop, group);
    m_scale->setMarginGroup(QCP::msBottom | QCP::msTop, group);

    connect(m_plot, &QCustomPlot::mouseMove, this, [this](QMouseEvent *e) {
        int round = 0, layer = 0;
        const QString tip = cellUnder(e->pos(), round, layer) ? toolTipFor(round, layer) : QString();
        if (tip.isEmpty())
            QToolTip::hideText();
        else
            QToolTip::showText(m_plot->mapToGlobal(e->pos()), tip, m_plot);
    });
    connect(m_plot, &QCustomPlot::mousePress, this, [this](QMouseEvent *e) {
        int round = 0, layer = 0;
        if (e->button() == Qt::LeftButton && cellUnder(e->pos(), round, layer) && cellAt(round, layer))
            Q_EMIT cellClicked(round, layer);
    });
    m_timer->setSingleShot(true);
    m_timer->setInterval(150);
    connect(m_timer, &QTimer::timeout, this, &CandidateMatrix::flush);

    auto save = createSaveButton(m_plot, this, QStringLiteral("candidateMatrixSave"), QStringLiteral("candidates.png"));
    auto hint = new QLabel(tr("Click a cell to see that candidate on the layer map"), this);
    hint->setEnabled(false);
    auto buttons = new QHBoxLayout;
    buttons->setContentsMargins(4, 0, 4, 0);
    buttons->addWidget(hint);
    buttons->addStretch(1);
    buttons->addWidget(save);
    auto layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(m_plot, 1);
    layout->addLayout(buttons);
    clear();
}

void CandidateMatrix::setData(int numLayers, const QVector<CandidateCell> &cells, const QVector<int> &roundsWithinNoise,
                              bool higherIsBetter, const QString &metric)
{
    m_numLayers = numLayers;
    m_cells = cells;
    m_noise = roundsWithinNoise;
    m_higherIsBetter = higherIsBetter;
    m_metric = metric;
    rebuild();
}

void CandidateMatrix::addCell(const CandidateCell &cell)
{
    for (CandidateCell &c : m_cells)
        if (c.round == cell.round && c.layer == cell.layer) {
            c = cell;
            scheduleReplot();
            return;
        }
    m_cells.append(cell);
    m_numLayers = std::max(m_numLayers, cell.layer + 1);
    scheduleReplot();
}

void CandidateMatrix::setWithinNoise(int round, bool on)
{
    m_noise.removeAll(round);
    if (on)
        m_noise.append(round);
    scheduleReplot();
}

void CandidateMatrix::clear()
{
    m_cells.clear();
    m_noise.clear();
    m_metric.clear();
    rebuild();
}

std::optional<CandidateCell> CandidateMatrix::cellAt(int round, int layer) const
{
    for (const CandidateCell &c : m_cells)
        if (c.round == round && c.layer == layer)
            return c;
    return std::nullopt;
}

QString CandidateMatrix::toolTipFor(int round, int layer) const
{
    const auto c = cellAt(round, layer);
    if (!c)
        return {};
    QString text = tr("Round %1, layer %2: %3").arg(round).arg(layer).arg(num(c->score));
    if (c->hasCi)
        text += tr(" (95% %1\u2013%2)").arg(num(c->ciLow), num(c->ciHigh));
    if (c->chosen)
        text += tr(", chosen");
    if (m_noise.contains(round))
        text += QLatin1Char('\n') + tr("The best and the runner-up of this round were within noise.");
    return text;
}

QPoint CandidateMatrix::cellCentre(int round, int layer) const
{
    if (m_timer->isActive() || m_dirty)
        const_cast<CandidateMatrix *>(this)->flush();
    const QPoint inPlot(static_cast<int>(m_plot->xAxis->coordToPixel(layer)),
                        static_cast<int>(m_plot->yAxis->coordToPixel(round)));
    return m_plot->mapTo(const_cast<CandidateMatrix *>(this), inPlot);
}

bool CandidateMatrix::cellUnder(const QPoint &plotPixel, int &round, int &layer) const
{
    if (!m_plot->axisRect()->rect().contains(plotPixel))
        return false;
    layer = static_cast<int>(std::lround(m_plot->xAxis->pixelToCoord(plotPixel.x())));
    round = static_cast<int>(std::lround(m_plot->yAxis->pixelToCoord(plotPixel.y())));
    return true;
}

bool CandidateMatrix::save(const QString &path)
{
    flush();
    return savePlot(m_plot, path, nullptr);
}

void CandidateMatrix::scheduleReplot()
{
    m_dirty = true;
    if (!m_timer->isActive())
        m_timer->start();
}

void CandidateMatrix::flush()
{
    m_timer->stop();
    rebuild();
}

void CandidateMatrix::rebuild()
{
    m_timer->stop();
    m_dirty = false;
    m_plot->clearItems();
    int minRound = std::numeric_limits<int>::max(), maxRound = 0;
    double lo = std::numeric_limits<double>::infinity(), hi = -lo;
    for (const CandidateCell &c : m_cells) {
        minRound = std::min(minRound, c.round);
        maxRound = std::max(maxRound, c.round);
        if (std::isfinite(c.score)) {
            lo = std::min(lo, c.score);
            hi = std::max(hi, c.score);
        }
    }
    if (m_cells.isEmpty()) {
        m_map->data()->clear();
        m_map->setVisible(false);
        m_scale->setVisible(false);
        addPlaceholderText(m_plot, tr("The candidates of each round appear here."));
        // No rounds yet: no round ticks (the default ticker would number 0.5, 1, 1.5, ...).
        m_plot->yAxis->setTicks(false);
        m_plot->xAxis->setTicks(m_numLayers > 0);
        m_plot->xAxis->setRange(-0.5, std::max(1, m_numLayers) - 0.5);
        m_plot->yAxis->setRange(0.5, 3.5);
        m_plot->replot(QCustomPlot::rpQueuedReplot);
        return;
    }
    m_map->setVisible(true);
    m_scale->setVisible(true);
    m_plot->xAxis->setTicks(true);
    m_plot->yAxis->setTicks(true);
    const int layers = std::max(m_numLayers, 1), rounds = maxRound - minRound + 1;
    m_map->data()->setSize(layers, rounds);
    m_map->data()->setRange(QCPRange(0, layers - 1), QCPRange(minRound, maxRound));
    m_map->data()->fill(std::numeric_limits<double>::quiet_NaN());
    for (const CandidateCell &c : m_cells)
        if (c.layer >= 0 && c.layer < layers)
            m_map->data()->setCell(c.layer, c.round - minRound, c.score);
    // Bright is better: the layer map's viridis, its good end at the better score.
    QCPColorGradient g;
    g.clearColorStops();
    for (int i = 0; i <= 8; ++i) {
        const double pos = i / 8.0;
        g.setColorStopAt(pos, LayerTableModel::lossColor(m_higherIsBetter ? 1.0 - pos : pos));
    }
    g.setNanHandling(QCPColorGradient::nhTransparent);
    m_map->setGradient(g);
    if (!std::isfinite(lo)) {
        lo = 0;
        hi = 1;
    }
    if (hi - lo < 1e-12) {
        lo -= 0.5e-3;
        hi += 0.5e-3;
    }
    m_map->setDataRange(QCPRange(lo, hi));
    m_scale->axis()->setLabel(m_metric.isEmpty() ? tr("Score") : m_metric);
    // The chosen cell of each round, framed.
    for (const CandidateCell &c : m_cells) {
        if (!c.chosen)
            continue;
        auto frame = new QCPItemRect(m_plot);
        frame->topLeft->setCoords(c.layer - 0.47, c.round - 0.47);
        frame->bottomRight->setCoords(c.layer + 0.47, c.round + 0.47);
        frame->setPen(QPen(Qt::black, 2.5));
        frame->setBrush(Qt::NoBrush);
        auto frameInner = new QCPItemRect(m_plot);
        frameInner->topLeft->setCoords(c.layer - 0.40, c.round - 0.40);
        frameInner->bottomRight->setCoords(c.layer + 0.40, c.round + 0.40);
        frameInner->setPen(QPen(Qt::white, 1.5));
        frameInner->setBrush(Qt::NoBrush);
    }
    // Row labels: the round, "≈" where its best two were within noise.
    QSharedPointer<QCPAxisTickerText> yt(new QCPAxisTickerText);
    for (int r = minRound; r <= maxRound; ++r)
        yt->addTick(r, m_noise.contains(r) ? tr("%1 \u2248").arg(r) : QString::number(r));
    m_plot->yAxis->setTicker(yt);
    m_plot->xAxis->setRange(-0.5, layers - 0.5);
    m_plot->yAxis->setRange(minRound - 0.5, maxRound + 0.5);
    m_plot->replot(QCustomPlot::rpQueuedReplot);
}

} // namespace dtr::gui
