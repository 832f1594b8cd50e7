#pragma once

// Score against decode speed, one labelled point per configuration: x = decoded tokens
// per second at one benchmarked context, y = its score with the 95% interval as an
// error bar. The Pareto front (the configurations no other one beats on both speed and
// score) is drawn as a step line with its points emphasised. Configurations that cannot
// be placed (not benchmarked there, or not scored) are named in a note under the plot.
// Labels never overlap each other or another point: each is placed at the first free
// spot of right/left of its point and a few lines above/below it, the front's labels
// first (a thin line joins a label moved away to its point); a label with no free spot is hidden (hover still names its point). Hover names
// the nearest point; Save… writes PNG, PDF or SVG.

#include <QPointF>
#include <QString>
#include <QStringList>
#include <QVector>
#include <QWidget>

#include <vector>

class QCustomPlot;
class QCPItemLine;
class QCPItemText;

QT_BEGIN_NAMESPACE
class QLabel;
QT_END_NAMESPACE

namespace dtr::gui {

// The points of `points` (x: faster is larger; y: better is larger when higherIsBetter,
// smaller otherwise) that no other point dominates, in ascending x (then better y first).
// A point dominates another when it is at least as good on both and better on one, so
// equal points are all on the front. Points with a NaN or infinite coordinate are never
// on it.
std::vector<int> paretoFront(const QVector<QPointF> &points, bool higherIsBetter);

struct ParetoPoint
{
    QString label;          // the configuration's name
    double x = 0;           // decoded tokens per second
    double y = 0;           // score
    double ciLow = 0, ciHigh = 0;
    bool hasCi = false;
    QString detail;         // the hover text's second line (e.g. "test, 3 linear layers")
};

class ParetoPlot : public QWidget
{
    Q_OBJECT

public:
    explicit ParetoPlot(QWidget *parent = nullptr);

    // yLabel names the score (e.g. "Test score (acc_norm)"); `note` is shown under the
    // plot (empty: hidden), e.g. the configurations that are not benchmarked.
    void setData(const QVector<ParetoPoint> &points, bool higherIsBetter, const QString &xLabel,
                 const QString &yLabel, const QString &note);
    void clear(); // "nothing to compare" placeholder

    const QVector<ParetoPoint> &points() const { return m_points; }
    const std::vector<int> &front() const { return m_front; } // indices into points()
    bool higherIsBetter() const { return m_higherIsBetter; }
    int plottedPointCount() const;   // data points of the configurations' graph
    int plottedFrontCount() const;   // data points of the front's step line
    QStringList pointLabels() const; // the texts next to the points, in points() order
    // The labels drawn (not hidden for want of room), with their rectangles in plot pixels.
    QStringList visiblePointLabels() const;
    QVector<QRectF> visibleLabelRects() const;
    QString noteText() const;
    QString readoutText() const { return m_readout; }
    void showReadoutAt(const QPoint &pixel);
    QCustomPlot *plot() const { return m_plot; }
    bool save(const QString &path);

private:
    void rebuild();
    void placeLabels(); // after every layout: the labels' sides and offsets

    QCustomPlot *m_plot = nullptr;
    QLabel *m_note = nullptr;
    QVector<ParetoPoint> m_points;
    std::vector<int> m_front;
    bool m_higherIsBetter = true;
    QString m_xLabel, m_yLabel, m_readout;
    QVector<QCPItemText *> m_labels; // in points() order
    QVector<QCPItemLine *> m_leaders; // point to label, for a label moved off its point
    QVector<QRectF> m_labelRects;    // where placeLabels put them (empty rect: hidden)
};

} // namespace dtr::gui
