#pragma once

#include "model/model_summary.h"

#include <QAbstractTableModel>
#include <QColor>

#include <string>
#include <vector>

namespace dtr::gui {

// One row per decoder layer of a model: index, token mixer, sliding window and the
// parameter counts of the layer's parts. DisplayRole gives formatted text; RawValueRole
// gives the plain value (qlonglong for numbers, the mixer id as QString).
class LayerTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        IndexColumn,
        MixerColumn,
        SlidingWindowColumn,
        AttentionParamsColumn,
        MlpParamsColumn,
        TotalParamsColumn,
        ColumnCount
    };

    enum Role {
        RawValueRole = Qt::UserRole
    };

    explicit LayerTableModel(QObject *parent = nullptr);

    void setLayers(const std::vector<dtr::LayerSummary> &layers);
    void clear();
    const std::vector<dtr::LayerSummary> &layers() const { return m_layers; }

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    // Parameters of one layer: attention + MLP + norms.
    static qint64 layerParams(const dtr::LayerSummary &layer);
    // Translated, human-readable name of a mixer id such as "full_attention".
    static QString mixerDisplayName(const std::string &mixer);
    // The colour that stands for a mixer id in the layer map.
    static QColor mixerColor(const std::string &mixer);

private:
    std::vector<dtr::LayerSummary> m_layers;
};

} // namespace dtr::gui
