#pragma once

// The layer map's cells: one cell per decoder layer, wrapped into rows, painted from a
// LayerTableModel (the same model the layer table shows). Each cell shows the layer's
// type (full attention, or the linear mixer a pinned layer becomes), its constraint
// (free, pinned linear, forbidden: a border and a label) and the selected run's final
// held-out loss as a colour on a logarithmic scale, with a legend below the cells.
//
// It only asks for changes: a click cycles free -> pinned -> forbidden -> free, the
// context menu and the keys (P pin, F forbid, Delete/Backspace/0 free, Space cycle,
// arrows move) pick one; constraintRequested() carries the wish to whoever owns the undo
// stack (LayerMapView).

#include "layertablemodel.h"

#include <QWidget>

namespace dtr::gui {

class LayerStrip : public QWidget
{
    Q_OBJECT

public:
    explicit LayerStrip(LayerTableModel *model, QWidget *parent = nullptr);

    // The layer under a point (widget coordinates), or -1.
    int layerAt(const QPoint &pos) const;
    // The rectangle of a layer's cell (widget coordinates).
    QRect cellRect(int layer) const;
    int currentLayer() const { return m_current; }
    void setCurrentLayer(int layer);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;
    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override;

    static LayerConstraint nextConstraint(LayerConstraint c);

Q_SIGNALS:
    void constraintRequested(int layer, dtr::gui::LayerConstraint constraint);
    void currentLayerChanged(int layer);
    // The height the cells and the legend need at the current width.
    void neededHeightChanged(int height);

protected:
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;
    bool event(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    int columnsFor(int width) const;
    int rowsFor(int width) const;
    int cellsHeight(int width) const;
    void paintCell(QPainter &p, int layer, const QRect &r) const;
    void paintLegend(QPainter &p, const QRect &r) const;
    QString cellToolTip(int layer) const;
    void request(int layer, LayerConstraint c);

    LayerTableModel *m_model;
    int m_current = -1;
};

} // namespace dtr::gui
