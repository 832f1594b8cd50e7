#include "configurationsview.h"

#include "configurationsfiltermodel.h"
#include "configurationsmodel.h"
#include "displaynames.h"
#include "exportdialog.h"
#include "jobrunner.h"
#include "layerstripdelegate.h"

#include "benchmark/benchmark.h"
#include "jobs/configuration_jobs.h"
#include "jobs/search_jobs.h"
#include "project/configuration_names.h"
#include "search/search_types.h"

#include <QAction>
#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeySequence>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QRegularExpression>
#include <QSettings>
#include <QStackedWidget>
#include <QStandardItemModel>
#include <QToolBar>
#include <QTreeView>
#include <QVBoxLayout>

#include <algorithm>
#include <set>

namespace dtr::gui {

namespace {

std::string fileName(const QString &path)
{
    return QFile::encodeName(path).toStdString();
}

QString qs(const std::string &s)
{
    return QString::fromStdString(s);
}

} // namespace

ConfigurationsView::ConfigurationsView(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("configurationsView"));
    auto layout = new QVBoxLayout(this);

    // Actions: toolbar, context menu and keys.
    const auto makeAction = [this](ActionId id, const QString &text, const QString &tip, const char *name) {
        auto a = new QAction(text, this);
        a->setObjectName(QLatin1String(name));
        a->setToolTip(tip);
        a->setStatusTip(tip);
        a->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        m_actions[id] = a;
        return a;
    };
    makeAction(RenameAction, tr("&Rename"), tr("Rename the configuration (F2)"), "configRename")
        ->setShortcut(QKeySequence(Qt::Key_F2));
    makeAction(DeleteAction, tr("&Delete\u2026"), tr("Delete the selected configurations, with their evaluations and benchmarks (Del)"),
               "configDelete")
        ->setShortcut(QKeySequence::Delete);
    makeAction(EvaluateAction, tr("&Evaluate on a task\u2026"), tr("Score the selected configurations on a JSONL task file"),
               "configEvaluate");
    makeAction(BenchmarkAction, tr("&Benchmark\u2026"), tr("Measure the speed and memory of the selected configurations"),
               "configBenchmark");
    makeAction(ExportAction, tr("E&xport\u2026"), tr("Write the configuration as a Hugging Face folder"), "configExport");
    makeAction(CompareAction, tr("&Compare"), tr("Compare the selected configurations side by side"), "configCompare");
    makeAction(ShowInLayerMapAction, tr("Show in &layer map"), tr("Show the configuration's layers on the layer map"),
               "configShowInLayerMap");
    connect(m_actions[RenameAction], &QAction::triggered, this, &ConfigurationsView::renameCurrent);
    connect(m_actions[DeleteAction], &QAction::triggered, this, &ConfigurationsView::deleteSelected);
    connect(m_actions[EvaluateAction], &QAction::triggered, this, &ConfigurationsView::evaluateSelected);
    connect(m_actions[BenchmarkAction], &QAction::triggered, this, &ConfigurationsView::benchmarkSelected);
    connect(m_actions[ExportAction], &QAction::triggered, this, &ConfigurationsView::exportCurrent);
    connect(m_actions[CompareAction], &QAction::triggered, this, &ConfigurationsView::compareSelected);
    connect(m_actions[ShowInLayerMapAction], &QAction::triggered, this, &ConfigurationsView::showCurrentInLayerMap);

    m_toolbar = new QToolBar(this);
    m_toolbar->setObjectName(QStringLiteral("configToolbar"));
    m_toolbar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    for (ActionId id : {CompareAction, ShowInLayerMapAction, EvaluateAction, BenchmarkAction, ExportAction})
        m_toolbar->addAction(m_actions[id]);
    m_toolbar->addSeparator();
    m_toolbar->addAction(m_actions[RenameAction]);
    m_toolbar->addAction(m_actions[DeleteAction]);
    layout->addWidget(m_toolbar);

