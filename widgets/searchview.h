#pragma once

// The search view (stage 2 in the window): the validation and test tasks with a preview
// of each, metric, tolerance, strategy (greedy or a baseline), the students run, the layer
// map's constraints, the maximum number of linear layers and whether to continue past
// P_min; Start, Cancel and Resume; the project's searches; the trajectory (score against
// linear layers, validation and test, intervals, P_full and P_min, M_best and M_opt, and
// the baselines on the same task and students) and the candidate matrix (rounds x layers).
//
// Jobs start through a Starter (the jobs dock), as in the distillation view. A live
// search's rounds arrive from its progress; when it ends, and for any search picked from
// the list, the plots are read from the project by a quiet worker job (ReadSearchJob), so
// what is drawn is what v_search_trajectory and v_search_rounds hold.

#include "formfields.h"

#include <nlohmann/json.hpp>

#include <QPointer>
#include <QVector>
#include <QWidget>

#include <cstdint>
#include <functional>
#include <memory>
#include <vector>

QT_BEGIN_NAMESPACE
class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QTreeWidget;
QT_END_NAMESPACE

namespace dtr {
class Job;
struct JobOutcome;
struct JobProgress;
struct ModelSummary;
struct SearchSettings;
}

namespace dtr::gui {

class CandidateMatrix;
class JobRunner;
class TrajectoryPlot;

class SearchView : public QWidget
{
    Q_OBJECT

public:
    using Starter = std::function<JobRunner *(std::unique_ptr<dtr::Job> job, const QString &title)>;

    explicit SearchView(QWidget *parent = nullptr);
    ~SearchView() override;

    void setStarter(Starter starter);
    void setProject(const QString &projectPath, const dtr::ModelSummary &model);
    void clearProject();
    // projectSummaryJson's search_runs and distill_runs, on every refresh of the project.
    void setSearches(const nlohmann::json &searchRuns);
    void setDistillRuns(const nlohmann::json &distillRuns);
    // The layer map's constraints: the search's pins and forbidden layers.
    void setConstraints(const std::vector<std::int64_t> &pinned, const std::vector<std::int64_t> &forbidden);

    // The task fields (a preview is read for each).
    void setValidationTask(const QString &path);
    void setTestTask(const QString &path);
    QString validationTask() const;

    bool validate();
    dtr::SearchSettings settings() const;
    void start();
    void cancel();
    void resume();

    void selectSearch(qint64 searchId);
    qint64 selectedSearch() const;
    qint64 shownSearch() const { return m_shownSearch; }
    bool isRunning() const;
    // Reading the shown search or a task preview is still under way.
    bool isLoading() const { return !m_loader.isNull() || !m_valPreview.isNull() || !m_testPreview.isNull(); }
    // The shown search's data as ReadSearchJob returned it (empty while live).
    const nlohmann::json &shownData() const { return m_data; }

    TrajectoryPlot *trajectoryPlot() const { return m_plot; }
    CandidateMatrix *candidateMatrix() const { return m_matrix; }
    QTreeWidget *searchList() const { return m_searches; }

    enum SearchColumn { IdColumn, StrategyColumn, TaskColumn, MetricColumn, StatusColumn, RoundsColumn, ColumnCount };

Q_SIGNALS:
    // A search started from the view stored its first round, or a job of the view ended.
    void searchActivity();
    // A candidate cell was clicked: the configuration it scored (linear layers).
    void candidateSelected(const std::vector<std::int64_t> &linearLayers, const QString &mixer, const QString &caption);
    // The validation task file changed (the layer map's what-if evaluates on it).
    void validationTaskChanged(const QString &path);

private:
    void browseTask(QLineEdit *edit);
    void previewTask(bool test);
    void updateMetrics();
    void updateButtons();
    void updateConstraintsText();
    void startJob(std::unique_ptr<dtr::Job> job, const QString &title, qint64 searchId);
    void onProgress(const QVector<dtr::JobProgress> &batch);
    void onFinished(const dtr::JobOutcome &outcome);
    void drawLive();
    void loadSearch(qint64 searchId);
    void applyLoaded(const nlohmann::json &data);
    void onCellClicked(int round, int layer);

    Starter m_starter;
    QString m_projectPath;
    std::int64_t m_numLayers = 0;
    std::vector<std::int64_t> m_pinned, m_forbidden;
    nlohmann::json m_searchRows = nlohmann::json::array();

    // form
    FormFields m_fields;
    QLineEdit *m_val = nullptr, *m_test = nullptr;
    QLabel *m_valInfo = nullptr, *m_testInfo = nullptr;
    nlohmann::json m_valTask, m_testTask; // previews (null: none)
    QComboBox *m_metric = nullptr, *m_strategy = nullptr, *m_students = nullptr;
    QDoubleSpinBox *m_tolerance = nullptr;
    QLabel *m_constraints = nullptr;
    QSpinBox *m_maxLinear = nullptr, *m_seed = nullptr;
    QCheckBox *m_continue = nullptr;
    QPushButton *m_start = nullptr, *m_cancel = nullptr, *m_resume = nullptr;
    QLabel *m_status = nullptr;

    QTreeWidget *m_searches = nullptr;
    TrajectoryPlot *m_plot = nullptr;
    CandidateMatrix *m_matrix = nullptr;

    QPointer<JobRunner> m_runner;   // the view's running search
    qint64 m_liveSearch = 0;
    bool m_followLive = false;
    QPointer<JobRunner> m_loader;   // reading the shown search
    QPointer<JobRunner> m_valPreview, m_testPreview;
    qint64 m_shownSearch = 0;
    nlohmann::json m_data;          // shown search, as read
    // The live search's points so far (drawn while it runs).
    struct Live;
    std::unique_ptr<Live> m_live;
};

} // namespace dtr::gui
