#pragma once

// The configurations list's rows (ConfigurationsView): one row per configuration, under a
// group row per task, mixer, strategy or search when grouped. Renaming on the Name column
// asks the view (which runs the job) instead of changing the text: the list shows what
// the project holds.

#include "configurationsview.h"

#include <QStandardItemModel>

#include <functional>
#include <vector>

namespace dtr::gui {

class ConfigurationsModel : public QStandardItemModel
{
public:
    using QStandardItemModel::QStandardItemModel;
    std::function<void(qint64, const QString &)> onRename;

    bool setData(const QModelIndex &index, const QVariant &value, int role) override;

    // Replaces the rows with the entries (in their order), grouped or not.
    void fill(const std::vector<dtr::ConfigurationEntry> &entries, ConfigurationsView::Grouping grouping);

    // One row's items, ConfigurationsView::ColumnCount of them.
    static QList<QStandardItem *> rowFor(const dtr::ConfigurationEntry &e);
    // The group row's text of an entry ("" without grouping).
    static QString groupKey(const dtr::ConfigurationEntry &e, ConfigurationsView::Grouping grouping);
    // The plain key of the strategy column: the search's strategy, or the origin
    // ("full", "manual"); and the text shown for it.
    static QString strategyKey(const dtr::ConfigurationEntry &e);
    static QString strategyText(const QString &key);
};

} // namespace dtr::gui