    // Grouping and filters.
    auto filters = new QHBoxLayout;
    const auto combo = [this](const char *name, const QString &tip) {
        auto c = new QComboBox(this);
        c->setObjectName(QLatin1String(name));
        c->setToolTip(tip);
        c->setSizeAdjustPolicy(QComboBox::AdjustToContents);
        return c;
    };
    m_group = combo("configGroupBy", tr("Group the list"));
    m_group->addItem(tr("none"), int(NoGrouping));
    m_group->addItem(tr("task"), int(GroupByTask));
    m_group->addItem(tr("mixer"), int(GroupByMixer));
    m_group->addItem(tr("strategy"), int(GroupByStrategy));
    m_group->addItem(tr("search"), int(GroupBySearch));
    auto groupLabel = new QLabel(tr("&Group by:"), this);
    groupLabel->setBuddy(m_group);
    filters->addWidget(groupLabel);
    filters->addWidget(m_group);
    filters->addSpacing(12);
    m_textFilter = new QLineEdit(this);
    m_textFilter->setObjectName(QStringLiteral("configFilter"));
    m_textFilter->setClearButtonEnabled(true);
    m_textFilter->setPlaceholderText(tr("Filter by name, task, mixer or strategy"));
    filters->addWidget(m_textFilter, 1);
    m_taskFilter = combo("configTaskFilter", tr("Only the configurations of one task"));
    m_mixerFilter = combo("configMixerFilter", tr("Only the configurations of one mixer"));
    m_strategyFilter = combo("configStrategyFilter", tr("Only the configurations of one strategy"));
    const auto filterLabel = [this, filters](const QString &text, QComboBox *c) {
        auto l = new QLabel(text, this);
        l->setBuddy(c);
        filters->addWidget(l);
        filters->addWidget(c);
    };
    filterLabel(tr("&Task:"), m_taskFilter);
    filterLabel(tr("&Mixer:"), m_mixerFilter);
    filterLabel(tr("&Strategy:"), m_strategyFilter);
    layout->addLayout(filters);

    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("configMessage"));
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->hide();
    layout->addWidget(m_message);

    m_model = new ConfigurationsModel(0, ColumnCount, this);
    m_model->setHorizontalHeaderLabels({tr("Name"), tr("Linear layers"), tr("Validation"), tr("Test"), tr("Task"),
                                        tr("Mixer"), tr("Strategy"), tr("Benchmarked"), tr("Exported")});
    m_model->horizontalHeaderItem(LinearColumn)->setToolTip(tr("How many layers are linear attention, and where"));
    m_model->horizontalHeaderItem(ValidationColumn)->setToolTip(tr("The validation score with half its 95% interval"));
    m_model->horizontalHeaderItem(TestColumn)->setToolTip(tr("The test score with half its 95% interval"));
    m_model->horizontalHeaderItem(BenchmarkColumn)
        ->setToolTip(tr("The measured decode latency per token at the largest context benchmarked"));
    m_model->horizontalHeaderItem(ExportColumn)->setToolTip(tr("The latest export's folder"));
    m_model->onRename = [this](qint64 id, const QString &name) { rename(id, name); };
    m_proxy = new ConfigurationsFilterModel(this);
    m_proxy->setSourceModel(m_model);

    m_tree = new QTreeView(this);
    m_tree->setObjectName(QStringLiteral("configTree"));
    m_tree->setModel(m_proxy);
    m_tree->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_tree->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_tree->setEditTriggers(QAbstractItemView::EditKeyPressed | QAbstractItemView::SelectedClicked);
    m_tree->setUniformRowHeights(true);
    m_tree->setAllColumnsShowFocus(true);
    m_tree->setSortingEnabled(true);
    m_tree->sortByColumn(-1, Qt::AscendingOrder); // creation order until a header is clicked
    m_tree->setContextMenuPolicy(Qt::CustomContextMenu);
    for (QAction *a : m_actions)
        m_tree->addAction(a); // F2 and Del where the list has the focus
    m_strip = new LayerStripDelegate(m_tree);
    m_tree->setItemDelegateForColumn(LinearColumn, m_strip);
    m_tree->header()->setSectionResizeMode(QHeaderView::Interactive);
    m_tree->header()->setStretchLastSection(true);
    m_tree->setColumnWidth(NameColumn, 300);

    m_placeholder = new QLabel(this);
    m_placeholder->setObjectName(QStringLiteral("configPlaceholder"));
    m_placeholder->setAlignment(Qt::AlignCenter);
    m_placeholder->setWordWrap(true);
    m_placeholder->setEnabled(false);
    m_stack = new QStackedWidget(this);
    m_stack->addWidget(m_tree);
    m_stack->addWidget(m_placeholder);
    layout->addWidget(m_stack, 1);

    connect(m_group, &QComboBox::currentIndexChanged, this, [this] { rebuild(); });
    connect(m_textFilter, &QLineEdit::textChanged, this, [this] { applyFilter(); });
    for (QComboBox *c : {m_taskFilter, m_mixerFilter, m_strategyFilter})
        connect(c, &QComboBox::currentIndexChanged, this, [this] { applyFilter(); });
    connect(m_tree->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] { updateActions(); });
    connect(m_tree->selectionModel(), &QItemSelectionModel::currentChanged, this, [this] { updateActions(); });
    connect(m_tree, &QTreeView::customContextMenuRequested, this, &ConfigurationsView::contextMenu);
    connect(m_tree, &QTreeView::doubleClicked, this, [this](const QModelIndex &index) {
        if (index.data(IdRole).toLongLong() > 0 && currentId() == index.data(IdRole).toLongLong())
            showCurrentInLayerMap();
    });

    fillFilterCombos();
    updatePlaceholder();
    updateActions();
}

