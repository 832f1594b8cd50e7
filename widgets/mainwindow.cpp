#include "mainwindow.h"

#include "distillview.h"
#include "searchview.h"
#include "jobrunner.h"
#include "jobsview.h"
#include "layermapview.h"
#include "layerstrip.h"
#include "modelinfopanel.h"
#include "preferencesdialog.h"
#include "resultsviews.h"
#include "runsview.h"

#include "jobs/project_jobs.h"
#include "model/model_summary.h"
#include "util/versions.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QDockWidget>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QIcon>
#include <QKeySequence>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QSettings>
#include <QStatusBar>
#include <QTabWidget>
#include <QTimer>
#include <QUndoStack>

#include <exception>
#include <utility>

// Q_INIT_RESOURCE must be used outside any namespace. dtr_widgets is a static library,
// so its resources are registered explicitly rather than by a static initializer.
static void initWorkbenchResources()
{
    Q_INIT_RESOURCE(dtr_workbench);
}

namespace dtr::gui {

namespace {

const char kLastModelDirKey[] = "paths/lastModelDir";
const char kRecentKey[] = "paths/recentProjects";
const char kGeometryKey[] = "window/geometry";
const char kStateKey[] = "window/state";

QString folderName(const QString &dir)
{
    const QString name = QFileInfo(dir).fileName();
    return name.isEmpty() ? QDir::toNativeSeparators(dir) : name;
}

} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_loader([](const std::string &modelDir) { return dtr::summarizeModel(modelDir); })
{
    initWorkbenchResources();
    setObjectName(QStringLiteral("MainWindow"));

    QIcon appIcon;
    for (int size : {16, 32, 48, 64, 128, 256})
        appIcon.addFile(QStringLiteral(":/icons/dtr-workbench-%1.png").arg(size), QSize(size, size));
    setWindowIcon(appIcon);

    m_layerMap = new LayerMapView(this);
    m_layerMap->setObjectName(QStringLiteral("layerMapView"));
    m_distill = new DistillView(this);
    m_distill->setObjectName(QStringLiteral("distillView"));
    m_search = new SearchView(this);
    m_search->setObjectName(QStringLiteral("searchView"));
    m_views = new QTabWidget(this);
    m_views->setObjectName(QStringLiteral("centralViews"));
    m_views->setDocumentMode(true);
    m_views->addTab(m_layerMap, tr("&Layer Map"));
    m_views->addTab(m_distill, tr("&Distillation"));
    m_views->addTab(m_search, tr("&Search"));
    m_results = new ResultsViews(m_layerMap, m_search, m_views, this);
    setCentralWidget(m_views);

    connect(m_layerMap, &LayerMapView::constraintsEdited, this, [this] { layerMapEdited(true); });
    connect(m_layerMap, &LayerMapView::selectedRunChanged, m_distill, &DistillView::selectRun);
    connect(m_distill, &DistillView::runSelected, m_layerMap, &LayerMapView::selectRun);
    connect(m_distill, &DistillView::runActivity, this, &MainWindow::refreshProject);
    connect(m_search, &SearchView::searchActivity, this, &MainWindow::refreshProject);
    connect(m_search, &SearchView::candidateSelected, this,
            [this](const std::vector<std::int64_t> &linear, const QString &mixer, const QString &caption) {
                m_layerMap->showConfiguration(linear, mixer.toStdString(), caption);
                m_views->setCurrentWidget(m_layerMap);
            });

    createActions();
    createDocks();
    createStatusBar();
    updateWindowTitle();
    resize(1280, 800);
    readSettings();
}

MainWindow::~MainWindow() = default;

void MainWindow::readSettings()
{
    QSettings settings;
    if (!restoreGeometry(settings.value(QLatin1String(kGeometryKey)).toByteArray()))
        resize(1280, 800);
    restoreState(settings.value(QLatin1String(kStateKey)).toByteArray());
}

void MainWindow::writeSettings()
{
    QSettings settings;
    settings.setValue(QLatin1String(kGeometryKey), saveGeometry());
    settings.setValue(QLatin1String(kStateKey), saveState());
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    const int running = m_jobs->runningCount();
    if (running > 0) {
        // The one modal question of the window: closing must not leave a job half-done
        // without the user knowing; each job stops between steps and keeps what it stored.
        const auto answer = QMessageBox::question(
            this, tr("Quit DtR Workbench"),
            tr("%n job(s) still running. Cancel and quit? What they stored so far is kept, and "
               "distillations and searches can be resumed.", nullptr, running),
            QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
        if (answer != QMessageBox::Yes) {
            event->ignore();
            return;
        }
        statusBar()->showMessage(tr("Waiting for the running jobs to stop\u2026"));
        m_jobs->cancelAll();
        m_jobs->waitAll();
    }
    // The last layer-map edit is stored before the window goes (a small write).
    if (m_constraintWriter)
        m_constraintWriter->wait();
    if (m_constraintsDirty && !m_projectPath.isEmpty()) {
        const LayerTableModel *model = m_layerMap->model();
        dtr::SetLayerConstraintsJob(QFile::encodeName(m_projectPath).toStdString(),
                                    {model->layersWith(LayerConstraint::Pinned), model->layersWith(LayerConstraint::Forbidden)})
            .run();
        m_constraintsDirty = false;
    }
    writeSettings();
    event->accept();
}

QStringList MainWindow::recentProjects() const
{
    return QSettings().value(QLatin1String(kRecentKey)).toStringList();
}

void MainWindow::addRecentProject(const QString &path)
{
    QStringList list = recentProjects();
    list.removeAll(path);
    list.prepend(path);
    while (list.size() > 10)
        list.removeLast();
    QSettings().setValue(QLatin1String(kRecentKey), list);
    updateRecentMenu();
}

void MainWindow::updateRecentMenu()
{
    m_recentMenu->clear();
    const QStringList list = recentProjects();
    for (const QString &path : list) {
        QAction *a = m_recentMenu->addAction(QDir::toNativeSeparators(path));
        connect(a, &QAction::triggered, this, [this, path] { openProject(path); });
    }
    if (!list.isEmpty()) {
        m_recentMenu->addSeparator();
        connect(m_recentMenu->addAction(tr("Clear Menu")), &QAction::triggered, this, [this] {
            QSettings().remove(QLatin1String(kRecentKey));
            updateRecentMenu();
        });
    }
    m_recentMenu->setEnabled(!list.isEmpty());
}

void MainWindow::newProjectDialog()
{
    QSettings settings;
    const QString model = QFileDialog::getExistingDirectory(
        this, tr("New Project: Choose the Model Folder"), settings.value(QLatin1String(kLastModelDirKey)).toString());
    if (model.isEmpty())
        return;
    settings.setValue(QLatin1String(kLastModelDirKey), model);
    const QString suggested = QFileInfo(model).absolutePath() + QLatin1Char('/') + QFileInfo(model).fileName()
        + QStringLiteral(".dtr");
    QString path = QFileDialog::getSaveFileName(this, tr("New Project: Save As"), suggested,
                                                tr("DtR projects (*.dtr)"));
    if (path.isEmpty())
        return;
    if (!path.endsWith(QLatin1String(".dtr")))
        path += QLatin1String(".dtr");
    createProject(model, path);
}

void MainWindow::openProjectDialog()
{
    const QStringList recent = recentProjects();
    const QString start = recent.isEmpty() ? QString() : QFileInfo(recent.first()).absolutePath();
    const QString path = QFileDialog::getOpenFileName(this, tr("Open Project"), start, tr("DtR projects (*.dtr)"));
    if (!path.isEmpty())
        openProject(path);
}

void MainWindow::createProject(const QString &modelDir, const QString &path)
{
    const QString absPath = QFileInfo(path).absoluteFilePath();
    auto job = std::make_unique<dtr::CreateProjectJob>(QFile::encodeName(absPath).toStdString(),
                                                       QFile::encodeName(modelDir).toStdString());
    JobRunner *runner = m_jobs->run(std::move(job), tr("Create project %1 (hashing the model)").arg(folderName(absPath)));
    connect(runner, &JobRunner::finished, this, [this, runner, absPath] {
        if (runner->outcome().status == dtr::JobStatus::Completed)
            openProject(absPath);
        else if (runner->outcome().status == dtr::JobStatus::Failed)
            showProjectFailure(absPath, QString::fromStdString(runner->outcome().error));
    });
}

void MainWindow::openProject(const QString &path)
{
    const QString absPath = QFileInfo(path).absoluteFilePath();
    statusBar()->showMessage(tr("Opening %1\u2026").arg(QDir::toNativeSeparators(absPath)));
    JobRunner *runner = m_jobs->run(std::make_unique<dtr::OpenProjectJob>(QFile::encodeName(absPath).toStdString()),
                                    tr("Open project %1").arg(folderName(absPath)));
    connect(runner, &JobRunner::finished, this, [this, runner, absPath] { projectOpenFinished(runner, absPath); });
}

void MainWindow::projectOpenFinished(JobRunner *runner, const QString &path)
{
    const dtr::JobOutcome &o = runner->outcome();
    if (o.status != dtr::JobStatus::Completed) {
        if (o.status == dtr::JobStatus::Failed)
            showProjectFailure(path, QString::fromStdString(o.error));
        return;
    }
    const auto &model = o.result["model"];
    const QString modelPath = QString::fromStdString(model.value("path", std::string()));
    const QString status = QString::fromStdString(model.value("status", std::string()));
    m_projectPath = path;
    m_projectReadOnly = o.result.value("read_only", false);
    m_readOnlyLabel->setVisible(m_projectReadOnly);
    m_projectStamp = projectFileStamp();
    m_layerMap->undoStack()->clear();
    applyProjectSummary(o.result);
    m_closeProjectAction->setEnabled(true);
    addRecentProject(path);
    updateWindowTitle();
    if (m_projectReadOnly)
        statusBar()->showMessage(tr("%1 is open read-only: everything can be looked at, but distilling, searching "
                                    "and saving need write access to the file and its folder.")
                                     .arg(QFileInfo(path).fileName()));
    Q_EMIT projectOpened(path);
    if (status != QLatin1String("ok")) {
        offerRelocate(path, modelPath, status);
        return;
    }
    openModel(modelPath);
}

void MainWindow::showProjectFailure(const QString &path, const QString &error)
{
    statusBar()->showMessage(tr("Could not open %1").arg(folderName(path)), 10000);
    Q_EMIT projectOpenFailed(error);
    if (!m_showErrorDialogs)
        return;
    auto box = new QMessageBox(QMessageBox::Warning, tr("Open Project"),
                               tr("Could not open the project \u201C%1\u201D. The file was not changed.")
                                   .arg(folderName(path)),
                               QMessageBox::Ok, this);
    box->setObjectName(QStringLiteral("projectErrorBox"));
    box->setInformativeText(error);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

void MainWindow::offerRelocate(const QString &path, const QString &modelPath, const QString &status)
{
    statusBar()->showMessage(tr("The project's model is not where it was: %1").arg(QDir::toNativeSeparators(modelPath)));
    if (!m_showErrorDialogs)
        return;
    auto box = new QMessageBox(QMessageBox::Warning, tr("Model Not Found"),
                               tr("The model of \u201C%1\u201D is not usable: %2.").arg(folderName(path), status),
                               QMessageBox::Cancel, this);
    box->setObjectName(QStringLiteral("relocateBox"));
    box->setInformativeText(tr("It was at %1. If you moved it, point the project at its new folder; the "
                               "content is checked against the project's hash.")
                                .arg(QDir::toNativeSeparators(modelPath)));
    QPushButton *relocate = box->addButton(tr("&Relocate\u2026"), QMessageBox::AcceptRole);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(relocate, &QPushButton::clicked, this, [this, path] {
        const QString dir = QFileDialog::getExistingDirectory(this, tr("Relocate: Choose the Model's New Folder"));
        if (dir.isEmpty())
            return;
        JobRunner *runner = m_jobs->run(std::make_unique<dtr::RelocateModelJob>(QFile::encodeName(path).toStdString(),
                                                                               QFile::encodeName(dir).toStdString()),
                                        tr("Relocate the model of %1 (checking its content)").arg(folderName(path)));
        connect(runner, &JobRunner::finished, this, [this, runner, path] {
            if (runner->outcome().status == dtr::JobStatus::Completed)
                openProject(path);
            else if (runner->outcome().status == dtr::JobStatus::Failed)
                showProjectFailure(path, QString::fromStdString(runner->outcome().error));
        });
    });
    box->open();
}

QDateTime MainWindow::projectFileStamp() const
{
    // The last write: the database file or its write-ahead log.
    const QDateTime db = QFileInfo(m_projectPath).lastModified();
    const QDateTime wal = QFileInfo(m_projectPath + QStringLiteral("-wal")).lastModified();
    return wal.isValid() && wal > db ? wal : db;
}

void MainWindow::refreshProject()
{
    if (m_projectPath.isEmpty() || m_refreshRunner)
        return;
    m_projectStamp = projectFileStamp();
    const QString path = m_projectPath;
    // A quiet job: not listed in the jobs dock (it runs every few seconds while runs write).
    m_refreshRunner = new JobRunner(std::make_unique<dtr::OpenProjectJob>(QFile::encodeName(path).toStdString()), this);
    JobRunner *runner = m_refreshRunner;
    connect(runner, &JobRunner::finished, this, [this, runner, path] {
        m_refreshRunner = nullptr;
        runner->deleteLater();
        if (path == m_projectPath && runner->outcome().status == dtr::JobStatus::Completed)
            applyProjectSummary(runner->outcome().result);
    });
    runner->start();
}

void MainWindow::applyProjectSummary(const nlohmann::json &summary)
{
    m_projectSummary = summary;
    m_runs->setSummary(summary);
    // The layer map and the distillation view need the model's layers: loadFinished()
    // applies the summary again once the model is read.
    if (m_summary) {
        const auto runs = summary.value("distill_runs", nlohmann::json::array());
        m_layerMap->setRuns(runs);
        m_distill->setRuns(runs);
        m_search->setDistillRuns(runs);
        m_search->setSearches(summary.value("search_runs", nlohmann::json::array()));
        applyConstraintsFromProject();
        m_results->projectRefreshed();
    }
    Q_EMIT projectRefreshed();
}

void MainWindow::applyConstraintsFromProject()
{
    // While an edit is being stored, the file still holds the older constraints.
    if (isSavingConstraints() || !m_projectSummary.is_object())
        return;
    const auto c = m_projectSummary.value("constraints", nlohmann::json::object());
    m_layerMap->setStoredConstraints(c.value("pinned", std::vector<std::int64_t>{}),
                                     c.value("forbidden", std::vector<std::int64_t>{}));
    layerMapEdited(false); // the distillation form follows the map
}

bool MainWindow::isSavingConstraints() const
{
    return m_constraintWriter != nullptr || m_constraintsDirty;
}

void MainWindow::layerMapEdited(bool save)
{
    std::vector<std::int64_t> layers;
    const LayerTableModel *model = m_layerMap->model();
    for (int i = 0; i < model->rowCount(); ++i)
        if (model->constraint(i) != LayerConstraint::Forbidden)
            layers.push_back(i);
    m_distill->setLayerMapLayers(layers);
    m_search->setConstraints(model->layersWith(LayerConstraint::Pinned), model->layersWith(LayerConstraint::Forbidden));
    if (save)
        saveConstraints();
}

void MainWindow::saveConstraints()
{
    if (m_projectPath.isEmpty())
        return; // a model folder alone: the constraints live in the window only
    if (m_constraintWriter) {
        m_constraintsDirty = true; // written again when this write ends
        return;
    }
    m_constraintsDirty = false;
    const LayerTableModel *model = m_layerMap->model();
    const dtr::LayerConstraints c{model->layersWith(LayerConstraint::Pinned), model->layersWith(LayerConstraint::Forbidden)};
    // A quiet job (every click writes): not listed in the jobs dock; a failure is shown.
    m_constraintWriter = new JobRunner(
        std::make_unique<dtr::SetLayerConstraintsJob>(QFile::encodeName(m_projectPath).toStdString(), c), this);
    JobRunner *runner = m_constraintWriter;
    const QString path = m_projectPath;
    connect(runner, &JobRunner::finished, this, [this, runner, path] {
        m_constraintWriter = nullptr;
        runner->deleteLater();
        if (path != m_projectPath)
            return;
        if (runner->outcome().status == dtr::JobStatus::Failed) {
            const QString error = QString::fromStdString(runner->outcome().error);
            statusBar()->showMessage(tr("Could not store the layer constraints: %1").arg(error), 15000);
            Q_EMIT constraintsSaveFailed(error);
        }
        if (m_constraintsDirty) {
            saveConstraints();
            return;
        }
        m_projectStamp = projectFileStamp();
        if (runner->outcome().status == dtr::JobStatus::Completed) {
            m_projectSummary["constraints"] = runner->outcome().result.value("constraints", nlohmann::json::object());
            Q_EMIT constraintsSaved();
        }
    });
    runner->start();
}

bool MainWindow::showView(const QString &name)
{
    if (name == QLatin1String("layer-map"))
        m_views->setCurrentWidget(m_layerMap);
    else if (name == QLatin1String("distillation"))
        m_views->setCurrentWidget(m_distill);
    else if (name == QLatin1String("search"))
        m_views->setCurrentWidget(m_search);
    else
        return m_results->showView(name);
    return true;
}

void MainWindow::preferences()
{
    PreferencesDialog dialog(this);
    if (dialog.exec() == QDialog::Accepted && dialog.apply())
        statusBar()->showMessage(tr("The language changes the next time DtR Workbench starts."), 10000);
}

void MainWindow::closeProject()
{
    m_runs->clear();
    m_distill->clearProject();
    m_search->clearProject();
    m_results->clearProject();
    m_projectSummary = nlohmann::json();
    m_constraintsDirty = false;
    m_projectPath.clear();
    m_projectReadOnly = false;
    m_readOnlyLabel->setVisible(false);
    m_closeProjectAction->setEnabled(false);
    m_summary.reset();
    m_modelDir.clear();
    m_layerMap->clear();
    m_infoPanel->clear();
    m_modelLabel->clear();
    updateWindowTitle();
}

void MainWindow::createActions()
{
    QMenu *fileMenu = menuBar()->addMenu(tr("&File"));
    m_newProjectAction = fileMenu->addAction(tr("&New Project\u2026"));
    m_newProjectAction->setObjectName(QStringLiteral("newProjectAction"));
    m_newProjectAction->setShortcut(QKeySequence::New);
    m_newProjectAction->setIcon(QIcon::fromTheme(QStringLiteral("document-new")));
    m_newProjectAction->setStatusTip(tr("Create a project (.dtr) for a model folder"));
    connect(m_newProjectAction, &QAction::triggered, this, &MainWindow::newProjectDialog);

    m_openProjectAction = fileMenu->addAction(tr("&Open Project\u2026"));
    m_openProjectAction->setObjectName(QStringLiteral("openProjectAction"));
    m_openProjectAction->setShortcut(QKeySequence::Open);
    m_openProjectAction->setIcon(QIcon::fromTheme(QStringLiteral("document-open")));
    m_openProjectAction->setStatusTip(tr("Open a DtR project file (.dtr)"));
    connect(m_openProjectAction, &QAction::triggered, this, &MainWindow::openProjectDialog);

    m_recentMenu = fileMenu->addMenu(tr("Open &Recent"));
    m_recentMenu->setObjectName(QStringLiteral("recentProjectsMenu"));
    updateRecentMenu();

    m_closeProjectAction = fileMenu->addAction(tr("&Close Project"));
    m_closeProjectAction->setObjectName(QStringLiteral("closeProjectAction"));
    m_closeProjectAction->setShortcut(QKeySequence::Close);
    m_closeProjectAction->setEnabled(false);
    connect(m_closeProjectAction, &QAction::triggered, this, &MainWindow::closeProject);

    fileMenu->addSeparator();
    m_openAction = fileMenu->addAction(tr("Open &Model Folder\u2026"));
    m_openAction->setObjectName(QStringLiteral("openModelAction"));
    m_openAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O));
    m_openAction->setIcon(QIcon::fromTheme(QStringLiteral("document-open")));
    m_openAction->setStatusTip(tr("Open a Hugging Face model folder (config.json and "
                                  "safetensors weights)"));
    connect(m_openAction, &QAction::triggered, this, &MainWindow::openModelFolder);

    fileMenu->addSeparator();
    m_quitAction = fileMenu->addAction(tr("&Quit"));
    m_quitAction->setObjectName(QStringLiteral("quitAction"));
    m_quitAction->setShortcut(QKeySequence::Quit);
    m_quitAction->setIcon(QIcon::fromTheme(QStringLiteral("application-exit")));
    m_quitAction->setMenuRole(QAction::QuitRole);
    connect(m_quitAction, &QAction::triggered, this, &QWidget::close);

    QMenu *editMenu = menuBar()->addMenu(tr("&Edit"));
    editMenu->setObjectName(QStringLiteral("editMenu"));
    QAction *undo = m_layerMap->undoStack()->createUndoAction(this, tr("&Undo"));
    undo->setObjectName(QStringLiteral("undoAction"));
    undo->setShortcut(QKeySequence::Undo);
    undo->setIcon(QIcon::fromTheme(QStringLiteral("edit-undo")));
    editMenu->addAction(undo);
    QAction *redo = m_layerMap->undoStack()->createRedoAction(this, tr("&Redo"));
    redo->setObjectName(QStringLiteral("redoAction"));
    redo->setShortcut(QKeySequence::Redo);
    redo->setIcon(QIcon::fromTheme(QStringLiteral("edit-redo")));
    editMenu->addAction(redo);
    editMenu->addSeparator();
    QAction *prefs = editMenu->addAction(tr("&Preferences…"));
    prefs->setObjectName(QStringLiteral("preferencesAction"));
    prefs->setShortcut(QKeySequence::Preferences);
    prefs->setMenuRole(QAction::PreferencesRole);
    prefs->setIcon(QIcon::fromTheme(QStringLiteral("preferences-system")));
    connect(prefs, &QAction::triggered, this, &MainWindow::preferences);

    // The View menu is filled in createDocks().
    QMenu *viewMenu = menuBar()->addMenu(tr("&View"));
    viewMenu->setObjectName(QStringLiteral("viewMenu"));
    QAction *showMap = viewMenu->addAction(tr("&Layer Map"));
    showMap->setObjectName(QStringLiteral("showLayerMapAction"));
    showMap->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_1));
    connect(showMap, &QAction::triggered, this, [this] { m_views->setCurrentWidget(m_layerMap); });
    QAction *showDistill = viewMenu->addAction(tr("&Distillation"));
    showDistill->setObjectName(QStringLiteral("showDistillationAction"));
    showDistill->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_2));
    connect(showDistill, &QAction::triggered, this, [this] { m_views->setCurrentWidget(m_distill); });
    QAction *showSearch = viewMenu->addAction(tr("&Search"));
    showSearch->setObjectName(QStringLiteral("showSearchAction"));
    showSearch->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_3));
    connect(showSearch, &QAction::triggered, this, [this] { m_views->setCurrentWidget(m_search); });
    const std::pair<const char *, QString> results[] = {{"configurations", tr("&Configurations")},
                                                        {"comparison", tr("Co&mparison")},
                                                        {"orders", tr("&Orders")}};
    int key = Qt::Key_4;
    for (const auto &[name, text] : results) {
        QAction *show = viewMenu->addAction(text);
        show->setObjectName(QStringLiteral("show_%1_Action").arg(QLatin1String(name)));
        show->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(key++)));
        connect(show, &QAction::triggered, this, [this, view = QString::fromLatin1(name)] { m_results->showView(view); });
    }
    viewMenu->addSeparator();

    QMenu *helpMenu = menuBar()->addMenu(tr("&Help"));
    m_aboutAction = helpMenu->addAction(tr("&About DtR Workbench"));
    m_aboutAction->setObjectName(QStringLiteral("aboutAction"));
    m_aboutAction->setMenuRole(QAction::AboutRole);
    connect(m_aboutAction, &QAction::triggered, this, &MainWindow::about);
    m_aboutQtAction = helpMenu->addAction(tr("About &Qt"));
    m_aboutQtAction->setMenuRole(QAction::AboutQtRole);
    connect(m_aboutQtAction, &QAction::triggered, qApp, &QApplication::aboutQt);
}

