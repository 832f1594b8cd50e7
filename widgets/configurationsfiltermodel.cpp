#include "configurationsfiltermodel.h"

#include "configurationsview.h"

namespace dtr::gui {

namespace {

using Col = ConfigurationsView::Column;

} // namespace

ConfigurationsFilterModel::ConfigurationsFilterModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setRecursiveFilteringEnabled(true);
    setSortRole(ConfigurationsView::SortRole);
}

bool ConfigurationsFilterModel::filterAcceptsRow(int row, const QModelIndex &parent) const
{
    const QAbstractItemModel *m = sourceModel();
    const QModelIndex name = m->index(row, Col::NameColumn, parent);
    if (name.data(ConfigurationsView::IdRole).toLongLong() <= 0)
        return false; // a group row: shown through its children
    const auto key = [&](int column) {
        return m->index(row, column, parent).data(ConfigurationsView::FilterKeyRole).toString();
    };
    if (!task.isEmpty() && key(Col::TaskColumn) != task)
        return false;
    if (!mixer.isEmpty() && key(Col::MixerColumn) != mixer)
        return false;
    if (!strategy.isEmpty() && key(Col::StrategyColumn) != strategy)
        return false;
    if (text.isEmpty())
        return true;
    for (int c : {int(Col::NameColumn), int(Col::TaskColumn), int(Col::MixerColumn), int(Col::StrategyColumn)})
        if (m->index(row, c, parent).data(Qt::DisplayRole).toString().contains(text, Qt::CaseInsensitive))
            return true;
    return false;
}

bool ConfigurationsFilterModel::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    const QVariant a = left.data(ConfigurationsView::SortRole), b = right.data(ConfigurationsView::SortRole);
    const bool ascending = sortOrder() == Qt::AscendingOrder;
    if (!a.isValid() || !b.isValid()) {
        // Without a value: last in either order.
        if (a.isValid() == b.isValid())
            return left.row() < right.row();
        return ascending ? a.isValid() : !a.isValid();
    }
    const auto numeric = [](const QVariant &v) {
        const int t = v.typeId();
        return t == QMetaType::Double || t == QMetaType::Int || t == QMetaType::LongLong;
    };
    if (numeric(a) && numeric(b)) {
        if (a.toDouble() != b.toDouble())
            return a.toDouble() < b.toDouble();
        return left.row() < right.row();
    }
    const int c = QString::localeAwareCompare(a.toString(), b.toString());
    return c != 0 ? c < 0 : left.row() < right.row();
}

} // namespace dtr::gui
