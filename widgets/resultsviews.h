#pragma once

// The views of stage 2's results, wired to each other and to the layer map: the
// configurations list, the side-by-side comparison, the replacement orders, and the
// layer map's what-if panel. The window adds their tabs and tells them when the project
// opens, closes or changes; everything between them (Compare, Show in Layer Map, the
// map's speed-up as it is edited, a saved map appearing in the list) is wired here, so
// the main window stays a thin shell.

#include <QObject>
#include <QString>
#include <QStringList>
#include <QVector>

#include <functional>
#include <memory>

QT_BEGIN_NAMESPACE
class QTabWidget;
class QWidget;
QT_END_NAMESPACE

namespace dtr {
class Job;
}

namespace dtr::gui {

class ComparisonView;
class ConfigurationsView;
class JobRunner;
class LayerMapView;
class OrdersView;
class SearchView;
class WhatIfPanel;

class ResultsViews : public QObject
{
    Q_OBJECT

public:
    using Starter = std::function<JobRunner *(std::unique_ptr<dtr::Job> job, const QString &title)>;

    // Adds the Configurations, Comparison and Orders tabs to `tabs` and the what-if panel
    // under the layer map's cells.
    ResultsViews(LayerMapView *layerMap, SearchView *search, QTabWidget *tabs, QObject *parent = nullptr);
    ~ResultsViews() override;

    void setStarter(const Starter &starter);
    void setProject(const QString &projectPath, int numLayers);
    void clearProject();
    // The project was read again: the view in front reads its data again.
    void projectRefreshed();
    // Once the configurations have been read: compares those with these names (the
    // command line's --compare) and shows the comparison.
    void compareWhenRead(const QStringList &names);
    // "configurations", "comparison", "orders"; false for another name.
    bool showView(const QString &name);

    ConfigurationsView *configurations() const { return m_configs; }
    ComparisonView *comparison() const { return m_compare; }
    OrdersView *orders() const { return m_orders; }
    WhatIfPanel *whatIf() const { return m_whatIf; }

private:
    // Shows these configurations (as the list last read them) side by side.
    void compare(const QVector<qint64> &ids);
    void refreshVisible();

    LayerMapView *m_layerMap;
    SearchView *m_search;
    QTabWidget *m_tabs;
    ConfigurationsView *m_configs = nullptr;
    ComparisonView *m_compare = nullptr;
    OrdersView *m_orders = nullptr;
    WhatIfPanel *m_whatIf = nullptr;
    QString m_projectPath;
    int m_numLayers = 0;
    QVector<qint64> m_compared;
    QStringList m_pendingCompare;
};

} // namespace dtr::gui