void MainWindow::createDocks()
{
    m_infoPanel = new ModelInfoPanel;
    m_infoPanel->setObjectName(QStringLiteral("modelInfoPanel"));
    m_infoDock = new QDockWidget(tr("Model"), this);
    m_infoDock->setObjectName(QStringLiteral("modelInfoDock"));
    auto infoScroll = new QScrollArea;
    infoScroll->setWidget(m_infoPanel);
    infoScroll->setWidgetResizable(true);
    infoScroll->setFrameShape(QFrame::NoFrame);
    m_infoDock->setWidget(infoScroll);
    addDockWidget(Qt::RightDockWidgetArea, m_infoDock);

    m_jobs = new JobsView;
    m_jobs->setObjectName(QStringLiteral("jobsView"));
    m_distill->setStarter([this](std::unique_ptr<dtr::Job> job, const QString &title) {
        return m_jobs->run(std::move(job), title);
    });
    m_search->setStarter([this](std::unique_ptr<dtr::Job> job, const QString &title) {
        return m_jobs->run(std::move(job), title);
    });
    m_results->setStarter([this](std::unique_ptr<dtr::Job> job, const QString &title) {
        return m_jobs->run(std::move(job), title);
    });
    m_jobsDock = new QDockWidget(tr("Jobs"), this);
    m_jobsDock->setObjectName(QStringLiteral("jobsDock"));
    m_jobsDock->setWidget(m_jobs);
    addDockWidget(Qt::BottomDockWidgetArea, m_jobsDock);
    resizeDocks({m_jobsDock}, {140}, Qt::Vertical);
    connect(m_jobs, &JobsView::runningCountChanged, this, [this](int running) { setBusy(running > 0 || isLoading()); });

    m_runs = new RunsView;
    m_runs->setObjectName(QStringLiteral("runsView"));
    m_runsDock = new QDockWidget(tr("Runs"), this);
    m_runsDock->setObjectName(QStringLiteral("runsDock"));
    m_runsDock->setWidget(m_runs);
    // The model information and the runs share the right side as tabs, so the central
    // views get the width; the runs tab is in front.
    addDockWidget(Qt::RightDockWidgetArea, m_runsDock);
    tabifyDockWidget(m_infoDock, m_runsDock);
    m_runsDock->raise();
    resizeDocks({m_runsDock}, {380}, Qt::Horizontal);

    // The project file changes when a run started elsewhere writes to it: re-read it.
    m_watchTimer = new QTimer(this);
    m_watchTimer->setInterval(2000);
    connect(m_watchTimer, &QTimer::timeout, this, [this] {
        if (!m_projectPath.isEmpty() && projectFileStamp() != m_projectStamp)
            refreshProject();
    });
    m_watchTimer->start();

    if (auto viewMenu = menuBar()->findChild<QMenu *>(QStringLiteral("viewMenu"))) {
        viewMenu->addSeparator();
        QAction *refresh = viewMenu->addAction(tr("&Refresh"));
        refresh->setObjectName(QStringLiteral("refreshAction"));
        refresh->setShortcut(QKeySequence::Refresh);
        refresh->setIcon(QIcon::fromTheme(QStringLiteral("view-refresh")));
        connect(refresh, &QAction::triggered, this, &MainWindow::refreshProject);
        viewMenu->addSeparator();
        viewMenu->addAction(m_runsDock->toggleViewAction());
        m_runsDock->toggleViewAction()->setText(tr("R&uns"));
        QAction *toggle = m_infoDock->toggleViewAction();
        toggle->setText(tr("&Model Information"));
        viewMenu->addAction(toggle);
        QAction *jobs = m_jobsDock->toggleViewAction();
        jobs->setText(tr("&Jobs"));
        viewMenu->addAction(jobs);
    }
}

