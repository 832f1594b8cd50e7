#include "mainwindow.h"

#include "layermapview.h"
#include "modelinfopanel.h"

#include "model/model_summary.h"

#include <QAction>
#include <QApplication>
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
#include <QScrollArea>
#include <QSettings>
#include <QStatusBar>
#include <QtConcurrent/QtConcurrentRun>

#include <exception>
#include <utility>

// Q_INIT_RESOURCE must be used outside any namespace. dtr_widgets is a static library,
// so its resources are registered explicitly rather than by a static initializer.
static void initWorkbenchResources()
{
    Q_INIT_RESOURCE(dtr_workbench);
}

namespace dtr::gui {

// What the worker thread hands back to the GUI thread.
struct ModelLoadResult
{
    QString dir;
    std::shared_ptr<const dtr::ModelSummary> summary; // null on failure
    QString error;
};

namespace {

const char kLastModelDirKey[] = "paths/lastModelDir";

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
    setCentralWidget(m_layerMap);

    createActions();
    createDocks();
    createStatusBar();
    updateWindowTitle();
    resize(1000, 680);
}

MainWindow::~MainWindow() = default;

void MainWindow::createActions()
{
    QMenu *fileMenu = menuBar()->addMenu(tr("&File"));
    m_openAction = fileMenu->addAction(tr("&Open Model Folder\u2026"));
    m_openAction->setObjectName(QStringLiteral("openModelAction"));
    m_openAction->setShortcut(QKeySequence::Open);
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

    // The View menu is filled in createDocks().
    menuBar()->addMenu(tr("&View"))->setObjectName(QStringLiteral("viewMenu"));

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
    addDockWidget(Qt::LeftDockWidgetArea, m_infoDock);
    resizeDocks({m_infoDock}, {320}, Qt::Horizontal);

    if (auto viewMenu = menuBar()->findChild<QMenu *>(QStringLiteral("viewMenu"))) {
        QAction *toggle = m_infoDock->toggleViewAction();
        toggle->setText(tr("&Model Information"));
        viewMenu->addAction(toggle);
    }
}

void MainWindow::createStatusBar()
{
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

    // A newer request supersedes a running one: its result is dropped. The worker
    // itself finishes on its own (reading a summary is short).
    if (m_loadWatcher) {
        m_loadWatcher->disconnect(this);
        m_loadWatcher->deleteLater();
    }
    m_loadWatcher = new QFutureWatcher<ModelLoadResult>(this);
    connect(m_loadWatcher, &QFutureWatcherBase::finished, this, &MainWindow::loadFinished);

    setBusy(true);
    statusBar()->showMessage(tr("Opening %1\u2026").arg(QDir::toNativeSeparators(absDir)));

    const ModelLoader loader = m_loader;
    m_loadWatcher->setFuture(QtConcurrent::run([loader, absDir] {
        ModelLoadResult result;
        result.dir = absDir;
        if (absDir.isEmpty()) {
            result.error = tr("No model folder given.");
            return result;
        }
        try {
            result.summary = std::make_shared<const dtr::ModelSummary>(
                loader(QFile::encodeName(absDir).toStdString()));
        } catch (const std::exception &e) {
            result.error = QString::fromStdString(e.what());
        } catch (...) {
            result.error = tr("%1: unknown error while reading the model folder.").arg(absDir);
        }
        return result;
    }));
}

void MainWindow::loadFinished()
{
    // Only the current request's watcher is connected (see openModel()).
    auto watcher = m_loadWatcher;
    if (!watcher)
        return;
    const ModelLoadResult result = watcher->result();
    watcher->deleteLater();
    m_loadWatcher = nullptr;
    setBusy(false);

    if (result.summary) {
        m_summary = result.summary;
        m_modelDir = result.dir;
        m_layerMap->setSummary(*m_summary);
        m_infoPanel->setSummary(*m_summary);
        updateWindowTitle();
        const int layers = static_cast<int>(m_summary->layers.size());
        m_modelLabel->setText(tr("%1 \u00B7 %2 \u00B7 %n layer(s)", nullptr, layers)
                                  .arg(folderName(m_modelDir),
                                       QString::fromStdString(m_summary->config.modelType)));
        statusBar()->showMessage(tr("Opened %1 (%2 parameters)")
                                     .arg(folderName(m_modelDir),
                                          ModelInfoPanel::formatCount(m_summary->totalParams)),
                                 10000);
        Q_EMIT modelLoaded(result.dir);
        return;
    }

    statusBar()->showMessage(tr("Could not open %1").arg(folderName(result.dir)), 10000);
    Q_EMIT modelLoadFailed(result.error);
    if (m_showErrorDialogs) {
        // open(), not exec(): no nested event loop, nothing blocks.
        auto box = new QMessageBox(QMessageBox::Warning, tr("Open Model Folder"),
                                   tr("Could not open the model folder \u201C%1\u201D.")
                                       .arg(folderName(result.dir)),
                                   QMessageBox::Ok, this);
        box->setObjectName(QStringLiteral("modelLoadErrorBox"));
        box->setInformativeText(result.error);
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
    }
}

bool MainWindow::isLoading() const
{
    return m_loadWatcher != nullptr;
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
    if (m_modelDir.isEmpty())
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
           "<p>Built with Qt %2.</p>")
            .arg(QApplication::applicationVersion(), QString::fromLatin1(qVersion())));
}

} // namespace dtr::gui
