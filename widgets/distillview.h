#pragma once

// The distillation view (stage 1 in the window): a validated settings form, Start,
// Cancel and Resume, the project's runs (status, steps, tokens/s), live per-layer loss
// curves (LossPlot) and the held-out loss per layer, initial against final (HeldoutBars).
//
// Jobs start through a Starter (the window's jobs dock), so they are listed, cancellable
// and run on worker threads; the view only reacts to their queued progress. A selected
// past run's curves are read from the project by a quiet worker job; a live run's points
// arrive from its progress and are replaced by the stored rows when it ends, so what is
// plotted is what the project holds.

#include "formfields.h"

#include <nlohmann/json_fwd.hpp>

#include <QPointer>
#include <QVector>
#include <QWidget>

#include <cstdint>
#include <functional>
#include <memory>
#include <vector>

QT_BEGIN_NAMESPACE
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QSpinBox;
class QTreeWidget;
QT_END_NAMESPACE

namespace dtr {
class Job;
struct DistillSettings;
struct JobOutcome;
struct JobProgress;
struct ModelSummary;
}

namespace dtr::gui {

class HeldoutBars;
class JobRunner;
class LossPlot;

class DistillView : public QWidget
{
    Q_OBJECT

public:
    using Starter = std::function<JobRunner *(std::unique_ptr<dtr::Job> job, const QString &title)>;

    explicit DistillView(QWidget *parent = nullptr);
    ~DistillView() override;

    void setStarter(Starter starter);
    // The open project and its model (sizes the form's limits). The form is prefilled
    // from the newest run's settings, if any.
    void setProject(const QString &projectPath, const dtr::ModelSummary &model);
    void clearProject();
    // projectSummaryJson's distill_runs; called on every refresh of the project.
    void setRuns(const nlohmann::json &distillRuns);
    // The layers the layer map leaves to distil (not forbidden), unless the user typed
    // their own list.
    void setLayerMapLayers(const std::vector<std::int64_t> &layers);

    // Checks the form; shows each problem next to its field. True when it can start.
    bool validate();
    // The settings the form describes (after validate()).
    dtr::DistillSettings settings() const;
    void start();
    void cancel();
    void resume();

    void selectRun(qint64 runId);
    qint64 selectedRun() const;
    qint64 shownRun() const { return m_shownRun; }
    // A job started from this view is running.
    bool isRunning() const;
    // Reading the shown run's losses from the project is still under way.
    bool isLoading() const { return !m_loader.isNull(); }

    LossPlot *lossPlot() const { return m_plot; }
    HeldoutBars *heldoutBars() const { return m_bars; }
    QTreeWidget *runList() const { return m_runs; }

    enum RunColumn { RunIdColumn, RunMixerColumn, RunStatusColumn, RunStepsColumn, RunRateColumn, RunLayersColumn,
                     RunStartedColumn, RunColumnCount };

Q_SIGNALS:
    void runSelected(qint64 runId);
    // A run started from the view stored its first step, or a job of the view ended.
    void runActivity();

private:
    QWidget *addField(const QString &label, QWidget *editor, const QString &key);
    void setError(const QString &key, const QString &message);
    void clearErrors();
    void prefill(const nlohmann::json &settings);
    void addCalibrationFiles();
    void removeCalibrationFiles();
    void updateButtons();
    void startJob(std::unique_ptr<dtr::Job> job, const QString &title, bool resumed, qint64 runId);
    void onProgress(const QVector<dtr::JobProgress> &batch);
    void onFinished(const dtr::JobOutcome &outcome);
    void showRun(qint64 runId);
    void loadRun(qint64 runId);
    void applyLoaded(const nlohmann::json &losses);
    void updateBars();

    Starter m_starter;
    QString m_projectPath;
    std::int64_t m_numLayers = 0;
    std::vector<nlohmann::json> m_runData; // per row of m_runs

    // form
    QComboBox *m_mixer = nullptr;
    QListWidget *m_calib = nullptr;
    QSpinBox *m_steps = nullptr, *m_seqLen = nullptr, *m_batch = nullptr, *m_seed = nullptr, *m_threads = nullptr;
    QLineEdit *m_lr = nullptr, *m_layers = nullptr;
    QComboBox *m_init = nullptr;
    FormFields m_fields;
    bool m_layersEdited = false;
    QString m_layerMapText;
    QPushButton *m_start = nullptr, *m_cancel = nullptr, *m_resume = nullptr;
    QLabel *m_status = nullptr;

    QTreeWidget *m_runs = nullptr;
    LossPlot *m_plot = nullptr;
    HeldoutBars *m_bars = nullptr;

    QPointer<JobRunner> m_runner; // the view's running distillation
    qint64 m_liveRun = 0;         // run of m_runner, once known
    bool m_followLive = false;    // show the live run (false: the user picked another)
    QPointer<JobRunner> m_loader; // reading the shown run's losses
    qint64 m_shownRun = 0;
    struct LivePoint
    {
        qint64 layer;
        bool heldout;
        double step, loss;
    };
    std::vector<LivePoint> m_buffered; // live points that arrived while loading
    std::vector<qint64> m_shownLayers;
};

} // namespace dtr::gui