void MainWindow::createStatusBar()
{
    m_readOnlyLabel = new QLabel(tr("Read-only"), this);
    m_readOnlyLabel->setObjectName(QStringLiteral("readOnlyStatusLabel"));
    m_readOnlyLabel->setToolTip(tr("This process may not write the project file or its folder: everything can be "
                                   "looked at, but distilling, searching and saving need write access."));
    m_readOnlyLabel->setStyleSheet(QStringLiteral("QLabel { font-weight: bold; padding: 0 6px; }"));
    m_readOnlyLabel->setVisible(false);
    statusBar()->addPermanentWidget(m_readOnlyLabel);
    m_modelLabel = new QLabel(this);
    m_modelLabel->setObjectName(QStringLiteral("modelStatusLabel"));
    statusBar()->addPermanentWidget(m_modelLabel);

    m_busyIndicator = new QProgressBar(this);
    m_busyIndicator->setObjectName(QStringLiteral("busyIndicator"));
    m_busyIndicator->setRange(0, 0); // indeterminate
    m_busyIndicator->setTextVisible(false);
    m_busyIndicator->setMaximumWidth(120);
    m_busyIndicator->setMaximumHeight(14);
    m_busyIndicator->hide();
    statusBar()->addPermanentWidget(m_busyIndicator);

    statusBar()->showMessage(tr("Ready"));
}

