#pragma once

// The candidate matrix of a search: rounds (rows, top to bottom) x layers (columns) as a
// colour map of every candidate's validation score (viridis, the bright end the better
// score, with a colour bar; the score written in the cell where it fits); the layer
// chosen in each round framed; rounds whose best two candidates were within noise
// flagged "≈" beside their row label. Empty cells (a layer already linear, pinned or
// forbidden) stay grey. Hovering reads out the score and its interval (below the plot
// and as a tool tip); a click on a filled cell emits cellClicked (the window shows that
// candidate on the layer map). Live cells (addCell()) are batched: at most one replot
// every 150 ms.

#include <QPoint>
#include <QSize>
#include <QString>
#include <QVector>
#include <QWidget>

#include <optional>

class QCustomPlot;
class QCPColorMap;
class QCPColorScale;
class QCPItemRect;

QT_BEGIN_NAMESPACE
class QLabel;
class QMouseEvent;
class QTimer;
QT_END_NAMESPACE

namespace dtr::gui {

struct CandidateCell
{
    int round = 0;  // 1-based (0: the importance baseline's one-round scores, shown as a row too)
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
    ~CandidateMatrix() override;

    // Columns 0..numLayers-1 (more if a cell names a higher layer), one row per round from
    // the lowest to the highest round of `cells`. A second cell of the same round and
    // layer replaces the first. Replots at once.
    void setData(int numLayers, const QVector<CandidateCell> &cells, const QVector<int> &roundsWithinNoise,
                 bool higherIsBetter, const QString &metric);
    void addCell(const CandidateCell &cell); // live (batched replot); replaces the same round and layer
    void setWithinNoise(int round, bool on); // live (batched replot)
    void clear();

    int cellCount() const { return int(m_cells.size()); }
    std::optional<CandidateCell> cellAt(int round, int layer) const;
    // "Round 2, layer 5: 0.712 (95% 0.690–0.740), chosen"; empty where there is no cell.
    QString toolTipFor(int round, int layer) const;
    // The centre of the cell in this widget's coordinates (lays the plot out first).
    QPoint cellCentre(int round, int layer) const;
    int numLayers() const { return m_numLayers; }
    bool isWithinNoise(int round) const { return m_noise.contains(round); }
    bool higherIsBetter() const { return m_higherIsBetter; }
    QString metric() const { return m_metric; }
    // The colour a cell is drawn in (invalid where there is no cell).
    QColor cellColor(int round, int layer) const;
    // The round and layer under `plotPixel` (plot() coordinates), whether or not the cell is filled.
    bool cellUnder(const QPoint &plotPixel, int *round, int *layer) const;

    // The hover read-out for the cell under `plotPixel` (or the within-noise note of the row
    // label there); readoutText() is empty when there is none.
    void showReadoutAt(const QPoint &plotPixel);
    QString readoutText() const { return m_readoutText; }

    QCustomPlot *plot() const { return m_plot; }
    bool save(const QString &path); // via plotexport (png/pdf/svg by suffix)
    bool saveTo(const QString &path, QString *error);
    void replotNow() { flush(); }
    int replotCount() const { return m_replotCount; }

Q_SIGNALS:
    void cellClicked(int round, int layer); // a click on a filled cell

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void rebuild();
    void scheduleReplot();
    void flush();
    void updateCellTexts();
    void clearReadout();
    int minRound() const;
    int maxRound() const;

    QCustomPlot *m_plot = nullptr;
    QCPColorMap *m_map = nullptr;
    QCPColorScale *m_scale = nullptr;
    QCPItemRect *m_hover = nullptr;
    QTimer *m_timer = nullptr;
    QLabel *m_readout = nullptr;
    int m_numLayers = 0;
    QVector<CandidateCell> m_cells;
    QVector<int> m_noise;
    bool m_higherIsBetter = true;
    QString m_metric;
    QString m_readoutText;
    bool m_dirty = false;
    int m_replotCount = 0;
    QSize m_laidOutSize;          // the plot size of the last layout
    int m_pressRound = -1, m_pressLayer = -1;
};

} // namespace dtr::gui
