#pragma once

#include <QFutureWatcher>
#include <QMainWindow>

#include <functional>
#include <memory>
#include <string>

QT_BEGIN_NAMESPACE
class QAction;
class QDockWidget;
class QLabel;
class QProgressBar;
QT_END_NAMESPACE

namespace dtr {
struct ModelSummary;
}

namespace dtr::gui {

class LayerMapView;
class ModelInfoPanel;
struct ModelLoadResult;

// The workbench window. It only wires actions, docks and the status bar; each view is
// its own widget (LayerMapView in the centre, ModelInfoPanel in a dock).
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
    ModelInfoPanel *modelInfoPanel() const { return m_infoPanel; }

Q_SIGNALS:
    void modelLoaded(const QString &dir);
    void modelLoadFailed(const QString &message);

private:
    void createActions();
    void createDocks();
    void createStatusBar();

    void openModelFolder();
    void about();
    void loadFinished();
    void setBusy(bool busy);
    void updateWindowTitle();

    ModelLoader m_loader;
    QFutureWatcher<ModelLoadResult> *m_loadWatcher = nullptr;
    std::shared_ptr<const dtr::ModelSummary> m_summary;
    QString m_modelDir;
    bool m_showErrorDialogs = true;

    LayerMapView *m_layerMap = nullptr;
    ModelInfoPanel *m_infoPanel = nullptr;
    QDockWidget *m_infoDock = nullptr;
    QProgressBar *m_busyIndicator = nullptr;
    QLabel *m_modelLabel = nullptr;

    QAction *m_openAction = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_aboutAction = nullptr;
    QAction *m_aboutQtAction = nullptr;
};

} // namespace dtr::gui