void MainWindow::openModelFolder()
{
    QSettings settings;
    const QString start = m_modelDir.isEmpty()
        ? settings.value(QLatin1String(kLastModelDirKey)).toString()
        : m_modelDir;
    const QString dir = QFileDialog::getExistingDirectory(this, tr("Open Model Folder"), start);
    if (dir.isEmpty())
        return;
    settings.setValue(QLatin1String(kLastModelDirKey), dir);
    openModel(dir);
}

void MainWindow::openModel(const QString &dir)
{
    const QString absDir = dir.isEmpty() ? QString() : QFileInfo(dir).absoluteFilePath();

    // A newer request supersedes a running one: it is cancelled and its result dropped
    // (the jobs dock shows it ended).
    if (m_loadRunner) {
        m_loadRunner->disconnect(this);
        m_loadRunner->cancel();
        m_loadRunner = nullptr;
    }
    setBusy(true);
    statusBar()->showMessage(tr("Opening %1\u2026").arg(QDir::toNativeSeparators(absDir)));
    if (absDir.isEmpty()) {
        QMetaObject::invokeMethod(this, [this] { showLoadFailure(QString(), tr("No model folder given.")); },
                                  Qt::QueuedConnection);
        return;
    }
    // The model is read through the core job layer (dtr::LoadModelJob) on a worker thread.
    auto job = std::make_unique<dtr::LoadModelJob>(QFile::encodeName(absDir).toStdString(), false, m_loader);
    m_loadRunner = m_jobs->run(std::move(job), tr("Read model %1").arg(folderName(absDir)));
    JobRunner *runner = m_loadRunner;
    connect(runner, &JobRunner::finished, this, [this, runner, absDir] { loadFinished(runner, absDir); });
    runner->start();
}

