#include "runsview.h"

#include <nlohmann/json.hpp>

#include <QHeaderView>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace dtr::gui {

namespace {

QString layersText(const nlohmann::json &layers)
{
    QStringList parts;
    for (const auto &l : layers)
        parts << QString::number(l.get<long long>());
    return parts.join(QLatin1Char(','));
}

QString str(const nlohmann::json &j, const char *key)
{
    auto it = j.find(key);
    return it != j.end() && it->is_string() ? QString::fromStdString(it->get<std::string>()) : QString();
}

} // namespace

QString runStatusText(const QString &status)
{
    if (status == QLatin1String("completed"))
        return RunsView::tr("completed");
    if (status == QLatin1String("running"))
        return RunsView::tr("running");
    if (status == QLatin1String("cancelled"))
        return RunsView::tr("cancelled");
    if (status == QLatin1String("failed"))
        return RunsView::tr("failed");
    if (status == QLatin1String("pending"))
        return RunsView::tr("pending");
    return status;
}

RunsView::RunsView(QWidget *parent)
    : QWidget(parent)
{
    m_tree = new QTreeWidget(this);
    m_tree->setObjectName(QStringLiteral("runsTree"));
    m_tree->setHeaderLabels({tr("Run"), tr("Status"), tr("Details")});
    m_tree->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_tree->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_tree->header()->setStretchLastSection(true);
    m_tree->setUniformRowHeights(true);
    auto layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_tree);
}

void RunsView::clear()
{
    m_tree->clear();
}

void RunsView::setSummary(const nlohmann::json &summary)
{
    m_tree->clear();
    auto distill = new QTreeWidgetItem(m_tree, {tr("Distillation runs")});
    auto searches = new QTreeWidgetItem(m_tree, {tr("Searches")});
    for (const auto &r : summary.value("distill_runs", nlohmann::json::array())) {
        auto item = new QTreeWidgetItem(distill);
        item->setText(0, tr("Run %1 \u00B7 %2").arg(r.value("id", 0LL)).arg(str(r, "mixer")));
        item->setText(1, runStatusText(str(r, "status")));
        item->setText(2, tr("%1 steps \u00B7 layers %2").arg(r.value("steps_done", 0LL)).arg(layersText(r.value("layers", nlohmann::json::array()))));
        item->setToolTip(0, item->text(2));
        const QString error = str(r, "error");
        if (!error.isEmpty())
            item->setToolTip(1, error);
    }
    for (const auto &s : summary.value("search_runs", nlohmann::json::array())) {
        auto item = new QTreeWidgetItem(searches);
        item->setText(0, tr("Search %1 \u00B7 %2").arg(s.value("id", 0LL)).arg(str(s, "strategy")));
        item->setText(1, runStatusText(str(s, "status")));
        item->setText(2, tr("%1 \u00B7 %n round(s)", nullptr, static_cast<int>(s.value("rounds", 0LL))).arg(str(s, "metric")));
        item->setToolTip(0, item->text(2));
    }
    distill->setText(1, QString::number(distill->childCount()));
    searches->setText(1, QString::number(searches->childCount()));
    m_tree->expandAll();
}

int RunsView::distillRunCount() const
{
    return m_tree->topLevelItemCount() > 0 ? m_tree->topLevelItem(0)->childCount() : 0;
}

int RunsView::searchCount() const
{
    return m_tree->topLevelItemCount() > 1 ? m_tree->topLevelItem(1)->childCount() : 0;
}

} // namespace dtr::gui
