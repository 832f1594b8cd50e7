#include "candidatematrix.h"

#include "layertablemodel.h"
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
#include <limits>

namespace dtr::gui {

namespace {

constexpr int kReplotDelayMs = 150;
const QColor kEmptyCellColor(0xe4, 0xe4, 0xe4);
const QColor kSeparatorColor(Qt::white);
const QColor kChosenColor(0x1a, 0x1a, 0x1a);

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

QColor textOn(const QColor &background)
{
    const double luminance = 0.2126 * background.redF() + 0.7152 * background.greenF() + 0.0722 * background.blueF();
    return luminance > 0.45 ? QColor(0x1a, 0x1a, 0x1a) : QColor(0xf8, 0xf8, 0xf8);
}

// Viridis as the layer map draws it, its bright end at position 1.
QCPColorGradient viridis()
{
    QCPColorGradient g;
    g.clearColorStops();
    for (int i = 0; i <= 16; ++i) {
        const double pos = i / 16.0;
        g.setColorStopAt(pos, LayerTableModel::lossColor(1.0 - pos));
    }
    g.setLevelCount(256);
    g.setNanHandling(QCPColorGradient::nhNanColor);
    g.setNanColor(kEmptyCellColor);
    return g;
}

} // namespace

CandidateMatrix::CandidateMatrix(QWidget *parent)
    : QWidget(parent)
    , m_plot(new QCustomPlot(this))
    , m_timer(new QTimer(this))
{
    m_plot->setObjectName(QStringLiteral("candidateMatrixPlot"));
    m_plot->setMinimumSize(360, 180);
    m_plot->setMouseTracking(true);
    m_plot->installEventFilter(this);
    m_plot->xAxis->setLabel(tr("Layer"));
    m_plot->yAxis->setLabel(tr("Round"));
    m_plot->yAxis->setRangeReversed(true);
    for (QCPAxis *axis : {m_plot->xAxis, m_plot->yAxis}) {
        axis->grid()->setVisible(false);
        axis->setSubTicks(false);
        axis->setTickLength(0, 3);
        axis->setBasePen(Qt::NoPen);
    }

    m_map = new QCPColorMap(m_plot->xAxis, m_plot->yAxis);
    m_map->setInterpolate(false);
    m_map->setTightBoundary(false);
    m_map->setGradient(viridis());
    m_scale = new QCPColorScale(m_plot);
    m_plot->plotLayout()->addElement(0, 1, m_scale);
    m_scale->setType(QCPAxis::atRight);
    m_scale->setBarWidth(12);
    m_scale->axis()->setSubTicks(false);
    m_scale->axis()->setTicker(QSharedPointer<QCPAxisTicker>(new StepDecimalsTicker));
    m_scale->axis()->ticker()->setTickCount(4);
    m_map->setColorScale(m_scale);
    auto group = new QCPMarginGroup(m_plot);
    m_plot->axisRect()->setMarginGroup(QCP::msBottom | QCP::msTop, group);
    m_scale->setMarginGroup(QCP::msBottom | QCP::msTop, group);
    m_plot->plotLayout()->setColumnSpacing(8);

    connect(m_plot, &QCustomPlot::afterLayout, this, [this] {
        m_laidOutSize = m_plot->size();
        updateCellTexts();
    });
    connect(m_plot, &QCustomPlot::mouseMove, this,
            [this](QMouseEvent *e) { showReadoutAt(e->position().toPoint()); });
    connect(m_plot, &QCustomPlot::mousePress, this, [this](QMouseEvent *e) {
        int round = 0, layer = 0;
        m_pressRound = m_pressLayer = -1;
        if (e->button() == Qt::LeftButton && cellUnder(e->position().toPoint(), &round, &layer) && cellAt(round, layer)) {
            m_pressRound = round;
            m_pressLayer = layer;
        }
    });
    connect(m_plot, &QCustomPlot::mouseRelease, this, [this](QMouseEvent *e) {
        int round = 0, layer = 0;
        const bool same = e->button() == Qt::LeftButton && cellUnder(e->position().toPoint(), &round, &layer)
                          && round == m_pressRound && layer == m_pressLayer;
        m_pressRound = m_pressLayer = -1;
        if (same && cellAt(round, layer))
            Q_EMIT cellClicked(round, layer);
    });
    m_timer->setSingleShot(true);
    m_timer->setInterval(kReplotDelayMs);
    connect(m_timer, &QTimer::timeout, this, &CandidateMatrix::flush);

    auto save = createSaveButton(m_plot, this, QStringLiteral("candidateMatrixSave"), QStringLiteral("candidates.png"));
    m_readout = new QLabel(this);
    m_readout->setObjectName(QStringLiteral("candidateMatrixReadout"));
    m_readout->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_readout->setWordWrap(true);
    // Two lines, always: a longer or shorter read-out never resizes the plot.
    m_readout->setFixedHeight(m_readout->fontMetrics().lineSpacing() * 2 + 2);
    m_readout->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    auto toolbar = new QHBoxLayout;
    toolbar->setContentsMargins(0, 0, 0, 0);
    toolbar->addWidget(save);
    toolbar->addStretch(1);
    auto layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(toolbar);
    layout->addWidget(m_plot, 1);
    layout->addWidget(m_readout);
    clear();
}

CandidateMatrix::~CandidateMatrix() = default;

void CandidateMatrix::setData(int numLayers, const QVector<CandidateCell> &cells, const QVector<int> &roundsWithinNoise,
                              bool higherIsBetter, const QString &metric)
{
    m_numLayers = std::max(numLayers, 0);
    m_cells.clear();
    for (const CandidateCell &c : cells)
        addCell(c);
    m_noise = roundsWithinNoise;
    m_higherIsBetter = higherIsBetter;
    m_metric = metric;
    flush();
}

void CandidateMatrix::addCell(const CandidateCell &cell)
{
    if (cell.layer < 0)
        return;
    const auto it = std::find_if(m_cells.begin(), m_cells.end(), [&](const CandidateCell &c) {
        return c.round == cell.round && c.layer == cell.layer;
    });
    if (it != m_cells.end())
        *it = cell;
    else
        m_cells.append(cell);
    m_numLayers = std::max(m_numLayers, cell.layer + 1);
    scheduleReplot();
}

void CandidateMatrix::setWithinNoise(int round, bool on)
{
    if (on == m_noise.contains(round))
        return;
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
    flush();
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
    QString text = tr("Round %1, layer %2: %3").arg(round).arg(layer).arg(formatScore(c->score));
    if (c->hasCi)
        text += tr(" (95% %1\u2013%2)").arg(formatScore(c->ciLow), formatScore(c->ciHigh));
    if (c->chosen)
        text += tr(", chosen");
    if (m_noise.contains(round))
        text += QLatin1Char('\n') + tr("The best and the runner-up of this round were within noise.");
    return text;
}

QColor CandidateMatrix::cellColor(int round, int layer) const
{
    const auto c = cellAt(round, layer);
    if (!c || !std::isfinite(c->score))
        return {};
    QCPColorGradient g = m_map->gradient();
    return QColor::fromRgba(g.color(c->score, m_map->dataRange()));
}

QPoint CandidateMatrix::cellCentre(int round, int layer) const
{
    // The axes map coordinates by the last layout: lay out now if data or size changed.
    if (m_dirty || m_laidOutSize != m_plot->size())
        const_cast<CandidateMatrix *>(this)->flush();
    const QPoint inPlot(qRound(m_plot->xAxis->coordToPixel(layer)), qRound(m_plot->yAxis->coordToPixel(round)));
    return m_plot->mapTo(const_cast<CandidateMatrix *>(this), inPlot);
}

bool CandidateMatrix::cellUnder(const QPoint &plotPixel, int *round, int *layer) const
{
    if (m_cells.isEmpty() || !m_plot->axisRect()->rect().contains(plotPixel))
        return false;
    const long l = std::lround(m_plot->xAxis->pixelToCoord(plotPixel.x()));
    const long r = std::lround(m_plot->yAxis->pixelToCoord(plotPixel.y()));
    if (l < 0 || l >= m_numLayers || r < minRound() || r > maxRound())
        return false;
    *layer = int(l);
    *round = int(r);
    return true;
}

int CandidateMatrix::minRound() const
{
    int r = std::numeric_limits<int>::max();
    for (const CandidateCell &c : m_cells)
        r = std::min(r, c.round);
    return m_cells.isEmpty() ? 1 : r;
}

int CandidateMatrix::maxRound() const
{
    int r = std::numeric_limits<int>::min();
    for (const CandidateCell &c : m_cells)
        r = std::max(r, c.round);
    return m_cells.isEmpty() ? 1 : r;
}

bool CandidateMatrix::save(const QString &path)
{
    return saveTo(path, nullptr);
}

bool CandidateMatrix::saveTo(const QString &path, QString *error)
{
    if (m_dirty)
        flush();
    clearReadout(); // the hover mark is no part of the file
    return savePlot(m_plot, path, error);
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
    m_dirty = false;
    rebuild();
    m_plot->replot();
    ++m_replotCount;
}

void CandidateMatrix::rebuild()
{
    clearReadout();
    m_plot->clearItems();
    m_hover = new QCPItemRect(m_plot);
    m_hover->setLayer(QStringLiteral("overlay"));
    m_hover->setPen(QPen(QColor(0xff, 0xff, 0xff), 2.0));
    m_hover->setBrush(QColor(255, 255, 255, 45));
    m_hover->setVisible(false);
    const int layers = std::max(m_numLayers, 1);
    // Column labels: every layer, or every 2nd, 5th, ... where the columns are narrow.
    const double columnWidth = double(m_plot->axisRect()->width()) / layers;
    const int labelWidth = m_plot->fontMetrics().horizontalAdvance(QString::number(layers - 1)) + 10;
    int every = 1;
    for (const int step : {1, 2, 5, 10, 20, 50}) {
        every = step;
        if (columnWidth * step >= labelWidth)
            break;
    }
    QSharedPointer<QCPAxisTickerText> layerTicker(new QCPAxisTickerText);
    for (int l = 0; l < layers; l += every)
        layerTicker->addTick(l, QString::number(l));
    m_plot->xAxis->setTicker(layerTicker);
    m_plot->xAxis->setRange(-0.5, layers - 0.5);

    if (m_cells.isEmpty()) {
        // A grey area where the matrix will be; the layers once the model is known.
        m_plot->axisRect()->setBackground(QColor(0xf4, 0xf4, 0xf4));
        m_plot->xAxis->setTickLabels(m_numLayers > 0);
        m_map->data()->clear();
        m_map->setVisible(false);
        m_scale->setVisible(false);
        addPlaceholderText(m_plot, tr("The candidates of each round appear here."));
        m_plot->yAxis->setTicker(QSharedPointer<QCPAxisTicker>(new QCPAxisTickerText));
        m_plot->yAxis->setRange(0.5, 3.5);
        return;
    }
    m_plot->axisRect()->setBackground(Qt::white);
    m_plot->xAxis->setTickLabels(true);
    m_map->setVisible(true);
    m_scale->setVisible(true);
    const int first = minRound(), last = maxRound(), rounds = last - first + 1;
    double lo = std::numeric_limits<double>::infinity(), hi = -lo;
    for (const CandidateCell &c : std::as_const(m_cells))
        if (std::isfinite(c.score)) {
            lo = std::min(lo, c.score);
            hi = std::max(hi, c.score);
        }
    m_map->data()->setSize(layers, rounds);
    m_map->data()->setRange(QCPRange(0, layers - 1), QCPRange(first, last));
    m_map->data()->fill(std::numeric_limits<double>::quiet_NaN());
    for (const CandidateCell &c : std::as_const(m_cells))
        m_map->data()->setCell(c.layer, c.round - first, c.score);
    // A single row or column: QCPColorMapData's range needs a non-empty span.
    if (layers == 1)
        m_map->data()->setKeyRange(QCPRange(-0.5, 0.5));
    if (rounds == 1)
        m_map->data()->setValueRange(QCPRange(first - 0.5, first + 0.5));
    if (!std::isfinite(lo)) {
        lo = 0;
        hi = 1;
    }
    if (hi - lo < 1e-9) {
        lo -= 0.5e-3;
        hi += 0.5e-3;
    }
    m_map->setDataRange(QCPRange(lo, hi));
    // Bright is better, always at the top of the colour bar: lower-is-better metrics map
    // the low end to bright and turn the bar round.
    QCPColorGradient g = viridis();
    if (!m_higherIsBetter)
        g = g.inverted();
    m_map->setGradient(g);
    m_scale->axis()->setRangeReversed(!m_higherIsBetter);
    const QString metric = m_metric.isEmpty() ? tr("Score") : m_metric;
    m_scale->axis()->setLabel(m_higherIsBetter ? tr("%1 (higher is better)").arg(metric)
                                               : tr("%1 (lower is better)").arg(metric));

    // White lines between the cells: a tiled map, empty cells grey tiles.
    const auto separator = [&](double x0, double y0, double x1, double y1) {
        auto line = new QCPItemLine(m_plot);
        line->start->setCoords(x0, y0);
        line->end->setCoords(x1, y1);
        line->setPen(QPen(kSeparatorColor, 2.0));
    };
    for (int l = 0; l < layers - 1; ++l)
        separator(l + 0.5, first - 0.5, l + 0.5, last + 0.5);
    for (int r = first; r < last; ++r)
        separator(-0.5, r + 0.5, layers - 0.5, r + 0.5);

    // The score in each cell (shown where it fits, see updateCellTexts()); the chosen
    // cell framed black with a white inner line, so the frame shows on dark and bright cells.
    QFont cellFont = m_plot->font();
    cellFont.setPointSizeF(std::max(6.5, cellFont.pointSizeF() - 1.0));
    for (const CandidateCell &c : std::as_const(m_cells)) {
        auto text = new QCPItemText(m_plot);
        text->position->setCoords(c.layer, c.round);
        text->setText(QLocale().toString(c.score, 'f', std::abs(c.score) < 10 ? 3 : 1));
        QFont f = cellFont;
        f.setBold(c.chosen);
        text->setFont(f);
        text->setColor(textOn(cellColor(c.round, c.layer)));
        text->setProperty("dtrCellText", true);
        text->setSelectable(false);
        if (!c.chosen)
            continue;
        auto frame = new QCPItemRect(m_plot);
        frame->topLeft->setCoords(c.layer - 0.5, c.round - 0.5);
        frame->bottomRight->setCoords(c.layer + 0.5, c.round + 0.5);
        frame->setPen(QPen(kChosenColor, 3.0));
        frame->setBrush(Qt::NoBrush);
        frame->setClipToAxisRect(false); // whole at the matrix's edges too
        auto inner = new QCPItemRect(m_plot);
        inner->topLeft->setType(QCPItemPosition::ptAbsolute);
        inner->topLeft->setParentAnchor(frame->topLeft);
        inner->topLeft->setCoords(2.5, 2.5);
        inner->bottomRight->setType(QCPItemPosition::ptAbsolute);
        inner->bottomRight->setParentAnchor(frame->bottomRight);
        inner->bottomRight->setCoords(-2.5, -2.5);
        inner->setPen(QPen(Qt::white, 1.2));
        inner->setBrush(Qt::NoBrush);
        inner->setClipToAxisRect(false);
    }

    // Row labels: the round, with "≈" where its best two were within noise. Where rows are
    // lower than the text, every 2nd, 5th, ... round is labelled, and always the flagged
    // ones (their neighbours' labels left out so none overlap).
    const double rowHeight = double(m_plot->axisRect()->height()) / rounds;
    const int textHeight = m_plot->fontMetrics().height();
    int rowEvery = 1;
    for (const int step : {1, 2, 5, 10, 20, 50}) {
        rowEvery = step;
        if (rowHeight * step >= textHeight)
            break;
    }
    QSharedPointer<QCPAxisTickerText> roundTicker(new QCPAxisTickerText);
    for (int r = first; r <= last; ++r) {
        if (m_noise.contains(r)) {
            roundTicker->addTick(r, tr("\u2248 %1").arg(r));
            continue;
        }
        bool nearFlag = false;
        for (const int n : std::as_const(m_noise))
            nearFlag = nearFlag || (n != r && std::abs(n - r) < rowEvery);
        if ((r - first) % rowEvery == 0 && !nearFlag)
            roundTicker->addTick(r, QString::number(r));
    }
    m_plot->yAxis->setTicker(roundTicker);
    m_plot->yAxis->setRange(first - 0.5, last + 0.5);
}

void CandidateMatrix::updateCellTexts()
{
    // Runs after each layout: a cell's score is shown when it fits the cell.
    const double cellWidth = std::abs(m_plot->xAxis->coordToPixel(1) - m_plot->xAxis->coordToPixel(0));
    const double cellHeight = std::abs(m_plot->yAxis->coordToPixel(1) - m_plot->yAxis->coordToPixel(0));
    for (int i = 0; i < m_plot->itemCount(); ++i) {
        auto text = qobject_cast<QCPItemText *>(m_plot->item(i));
        if (!text || !text->property("dtrCellText").toBool())
            continue;
        const QFontMetrics fm(text->font());
        text->setVisible(fm.horizontalAdvance(text->text()) + 6 <= cellWidth && fm.height() + 2 <= cellHeight);
    }
}

void CandidateMatrix::showReadoutAt(const QPoint &plotPixel)
{
    int round = 0, layer = 0;
    QString text;
    if (cellUnder(plotPixel, &round, &layer)) {
        text = toolTipFor(round, layer);
    } else if (!m_cells.isEmpty() && plotPixel.x() < m_plot->axisRect()->left()
               && plotPixel.y() >= m_plot->axisRect()->top() && plotPixel.y() <= m_plot->axisRect()->bottom()) {
        // The row labels: explain the "≈".
        const long r = std::lround(m_plot->yAxis->pixelToCoord(plotPixel.y()));
        if (m_noise.contains(int(r)))
            text = tr("Round %1: the best candidate and the runner-up were within noise of each other, so the "
                      "choice between them is uncertain.")
                       .arg(r);
    }
    if (text.isEmpty()) {
        clearReadout();
        return;
    }
    if (text == m_readoutText)
        return;
    m_readoutText = text;
    m_readout->setText(QString(text).replace(QLatin1Char('\n'), QLatin1Char(' ')));
    m_readout->setEnabled(true);
    const bool onCell = cellAt(round, layer).has_value() && m_plot->axisRect()->rect().contains(plotPixel);
    m_hover->setVisible(onCell);
    if (onCell) {
        m_hover->topLeft->setCoords(layer - 0.5, round - 0.5);
        m_hover->bottomRight->setCoords(layer + 0.5, round + 0.5);
    }
    m_plot->layer(QStringLiteral("overlay"))->replot();
    if (m_plot->isVisible())
        QToolTip::showText(m_plot->mapToGlobal(plotPixel), text, m_plot);
}

void CandidateMatrix::clearReadout()
{
    const bool wasShown = !m_readoutText.isEmpty();
    m_readoutText.clear();
    if (m_hover && m_hover->visible()) {
        m_hover->setVisible(false);
        m_plot->layer(QStringLiteral("overlay"))->replot();
    }
    if (wasShown && m_plot->isVisible())
        QToolTip::hideText();
    m_readout->setText(m_cells.isEmpty()
                           ? QString()
                           : tr("Framed: the layer chosen in each round. \u2248: the best two were within noise. "
                                "Point at a cell for its score; click it to see it on the layer map."));
    m_readout->setEnabled(false);
}

bool CandidateMatrix::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_plot && event->type() == QEvent::Leave)
        clearReadout();
    if (watched == m_plot && event->type() == QEvent::Resize && !m_cells.isEmpty())
        scheduleReplot(); // row labels and cell texts depend on the size
    return QWidget::eventFilter(watched, event);
}

} // namespace dtr::gui
