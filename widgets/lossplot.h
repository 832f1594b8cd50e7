#pragma once

#include <QHash>
#include <QPointF>
#include <QVector>
#include <QWidget>

QT_BEGIN_NAMESPACE
class QLabel;
class QListWidget;
class QListWidgetItem;
class QMouseEvent;
class QTimer;
class QToolButton;
QT_END_NAMESPACE

class QCustomPlot;
class QCPGraph;
class QCPItemText;
class QCPItemTracer;
class QCPTextElement;
class QCPAbstractLegendItem;
class QCPLegend;

namespace dtr::gui {

// Live per-layer distillation loss curves: for every layer a train curve (solid) and a
// held-out curve (same colour, dashed, circle markers) over the training step, on a
// logarithmic loss axis. A checkable layer list beside the plot (and a click on a
// legend entry) shows or hides a layer; hovering reads out the nearest point; wheel and
// drag zoom and pan, "Reset view" or a double click goes back to the whole data.
//
// Data updates are batched: appendPoints()/setPoints() only mark the plot dirty and a
// short single-shot timer replots once (and, unless the user zoomed or panned since the
// last reset, fits the axes to the data).
class LossPlot : public QWidget
{
    Q_OBJECT

public:
    enum class Split { Train, Heldout };

    explicit LossPlot(QWidget *parent = nullptr);
    ~LossPlot() override;

    // Replaces all layers (and their data). For the i-th layer, plot()->graph(2 * i) is
    // its train graph and plot()->graph(2 * i + 1) its held-out graph.
    void setLayers(const QVector<qint64> &layers);
    QVector<qint64> layers() const { return m_layers; }
    void clear() { setLayers({}); }

    // x = step, y = loss. Points of a layer not given to setLayers() are ignored; points
    // with a non-finite step are dropped; NaN losses are kept (they make a gap) and so are
    // non-positive ones (the log axis cannot show them). The graph keeps its points sorted
    // by step.
    void appendPoints(qint64 layer, Split split, const QVector<QPointF> &pts);
    void setPoints(qint64 layer, Split split, const QVector<QPointF> &pts);
    QVector<QPointF> points(qint64 layer, Split split) const;

    void setLayerVisible(qint64 layer, bool visible);
    bool isLayerVisible(qint64 layer) const;
    void setAllLayersVisible(bool visible);

    void setTitle(const QString &title);
    QString title() const;

    // Fits the axes to the (visible) data and goes back to following new data.
    void resetView();
    // Does a pending batched replot now (or a replot if nothing is pending).
    void replotNow() { flush(); }
    // The number of data replots done so far (batch timer, replotNow(), resetView(),
    // visibility changes); hover redraws are not counted.
    int replotCount() const { return m_replotCount; }

    // The hover read-out: shows the nearest visible point within ~20 px of `pixel` (plot
    // widget coordinates) or clears the read-out. readoutText() is empty when none.
    void showReadoutAt(const QPoint &pixel);
    QString readoutText() const { return m_readoutText; }

    // Saves the plot (format by suffix, see savePlot()).
    bool saveTo(const QString &path, QString *error);

    QCustomPlot *plot() const { return m_plot; }
    QCPGraph *graph(qint64 layer, Split split) const;

Q_SIGNALS:
    void layerVisibilityChanged(qint64 layer, bool visible);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    struct LayerGraphs
    {
        QCPGraph *train = nullptr;
        QCPGraph *heldout = nullptr;
        QListWidgetItem *item = nullptr;
        QCPAbstractLegendItem *legendItem = nullptr;
    };

    void scheduleReplot();
    void flush();
    void fitAxesToData();
    void updatePlaceholder();
    void clearReadout();
    void onLegendClick(QCPLegend *legend, QCPAbstractLegendItem *item, QMouseEvent *event);
    void onItemChanged(QListWidgetItem *item);
    void onRangeChanged();

    QCustomPlot *m_plot = nullptr;
    QCPTextElement *m_title = nullptr;
    QCPItemText *m_placeholder = nullptr;
    QCPItemTracer *m_tracer = nullptr;
    QListWidget *m_layerList = nullptr;
    QLabel *m_readout = nullptr;
    QToolButton *m_resetButton = nullptr;
    QToolButton *m_saveButton = nullptr;
    QTimer *m_replotTimer = nullptr;

    QVector<qint64> m_layers;
    QHash<qint64, LayerGraphs> m_graphs;
    QString m_readoutText;
    int m_replotCount = 0;
    bool m_dirty = false;
    bool m_followData = true;   // false once the user zoomed or panned
    bool m_settingRange = false; // true while the widget itself changes the axis ranges
};

} // namespace dtr::gui
