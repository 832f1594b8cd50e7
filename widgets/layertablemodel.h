#pragma once

#include "model/model_summary.h"

#include <QAbstractTableModel>
#include <QColor>

#include <cmath>
#include <limits>
#include <string>
#include <vector>

namespace dtr::gui {

// A layer's constraint in the layer map (stored in the project, the defaults of a search).
enum class LayerConstraint { Free, Pinned, Forbidden };

// One row per decoder layer of a model: index, token mixer (a pinned layer shows the
// linear mixer it becomes), constraint, the selected run's held-out loss, sliding window
// and the parameter counts of the layer's parts. DisplayRole gives formatted text;
// RawValueRole gives the plain value (qlonglong for numbers, the mixer id as QString,
// the constraint as int, the loss as double, NaN when there is none).
class LayerTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        IndexColumn,
        MixerColumn,
        ConstraintColumn,
        HeldoutColumn,
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

    void setLayers(const std::vector<dtr::LayerSummary> &layers); // constraints become free
    void clear();
    const std::vector<dtr::LayerSummary> &layers() const { return m_layers; }

    // Constraints (emit dataChanged; out-of-range layers are ignored).
    LayerConstraint constraint(int layer) const;
    void setConstraint(int layer, LayerConstraint constraint);
    // Pinned and forbidden layer indices, ascending.
    std::vector<std::int64_t> layersWith(LayerConstraint constraint) const;
    void setConstraints(const std::vector<std::int64_t> &pinned, const std::vector<std::int64_t> &forbidden);

    // The held-out loss per layer of the selected distillation run (NaN: none), and the
    // run's linear mixer (what a pinned layer becomes; empty: unknown).
    void setHeldout(const std::vector<double> &initial, const std::vector<double> &final, const std::string &linearMixer,
                    qint64 runId);
    void clearHeldout();
    double initialHeldout(int layer) const;
    double finalHeldout(int layer) const;
    qint64 heldoutRunId() const { return m_runId; } // 0: none
    const std::string &linearMixer() const { return m_linearMixer; }
    // The range of the final held-out losses shown (NaN, NaN when there are none).
    std::pair<double, double> heldoutRange() const;
    // The mixer the layer map shows for a layer: its own, or the linear mixer when pinned;
    // while a configuration is previewed, that configuration's.
    std::string displayedMixer(int layer) const;

    // Shows a configuration (its linear layers with `mixer`, the rest attention) instead
    // of what the constraints make of the model, until clearPreview().
    void setPreview(const std::vector<std::int64_t> &linearLayers, const std::string &mixer);
    void clearPreview();
    bool hasPreview() const { return m_preview; }
    const std::vector<std::int64_t> &previewLayers() const { return m_previewLayers; }

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    // Parameters of one layer: attention + MLP + norms.
    static qint64 layerParams(const dtr::LayerSummary &layer);
    // displaynames.h's mixerDisplayName (kept for the callers that know the model).
    static QString mixerDisplayName(const std::string &mixer);
    // The colour that stands for a mixer id in the layer map.
    static QColor mixerColor(const std::string &mixer);
    static QString constraintName(LayerConstraint constraint);
    // The colour of a loss on the held-out scale: t in [0, 1] from low to high loss.
    static QColor lossColor(double t);
    // Where a loss lies on the (logarithmic) scale of [low, high], in [0, 1].
    static double lossPosition(double loss, double low, double high);

private:
    void emitRowChanged(int row);

    std::vector<dtr::LayerSummary> m_layers;
    std::vector<LayerConstraint> m_constraints;
    std::vector<double> m_initial, m_final;
    std::string m_linearMixer;
    qint64 m_runId = 0;
    bool m_preview = false;
    std::vector<std::int64_t> m_previewLayers;
    std::string m_previewMixer;
};

} // namespace dtr::gui
