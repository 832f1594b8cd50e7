#include "layertablemodel.h"

#include "displaynames.h"

#include <QLocale>

#include <algorithm>

namespace dtr::gui {

namespace {

const double kNaN = std::numeric_limits<double>::quiet_NaN();

QString lossText(double v)
{
    return std::isnan(v) ? QString() : QLocale().toString(v, 'g', 3);
}

} // namespace

LayerTableModel::LayerTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void LayerTableModel::setLayers(const std::vector<dtr::LayerSummary> &layers)
{
    beginResetModel();
    m_layers = layers;
    m_constraints.assign(layers.size(), LayerConstraint::Free);
    m_initial.assign(layers.size(), kNaN);
    m_final.assign(layers.size(), kNaN);
    m_runId = 0;
    endResetModel();
}

LayerConstraint LayerTableModel::constraint(int layer) const
{
    return layer >= 0 && layer < static_cast<int>(m_constraints.size()) ? m_constraints[static_cast<std::size_t>(layer)]
                                                                         : LayerConstraint::Free;
}

void LayerTableModel::emitRowChanged(int row)
{
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

void LayerTableModel::setConstraint(int layer, LayerConstraint c)
{
    if (layer < 0 || layer >= static_cast<int>(m_constraints.size()) || m_constraints[static_cast<std::size_t>(layer)] == c)
        return;
    m_constraints[static_cast<std::size_t>(layer)] = c;
    emitRowChanged(layer);
}

std::vector<std::int64_t> LayerTableModel::layersWith(LayerConstraint c) const
{
    std::vector<std::int64_t> out;
    for (std::size_t i = 0; i < m_constraints.size(); ++i)
        if (m_constraints[i] == c)
            out.push_back(static_cast<std::int64_t>(i));
    return out;
}

void LayerTableModel::setConstraints(const std::vector<std::int64_t> &pinned, const std::vector<std::int64_t> &forbidden)
{
    std::vector<LayerConstraint> next(m_layers.size(), LayerConstraint::Free);
    for (std::int64_t l : pinned)
        if (l >= 0 && l < static_cast<std::int64_t>(next.size()))
            next[static_cast<std::size_t>(l)] = LayerConstraint::Pinned;
    for (std::int64_t l : forbidden)
        if (l >= 0 && l < static_cast<std::int64_t>(next.size()))
            next[static_cast<std::size_t>(l)] = LayerConstraint::Forbidden;
    if (next == m_constraints)
        return;
    m_constraints = std::move(next);
    if (!m_layers.empty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

void LayerTableModel::setHeldout(const std::vector<double> &initial, const std::vector<double> &final,
                                 const std::string &linearMixer, qint64 runId)
{
    m_initial.assign(m_layers.size(), kNaN);
    m_final.assign(m_layers.size(), kNaN);
    for (std::size_t i = 0; i < m_layers.size(); ++i) {
        if (i < initial.size())
            m_initial[i] = initial[i];
        if (i < final.size())
            m_final[i] = final[i];
    }
    m_linearMixer = linearMixer;
    m_runId = runId;
    if (!m_layers.empty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

void LayerTableModel::clearHeldout()
{
    setHeldout({}, {}, {}, 0);
}

double LayerTableModel::initialHeldout(int layer) const
{
    return layer >= 0 && layer < static_cast<int>(m_initial.size()) ? m_initial[static_cast<std::size_t>(layer)] : kNaN;
}

double LayerTableModel::finalHeldout(int layer) const
{
    return layer >= 0 && layer < static_cast<int>(m_final.size()) ? m_final[static_cast<std::size_t>(layer)] : kNaN;
}

std::pair<double, double> LayerTableModel::heldoutRange() const
{
    double lo = kNaN, hi = kNaN;
    for (double v : m_final) {
        if (!(v > 0) || !std::isfinite(v))
            continue;
        lo = std::isnan(lo) ? v : std::min(lo, v);
        hi = std::isnan(hi) ? v : std::max(hi, v);
    }
    return {lo, hi};
}

std::string LayerTableModel::displayedMixer(int layer) const
{
    if (layer < 0 || layer >= static_cast<int>(m_layers.size()))
        return {};
    if (m_preview) {
        if (std::find(m_previewLayers.begin(), m_previewLayers.end(), layer) != m_previewLayers.end())
            return m_previewMixer.empty() ? std::string("linear") : m_previewMixer;
        return m_layers[static_cast<std::size_t>(layer)].mixer;
    }
    if (constraint(layer) == LayerConstraint::Pinned)
        return m_linearMixer.empty() ? std::string("linear") : m_linearMixer;
    return m_layers[static_cast<std::size_t>(layer)].mixer;
}

void LayerTableModel::setPreview(const std::vector<std::int64_t> &linearLayers, const std::string &mixer)
{
    m_preview = true;
    m_previewLayers = linearLayers;
    m_previewMixer = mixer;
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

void LayerTableModel::clearPreview()
{
    if (!m_preview)
        return;
    m_preview = false;
    m_previewLayers.clear();
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
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
            return dtr::gui::mixerDisplayName(displayedMixer(index.row()));
        case ConstraintColumn:
            return constraintName(constraint(index.row()));
        case HeldoutColumn:
            return lossText(finalHeldout(index.row()));
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
            return QString::fromStdString(displayedMixer(index.row()));
        case ConstraintColumn:
            return static_cast<int>(constraint(index.row()));
        case HeldoutColumn:
            return finalHeldout(index.row());
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
            return mixerColor(displayedMixer(index.row()));
        if (index.column() == HeldoutColumn && !std::isnan(finalHeldout(index.row()))) {
            const auto [lo, hi] = heldoutRange();
            return lossColor(lossPosition(finalHeldout(index.row()), lo, hi));
        }
        break;
    case Qt::ToolTipRole:
        if (index.column() == MixerColumn)
            return QString::fromStdString(displayedMixer(index.row()));
        if (index.column() == HeldoutColumn && !std::isnan(finalHeldout(index.row())))
            return tr("Held-out loss of run %1: %2 at the start, %3 at the end")
                .arg(m_runId)
                .arg(lossText(initialHeldout(index.row())), lossText(finalHeldout(index.row())));
        if (index.column() == TotalParamsColumn)
            return tr("Attention %1 + MLP %2 + norms %3")
                .arg(locale.toString(qlonglong(layer.attentionParams)),
                     locale.toString(qlonglong(layer.mlpParams)),
                     locale.toString(qlonglong(layer.normParams)));
        break;
    case Qt::TextAlignmentRole:
        if (index.column() == MixerColumn || index.column() == ConstraintColumn)
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
        case ConstraintColumn:
            return tr("Constraint");
        case HeldoutColumn:
            return tr("Held-out loss");
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
            return tr("The token mixer of the layer (a pinned layer shows the linear mixer it becomes)");
        case ConstraintColumn:
            return tr("Free: the search decides; pinned: linear from the start; forbidden: stays full attention");
        case HeldoutColumn:
            return tr("Final held-out distillation loss (MSE) of the selected run");
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
    return dtr::gui::mixerDisplayName(mixer);
}

QString LayerTableModel::constraintName(LayerConstraint c)
{
    switch (c) {
    case LayerConstraint::Pinned:
        return tr("pinned linear");
    case LayerConstraint::Forbidden:
        return tr("forbidden");
    case LayerConstraint::Free:
        break;
    }
    return tr("free");
}

QColor LayerTableModel::lossColor(double t)
{
    // Viridis, reversed: low loss (good) light yellow-green, high loss dark purple.
    static const QColor stops[] = {QColor(0xfd, 0xe7, 0x25), QColor(0x5e, 0xc9, 0x62), QColor(0x21, 0x91, 0x8c),
                                   QColor(0x3b, 0x52, 0x8b), QColor(0x44, 0x01, 0x54)};
    if (std::isnan(t))
        return QColor(0xdd, 0xdd, 0xdd);
    t = std::clamp(t, 0.0, 1.0) * 4.0;
    const int i = std::min(3, static_cast<int>(t));
    const double f = t - i;
    const QColor &a = stops[i], &b = stops[i + 1];
    return QColor::fromRgbF(static_cast<float>(a.redF() + (b.redF() - a.redF()) * f),
                            static_cast<float>(a.greenF() + (b.greenF() - a.greenF()) * f),
                            static_cast<float>(a.blueF() + (b.blueF() - a.blueF()) * f));
}

double LayerTableModel::lossPosition(double loss, double low, double high)
{
    if (!(loss > 0) || !(low > 0) || !(high > 0))
        return kNaN;
    if (high <= low)
        return 0.5;
    return std::clamp((std::log(loss) - std::log(low)) / (std::log(high) - std::log(low)), 0.0, 1.0);
}

QColor LayerTableModel::mixerColor(const std::string &mixer)
{
    if (mixer == "full_attention")
        return QColor(0x3b, 0x6e, 0xa8);  // blue: the teacher's attention
    if (mixer == "gla")
        return QColor(0x2e, 0x9e, 0x6b);  // green
    if (mixer == "gdn")
        return QColor(0xd0, 0x8c, 0x2f);  // amber
    if (mixer == "linear")
        return QColor(0x8a, 0x6d, 0xb0);  // violet: linear, mixer not known yet
    return QColor(0x88, 0x88, 0x88);
}

} // namespace dtr::gui