ConfigurationsView::~ConfigurationsView() = default;

QAbstractItemModel *ConfigurationsView::model() const
{
    return m_proxy;
}

QStandardItemModel *ConfigurationsView::sourceModel() const
{
    return m_model;
}

void ConfigurationsView::setStarter(Starter starter)
{
    m_starter = std::move(starter);
}

void ConfigurationsView::setProject(const QString &projectPath, int numLayers)
{
    m_projectPath = projectPath;
    m_numLayers = numLayers;
    m_strip->numLayers = numLayers;
    m_entries.clear();
    m_readLoaded = false;
    showMessage(QString(), false);
    rebuild();
    refresh();
}

void ConfigurationsView::clearProject()
{
    m_projectPath.clear();
    m_numLayers = 0;
    m_strip->numLayers = 0;
    m_entries.clear();
    m_reader.clear();
    m_readLoaded = false;
    showMessage(QString(), false);
    fillFilterCombos();
    rebuild();
}

bool ConfigurationsView::isBusy() const
{
    return !m_reader.isNull() || m_writes > 0;
}

void ConfigurationsView::refresh()
{
    if (m_projectPath.isEmpty())
        return;
    auto runner = new JobRunner(std::make_unique<dtr::ReadConfigurationsJob>(fileName(m_projectPath)), this);
    m_reader = runner;
    const QString path = m_projectPath;
    connect(runner, &JobRunner::finished, this, [this, runner, path](const dtr::JobOutcome &outcome) {
        runner->deleteLater();
        if (m_reader != runner || path != m_projectPath)
            return; // superseded
        m_reader.clear();
        onRead(outcome);
    });
    runner->start();
}

void ConfigurationsView::onRead(const dtr::JobOutcome &outcome)
{
    if (outcome.status != dtr::JobStatus::Completed) {
        if (outcome.status == dtr::JobStatus::Failed) {
            const QString error = QString::fromStdString(outcome.error);
            showMessage(tr("Could not read the configurations: %1").arg(error), true);
            Q_EMIT jobFailed(error);
        }
        return;
    }
    m_entries.clear();
    for (const auto &j : outcome.result.value("configurations", nlohmann::json::array()))
        m_entries.push_back(dtr::configurationEntryFromJson(j));
    const int layers = outcome.result.value("num_layers", 0);
    if (layers > 0) {
        m_numLayers = layers;
        m_strip->numLayers = layers;
    }
    m_readLoaded = true;
    fillFilterCombos();
    rebuild();
    Q_EMIT refreshed();
}

const dtr::ConfigurationEntry *ConfigurationsView::entry(qint64 id) const
{
    for (const auto &e : m_entries)
        if (e.record.id == id)
            return &e;
    return nullptr;
}

QString ConfigurationsView::scoreText(const dtr::CatalogScore &s)
{
    const QLocale locale;
    if (s.ciLow && s.ciHigh)
        return tr("%1 \u00b1 %2").arg(locale.toString(s.value, 'f', 3), locale.toString((*s.ciHigh - *s.ciLow) / 2, 'f', 3));
    return locale.toString(s.value, 'f', 3);
}

std::vector<std::int64_t> ConfigurationsView::parseContexts(const QString &text)
{
    std::vector<std::int64_t> out;
    const QStringList parts = text.split(QRegularExpression(QStringLiteral("[,;\\s]+")), Qt::SkipEmptyParts);
    for (const QString &p : parts) {
        bool ok = false;
        const qlonglong v = p.toLongLong(&ok);
        if (!ok || v <= 0)
            return {};
        out.push_back(v);
    }
    std::sort(out.begin(), out.end());
    out.erase(std::unique(out.begin(), out.end()), out.end());
    return out;
}

