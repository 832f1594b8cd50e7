#include "paretoplot.h"

#include "plotexport.h"
#include "qcustomplot_include.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QToolTip>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>
#include <limits>
#include <numeric>

namespace dtr::gui {

namespace {

const QColor kPoint(0x1f, 0x77, 0xb4);
const QColor kFront(0xd6, 0x5f, 0x00);

QString num(double v)
{
    const double a = std::abs(v);
    return QLocale().toString(v, 'f', a < 10 ? 3 : a < 1000 ? 1 : 0);
}

bool finitePoint(const QPointF &p)
{
    return std::isfinite(p.x()) && std::isfinite(p.y());
}

} // namespace

std::vector<int> paretoFront(const QVector<QPointF> &points, bool higherIsBetter)
{
    // Better score as "larger", whatever the metric.
    const auto score = [higherIsBetter](const QPointF &p) { return higherIsBetter ? p.y() : -p.y(); };
    std::vector<int> front;
    for (int i = 0; i < points.size(); ++i) {
        const QPointF &p = points.at(i);
        if (!finitePoint(p))
            continue;
        bool dominated = false;
        for (int j = 0; j < points.size() && !dominated; ++j) {
            const QPointF &q = points.at(j);
            if (j == i || !finitePoint(q))
                continue;
            dominated = q.x() >= p.x() && score(q) >= score(p) && (q.x() > p.x() || score(q) > score(p));
        }
        if (!dominated)
            front.push_back(i);
    }
    std::stable_sort(front.begin(), front.end(), [&](int a, int b) {
        const QPointF &p = points.at(a), &q = points.at(b);
        return p.x() != q.x() ? p.x() < q.x() : score(p) > score(q);
    });
    return front;
}

ParetoPlot::ParetoPlot(QWidget *parent)
    : QWidget(parent)
    , m_plot(new QCustomPlot(this))
    , m_note(new QLabel(this))
{
    m_plot->setObjectName(QStringLiteral("paretoPlot"));
    m_plot->setMinimumSize(360, 240);
    m_plot->setInteractions(QCP::iRangeDrag | QCP::iRangeZoom);
    moveLegendToRow(m_plot, 1, 3);
    connect(m_plot, &QCustomPlot::mouseMove, this, [this](QMouseEvent *e) { showReadoutAt(e->pos()); });
    connect(m_plot, &QCustomPlot::mouseDoubleClick, this, [this] { rebuild(); });
    connect(m_plot, &QCustomPlot::afterLayout, this, &ParetoPlot::placeLabels);

    m_note->setObjectName(QStringLiteral("paretoNote"));
    m_note->setWordWrap(true);
    m_note->setTextFormat(Qt::PlainText);
    m_note->setForegroundRole(QPalette::PlaceholderText);
    m_note->setVisible(false);

    auto save = createSaveButton(m_plot, this, QStringLiteral("paretoSave"), QStringLiteral("pareto.png"));
    auto bottom = new QHBoxLayout;
    bottom->setContentsMargins(4, 0, 4, 0);
    bottom->addWidget(m_note, 1);
    bottom->addWidget(save, 0, Qt::AlignTop);
    auto layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(m_plot, 1);
    layout->addLayout(bottom);
    m_plot->setToolTip(tr("Double-click to reset the view"));
    clear();
}

void ParetoPlot::setData(const QVector<ParetoPoint> &points, bool higherIsBetter, const QString &xLabel,
                         const QString &yLabel, const QString &note)
{
    m_points = points;
    m_higherIsBetter = higherIsBetter;
    m_xLabel = xLabel;
    m_yLabel = yLabel;
    QVector<QPointF> xy;
    for (const ParetoPoint &p : points)
        xy << QPointF(p.x, p.y);
    m_front = paretoFront(xy, higherIsBetter);
    m_note->setText(note);
    m_note->setVisible(!note.isEmpty());
    rebuild();
}

void ParetoPlot::clear()
{
    m_points.clear();
    m_front.clear();
    m_higherIsBetter = true;
    m_xLabel.clear();
    m_yLabel.clear();
    m_note->clear();
    m_note->setVisible(false);
    rebuild();
}

int ParetoPlot::plottedPointCount() const
{
    for (int i = 0; i < m_plot->graphCount(); ++i)
        if (m_plot->graph(i)->objectName() == QLatin1String("configurations"))
            return m_plot->graph(i)->dataCount();
    return 0;
}

int ParetoPlot::plottedFrontCount() const
{
    for (int i = 0; i < m_plot->graphCount(); ++i)
        if (m_plot->graph(i)->objectName() == QLatin1String("front"))
            return m_plot->graph(i)->dataCount();
    return 0;
}

QStringList ParetoPlot::pointLabels() const
{
    QStringList out;
    for (int i = 0; i < m_plot->itemCount(); ++i)
        if (auto text = qobject_cast<QCPItemText *>(m_plot->item(i)))
            if (text->objectName() == QLatin1String("pointLabel"))
                out << text->text();
    return out;
}

QStringList ParetoPlot::visiblePointLabels() const
{
    QStringList out;
    for (QCPItemText *label : m_labels)
        if (label->visible())
            out << label->text();
    return out;
}

QVector<QRectF> ParetoPlot::visibleLabelRects() const
{
    QVector<QRectF> out;
    for (const QRectF &r : m_labelRects)
        if (!r.isEmpty())
            out << r;
    return out;
}

QString ParetoPlot::noteText() const
{
    return m_note->text();
}

bool ParetoPlot::save(const QString &path)
{
    return savePlot(m_plot, path, nullptr);
}

void ParetoPlot::rebuild()
{
    m_plot->clearPlottables(); // graphs and error bars
    m_plot->clearItems();
    m_labels.clear();
    m_leaders.clear();
    m_labelRects.clear();
    m_plot->xAxis->setLabel(m_xLabel.isEmpty() ? tr("Decode speed (tokens/s)") : m_xLabel);
    m_plot->yAxis->setLabel(m_yLabel.isEmpty() ? tr("Score") : m_yLabel);
    if (m_points.isEmpty()) {
        addPlaceholderText(m_plot, tr("No benchmarked configuration to place."));
        m_plot->legend->setVisible(false);
        m_plot->xAxis->setRange(0, 1);
        m_plot->yAxis->setRange(0, 1);
        m_plot->replot(QCustomPlot::rpQueuedReplot);
        return;
    }
    m_plot->legend->setVisible(true);

    QVector<double> xs, ys, minus, plus;
    double xlo = std::numeric_limits<double>::infinity(), xhi = -xlo, ylo = xlo, yhi = -xlo;
    bool anyCi = false;
    for (const ParetoPoint &p : m_points) {
        xs << p.x;
        ys << p.y;
        const double lo = p.hasCi ? std::min(p.ciLow, p.y) : p.y, hi = p.hasCi ? std::max(p.ciHigh, p.y) : p.y;
        minus << p.y - lo;
        plus << hi - p.y;
        anyCi = anyCi || p.hasCi;
        xlo = std::min(xlo, p.x);
        xhi = std::max(xhi, p.x);
        ylo = std::min(ylo, lo);
        yhi = std::max(yhi, hi);
    }

    QCPGraph *all = m_plot->addGraph();
    all->setObjectName(QStringLiteral("configurations"));
    all->setName(tr("Configuration"));
    all->setLineStyle(QCPGraph::lsNone);
    all->setPen(QPen(kPoint, 1.5));
    all->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssCircle, QPen(kPoint, 1.5), Qt::NoBrush, 8));
    // Not sorted by key: several configurations may share a speed.
    all->setData(xs, ys, false);
    if (anyCi) {
        auto bars = new QCPErrorBars(m_plot->xAxis, m_plot->yAxis);
        bars->setName(tr("95% interval"));
        bars->setDataPlottable(all);
        bars->setErrorType(QCPErrorBars::etValueError);
        bars->setPen(QPen(kPoint, 1));
        bars->setWhiskerWidth(6);
        bars->setData(minus, plus);
    }

    QVector<double> fx, fy;
    for (int i : m_front) {
        fx << m_points.at(i).x;
        fy << m_points.at(i).y;
    }
    QCPGraph *front = m_plot->addGraph();
    front->setObjectName(QStringLiteral("front"));
    front->setName(m_higherIsBetter ? tr("Pareto front (nothing both faster and higher)")
                                    : tr("Pareto front (nothing both faster and lower)"));
    // Vertical at a point's speed, then across at the next one's score: the best score
    // reachable at each speed and above.
    front->setLineStyle(QCPGraph::lsStepRight);
    front->setPen(QPen(kFront, 2));
    front->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssDisc, kFront, kFront, 10));
    front->setData(fx, fy, true);

    for (int i = 0; i < m_points.size(); ++i) {
        const ParetoPoint &p = m_points.at(i);
        auto label = new QCPItemText(m_plot);
        label->setObjectName(QStringLiteral("pointLabel"));
        label->position->setType(QCPItemPosition::ptPlotCoords);
        label->position->setCoords(p.x, p.y);
        label->setPositionAlignment(Qt::AlignLeft | Qt::AlignBottom);
        label->setPadding(QMargins(7, 0, 0, 4));
        label->setText(p.label);
        label->setColor(palette().color(QPalette::WindowText));
        label->setClipToAxisRect(true);
        if (std::find(m_front.begin(), m_front.end(), i) != m_front.end())
            label->setFont(QFont(font().family(), font().pointSize(), QFont::Bold));
        m_labels << label;
        auto leader = new QCPItemLine(m_plot);
        leader->setPen(QPen(palette().color(QPalette::Mid), 1));
        leader->start->setType(QCPItemPosition::ptPlotCoords);
        leader->start->setCoords(p.x, p.y);
        leader->end->setType(QCPItemPosition::ptAbsolute);
        leader->setClipToAxisRect(true);
        leader->setVisible(false);
        m_leaders << leader;
    }

    const double xpad = std::max((xhi - xlo) * 0.12, std::max(std::abs(xhi) * 0.05, 1e-3));
    const double ypad = std::max((yhi - ylo) * 0.12, std::max(std::abs(yhi) * 0.02, 1e-3));
    m_plot->xAxis->setRange(xlo - xpad, xhi + 2.5 * xpad); // room for the labels on the right
    m_plot->yAxis->setRange(ylo - ypad, yhi + 1.5 * ypad);
    m_plot->replot(QCustomPlot::rpQueuedReplot);
}

