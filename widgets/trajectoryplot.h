#pragma once

// The trajectory of a search: validation score against the number of linear layers, each
// round's chosen configuration as a point with its 95% interval as a band, the test
// score of the same configuration where scored, the full model's score (P_full) and the
// tolerance line (P_min), M_best and M_opt marked, and other searches on the same task
// and students (the baselines) on the same axes. Hovering reads out the nearest point
// (below the plot and as a tool tip); wheel and drag zoom and pan, a double click goes
// back to the whole data; Save… writes PNG, PDF or SVG.
//
// Live rounds (appendPoint()) are batched: a short single-shot timer replots at most
// every 150 ms, and, unless the user zoomed or panned, fits the axes to the data.

#include <QPair>
#include <QPointF>
#include <QString>
#include <QStringList>
#include <QVector>
#include <QWidget>

class QCustomPlot;
class QCPGraph;
class QCPItemText;
class QCPItemTracer;

QT_BEGIN_NAMESPACE
class QLabel;
class QTimer;
QT_END_NAMESPACE

namespace dtr::gui {

struct TrajectoryPoint
{
    int round = 0;           // 1-based search round (0: the start point, pins only)
    int numLinear = 0;       // x
    int chosenLayer = -1;
    double score = 0;        // validation score, y
    double ciLow = 0, ciHigh = 0;
    bool hasCi = false;      // 95% interval
    double test = 0;
    bool hasTest = false;    // test-task score of the same configuration
    bool committed = true;   // false: the round that crossed the tolerance (hollow marker, dotted line)
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
    ~TrajectoryPlot() override;

    // main: the selected search; baselines: other searches on the same task and students
    // (validation only, thinner, each its own colour and marker, in the legend).
    // baseScore = P_full, pMin = the tolerance line (NaN: not known yet, not drawn);
    // bestK / optK: the number of linear layers of M_best / M_opt (-1: none yet), marked
    // on the main series. metric names the y axis. Replots at once and fits the axes.
    void setData(const TrajectorySeries &main, const QVector<TrajectorySeries> &baselines, double baseScore,
                 double pMin, int bestK, int optK, const QString &metric);
    void appendPoint(const TrajectoryPoint &p); // a live round of the main series (batched replot)
    void clear();                               // "no search" placeholder

    // Whether a higher score is better (default): only the read-out's wording ("below
    // P_full", "within the tolerance") depends on it.
    void setHigherIsBetter(bool higherIsBetter);
    bool higherIsBetter() const { return m_higherIsBetter; }

    // What is drawn (after the pending replot, if any): the main series' validation
    // points (numLinear, score) in round order, uncommitted ones included; its test
    // points; a baseline's points by its label.
    QVector<QPointF> validationPoints() const;
    QVector<QPointF> testPoints() const;
    QVector<QPointF> baselinePoints(const QString &label) const;
    QStringList baselineLabels() const;
    int bestK() const { return m_bestK; }
    int optK() const { return m_optK; }
    // The texts of the M_best / M_opt labels drawn ("M_best", "M_opt" or "M_best = M_opt"
    // where they coincide) and the x each points at.
    QVector<QPair<QString, double>> markers() const;
    QString metric() const { return m_metric; }
    bool isEmpty() const;

    // The hover read-out: the nearest point within ~20 px of `pixel` (plot() coordinates)
    // or none (readoutText() empty).
    void showReadoutAt(const QPoint &pixel);
    QString readoutText() const { return m_readoutText; }

    // Fits the axes to the data again and follows new data.
    void resetView();
    // Does a pending batched replot now (or a replot if none is pending).
    void replotNow() { flush(); }
    int replotCount() const { return m_replotCount; }

    QCustomPlot *plot() const { return m_plot; }
    bool save(const QString &path);             // via plotexport (png/pdf/svg by suffix)
    bool saveTo(const QString &path, QString *error);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void scheduleReplot();
    void flush();
    void rebuild();
    void fitAxes();
    void updateLegendWrap();
    void clearReadout();
    QString readoutFor(const TrajectoryPoint &p) const;

    QCustomPlot *m_plot = nullptr;
    QTimer *m_timer = nullptr;
    QLabel *m_readout = nullptr;
    QCPItemTracer *m_tracer = nullptr;
    QCPItemText *m_placeholder = nullptr;
    QCPGraph *m_validation = nullptr;   // committed points
    QCPGraph *m_crossed = nullptr;      // uncommitted points (hollow)
    QCPGraph *m_test = nullptr;
    QVector<QCPGraph *> m_baselineGraphs;

    TrajectorySeries m_main;
    QVector<TrajectorySeries> m_baselines;
    double m_base = 0, m_pMin = 0;
    int m_bestK = -1, m_optK = -1;
    QString m_metric;
    QString m_readoutText;
    bool m_higherIsBetter = true;
    bool m_dirty = false;
    bool m_followData = true;    // false once the user zoomed or panned
    bool m_settingRange = false; // true while the widget itself changes the ranges
    int m_replotCount = 0;
};

} // namespace dtr::gui
