#pragma once

// The configurations list's filter and sort (ConfigurationsView): by text and by task,
// mixer and strategy (a group row shows while one of its configurations does); sorts by
// ConfigurationsView::SortRole, rows without a value last.

#include <QSortFilterProxyModel>
#include <QString>

namespace dtr::gui {

class ConfigurationsFilterModel : public QSortFilterProxyModel
{
public:
    explicit ConfigurationsFilterModel(QObject *parent);

    QString text, task, mixer, strategy;

    void changed() { invalidateFilter(); }

protected:
    bool filterAcceptsRow(int row, const QModelIndex &parent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;
};

} // namespace dtr::gui