void MainWindow::loadFinished(JobRunner *runner, const QString &dir)
{
    // Only the current request's runner is connected (see openModel()).
    if (runner != m_loadRunner)
        return;
    m_loadRunner = nullptr;
    setBusy(m_jobs->runningCount() > 0);
    const dtr::JobOutcome &outcome = runner->outcome();
    if (outcome.status != dtr::JobStatus::Completed) {
        showLoadFailure(dir, outcome.status == dtr::JobStatus::Cancelled ? tr("Cancelled.")
                                                                         : QString::fromStdString(outcome.error));
        return;
    }
    m_summary = std::make_shared<const dtr::ModelSummary>(static_cast<dtr::LoadModelJob &>(runner->job()).summary());
    m_modelDir = dir;
    m_layerMap->setSummary(*m_summary);
    m_infoPanel->setSummary(*m_summary);
    if (!m_projectPath.isEmpty()) {
        m_distill->setProject(m_projectPath, *m_summary);
        m_search->setProject(m_projectPath, *m_summary);
        applyProjectSummary(m_projectSummary);
        m_results->setProject(m_projectPath, static_cast<int>(m_summary->layers.size()));
    }
    updateWindowTitle();
    const int layers = static_cast<int>(m_summary->layers.size());
    m_modelLabel->setText(tr("%1 \u00B7 %2 \u00B7 %n layer(s)", nullptr, layers)
                              .arg(folderName(m_modelDir), QString::fromStdString(m_summary->config.modelType)));
    statusBar()->showMessage(tr("Opened %1 (%2 parameters)")
                                 .arg(folderName(m_modelDir), ModelInfoPanel::formatCount(m_summary->totalParams)),
                             10000);
    Q_EMIT modelLoaded(dir);
}

