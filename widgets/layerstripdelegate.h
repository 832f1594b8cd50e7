#pragma once

// The configurations list's Linear column (ConfigurationsView): the number of linear
// layers, then one small cell per layer (linear: the mixer's colour, full attention: the
// attention blue), as on the layer map.

#include <QStyledItemDelegate>

namespace dtr::gui {

class LayerStripDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;
    int numLayers = 0;

    static constexpr int kCell = 7, kGap = 1, kTextWidth = 26;

    void paint(QPainter *p, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};

} // namespace dtr::gui