void ConfigurationsView::setGrouping(Grouping g)
{
    const int i = m_group->findData(int(g));
    if (i >= 0)
        m_group->setCurrentIndex(i);
}

ConfigurationsView::Grouping ConfigurationsView::grouping() const
{
    return static_cast<Grouping>(m_group->currentData().toInt());
}

void ConfigurationsView::rebuild()
{
    const QVector<qint64> selected = selectedIds();
    const qint64 current = currentId();
    const Grouping g = grouping();
    m_model->fill(m_entries, g);
    m_tree->setRootIsDecorated(g != NoGrouping);
    m_tree->expandAll();
    // The selection as it was, where those configurations still are.
    QItemSelection keep;
    for (qint64 id : selected) {
        const QModelIndex i = proxyIndexOf(id);
        if (i.isValid())
            keep.select(i, i.siblingAtColumn(ColumnCount - 1));
    }
    if (!keep.isEmpty())
        m_tree->selectionModel()->select(keep, QItemSelectionModel::ClearAndSelect);
    const QModelIndex cur = proxyIndexOf(current);
    if (cur.isValid())
        m_tree->selectionModel()->setCurrentIndex(cur, QItemSelectionModel::NoUpdate);
    updatePlaceholder();
    updateActions();
}

void ConfigurationsView::fillFilterCombos()
{
    std::set<QString> tasks, mixers, strategies;
    for (const auto &e : m_entries) {
        if (!e.task.empty())
            tasks.insert(qs(e.task));
        mixers.insert(e.record.mixer.empty() ? QStringLiteral("full_attention") : qs(e.record.mixer));
        strategies.insert(ConfigurationsModel::strategyKey(e));
    }
    const auto fill = [](QComboBox *c, const std::set<QString> &keys, const std::function<QString(const QString &)> &text) {
        const QString keep = c->currentData().toString();
        const QSignalBlocker block(c);
        c->clear();
        c->addItem(tr("All"), QString());
        for (const QString &k : keys)
            c->addItem(text(k), k);
        c->setCurrentIndex(std::max(0, c->findData(keep)));
    };
    fill(m_taskFilter, tasks, [](const QString &k) { return k; });
    fill(m_mixerFilter, mixers, [](const QString &k) { return mixerLabel(k.toStdString()); });
    fill(m_strategyFilter, strategies, [](const QString &k) { return ConfigurationsModel::strategyText(k); });
    applyFilter();
}

void ConfigurationsView::applyFilter()
{
    m_proxy->text = m_textFilter->text().trimmed();
    m_proxy->task = m_taskFilter->currentData().toString();
    m_proxy->mixer = m_mixerFilter->currentData().toString();
    m_proxy->strategy = m_strategyFilter->currentData().toString();
    m_proxy->changed();
    m_tree->expandAll();
    updatePlaceholder();
    updateActions();
}

void ConfigurationsView::updatePlaceholder()
{
    QString text;
    if (m_projectPath.isEmpty())
        text = tr("Open a project to see its configurations.");
    else if (m_readLoaded && m_entries.empty())
        text = tr("No configurations yet.\nRun a search or save the layer map as a configuration.");
    m_placeholder->setText(text);
    m_stack->setCurrentWidget(text.isEmpty() ? static_cast<QWidget *>(m_tree) : m_placeholder);
}

QModelIndex ConfigurationsView::proxyIndexOf(qint64 id) const
{
    if (id <= 0)
        return {};
    const QModelIndexList hits = m_model->match(m_model->index(0, NameColumn), IdRole, QVariant::fromValue(id), 1,
                                                Qt::MatchExactly | Qt::MatchRecursive);
    return hits.isEmpty() ? QModelIndex() : m_proxy->mapFromSource(hits.first());
}

QVector<qint64> ConfigurationsView::selectedIds() const
{
    QVector<qint64> ids;
    for (const QModelIndex &i : m_tree->selectionModel()->selectedRows(NameColumn)) {
        const qint64 id = i.data(IdRole).toLongLong();
        if (id > 0 && !ids.contains(id))
            ids << id;
    }
    // In the order shown.
    const QVector<qint64> order = visibleIds();
    std::sort(ids.begin(), ids.end(), [&](qint64 a, qint64 b) { return order.indexOf(a) < order.indexOf(b); });
    return ids;
}