void MainWindow::showLoadFailure(const QString &dir, const QString &error)
{
    setBusy(false);
    statusBar()->showMessage(tr("Could not open %1").arg(folderName(dir)), 10000);
    Q_EMIT modelLoadFailed(error);
    if (m_showErrorDialogs) {
        // open(), not exec(): no nested event loop, nothing blocks.
        auto box = new QMessageBox(QMessageBox::Warning, tr("Open Model Folder"),
                                   tr("Could not open the model folder \u201C%1\u201D.").arg(folderName(dir)),
                                   QMessageBox::Ok, this);
        box->setObjectName(QStringLiteral("modelLoadErrorBox"));
        box->setInformativeText(error);
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
    }
}

bool MainWindow::isLoading() const
{
    return m_loadRunner != nullptr;
}

QString MainWindow::modelDir() const
{
    return m_modelDir;
}

const dtr::ModelSummary *MainWindow::modelSummary() const
{
    return m_summary.get();
}

void MainWindow::setShowErrorDialogs(bool show)
{
    m_showErrorDialogs = show;
}

bool MainWindow::showErrorDialogs() const
{
    return m_showErrorDialogs;
}

void MainWindow::setModelLoader(ModelLoader loader)
{
    m_loader = std::move(loader);
}

void MainWindow::setBusy(bool busy)
{
    m_busyIndicator->setVisible(busy);
}

