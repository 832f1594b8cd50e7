#include "resultsviews.h"

#include "comparisonview.h"
#include "configurationsview.h"
#include "layermapview.h"
#include "ordersview.h"
#include "searchview.h"
#include "whatifpanel.h"

#include "project/configuration_catalog.h"

#include <QTabWidget>

namespace dtr::gui {

ResultsViews::ResultsViews(LayerMapView *layerMap, SearchView *search, QTabWidget *tabs, QObject *parent)
    : QObject(parent)
    , m_layerMap(layerMap)
    , m_search(search)
    , m_tabs(tabs)
{
    m_configs = new ConfigurationsView;
    m_configs->setObjectName(QStringLiteral("configurationsView"));
    m_compare = new ComparisonView;
    m_compare->setObjectName(QStringLiteral("comparisonView"));
    m_orders = new OrdersView;
    m_orders->setObjectName(QStringLiteral("ordersView"));
    m_whatIf = new WhatIfPanel;
    tabs->addTab(m_configs, tr("&Configurations"));
    tabs->addTab(m_compare, tr("Co&mparison"));
    tabs->addTab(m_orders, tr("&Orders"));
    layerMap->setFooter(m_whatIf);

    connect(m_configs, &ConfigurationsView::compareRequested, this, [this](const QVector<qint64> &ids) {
        compare(ids);
        m_tabs->setCurrentWidget(m_compare);
    });
    connect(m_configs, &ConfigurationsView::showInLayerMap, this, [this](const QString &name, const QVector<int> &linear) {
        std::string mixer;
        for (const auto &e : m_configs->entries())
            if (QString::fromStdString(e.record.name) == name)
                mixer = e.record.mixer;
        m_layerMap->showConfiguration(std::vector<std::int64_t>(linear.begin(), linear.end()), mixer,
                                      tr("Configuration \u201c%1\u201d").arg(name));
        m_tabs->setCurrentWidget(m_layerMap);
    });
    // Comparisons follow the list: new scores or benchmarks of the compared ones show.
    connect(m_configs, &ConfigurationsView::refreshed, this, [this] {
        if (!m_pendingCompare.isEmpty()) {
            QVector<qint64> ids;
            for (const QString &name : std::as_const(m_pendingCompare))
                for (const auto &e : m_configs->entries())
                    if (QString::fromStdString(e.record.name) == name)
                        ids.append(e.record.id);
            m_pendingCompare.clear();
            compare(ids);
            m_tabs->setCurrentWidget(m_compare);
        } else if (!m_compared.isEmpty()) {
            compare(m_compared);
        }
    });
    connect(m_layerMap, &LayerMapView::mapChanged, this, [this] { m_whatIf->setMap(m_layerMap->displayedLinearLayers()); });
    connect(m_layerMap, &LayerMapView::selectedRunChanged, m_whatIf,
            [this](qint64 runId) { m_whatIf->setRun(runId, m_layerMap->selectedRunStatus()); });
    connect(m_search, &SearchView::validationTaskChanged, m_whatIf, &WhatIfPanel::setTask);
    connect(m_whatIf, &WhatIfPanel::configurationSaved, m_configs, &ConfigurationsView::refresh);
    connect(m_tabs, &QTabWidget::currentChanged, this, [this] { refreshVisible(); });
}

ResultsViews::~ResultsViews() = default;

void ResultsViews::setStarter(const Starter &starter)
{
    m_configs->setStarter(starter);
    m_whatIf->setStarter(starter);
}

void ResultsViews::setProject(const QString &projectPath, int numLayers)
{
    m_projectPath = projectPath;
    m_numLayers = numLayers;
    m_compared.clear();
    m_compare->clear();
    m_configs->setProject(projectPath, numLayers);
    m_orders->setProject(projectPath);
    m_whatIf->setProject(projectPath, numLayers);
    m_whatIf->setRun(m_layerMap->selectedRun(), m_layerMap->selectedRunStatus());
    m_whatIf->setTask(m_search->validationTask());
    m_whatIf->setMap(m_layerMap->displayedLinearLayers());
}

void ResultsViews::clearProject()
{
    m_projectPath.clear();
    m_compared.clear();
    m_configs->clearProject();
    m_compare->clear();
    m_orders->clearProject();
    m_whatIf->clearProject();
}

void ResultsViews::projectRefreshed()
{
    if (m_projectPath.isEmpty())
        return;
    m_whatIf->setRun(m_layerMap->selectedRun(), m_layerMap->selectedRunStatus());
    refreshVisible();
}

void ResultsViews::refreshVisible()
{
    if (m_projectPath.isEmpty())
        return;
    QWidget *current = m_tabs->currentWidget();
    if (current == m_configs || (current == m_compare && !m_compared.isEmpty()))
        m_configs->refresh();
    else if (current == m_orders)
        m_orders->refresh();
}

void ResultsViews::compareWhenRead(const QStringList &names)
{
    m_pendingCompare = names;
}

bool ResultsViews::showView(const QString &name)
{
    if (name == QLatin1String("configurations"))
        m_tabs->setCurrentWidget(m_configs);
    else if (name == QLatin1String("comparison"))
        m_tabs->setCurrentWidget(m_compare);
    else if (name == QLatin1String("orders"))
        m_tabs->setCurrentWidget(m_orders);
    else
        return false;
    return true;
}

void ResultsViews::compare(const QVector<qint64> &ids)
{
    std::vector<dtr::ConfigurationEntry> chosen;
    for (qint64 id : ids)
        for (const auto &e : m_configs->entries())
            if (e.record.id == id)
                chosen.push_back(e);
    m_compared = ids;
    m_compare->setConfigurations(chosen, m_numLayers);
}

} // namespace dtr::gui
