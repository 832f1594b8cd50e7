#pragma once

#include <nlohmann/json.hpp>

#include <QDateTime>
#include <QMainWindow>

#include <functional>
#include <memory>
#include <string>

QT_BEGIN_NAMESPACE
class QAction;
class QDockWidget;
class QCloseEvent;
class QLabel;
class QMenu;
class QProgressBar;
class QTabWidget;
class QTimer;
QT_END_NAMESPACE

namespace dtr {
struct ModelSummary;
}

namespace dtr::gui {

class DistillView;
class SearchView;
class JobRunner;
class JobsView;
class RunsView;
class LayerMapView;
class ModelInfoPanel;
class ResultsViews;

// The workbench window. It only wires actions, docks and the status bar; each view is
// its own widget: the central tabs hold the layer map (LayerMapView), the distillation
// view (DistillView), the search view (SearchView) and the results views
// (ResultsViews: configurations, comparison, orders); docks hold the model
// information, the jobs and the project's runs.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    // Reads a model folder's summary. Runs on a worker thread; throws on failure.
    using ModelLoader = std::function<dtr::ModelSummary(const std::string &modelDir)>;

    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // Starts reading the model folder on a worker thread and returns at once; emits
    // modelLoaded() or modelLoadFailed() later. A newer call supersedes a running one.
    void openModel(const QString &dir);
    bool isLoading() const;

    // Projects (.dtr). openProject() reads the project through the job layer (the jobs
    // dock lists it), then opens its model; a moved or changed model offers Relocate.
    // createProject() hashes the model in a job and opens the new project.
    void openProject(const QString &path);
    void createProject(const QString &modelDir, const QString &path);
    void closeProject();
    // Re-reads the open project (runs, searches) off the GUI thread; also done by itself
    // within seconds when the file changes (a run started from dtr in a terminal).
    void refreshProject();
    QString projectPath() const { return m_projectPath; }
    // Recently opened projects, newest first (QSettings).
    QStringList recentProjects() const;

    // The folder of the open model (absolute); empty while none is open.
    QString modelDir() const;
    // The open model's summary; nullptr while none is open.
    const dtr::ModelSummary *modelSummary() const;

    // Whether a failed load also shows a (non-blocking) message box; default true.
    void setShowErrorDialogs(bool show);
    bool showErrorDialogs() const;

    // Replaces dtr::summarizeModel as the loader (tests use this to slow it down).
    void setModelLoader(ModelLoader loader);

    LayerMapView *layerMapView() const { return m_layerMap; }
    DistillView *distillView() const { return m_distill; }
    SearchView *searchView() const { return m_search; }
    QTabWidget *views() const { return m_views; }
    // The configurations, comparison and orders views and the layer map's what-if panel.
    ResultsViews *results() const { return m_results; }
    // Shows a central view by name ("layer-map", "distillation", "search",
    // "configurations", "comparison", "orders"); false for another name.
    bool showView(const QString &name);
    // The layer constraints are being written to the project (or wait to be).
    bool isSavingConstraints() const;
    JobsView *jobsView() const { return m_jobs; }
    RunsView *runsView() const { return m_runs; }
    ModelInfoPanel *modelInfoPanel() const { return m_infoPanel; }

Q_SIGNALS:
    void modelLoaded(const QString &dir);
    void modelLoadFailed(const QString &message);
    void projectOpened(const QString &path);
    void projectOpenFailed(const QString &message);
    // The project was read again (open or refresh) and the views show it.
    void projectRefreshed();
    // The layer constraints were stored in the project (or failed to be: message).
    void constraintsSaved();
    void constraintsSaveFailed(const QString &message);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createActions();
    void createDocks();
    void createStatusBar();

    void openModelFolder();
    void newProjectDialog();
    void openProjectDialog();
    void projectOpenFinished(JobRunner *runner, const QString &path);
    void showProjectFailure(const QString &path, const QString &error);
    void offerRelocate(const QString &path, const QString &modelPath, const QString &status);
    void addRecentProject(const QString &path);
    void updateRecentMenu();
    QDateTime projectFileStamp() const;
    void readSettings();
    void writeSettings();
    void about();
    void loadFinished(JobRunner *runner, const QString &dir);
    void showLoadFailure(const QString &dir, const QString &error);
    void setBusy(bool busy);
    void updateWindowTitle();
    void applyProjectSummary(const nlohmann::json &summary);
    void applyConstraintsFromProject();
    void saveConstraints();
    void layerMapEdited(bool save);
    void preferences();

    ModelLoader m_loader;
    JobRunner *m_loadRunner = nullptr;
    std::shared_ptr<const dtr::ModelSummary> m_summary;
    QString m_modelDir;
    bool m_showErrorDialogs = true;

    LayerMapView *m_layerMap = nullptr;
    DistillView *m_distill = nullptr;
    SearchView *m_search = nullptr;
    ResultsViews *m_results = nullptr;
    QTabWidget *m_views = nullptr;
    nlohmann::json m_projectSummary;
    JobRunner *m_constraintWriter = nullptr;
    bool m_constraintsDirty = false;
    ModelInfoPanel *m_infoPanel = nullptr;
    QDockWidget *m_infoDock = nullptr;
    JobsView *m_jobs = nullptr;
    RunsView *m_runs = nullptr;
    QDockWidget *m_runsDock = nullptr;
    JobRunner *m_refreshRunner = nullptr;
    QTimer *m_watchTimer = nullptr;
    QDateTime m_projectStamp;
    QDockWidget *m_jobsDock = nullptr;
    QString m_projectPath;
    bool m_projectReadOnly = false; // the file (or its folder) may not be written
    QMenu *m_recentMenu = nullptr;
    QAction *m_newProjectAction = nullptr;
    QAction *m_openProjectAction = nullptr;
    QAction *m_closeProjectAction = nullptr;
    QProgressBar *m_busyIndicator = nullptr;
    QLabel *m_modelLabel = nullptr;
    QLabel *m_readOnlyLabel = nullptr; // "Read-only" in the status bar while the project is

    QAction *m_openAction = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_aboutAction = nullptr;
    QAction *m_aboutQtAction = nullptr;
};

} // namespace dtr::gui
