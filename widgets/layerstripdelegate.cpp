#include "layerstripdelegate.h"

#include "configurationsview.h"
#include "layertablemodel.h"

#include <QApplication>
#include <QPainter>

#include <algorithm>

namespace dtr::gui {

void LayerStripDelegate::paint(QPainter *p, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const QVariant layers = index.data(ConfigurationsView::LinearLayersRole);
    if (!layers.isValid()) {
        QStyledItemDelegate::paint(p, option, index);
        return;
    }
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QString count = opt.text;
    opt.text.clear();
    const QWidget *w = opt.widget;
    QStyle *style = w ? w->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, p, w);

    const QRect r = opt.rect.adjusted(4, 0, -2, 0);
    p->save();
    p->setPen(opt.palette.color(opt.state & QStyle::State_Selected ? QPalette::HighlightedText : QPalette::Text));
    p->drawText(QRect(r.left(), r.top(), kTextWidth - 4, r.height()), Qt::AlignRight | Qt::AlignVCenter, count);
    const QVector<int> linear = layers.value<QVector<int>>();
    const std::string mixer = index.data(ConfigurationsView::FilterKeyRole).toString().toStdString();
    const QColor full = LayerTableModel::mixerColor("full_attention");
    const QColor lin = LayerTableModel::mixerColor(mixer.empty() ? std::string("linear") : mixer);
    const int h = std::min(r.height() - 6, 12);
    const int top = r.top() + (r.height() - h) / 2;
    int x = r.left() + kTextWidth;
    p->setRenderHint(QPainter::Antialiasing, false);
    for (int l = 0; l < numLayers && x + kCell <= r.right() + 1; ++l) {
        const bool isLinear = linear.contains(l);
        const QRect cell(x, top, kCell, h);
        p->fillRect(cell, isLinear ? lin : full.lighter(isLinear ? 100 : 150));
        if (isLinear)
            p->fillRect(cell.adjusted(0, h - 2, 0, 0), lin.darker(140));
        x += kCell + kGap;
    }
    p->restore();
}

QSize LayerStripDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QSize s = QStyledItemDelegate::sizeHint(option, index);
    if (index.data(ConfigurationsView::LinearLayersRole).isValid())
        s.setWidth(std::max(s.width(), kTextWidth + numLayers * (kCell + kGap) + 10));
    return s;
}

} // namespace dtr::gui
