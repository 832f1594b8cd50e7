#pragma once

// The layer map's what-if panel: while a person edits a map by hand (its pinned layers)
// or looks at a configuration on it, the predicted decode speed-up and cache memory of
// that map at a chosen context, from the bytes-per-token model of `dtr bench`
// (dtr::LayerCosts, measured once per students run by a quiet worker job); and one click
// to evaluate the map on the current task (saved as a configuration, then an eval job)
// or to save it as a configuration.

#include "benchmark/layer_costs.h"

#include <QPointer>
#include <QString>
#include <QWidget>

#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <vector>

QT_BEGIN_NAMESPACE
class QComboBox;
class QLabel;
class QPushButton;
QT_END_NAMESPACE

namespace dtr {
class Job;
}

namespace dtr::gui {

class JobRunner;

class WhatIfPanel : public QWidget
{
    Q_OBJECT

public:
    using Starter = std::function<JobRunner *(std::unique_ptr<dtr::Job> job, const QString &title)>;

    explicit WhatIfPanel(QWidget *parent = nullptr);
    ~WhatIfPanel() override;

    void setStarter(Starter starter);
    void setProject(const QString &projectPath, int numLayers);
    void clearProject();
    // The students run whose students the map would use (the layer map's run), and its
    // state (its status: running, completed, ...). Its layer costs are measured once per
    // run and state: a refresh with the same run and state keeps what that measurement
    // found, costs or "no students yet"; a new state (the run completed) measures again.
    void setRun(qint64 runId, const QString &runState = QString());
    // The map shown (its linear layers) and the task a click evaluates it on.
    void setMap(const std::vector<std::int64_t> &linear);
    void setTask(const QString &taskPath);
    void setContext(qint64 tokens);
    qint64 context() const;

    bool hasCosts() const { return m_costs.has_value(); }
    const std::optional<dtr::LayerCosts> &costs() const { return m_costs; }
    // Of the map shown at the chosen context (1 when no costs are known yet).
    double predictedSpeedup() const;
    std::int64_t predictedCacheBytes() const;
    QString summaryText() const;
    QPushButton *evaluateButton() const { return m_evaluate; }
    QPushButton *saveButton() const { return m_save; }
    // How many layer-cost measurements this panel has started (tests).
    int measurements() const { return m_measurements; }

    // Saves the map as a configuration; with evaluate, then evaluates it on the task.
    // An empty name: a readable one ("hand-made · GDN · 2 linear (0, 3)").
    void saveMap(const QString &name, bool evaluate);

Q_SIGNALS:
    void costsLoaded();
    void configurationSaved(const QString &name);
    void evaluationStarted(const QString &configuration);
    void failed(const QString &message);

private:
    void loadCosts();
    void update();
    void askAndSave();
    std::vector<bool> mask() const;

    Starter m_starter;
    QString m_projectPath, m_task;
    int m_numLayers = 0;
    qint64 m_run = 0;
    QString m_runState;
    bool m_measured = false;   // a measurement of m_run in m_runState has ended
    int m_measurements = 0;
    std::vector<std::int64_t> m_linear;
    std::optional<dtr::LayerCosts> m_costs;
    QPointer<JobRunner> m_loader;
    QComboBox *m_context = nullptr;
    QLabel *m_text = nullptr;
    QPushButton *m_evaluate = nullptr;
    QPushButton *m_save = nullptr;
};

} // namespace dtr::gui