void MainWindow::updateWindowTitle()
{
    const QString project = m_projectReadOnly ? tr("%1 [read-only]").arg(QFileInfo(m_projectPath).fileName())
                                              : QFileInfo(m_projectPath).fileName();
    if (!m_projectPath.isEmpty() && !m_modelDir.isEmpty())
        setWindowTitle(tr("%1 \u2014 %2 \u2014 DtR Workbench").arg(project, folderName(m_modelDir)));
    else if (!m_projectPath.isEmpty())
        setWindowTitle(tr("%1 \u2014 DtR Workbench").arg(project));
    else if (m_modelDir.isEmpty())
        setWindowTitle(tr("DtR Workbench"));
    else
        setWindowTitle(tr("%1 \u2014 DtR Workbench").arg(folderName(m_modelDir)));
}

void MainWindow::about()
{
    QMessageBox::about(
        this, tr("About DtR Workbench"),
        tr("<h3>DtR Workbench %1</h3>"
           "<p>Turns a pretrained full-attention Transformer into a task-specific hybrid "
           "of full and linear attention layers with the Distill-then-Replace method, "
           "and lets you explore, compare and export the result.</p>"
           "<p>Qt %2 \u00B7 LibTorch %3 \u00B7 SQLite %4</p>")
            .arg(QApplication::applicationVersion(), QString::fromLatin1(qVersion()),
                 QString::fromStdString(dtr::libtorchVersion()), QString::fromStdString(dtr::sqliteVersion())));
}

} // namespace dtr::gui
