#pragma once

// The project's runs: its distillation runs (mixer, status, steps, layers) and searches
// (strategy, metric, status, rounds), from the project summary the open / refresh job
// returns. Runs started elsewhere (dtr in a terminal) appear on refresh.

#include <nlohmann/json_fwd.hpp>

#include <QWidget>

QT_BEGIN_NAMESPACE
class QTreeWidget;
QT_END_NAMESPACE

namespace dtr::gui {

class RunsView : public QWidget
{
    Q_OBJECT

public:
    explicit RunsView(QWidget *parent = nullptr);

    // summary: dtr::projectSummaryJson (distill_runs, search_runs).
    void setSummary(const nlohmann::json &summary);
    void clear();

    int distillRunCount() const;
    int searchCount() const;
    QTreeWidget *tree() const { return m_tree; }

private:
    QTreeWidget *m_tree = nullptr;
};

// The project's status words (completed, running, cancelled, failed, pending), translated.
QString runStatusText(const QString &status);

} // namespace dtr::gui