qint64 ConfigurationsView::currentId() const
{
    const QModelIndex cur = m_tree->selectionModel()->currentIndex();
    if (cur.isValid() && m_tree->selectionModel()->isRowSelected(cur.row(), cur.parent()))
        return cur.data(IdRole).toLongLong();
    const QVector<qint64> ids = selectedIds();
    return ids.size() == 1 ? ids.first() : 0;
}

void ConfigurationsView::selectConfiguration(qint64 id)
{
    const QModelIndex i = proxyIndexOf(id);
    if (!i.isValid())
        return;
    m_tree->selectionModel()->setCurrentIndex(i, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_tree->scrollTo(i);
}

QVector<qint64> ConfigurationsView::visibleIds() const
{
    QVector<qint64> ids;
    std::function<void(const QModelIndex &)> walk = [&](const QModelIndex &parent) {
        for (int r = 0; r < m_proxy->rowCount(parent); ++r) {
            const QModelIndex i = m_proxy->index(r, NameColumn, parent);
            const qint64 id = i.data(IdRole).toLongLong();
            if (id > 0)
                ids << id;
            walk(i);
        }
    };
    walk(QModelIndex());
    return ids;
}

QStringList ConfigurationsView::visibleGroups() const
{
    QStringList groups;
    for (int r = 0; r < m_proxy->rowCount(); ++r) {
        const QModelIndex i = m_proxy->index(r, NameColumn);
        if (i.data(IdRole).toLongLong() == 0)
            groups << i.data(SortRole).toString();
    }
    return groups;
}

QString ConfigurationsView::message() const
{
    return m_message->isHidden() ? QString() : m_message->text();
}

void ConfigurationsView::showMessage(const QString &text, bool error)
{
    m_message->setText(text);
    m_message->setStyleSheet(error ? QStringLiteral("color: #c0392b;") : QString());
    m_message->setVisible(!text.isEmpty());
}

void ConfigurationsView::updateActions()
{
    const bool project = !m_projectPath.isEmpty();
    const int n = selectedIds().size();
    const bool one = project && currentId() > 0 && n <= 1;
    m_actions[RenameAction]->setEnabled(one);
    m_actions[DeleteAction]->setEnabled(project && n >= 1);
    m_actions[EvaluateAction]->setEnabled(project && n >= 1 && m_starter != nullptr);
    m_actions[BenchmarkAction]->setEnabled(project && n >= 1 && m_starter != nullptr);
    m_actions[ExportAction]->setEnabled(one);
    m_actions[CompareAction]->setEnabled(project && n >= 1);
    m_actions[ShowInLayerMapAction]->setEnabled(one);
}

void ConfigurationsView::contextMenu(const QPoint &pos)
{
    const QModelIndex at = m_tree->indexAt(pos);
    if (!at.isValid() || at.data(IdRole).toLongLong() <= 0)
        return;
    QMenu menu(this);
    for (ActionId id : {CompareAction, ShowInLayerMapAction})
        menu.addAction(m_actions[id]);
    menu.addSeparator();
    for (ActionId id : {EvaluateAction, BenchmarkAction, ExportAction})
        menu.addAction(m_actions[id]);
    menu.addSeparator();
    for (ActionId id : {RenameAction, DeleteAction})
        menu.addAction(m_actions[id]);
    menu.exec(m_tree->viewport()->mapToGlobal(pos));
}

// Renames and deletions: quiet worker jobs, one at a time, then the list is read again.
void ConfigurationsView::runQuiet(std::unique_ptr<dtr::Job> job, const QString &done)
{
    ++m_writes;
    auto runner = new JobRunner(std::move(job), this);
    connect(runner, &JobRunner::finished, this, [this, runner, done](const dtr::JobOutcome &outcome) {
        runner->deleteLater();
        --m_writes;
        if (outcome.status == dtr::JobStatus::Completed) {
            showMessage(done, false);
        } else if (outcome.status == dtr::JobStatus::Failed) {
            const QString error = QString::fromStdString(outcome.error);
            showMessage(error, true);
            Q_EMIT jobFailed(error);
        }
        refresh(); // what the project holds now (a failed rename shows the old name again)
    });
    runner->start();
}

void ConfigurationsView::startThroughStarter(std::unique_ptr<dtr::Job> job, const QString &title)
{
    if (!m_starter)
        return;
    JobRunner *runner = m_starter(std::move(job), title);
    if (!runner)
        return;
    const QString path = m_projectPath;
    connect(runner, &JobRunner::finished, this, [this, title, path](const dtr::JobOutcome &outcome) {
        if (path != m_projectPath)
            return;
        if (outcome.status == dtr::JobStatus::Failed) {
            const QString error = QString::fromStdString(outcome.error);
            showMessage(tr("%1 failed: %2").arg(title, error), true);
            Q_EMIT jobFailed(error);
        } else if (outcome.status == dtr::JobStatus::Completed) {
            showMessage(tr("%1: done.").arg(title), false);
        }
        refresh();
    });
}

void ConfigurationsView::rename(qint64 id, const QString &newName)
{
    const dtr::ConfigurationEntry *e = entry(id);
    if (!e || m_projectPath.isEmpty())
        return;
    const QString old = qs(e->record.name);
    const QString name = newName.trimmed();
    if (name == old)
        return;
    if (name.isEmpty()) {
        showMessage(tr("A configuration needs a name; \u201c%1\u201d keeps its own.").arg(old), true);
        Q_EMIT jobFailed(m_message->text());
        return;
    }
    showMessage(tr("Renaming \u201c%1\u201d\u2026").arg(old), false);
    runQuiet(std::make_unique<dtr::RenameConfigurationJob>(fileName(m_projectPath), id, name.toStdString()),
             tr("Renamed \u201c%1\u201d to \u201c%2\u201d.").arg(old, name));
}

void ConfigurationsView::remove(const QVector<qint64> &ids)
{
    if (m_projectPath.isEmpty())
        return;
    for (qint64 id : ids) {
        const dtr::ConfigurationEntry *e = entry(id);
        if (!e)
            continue;
        runQuiet(std::make_unique<dtr::DeleteConfigurationJob>(fileName(m_projectPath), id),
                 tr("Deleted \u201c%1\u201d.").arg(qs(e->record.name)));
    }
}

void ConfigurationsView::evaluate(const QVector<qint64> &ids, const QString &taskPath)
{
    if (m_projectPath.isEmpty() || taskPath.isEmpty())
        return;
    for (qint64 id : ids) {
        const dtr::ConfigurationEntry *e = entry(id);
        if (!e)
            continue;
        dtr::EvalRequest r;
        r.configuration = e->record.name;
        r.taskPath = fileName(taskPath);
        startThroughStarter(std::make_unique<dtr::EvalJob>(fileName(m_projectPath), r),
                            tr("Evaluate %1 on %2").arg(qs(e->record.name), QFileInfo(taskPath).fileName()));
    }
}

void ConfigurationsView::benchmark(const QVector<qint64> &ids, const std::vector<std::int64_t> &contexts)
{
    if (m_projectPath.isEmpty() || contexts.empty())
        return;
    for (qint64 id : ids) {
        const dtr::ConfigurationEntry *e = entry(id);
        if (!e)
            continue;
        dtr::BenchTarget target;
        target.path = fileName(m_projectPath);
        target.configuration = e->record.name;
        dtr::BenchSettings s;
        s.contexts = contexts;
        startThroughStarter(std::make_unique<dtr::BenchJob>(target, s), tr("Benchmark %1").arg(qs(e->record.name)));
    }
}

ExportDialog *ConfigurationsView::openExportDialog(qint64 id)
{
    const dtr::ConfigurationEntry *e = entry(id);
    if (!e || m_projectPath.isEmpty())
        return nullptr;
    auto dialog = new ExportDialog(m_projectPath, qs(e->record.name), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    const QString last = QSettings().value(QStringLiteral("export/lastFolder")).toString();
    if (!last.isEmpty() && QFileInfo(last).isDir()) {
        QString target = QDir(last).filePath(ExportDialog::folderNameFor(dialog->configuration()));
        for (int n = 2; QFileInfo::exists(target); ++n)
            target = QDir(last).filePath(ExportDialog::folderNameFor(dialog->configuration()) + QStringLiteral("-%1").arg(n));
        dialog->setFolder(QDir::toNativeSeparators(target));
    }
    const QString path = m_projectPath;
    connect(dialog, &ExportDialog::exportFinished, this, [this, path](const QString &folder) {
        QSettings().setValue(QStringLiteral("export/lastFolder"), QFileInfo(folder).absolutePath());
        if (path == m_projectPath)
            refresh();
    });
    dialog->open();
    return dialog;
}

void ConfigurationsView::renameCurrent()
{
    const QModelIndex i = proxyIndexOf(currentId());
    if (!i.isValid())
        return;
    m_tree->setCurrentIndex(i);
    m_tree->edit(i);
}

void ConfigurationsView::deleteSelected()
{
    const QVector<qint64> ids = selectedIds();
    if (ids.isEmpty())
        return;
    QStringList names;
    for (qint64 id : ids)
        if (const dtr::ConfigurationEntry *e = entry(id))
            names << qs(e->record.name);
    const QString text = ids.size() == 1
        ? tr("Delete the configuration \u201c%1\u201d?").arg(names.value(0))
        : tr("Delete these %n configurations?", nullptr, static_cast<int>(ids.size())) + QLatin1Char('\n')
            + names.join(QLatin1Char('\n'));
    QMessageBox box(QMessageBox::Question, tr("Delete configurations"), text, QMessageBox::Cancel, this);
    box.setObjectName(QStringLiteral("configDeleteConfirm"));
    box.setInformativeText(tr("Their evaluations, benchmarks and export records go with them; exported folders stay on disk."));
    QPushButton *yes = box.addButton(tr("Delete"), QMessageBox::DestructiveRole);
    box.setDefaultButton(QMessageBox::Cancel);
    box.exec();
    if (box.clickedButton() != yes)
        return;
    remove(ids);
}

void ConfigurationsView::evaluateSelected()
{
    const QVector<qint64> ids = selectedIds();
    if (ids.isEmpty())
        return;
    QSettings settings;
    const QString task = QFileDialog::getOpenFileName(this, tr("Evaluate on a task"),
                                                      settings.value(QStringLiteral("configurations/lastTaskDir")).toString(),
                                                      tr("Task files (*.jsonl);;All files (*)"));
    if (task.isEmpty())
        return;
    settings.setValue(QStringLiteral("configurations/lastTaskDir"), QFileInfo(task).absolutePath());
    evaluate(ids, task);
}

void ConfigurationsView::benchmarkSelected()
{
    const QVector<qint64> ids = selectedIds();
    if (ids.isEmpty())
        return;
    QDialog dialog(this);
    dialog.setObjectName(QStringLiteral("configBenchmarkDialog"));
    dialog.setWindowTitle(tr("Benchmark"));
    auto form = new QFormLayout(&dialog);
    auto intro = new QLabel(tr("Measure prefill throughput, decode latency and memory of %n configuration(s), "
                               "each next to the full model.", nullptr, static_cast<int>(ids.size())),
                            &dialog);
    intro->setWordWrap(true);
    form->addRow(intro);
    auto contexts = new QLineEdit(QSettings().value(QStringLiteral("configurations/benchContexts"),
                                                    QStringLiteral("512, 2048, 8192")).toString(),
                                  &dialog);
    contexts->setObjectName(QStringLiteral("configBenchContexts"));
    contexts->setToolTip(tr("Context lengths in tokens, separated by commas"));
    form->addRow(tr("&Contexts:"), contexts);
    auto error = new QLabel(&dialog);
    error->setStyleSheet(QStringLiteral("color: #c0392b;"));
    error->hide();
    form->addRow(error);
    auto buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, &dialog);
    buttons->addButton(tr("&Benchmark"), QDialogButtonBox::AcceptRole);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, [&] {
        if (parseContexts(contexts->text()).empty()) {
            error->setText(tr("Give one or more context lengths, e.g. 512, 2048, 8192."));
            error->show();
            return;
        }
        dialog.accept();
    });
    if (dialog.exec() != QDialog::Accepted)
        return;
    QSettings().setValue(QStringLiteral("configurations/benchContexts"), contexts->text());
    benchmark(ids, parseContexts(contexts->text()));
}

void ConfigurationsView::exportCurrent()
{
    openExportDialog(currentId());
}

void ConfigurationsView::compareSelected()
{
    const QVector<qint64> ids = selectedIds();
    if (!ids.isEmpty())
        Q_EMIT compareRequested(ids);
}

void ConfigurationsView::showCurrentInLayerMap()
{
    const dtr::ConfigurationEntry *e = entry(currentId());
    if (!e)
        return;
    QVector<int> layers;
    for (auto l : e->linear)
        layers << static_cast<int>(l);
    Q_EMIT showInLayerMap(qs(e->record.name), layers);
}

} // namespace dtr::gui
