#include "layertablemodel.h"

#include <QLocale>

namespace dtr::gui {

LayerTableModel::LayerTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void LayerTableModel::setLayers(const std::vector<dtr::LayerSummary> &layers)
{
    beginResetModel();
    m_layers = layers;
    endResetModel();
}

void LayerTableModel::clear()
{
    setLayers({});
}

int LayerTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_layers.size());
}

int LayerTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant LayerTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount() || index.column() >= ColumnCount)
        return {};
    const dtr::LayerSummary &layer = m_layers[static_cast<std::size_t>(index.row())];
    const QLocale locale;

    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case IndexColumn:
            return QString::number(layer.index);
        case MixerColumn:
            return mixerDisplayName(layer.mixer);
        case SlidingWindowColumn:
            return layer.slidingWindow > 0 ? locale.toString(qlonglong(layer.slidingWindow))
                                           : tr("none", "sliding window");
        case AttentionParamsColumn:
            return locale.toString(qlonglong(layer.attentionParams));
        case MlpParamsColumn:
            return locale.toString(qlonglong(layer.mlpParams));
        case TotalParamsColumn:
            return locale.toString(qlonglong(layerParams(layer)));
        }
        break;
    case RawValueRole:
        switch (index.column()) {
        case IndexColumn:
            return qlonglong(layer.index);
        case MixerColumn:
            return QString::fromStdString(layer.mixer);
        case SlidingWindowColumn:
            return qlonglong(layer.slidingWindow);
        case AttentionParamsColumn:
            return qlonglong(layer.attentionParams);
        case MlpParamsColumn:
            return qlonglong(layer.mlpParams);
        case TotalParamsColumn:
            return qlonglong(layerParams(layer));
        }
        break;
    case Qt::DecorationRole:
        if (index.column() == MixerColumn)
            return mixerColor(layer.mixer);
        break;
    case Qt::ToolTipRole:
        if (index.column() == MixerColumn)
            return QString::fromStdString(layer.mixer);
        if (index.column() == TotalParamsColumn)
            return tr("Attention %1 + MLP %2 + norms %3")
                .arg(locale.toString(qlonglong(layer.attentionParams)),
                     locale.toString(qlonglong(layer.mlpParams)),
                     locale.toString(qlonglong(layer.normParams)));
        break;
    case Qt::TextAlignmentRole:
        if (index.column() == MixerColumn)
            return QVariant::fromValue(Qt::AlignLeft | Qt::AlignVCenter);
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    }
    return {};
}

QVariant LayerTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::DisplayRole) {
        switch (section) {
        case IndexColumn:
            return tr("Layer");
        case MixerColumn:
            return tr("Mixer");
        case SlidingWindowColumn:
            return tr("Sliding window");
        case AttentionParamsColumn:
            return tr("Attention params");
        case MlpParamsColumn:
            return tr("MLP params");
        case TotalParamsColumn:
            return tr("Total params");
        }
    } else if (role == Qt::ToolTipRole) {
        switch (section) {
        case MixerColumn:
            return tr("The token mixer of the layer");
        case SlidingWindowColumn:
            return tr("Attention window in tokens; none means full causal attention");
        case TotalParamsColumn:
            return tr("Attention, MLP and norm parameters of the layer");
        }
    }
    return {};
}

qint64 LayerTableModel::layerParams(const dtr::LayerSummary &layer)
{
    return layer.attentionParams + layer.mlpParams + layer.normParams;
}

QString LayerTableModel::mixerDisplayName(const std::string &mixer)
{
    if (mixer == "full_attention")
        return tr("full attention");
    if (mixer == "gla")
        return tr("gated linear attention");
    if (mixer == "gdn")
        return tr("Gated DeltaNet");
    return QString::fromStdString(mixer);
}

QColor LayerTableModel::mixerColor(const std::string &mixer)
{
    if (mixer == "full_attention")
        return QColor(0x3b, 0x6e, 0xa8);  // blue: the teacher's attention
    if (mixer == "gla")
        return QColor(0x2e, 0x9e, 0x6b);  // green
    if (mixer == "gdn")
        return QColor(0xd0, 0x8c, 0x2f);  // amber
    return QColor(0x88, 0x88, 0x88);
}

} // namespace dtr::gui