void ParetoPlot::placeLabels()
{
    m_labelRects = QVector<QRectF>(m_labels.size());
    if (m_labels.isEmpty())
        return;
    const QRectF area = m_plot->axisRect()->rect();
    // Obstacles: every point's marker, then each label placed.
    QVector<QRectF> taken;
    QVector<QPointF> at(m_points.size());
    for (int i = 0; i < m_points.size(); ++i) {
        at[i] = QPointF(m_plot->xAxis->coordToPixel(m_points.at(i).x), m_plot->yAxis->coordToPixel(m_points.at(i).y));
        taken << QRectF(at[i] - QPointF(5, 5), QSizeF(10, 10));
    }
    // The front's labels first (they matter most), then the others in order.
    std::vector<int> order(m_front.begin(), m_front.end());
    for (int i = 0; i < m_labels.size(); ++i)
        if (std::find(m_front.begin(), m_front.end(), i) == m_front.end())
            order.push_back(i);
    constexpr int kSide = 7, kLift = 4, kSteps = 4;
    for (int i : order) {
        QCPItemText *label = m_labels.at(i);
        const QFontMetricsF fm(label->font());
        const QSizeF size(fm.horizontalAdvance(label->text()) + 1, fm.height());
        const double step = size.height() + 1;
        const QPointF p = at[i];
        bool placed = false;
        for (int k = 0; k < kSteps && !placed; ++k) {
            // Right above, right below, left above, left below; k lines further out.
            for (int side = 0; side < 4 && !placed; ++side) {
                const bool right = side < 2, above = side % 2 == 0;
                const double left = right ? p.x() + kSide : p.x() - kSide - size.width();
                const double top = above ? p.y() - kLift - k * step - size.height() : p.y() + kLift + k * step;
                const QRectF r(QPointF(left, top), size);
                if (!area.contains(r))
                    continue;
                if (std::any_of(taken.begin(), taken.end(), [&](const QRectF &t) { return t.intersects(r); }))
                    continue;
                label->setPositionAlignment((right ? Qt::AlignLeft : Qt::AlignRight) | (above ? Qt::AlignBottom : Qt::AlignTop));
                const int lift = kLift + k * static_cast<int>(std::lround(step));
                label->setPadding(QMargins(right ? kSide : 0, above ? 0 : lift, right ? 0 : kSide, above ? lift : 0));
                label->setVisible(true);
                QCPItemLine *leader = m_leaders.at(i);
                leader->setVisible(k > 0);
                // To the label's corner nearest the point.
                leader->end->setCoords(right ? r.left() - 1 : r.right() + 1, above ? r.bottom() : r.top());
                taken << r;
                m_labelRects[i] = r;
                placed = true;
            }
        }
        if (!placed) {
            label->setVisible(false); // hover still names the point
            m_leaders.at(i)->setVisible(false);
        }
    }
}

void ParetoPlot::showReadoutAt(const QPoint &pixel)
{
    double best = 20 * 20;
    QString text;
    for (int i = 0; i < m_points.size(); ++i) {
        const ParetoPoint &p = m_points.at(i);
        const double dx = m_plot->xAxis->coordToPixel(p.x) - pixel.x(), dy = m_plot->yAxis->coordToPixel(p.y) - pixel.y();
        if (dx * dx + dy * dy >= best)
            continue;
        best = dx * dx + dy * dy;
        text = tr("%1: %2 tokens/s, score %3").arg(p.label, num(p.x), num(p.y));
        if (p.hasCi)
            text += tr(" (95% %1\u2013%2)").arg(num(p.ciLow), num(p.ciHigh));
        if (!p.detail.isEmpty())
            text += QLatin1Char('\n') + p.detail;
        if (std::find(m_front.begin(), m_front.end(), i) != m_front.end())
            text += QLatin1Char('\n') + tr("On the Pareto front");
    }
    m_readout = text;
    if (text.isEmpty())
        QToolTip::hideText();
    else
        QToolTip::showText(m_plot->mapToGlobal(pixel), text, m_plot);
}

} // namespace dtr::gui
