#pragma once

// The project's configurations (core/project/configuration_catalog.h) as one list: name,
// linear layers (their number and a strip of the layer map), validation and test scores
// with their intervals, task, mixer, strategy, the decode latency benchmarked at the
// largest context and the latest export. Grouped by task, mixer, strategy or search,
// filtered by text and by task / mixer / strategy, sorted by any column.
//
// Actions on the selection (toolbar, context menu, F2 and Del): rename (inline on the
// Name column), delete (confirmed), evaluate on a task, benchmark, export (ExportDialog),
// compare, show in the layer map. The catalogue is read by a quiet worker job
// (ReadConfigurationsJob), as are renames and deletions; evaluations and benchmarks start
// through the Starter (the jobs dock). The list is read again after every job that writes.

#include "project/configuration_catalog.h"

#include <QPointer>
#include <QVector>
#include <QWidget>

#include <functional>
#include <memory>
#include <vector>

QT_BEGIN_NAMESPACE
class QAbstractItemModel;
class QAction;
class QComboBox;
class QLabel;
class QLineEdit;
class QModelIndex;
class QStackedWidget;
class QStandardItem;
class QStandardItemModel;
class QToolBar;
class QTreeView;
QT_END_NAMESPACE

namespace dtr {
class Job;
struct JobOutcome;
}

namespace dtr::gui {

class ConfigurationsFilterModel;
class ConfigurationsModel;
class ExportDialog;
class JobRunner;
class LayerStripDelegate;

class ConfigurationsView : public QWidget
{
    Q_OBJECT

public:
    using Starter = std::function<JobRunner *(std::unique_ptr<dtr::Job> job, const QString &title)>;

    enum Column {
        NameColumn,
        LinearColumn,
        ValidationColumn,
        TestColumn,
        TaskColumn,
        MixerColumn,
        StrategyColumn,
        BenchmarkColumn,
        ExportColumn,
        ColumnCount
    };
    enum Role {
        IdRole = Qt::UserRole + 1,   // qint64; 0 on a group row
        SortRole,                    // the plain value a column sorts by
        LinearLayersRole,            // QVector<int>, on the Linear column
        ScoreRole,                   // double (NaN: none), on the score columns
        FilterKeyRole                // the plain task / mixer / strategy, on their columns
    };
    enum Grouping { NoGrouping, GroupByTask, GroupByMixer, GroupByStrategy, GroupBySearch };
    enum ActionId { RenameAction, DeleteAction, EvaluateAction, BenchmarkAction, ExportAction, CompareAction,
                    ShowInLayerMapAction, ActionCount };

    explicit ConfigurationsView(QWidget *parent = nullptr);
    ~ConfigurationsView() override;

    void setStarter(Starter starter);
    void setProject(const QString &projectPath, int numLayers);
    void clearProject();
    QString projectPath() const { return m_projectPath; }
    // Reads the catalogue again (a read under way is superseded).
    void refresh();
    // Reading the catalogue, or a rename or deletion, is under way.
    bool isBusy() const;

    // The list as last read, in creation order.
    const std::vector<dtr::ConfigurationEntry> &entries() const { return m_entries; }
    const dtr::ConfigurationEntry *entry(qint64 id) const;
    QVector<qint64> selectedIds() const;
    qint64 currentId() const;
    void selectConfiguration(qint64 id);

    void setGrouping(Grouping grouping);
    Grouping grouping() const;

    // The actions, for a caller that has already asked (dialogs are the buttons' part).
    void rename(qint64 id, const QString &newName);
    void remove(const QVector<qint64> &ids);
    void evaluate(const QVector<qint64> &ids, const QString &taskPath);
    void benchmark(const QVector<qint64> &ids, const std::vector<std::int64_t> &contexts);
    // Opens the export dialog for a configuration (non-modal; deleted when closed).
    ExportDialog *openExportDialog(qint64 id);

    // For tests: the tree, its (proxy) model, the source model and the actions.
    QTreeView *tree() const { return m_tree; }
    QAbstractItemModel *model() const;
    QStandardItemModel *sourceModel() const;
    QAction *action(ActionId id) const { return m_actions[id]; }
    // The message line above the list (the last error, or what an action did).
    QString message() const;
    // The rows shown (configurations, not group rows), top to bottom, by id.
    QVector<qint64> visibleIds() const;
    // The group rows shown, top to bottom, by their text.
    QStringList visibleGroups() const;

    // "0.812 ± 0.031" (half the interval), or the value alone.
    static QString scoreText(const dtr::CatalogScore &score);
    // Parses "512, 2048,8192"; empty when the text is not a list of positive numbers.
    static std::vector<std::int64_t> parseContexts(const QString &text);

Q_SIGNALS:
    void refreshed();
    void jobFailed(const QString &message);
    void compareRequested(const QVector<qint64> &ids);
    void showInLayerMap(const QString &name, const QVector<int> &linearLayers);

private:
    void onRead(const dtr::JobOutcome &outcome);
    void rebuild();
    void fillFilterCombos();
    void applyFilter();
    void updateActions();
    void updatePlaceholder();
    void showMessage(const QString &text, bool error);
    void runQuiet(std::unique_ptr<dtr::Job> job, const QString &done);
    void startThroughStarter(std::unique_ptr<dtr::Job> job, const QString &title);
    QModelIndex proxyIndexOf(qint64 id) const;
    void contextMenu(const QPoint &pos);

    void renameCurrent();
    void deleteSelected();
    void evaluateSelected();
    void benchmarkSelected();
    void exportCurrent();
    void compareSelected();
    void showCurrentInLayerMap();

    Starter m_starter;
    QString m_projectPath;
    int m_numLayers = 0;
    std::vector<dtr::ConfigurationEntry> m_entries;

    QToolBar *m_toolbar = nullptr;
    QAction *m_actions[ActionCount] = {};
    QComboBox *m_group = nullptr, *m_taskFilter = nullptr, *m_mixerFilter = nullptr, *m_strategyFilter = nullptr;
    QLineEdit *m_textFilter = nullptr;
    QLabel *m_message = nullptr, *m_placeholder = nullptr;
    QStackedWidget *m_stack = nullptr;
    QTreeView *m_tree = nullptr;
    ConfigurationsModel *m_model = nullptr;
    ConfigurationsFilterModel *m_proxy = nullptr;
    LayerStripDelegate *m_strip = nullptr;

    QPointer<JobRunner> m_reader;     // reading the catalogue
    int m_writes = 0;                 // renames and deletions under way
    bool m_readLoaded = false;        // a read has completed since setProject
};

} // namespace dtr::gui
