#pragma once

// The candidate matrix of a search: rounds (rows, top to bottom) x layers (columns) as a
// colour map of every candidate's validation score, the bright end of the scale the
// better score; the layer chosen in each round framed; rounds whose best two candidates
// were within noise flagged "≈" on their row label. Empty cells (a layer already linear,
// pinned or forbidden) stay blank. Hover gives the score and its interval; a click on a
// filled cell emits cellClicked (the window shows that candidate on the layer map).

#include <QPoint>
#include <QString>
#include <QVector>
#include <QWidget>

#include <optional>

class QCustomPlot;
class QCPColorMap;
class QCPColorScale;

QT_BEGIN_NAMESPACE
class QMouseEvent;
class QTimer;
QT_END_NAMESPACE

namespace dtr::gui {

struct CandidateCell
{
    int round = 0;  // 1-based (0: the importance baseline's one-round scores)
    int layer = 0;
    double score = 0;
    double ciLow = 0, ciHigh = 0;
    bool hasCi = false;
    bool chosen = false; // the layer committed in this round
};

class CandidateMatrix : public QWidget
{
    Q_OBJECT

public:
    explicit CandidateMatrix(QWidget *parent = nullptr);

    void setData(int numLayers, const QVector<CandidateCell> &cells, const QVector<int> &roundsWithinNoise,
                 bool higherIsBetter, const QString &metric);
    void addCell(const CandidateCell &cell); // live (throttled replot); replaces the same round and layer
    void setWithinNoise(int round, bool on);
    void clear();

    int cellCount() const { return m_cells.size(); }
    std::optional<CandidateCell> cellAt(int round, int layer) const;
    QString toolTipFor(int round, int layer) const;
    QPoint cellCentre(int round, int layer) const; // in this widget's coordinates
    QCustomPlot *plot() const { return m_plot; }
    bool save(const QString &path);
    void replotNow() { flush(); }

Q_SIGNALS:
    void cellClicked(int round, int layer);

private:
    void rebuild();
    void scheduleReplot();
    void flush();
    bool cellUnder(const QPoint &plotPixel, int &round, int &layer) const;

    QCustomPlot *m_plot = nullptr;
    QCPColorMap *m_map = nullptr;
    QCPColorScale *m_scale = nullptr;
    QTimer *m_timer = nullptr;
    int m_numLayers = 0;
    QVector<CandidateCell> m_cells;
    QVector<int> m_noise;
    bool m_higherIsBetter = true;
    QString m_metric;
    bool m_dirty = false;
};

} // namespace dtr::gui
