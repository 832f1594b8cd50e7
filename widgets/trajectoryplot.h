#pragma once

// The trajectory of a search: validation score against the number of linear layers, each
// round's chosen configuration as a point with its 95% interval as a band, the test
// score of the same configuration where scored, the full model's score (P_full) and the
// tolerance line (P_min), M_best and M_opt marked, and other searches on the same task
// and students (the baselines) on the same axes. Hover names the nearest point; Save…
// writes PNG, PDF or SVG.

#include <QPointF>
#include <QString>
#include <QVector>
#include <QWidget>

class QCustomPlot;
class QCPGraph;
class QCPItemStraightLine;
class QCPItemText;
class QCPItemTracer;

QT_BEGIN_NAMESPACE
class QTimer;
QT_END_NAMESPACE

namespace dtr::gui {

struct TrajectoryPoint
{
    int round = 0;           // 1-based search round
    int numLinear = 0;       // x
    int chosenLayer = -1;
    double score = 0;        // validation score, y
    double ciLow = 0, ciHigh = 0;
    bool hasCi = false;      // 95% interval
    double test = 0;
    bool hasTest = false;    // test-task score of the same configuration
    bool committed = true;   // false: the round that crossed the tolerance
    bool withinNoise = false;
};

struct TrajectorySeries
{
    QString label;           // e.g. "Greedy (search 3)"
    QString strategy;        // greedy | uniform | random | importance | distill-loss
    QVector<TrajectoryPoint> points; // in round order
};

class TrajectoryPlot : public QWidget
{
    Q_OBJECT

public:
    explicit TrajectoryPlot(QWidget *parent = nullptr);

    // main: the selected search; baselines: other searches on the same task and students.
    // baseScore = P_full, pMin = the tolerance line (NaN: not known yet); bestK / optK:
    // the number of linear layers of M_best / M_opt (-1: none yet).
    void setData(const TrajectorySeries &main, const QVector<TrajectorySeries> &baselines, double baseScore,
                 double pMin, int bestK, int optK, const QString &metric);
    void appendPoint(const TrajectoryPoint &p); // a live round of the main series (throttled replot)
    void clear();                               // "no search" placeholder

    QVector<QPointF> validationPoints() const;  // main series, every round (numLinear, score)
    QVector<QPointF> testPoints() const;        // main series where hasTest
    QVector<QPointF> baselinePoints(const QString &label) const;
    QStringList baselineLabels() const;
    int bestK() const { return m_bestK; }
    int optK() const { return m_optK; }
    QString readoutText() const { return m_readout; }
    void showReadoutAt(const QPoint &pixel);
    QCustomPlot *plot() const { return m_plot; }
    bool save(const QString &path);
    void replotNow() { flush(); }

private:
    void rebuild();
    void scheduleReplot();
    void flush();

    QCustomPlot *m_plot = nullptr;
    QTimer *m_timer = nullptr;
    TrajectorySeries m_main;
    QVector<TrajectorySeries> m_baselines;
    double m_base = 0, m_pMin = 0;
    int m_bestK = -1, m_optK = -1;
    QString m_metric, m_readout;
    QCPItemText *m_placeholder = nullptr;
};

} // namespace dtr::gui
