#include "searchview.h"

#include "candidatematrix.h"
#include "displaynames.h"
#include "jobrunner.h"
#include "jobsview.h"
#include "layertablemodel.h"
#include "runsview.h"
#include "stagelayout.h"
#include "trajectoryplot.h"

#include "jobs/search_jobs.h"
#include "jobs/search_read_jobs.h"
#include "search/search_types.h"
#include "search/tasks.h"
#include "util/layer_list.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QDoubleSpinBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QScrollArea>
#include <QSpinBox>
#include <QSplitter>
#include <QToolButton>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>
#include <limits>
#include <map>

namespace dtr::gui {

namespace {

std::string fileName(const QString &path)
{
    return QFile::encodeName(path).toStdString();
}

QString qstr(const nlohmann::json &j, const char *key)
{
    const auto it = j.find(key);
    return it != j.end() && it->is_string() ? QString::fromStdString(it->get<std::string>()) : QString();
}

double number(const nlohmann::json &j, const char *key, double fallback = std::numeric_limits<double>::quiet_NaN())
{
    const auto it = j.find(key);
    return it != j.end() && it->is_number() ? it->get<double>() : fallback;
}

QString elided(QString text, int chars)
{
    text.replace(QLatin1Char('\n'), QLatin1Char(' '));
    return text.size() > chars ? text.left(chars - 1) + QChar(0x2026) : text;
}

QString taskKindText(const QString &kind)
{
    if (kind == QLatin1String("multiple_choice"))
        return SearchView::tr("multiple choice");
    if (kind == QLatin1String("language_model"))
        return SearchView::tr("language modelling");
    if (kind == QLatin1String("generation"))
        return SearchView::tr("generation");
    return kind;
}

TrajectoryPoint pointFrom(const nlohmann::json &row)
{
    TrajectoryPoint p;
    p.round = row.value("round", 0);
    p.numLinear = row.value("num_linear", 0);
    p.chosenLayer = row.value("chosen_layer", -1);
    p.score = number(row, "score", 0);
    p.hasCi = row.contains("ci_low") && row["ci_low"].is_number() && row.contains("ci_high") && row["ci_high"].is_number();
    if (p.hasCi) {
        p.ciLow = row["ci_low"].get<double>();
        p.ciHigh = row["ci_high"].get<double>();
    }
    p.hasTest = row.contains("test_score") && row["test_score"].is_number();
    if (p.hasTest)
        p.test = row["test_score"].get<double>();
    p.committed = row.value("committed", true);
    p.withinNoise = row.value("within_noise", false);
    return p;
}

TrajectorySeries seriesFrom(const nlohmann::json &trajectory, const QString &label, const QString &strategy)
{
    TrajectorySeries s;
    s.label = label;
    s.strategy = strategy;
    for (const auto &row : trajectory)
        s.points.append(pointFrom(row));
    return s;
}

QString seriesLabel(const QString &strategy, qint64 id)
{
    return SearchView::tr("%1 (search %2)").arg(strategyDisplayName(strategy)).arg(id);
}

} // namespace

// The running search's rounds and candidates, as they arrive.
struct SearchView::Live
{
    qint64 id = 0;
    QString strategy, metric;
    double base = std::numeric_limits<double>::quiet_NaN(), pMin = std::numeric_limits<double>::quiet_NaN();
    bool higherIsBetter = true;
    TrajectorySeries series;
    QVector<CandidateCell> cells;
    QVector<int> withinNoise;
    std::map<int, std::vector<std::int64_t>> linearAfter; // round -> linear layers
    std::vector<std::int64_t> start;
};

SearchView::SearchView(QWidget *parent)
    : QWidget(parent)
{
    auto form = new QGroupBox(tr("New search"), this);
    form->setObjectName(QStringLiteral("searchForm"));
    auto formLayout = new QFormLayout(form);
    formLayout->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);

    const auto taskField = [this, form](QLineEdit *&edit, QLabel *&info, const char *name, bool test) {
        auto box = new QWidget(form);
        auto v = new QVBoxLayout(box);
        v->setContentsMargins(0, 0, 0, 0);
        v->setSpacing(2);
        auto row = new QHBoxLayout;
        edit = new QLineEdit(box);
        edit->setObjectName(QLatin1String(name));
        edit->setPlaceholderText(test ? tr("optional: scores what the search finds") : tr("a JSONL task file"));
        edit->setClearButtonEnabled(true);
        auto browse = new QToolButton(box);
        browse->setObjectName(QLatin1String(name) + QStringLiteral("Browse"));
        browse->setText(tr("Browse\u2026"));
        QLineEdit *e = edit;
        connect(browse, &QToolButton::clicked, this, [this, e] { browseTask(e); });
        connect(edit, &QLineEdit::editingFinished, this, [this, test] { previewTask(test); });
        row->addWidget(edit, 1);
        row->addWidget(browse);
        v->addLayout(row);
        info = new QLabel(box);
        info->setObjectName(QLatin1String(name) + QStringLiteral("Preview"));
        info->setWordWrap(true);
        info->setTextFormat(Qt::PlainText);
        info->setEnabled(false);
        info->hide();
        v->addWidget(info);
        return box;
    };
    QWidget *valBox = taskField(m_val, m_valInfo, "searchValTask", false);
    QWidget *testBox = taskField(m_test, m_testInfo, "searchTestTask", true);

    m_metric = new QComboBox(form);
    m_metric->setObjectName(QStringLiteral("searchMetric"));
    m_metric->setToolTip(tr("How a configuration is scored on the task; the task's kind decides which apply"));
    m_tolerance = new QDoubleSpinBox(form);
    m_tolerance->setObjectName(QStringLiteral("searchTolerance"));
    m_tolerance->setRange(0.1, 50);
    m_tolerance->setDecimals(1);
    m_tolerance->setSingleStep(0.5);
    m_tolerance->setValue(5);
    m_tolerance->setSuffix(QStringLiteral(" %"));
    m_tolerance->setToolTip(tr("How much worse than the full model a hybrid may score (P_min = P_full \u00d7 (1 \u2212 tolerance))"));
    m_strategy = new QComboBox(form);
    m_strategy->setObjectName(QStringLiteral("searchStrategy"));
    for (const std::string &s : dtr::searchStrategies())
        m_strategy->addItem(strategyDisplayName(QString::fromStdString(s)), QString::fromStdString(s));
    m_strategy->setItemData(0, tr("Replace, one at a time, the layer whose replacement hurts the task least"),
                            Qt::ToolTipRole);
    m_strategy->setToolTip(tr("Greedy is the method; the others are placement baselines to compare it with"));
    m_students = new QComboBox(form);
    m_students->setObjectName(QStringLiteral("searchStudents"));
    m_students->setToolTip(tr("The distillation run whose students replace the layers"));
    m_constraints = new QLabel(form);
    m_constraints->setObjectName(QStringLiteral("searchConstraints"));
    m_constraints->setWordWrap(true);
    m_constraints->setToolTip(tr("Edit them on the layer map: pinned layers start linear, forbidden ones stay attention"));
    m_maxLinear = new QSpinBox(form);
    m_maxLinear->setObjectName(QStringLiteral("searchMaxLinear"));
    m_maxLinear->setRange(0, 0);
    m_maxLinear->setSpecialValueText(tr("no limit"));
    m_maxLinear->setToolTip(tr("Stop after this many linear layers (pinned ones included)"));
    m_continue = new QCheckBox(tr("Trace the whole trajectory past P_min"), form);
    m_continue->setObjectName(QStringLiteral("searchContinue"));
    m_seed = new QSpinBox(form);
    m_seed->setObjectName(QStringLiteral("searchSeed"));
    m_seed->setRange(0, std::numeric_limits<int>::max());
    m_seed->setToolTip(tr("Seeds the random baseline and the bootstrap intervals"));

    m_fields.add(tr("&Validation task:"), valBox, QStringLiteral("val"));
    m_fields.add(tr("T&est task:"), testBox, QStringLiteral("test"));
    m_fields.add(tr("&Metric:"), m_metric, QStringLiteral("metric"));
    m_fields.add(tr("&Tolerance:"), m_tolerance, QStringLiteral("tolerance"));
    m_fields.add(tr("St&rategy:"), m_strategy, QStringLiteral("strategy"));
    m_fields.add(tr("St&udents:"), m_students, QStringLiteral("students"));
    m_fields.add(tr("Constraints:"), m_constraints, QStringLiteral("constraints"));
    m_fields.add(tr("Ma&x. linear layers:"), m_maxLinear, QStringLiteral("max_linear"));
    m_fields.add(QString(), m_continue, QStringLiteral("continue"));
    m_fields.add(tr("S&eed:"), m_seed, QStringLiteral("seed"));
    m_fields.addRowsTo(formLayout);

    const RunControls controls = createRunControls(this, QStringLiteral("search"),
                                                tr("Continue the selected stopped search at the round it was in"));
    m_start = controls.start;
    m_cancel = controls.cancel;
    m_resume = controls.resume;
    m_status = controls.status;
    connect(m_start, &QPushButton::clicked, this, &SearchView::start);
    connect(m_cancel, &QPushButton::clicked, this, &SearchView::cancel);
    connect(m_resume, &QPushButton::clicked, this, &SearchView::resume);

    m_searches = createRunList(this, QStringLiteral("searchList"),
                               {tr("Search"), tr("Strategy"), tr("Task"), tr("Metric"), tr("Status"), tr("Rounds")});
    connect(m_searches, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem *item) {
        const qint64 id = item ? item->data(IdColumn, Qt::UserRole).toLongLong() : 0;
        updateButtons();
        m_followLive = id == m_liveSearch && m_liveSearch > 0;
        if (m_followLive && id != m_shownSearch)
            drawLive(); // back to the running search: what it has so far
        else if (id > 0 && id != m_shownSearch && !m_followLive)
            loadSearch(id);
    });

    m_plot = new TrajectoryPlot(this);
    m_matrix = new CandidateMatrix(this);
    connect(m_matrix, &CandidateMatrix::cellClicked, this, &SearchView::onCellClicked);
    layOutStageView(this, form, controls.bar, m_searches, tr("Searches"), m_plot, m_matrix);

    updateMetrics();
    clearProject();
}

SearchView::~SearchView()
{
    // A top-level view that closes while a task field has the focus gets editingFinished
    // from ~QWidget, after this part of it is gone: no preview then.
    m_val->disconnect(this);
    m_test->disconnect(this);
}

void SearchView::setStarter(Starter starter)
{
    m_starter = std::move(starter);
}

void SearchView::setProject(const QString &projectPath, const dtr::ModelSummary &model)
{
    m_projectPath = projectPath;
    m_numLayers = static_cast<std::int64_t>(model.layers.size());
    m_maxLinear->setRange(0, static_cast<int>(m_numLayers));
    setEnabled(true);
    m_status->clear();
    updateConstraintsText();
    updateButtons();
}

void SearchView::clearProject()
{
    if (m_runner)
        m_runner->disconnect(this);
    m_runner.clear();
    m_loader.clear();
    m_projectPath.clear();
    m_numLayers = 0;
    m_liveSearch = m_shownSearch = 0;
    m_live.reset();
    m_data = nlohmann::json();
    m_searchRows = nlohmann::json::array();
    m_searches->clear();
    m_students->clear();
    m_plot->clear();
    m_matrix->clear();
    m_pinned.clear();
    m_forbidden.clear();
    m_fields.clearErrors();
    m_status->setText(tr("Open or create a project, and distil its layers, to search for a hybrid."));
    setEnabled(false);
    updateButtons();
}

void SearchView::setDistillRuns(const nlohmann::json &distillRuns)
{
    const qint64 keep = m_students->currentData().toLongLong();
    const QSignalBlocker block(m_students);
    m_students->clear();
    std::vector<nlohmann::json> runs(distillRuns.begin(), distillRuns.end());
    std::reverse(runs.begin(), runs.end()); // newest first
    for (const auto &r : runs) {
        if (r.value("status", std::string()) != "completed")
            continue;
        const qint64 id = r.value("id", qint64(0));
        std::vector<std::int64_t> layers = r.value("layers", std::vector<std::int64_t>());
        m_students->addItem(tr("Run %1 \u00b7 %2 \u00b7 layers %3")
                                .arg(id)
                                .arg(mixerShortName(r.value("mixer", std::string())),
                                     QString::fromStdString(dtr::formatLayerList(layers))),
                            QVariant::fromValue(id));
        m_students->setItemData(m_students->count() - 1, QString::fromStdString(r.value("mixer", std::string())),
                                Qt::UserRole + 1);
    }
    const int i = m_students->findData(QVariant::fromValue(keep));
    m_students->setCurrentIndex(i >= 0 ? i : 0);
    if (m_students->count() == 0)
        m_students->setPlaceholderText(tr("no completed distillation run yet"));
}

void SearchView::setSearches(const nlohmann::json &searchRuns)
{
    const qint64 keep = m_followLive && m_liveSearch > 0 ? m_liveSearch : selectedSearch();
    m_searchRows = searchRuns;
    std::vector<nlohmann::json> rows(searchRuns.begin(), searchRuns.end());
    std::reverse(rows.begin(), rows.end()); // newest first
    const QSignalBlocker block(m_searches);
    m_searches->clear();
    QTreeWidgetItem *select = nullptr;
    const bool firstFill = m_shownSearch == 0 && !isRunning();
    for (const auto &r : rows) {
        const qint64 id = r.value("id", qint64(0));
        const QString status = qstr(r, "status");
        auto item = new QTreeWidgetItem(m_searches);
        item->setData(IdColumn, Qt::UserRole, QVariant::fromValue(id));
        item->setData(StatusColumn, Qt::UserRole, status);
        item->setText(IdColumn, QString::number(id));
        item->setText(StrategyColumn, strategyDisplayName(qstr(r, "strategy")));
        const QString val = qstr(r, "val");
        // The task's folder too: demo tasks are all called validation.jsonl.
        const QFileInfo valInfo(val);
        item->setText(TaskColumn, val.isEmpty() ? QString()
                                                : valInfo.dir().dirName() + QLatin1Char('/') + valInfo.completeBaseName());
        item->setToolTip(TaskColumn, val);
        item->setText(MetricColumn, qstr(r, "metric"));
        item->setText(StatusColumn, runStatusText(status));
        if (!qstr(r, "error").isEmpty())
            item->setToolTip(StatusColumn, qstr(r, "error"));
        item->setText(RoundsColumn, QLocale().toString(r.value("rounds", qint64(0))));
        item->setTextAlignment(RoundsColumn, Qt::AlignRight | Qt::AlignVCenter);
        if (id == (keep > 0 ? keep : m_shownSearch))
            select = item;
    }
    // By default the newest greedy search (its baselines are drawn with it), else the newest.
    for (int i = 0; !select && i < m_searches->topLevelItemCount(); ++i)
        if (qstr(rows[static_cast<std::size_t>(i)], "strategy") == QLatin1String("greedy"))
            select = m_searches->topLevelItem(i);
    if (!select && m_searches->topLevelItemCount() > 0)
        select = m_searches->topLevelItem(0);
    m_searches->setCurrentItem(select);
    updateButtons();
    const qint64 id = selectedSearch();
    if (id > 0 && id != m_shownSearch && !(m_followLive && id == m_liveSearch))
        loadSearch(id);
    else if (id > 0 && id == m_shownSearch && id != m_liveSearch && !isLoading()) {
        // Another writer (dtr search in a terminal) is extending the shown search.
        for (const auto &r : rows)
            if (r.value("id", qint64(0)) == id && r.value("status", std::string()) == "running")
                loadSearch(id);
    }
    // Prefill the tasks from the newest search, once.
    if (firstFill && !rows.empty() && m_val->text().isEmpty() && !qstr(rows.front(), "val").isEmpty()) {
        setValidationTask(qstr(rows.front(), "val"));
        if (!qstr(rows.front(), "test").isEmpty())
            setTestTask(qstr(rows.front(), "test"));
    }
}

void SearchView::setConstraints(const std::vector<std::int64_t> &pinned, const std::vector<std::int64_t> &forbidden)
{
    m_pinned = pinned;
    m_forbidden = forbidden;
    updateConstraintsText();
}

void SearchView::updateConstraintsText()
{
    const auto list = [](const std::vector<std::int64_t> &v) {
        return v.empty() ? tr("none") : QString::fromStdString(dtr::formatLayerList(v));
    };
    m_constraints->setText(tr("pinned %1 \u00b7 forbidden %2 (from the layer map)").arg(list(m_pinned), list(m_forbidden)));
}

void SearchView::setValidationTask(const QString &path)
{
    m_val->setText(path);
    previewTask(false);
}

void SearchView::setTestTask(const QString &path)
{
    m_test->setText(path);
    previewTask(true);
}

void SearchView::browseTask(QLineEdit *edit)
{
    const QString start = edit->text().isEmpty() ? QString() : QFileInfo(edit->text()).absolutePath();
    const QString file = QFileDialog::getOpenFileName(this, tr("Choose a Task File"), start,
                                                      tr("Task files (*.jsonl);;All files (*)"));
    if (file.isEmpty())
        return;
    edit->setText(file);
    previewTask(edit == m_test);
}

QString SearchView::validationTask() const
{
    return m_val->text().trimmed();
}

void SearchView::previewTask(bool test)
{
    QLineEdit *edit = test ? m_test : m_val;
    QLabel *info = test ? m_testInfo : m_valInfo;
    nlohmann::json &task = test ? m_testTask : m_valTask;
    QPointer<JobRunner> &slot = test ? m_testPreview : m_valPreview;
    const QString path = edit->text().trimmed();
    const QString key = test ? QStringLiteral("test") : QStringLiteral("val");
    if (!task.is_null() && qstr(task, "path") == path)
        return; // unchanged
    if (!test)
        Q_EMIT validationTaskChanged(path);
    task = nlohmann::json();
    m_fields.setError(key, QString());
    info->hide();
    updateMetrics();
    if (path.isEmpty()) {
        slot.clear();
        return;
    }
    auto runner = new JobRunner(std::make_unique<dtr::TaskPreviewJob>(fileName(path)), this);
    slot = runner;
    info->setText(tr("Reading %1\u2026").arg(QFileInfo(path).fileName()));
    info->show();
    connect(runner, &JobRunner::finished, this, [this, runner, test, path, key](const dtr::JobOutcome &outcome) {
        runner->deleteLater();
        QPointer<JobRunner> &current = test ? m_testPreview : m_valPreview;
        if (current != runner)
            return; // superseded by another file
        current.clear();
        QLabel *label = test ? m_testInfo : m_valInfo;
        if (outcome.status != dtr::JobStatus::Completed) {
            label->hide();
            m_fields.setError(key, QString::fromStdString(outcome.error));
            return;
        }
        nlohmann::json t = outcome.result;
        t["path"] = fileName(path);
        QStringList metrics;
        for (const auto &m : t.value("metrics", nlohmann::json::array()))
            metrics << QString::fromStdString(m.get<std::string>());
        const nlohmann::json ex = t.value("example", nlohmann::json::object());
        QString example;
        if (ex.contains("context")) {
            QStringList choices;
            for (const auto &c : ex.value("choices", nlohmann::json::array()))
                choices << elided(QString::fromStdString(c.get<std::string>()), 24);
            example = tr("\u201c%1\u201d \u2192 %2 (answer %3)")
                          .arg(elided(qstr(ex, "context"), 80), choices.join(QStringLiteral(" | ")))
                          .arg(ex.value("label", -1) + 1);
        } else if (ex.contains("prompt")) {
            example = tr("\u201c%1\u201d \u2192 \u201c%2\u201d").arg(elided(qstr(ex, "prompt"), 80), elided(qstr(ex, "answer"), 30));
        } else {
            example = QStringLiteral("\u201c%1\u201d").arg(elided(qstr(ex, "text"), 100));
        }
        label->setText(tr("%1 \u00b7 %n example(s) \u00b7 metrics: %2", nullptr, t.value("examples", 0))
                           .arg(taskKindText(qstr(t, "kind")), metrics.join(QStringLiteral(", ")))
                       + QLatin1Char('\n') + tr("e.g. %1").arg(example));
        label->setToolTip(path);
        label->show();
        (test ? m_testTask : m_valTask) = std::move(t);
        updateMetrics();
    });
    runner->start();
}

void SearchView::updateMetrics()
{
    const QString keep = m_metric->currentData().toString();
    const QSignalBlocker block(m_metric);
    m_metric->clear();
    if (m_valTask.is_null()) {
        m_metric->addItem(tr("the task's default"), QString());
        return;
    }
    m_metric->addItem(tr("default (%1)").arg(qstr(m_valTask, "default_metric")), QString());
    for (const auto &m : m_valTask.value("metrics", nlohmann::json::array()))
        m_metric->addItem(QString::fromStdString(m.get<std::string>()), QString::fromStdString(m.get<std::string>()));
    const int i = m_metric->findData(keep);
    m_metric->setCurrentIndex(std::max(0, i));
}

bool SearchView::validate()
{
    m_fields.clearErrors();
    bool ok = true;
    const auto fail = [&](const char *key, const QString &message) {
        m_fields.setError(QLatin1String(key), message);
        ok = false;
    };
    if (m_projectPath.isEmpty())
        fail("val", tr("Open a project first."));
    const QString val = m_val->text().trimmed();
    if (val.isEmpty())
        fail("val", tr("Choose the validation task the search scores configurations on."));
    else if (!QFileInfo(val).isFile())
        fail("val", tr("%1 is not a file.").arg(val));
    else if (m_valTask.is_null() && !m_valPreview)
        fail("val", tr("%1 could not be read as a task.").arg(val));
    const QString test = m_test->text().trimmed();
    if (!test.isEmpty() && !QFileInfo(test).isFile())
        fail("test", tr("%1 is not a file.").arg(test));
    else if (!test.isEmpty() && m_testTask.is_null() && !m_testPreview)
        fail("test", tr("%1 could not be read as a task.").arg(test));
    else if (!test.isEmpty() && !m_valTask.is_null() && !m_testTask.is_null()
             && qstr(m_valTask, "kind") != qstr(m_testTask, "kind"))
        fail("test", tr("The test task is %1 but the validation task is %2; use tasks of one kind.")
                         .arg(taskKindText(qstr(m_testTask, "kind")), taskKindText(qstr(m_valTask, "kind"))));
    if (m_students->count() == 0)
        fail("students", tr("Distil the layers first (the Distillation view): the search needs their students."));
    const int maxLinear = m_maxLinear->value();
    if (maxLinear > 0 && maxLinear < static_cast<int>(m_pinned.size()))
        fail("max_linear", tr("At least the %n pinned layer(s).", nullptr, static_cast<int>(m_pinned.size())));
    return ok;
}

dtr::SearchSettings SearchView::settings() const
{
    dtr::SearchSettings s;
    s.strategy = m_strategy->currentData().toString().toStdString();
    s.valTask = fileName(m_val->text().trimmed());
    s.testTask = fileName(m_test->text().trimmed());
    s.metric = m_metric->currentData().toString().toStdString();
    if (m_students->count() > 0)
        s.studentsRun = m_students->currentData().toLongLong();
    s.greedy.tolerance = m_tolerance->value() / 100.0;
    s.greedy.pin = m_pinned;
    s.greedy.forbid = m_forbidden;
    if (m_maxLinear->value() > 0)
        s.greedy.maxLinear = m_maxLinear->value();
    s.greedy.continuePastMin = m_continue->isChecked();
    s.seed = static_cast<std::uint64_t>(m_seed->value());
    return s;
}

void SearchView::start()
{
    if (isRunning() || !validate())
        return;
    const dtr::SearchSettings s = settings();
    startJob(std::make_unique<dtr::SearchJob>(fileName(m_projectPath), s),
             tr("Search (%1) on %2").arg(strategyDisplayName(QString::fromStdString(s.strategy)),
                                          QFileInfo(m_val->text().trimmed()).fileName()),
             0);
}

void SearchView::resume()
{
    const qint64 id = selectedSearch();
    if (isRunning() || id <= 0 || m_projectPath.isEmpty())
        return;
    startJob(std::make_unique<dtr::SearchJob>(dtr::SearchJob::resume(fileName(m_projectPath), id)),
             tr("Resume search %1").arg(id), id);
}

void SearchView::cancel()
{
    if (m_runner)
        m_runner->cancel();
}

void SearchView::startJob(std::unique_ptr<dtr::Job> job, const QString &title, qint64 searchId)
{
    if (!m_starter)
        return;
    JobRunner *runner = m_starter(std::move(job), title);
    if (!runner)
        return;
    m_runner = runner;
    m_liveSearch = searchId;
    m_followLive = true;
    m_live = std::make_unique<Live>();
    m_live->id = searchId;
    if (searchId > 0 && searchId == m_shownSearch && m_data.is_object()) {
        // Resuming the shown search: its stored rounds stay, new ones are appended.
        const nlohmann::json &s = m_data["search"];
        m_live->strategy = qstr(s, "strategy");
        m_live->metric = qstr(s, "metric");
        m_live->base = number(s, "base_score");
        m_live->pMin = number(s, "p_min");
        m_live->higherIsBetter = s.value("higher_is_better", true);
        m_live->series = seriesFrom(m_data["trajectory"], seriesLabel(m_live->strategy, searchId), m_live->strategy);
        for (const auto &row : m_data["trajectory"])
            m_live->linearAfter[row.value("round", 0)] = row.value("linear_layers", std::vector<std::int64_t>());
        m_live->start = s.value("pin", std::vector<std::int64_t>());
        for (const auto &c : m_data["candidates"]) {
            CandidateCell cell;
            cell.round = c.value("round", 0);
            cell.layer = c.value("layer", 0);
            cell.score = number(c, "score", 0);
            cell.hasCi = c.contains("ci_low") && c["ci_low"].is_number();
            cell.ciLow = number(c, "ci_low", 0);
            cell.ciHigh = number(c, "ci_high", 0);
            cell.chosen = c.value("chosen", false);
            m_live->cells.append(cell);
        }
        for (const auto &row : m_data["trajectory"])
            if (row.value("within_noise", false))
                m_live->withinNoise.append(row.value("round", 0));
    } else {
        const dtr::SearchSettings s = settings();
        m_live->strategy = QString::fromStdString(s.strategy);
        m_live->metric = s.metric.empty() ? qstr(m_valTask, "default_metric") : QString::fromStdString(s.metric);
        m_live->higherIsBetter = dtr::metricHigherIsBetter(m_live->metric.toStdString());
        m_live->start = m_pinned;
        m_plot->clear();
        m_matrix->clear();
    }
    connect(runner, &JobRunner::progressBatch, this, &SearchView::onProgress);
    connect(runner, &JobRunner::finished, this, &SearchView::onFinished);
    m_status->setText(searchId > 0 ? tr("Resuming search %1\u2026").arg(searchId)
                                   : tr("Starting: loading the model, the students and the tasks\u2026"));
    updateButtons();
}

void SearchView::onProgress(const QVector<dtr::JobProgress> &batch)
{
    if (!m_live)
        return;
    bool redraw = false;
    for (const dtr::JobProgress &jp : batch) {
        const auto *p = std::get_if<dtr::SearchPayload>(&jp.payload);
        if (!p)
            continue;
        if (m_liveSearch == 0 && p->searchId > 0) {
            m_liveSearch = m_live->id = p->searchId;
            Q_EMIT searchActivity();
        }
        switch (p->event) {
        case dtr::SearchPayload::Event::Start:
            m_live->base = p->state.fullScore;
            m_live->pMin = p->state.pMin;
            redraw = true;
            break;
        case dtr::SearchPayload::Event::Candidate: {
            CandidateCell cell;
            cell.round = static_cast<int>(p->round);
            cell.layer = static_cast<int>(p->layer);
            cell.score = p->score.value;
            cell.ciLow = p->score.ciLow;
            cell.ciHigh = p->score.ciHigh;
            cell.hasCi = true;
            m_live->cells.append(cell);
            if (m_shownSearch == m_liveSearch || m_followLive)
                m_matrix->addCell(cell);
            break;
        }
        case dtr::SearchPayload::Event::Round: {
            if (!p->roundResult)
                break;
            const dtr::RoundResult &r = *p->roundResult;
            TrajectoryPoint pt;
            pt.round = static_cast<int>(r.round);
            pt.numLinear = static_cast<int>(r.linearAfter.size());
            pt.chosenLayer = static_cast<int>(r.chosenLayer);
            pt.score = r.chosen.value;
            pt.ciLow = r.chosen.ciLow;
            pt.ciHigh = r.chosen.ciHigh;
            pt.hasCi = true;
            pt.hasTest = p->testScore.has_value();
            pt.test = p->testScore.value_or(0);
            pt.committed = r.committed;
            pt.withinNoise = r.withinNoise;
            m_live->series.points.append(pt);
            m_live->linearAfter[pt.round] = r.linearAfter;
            if (r.withinNoise)
                m_live->withinNoise.append(pt.round);
            for (CandidateCell &c : m_live->cells)
                if (c.round == pt.round && c.layer == pt.chosenLayer)
                    c.chosen = r.committed;
            redraw = true;
            break;
        }
        case dtr::SearchPayload::Event::Configuration:
            break;
        }
        if (jp.phase.rfind("round", 0) == 0 && jp.total > 0)
            m_status->setText(tr("Search %1, %2: candidate %3 of %4")
                                  .arg(m_liveSearch)
                                  .arg(QString::fromStdString(jp.phase))
                                  .arg(jp.done)
                                  .arg(jp.total));
        else if (!jp.message.empty())
            m_status->setText(QString::fromStdString(jp.message));
    }
    if (redraw && m_followLive)
        drawLive();
}

void SearchView::drawLive()
{
    if (!m_live)
        return;
    m_shownSearch = m_liveSearch;
    m_data = nlohmann::json();
    m_live->series.label = seriesLabel(m_live->strategy, m_liveSearch);
    m_plot->setData(m_live->series, {}, m_live->base, m_live->pMin, -1, -1, m_live->metric);
    m_matrix->setData(static_cast<int>(m_numLayers), m_live->cells, m_live->withinNoise, m_live->higherIsBetter,
                      m_live->metric);
}

void SearchView::onFinished(const dtr::JobOutcome &outcome)
{
    const qint64 id = m_liveSearch > 0 ? m_liveSearch : (outcome.resumeId ? *outcome.resumeId : 0);
    switch (outcome.status) {
    case dtr::JobStatus::Completed: {
        const nlohmann::json &r = outcome.result;
        m_status->setText(tr("Search %1 completed: M_best has %2 linear layer(s), M_opt %3.")
                              .arg(id)
                              .arg(r.contains("state") ? r["state"].value("best", nlohmann::json::array()).size() : 0)
                              .arg(r.contains("state") ? r["state"].value("opt", nlohmann::json::array()).size() : 0));
        break;
    }
    case dtr::JobStatus::Cancelled:
        m_status->setText(id > 0 ? tr("Search %1 stopped; Resume continues it at the round it was in.").arg(id)
                                 : tr("Stopped before the search was stored."));
        break;
    case dtr::JobStatus::Failed:
        m_status->setText(tr("Failed: %1").arg(QString::fromStdString(outcome.error)));
        break;
    }
    m_runner.clear();
    m_liveSearch = 0;
    m_live.reset();
    updateButtons();
    if (id > 0 && (m_followLive || id == m_shownSearch))
        loadSearch(id);
    m_followLive = false;
    Q_EMIT searchActivity();
}

void SearchView::loadSearch(qint64 searchId)
{
    if (m_projectPath.isEmpty() || searchId <= 0)
        return;
    m_shownSearch = searchId;
    auto runner = new JobRunner(std::make_unique<dtr::ReadSearchJob>(fileName(m_projectPath), searchId), this);
    m_loader = runner;
    connect(runner, &JobRunner::finished, this, [this, runner, searchId](const dtr::JobOutcome &outcome) {
        runner->deleteLater();
        if (m_loader != runner)
            return; // superseded
        m_loader.clear();
        if (searchId != m_shownSearch || (m_followLive && m_liveSearch == searchId))
            return;
        if (outcome.status == dtr::JobStatus::Completed)
            applyLoaded(outcome.result);
        else if (outcome.status == dtr::JobStatus::Failed)
            m_status->setText(tr("Could not read search %1: %2").arg(searchId).arg(QString::fromStdString(outcome.error)));
    });
    runner->start();
}

void SearchView::applyLoaded(const nlohmann::json &data)
{
    m_data = data;
    const nlohmann::json &s = data.at("search");
    const qint64 id = s.value("id", qint64(0));
    const QString strategy = qstr(s, "strategy");
    const TrajectorySeries main = seriesFrom(data.at("trajectory"), seriesLabel(strategy, id), strategy);
    QVector<TrajectorySeries> baselines;
    for (const auto &b : data.value("baselines", nlohmann::json::array()))
        baselines.append(seriesFrom(b.at("trajectory"), seriesLabel(qstr(b, "strategy"), b.value("id", qint64(0))),
                                    qstr(b, "strategy")));
    const auto k = [&](const char *key) {
        const auto it = data.find(key);
        return it != data.end() && it->is_object() ? it->value("num_linear", -1) : -1;
    };
    m_plot->setData(main, baselines, number(s, "base_score"), number(s, "p_min"), k("best"), k("opt"), qstr(s, "metric"));
    QVector<CandidateCell> cells;
    for (const auto &c : data.at("candidates")) {
        CandidateCell cell;
        cell.round = c.value("round", 0);
        cell.layer = c.value("layer", 0);
        cell.score = number(c, "score", 0);
        cell.hasCi = c.contains("ci_low") && c["ci_low"].is_number() && c.contains("ci_high") && c["ci_high"].is_number();
        cell.ciLow = number(c, "ci_low", 0);
        cell.ciHigh = number(c, "ci_high", 0);
        cell.chosen = c.value("chosen", false);
        cells.append(cell);
    }
    QVector<int> noise;
    for (const TrajectoryPoint &p : main.points)
        if (p.withinNoise)
            noise.append(p.round);
    m_matrix->setData(static_cast<int>(m_numLayers), cells, noise, s.value("higher_is_better", true), qstr(s, "metric"));
}

void SearchView::onCellClicked(int round, int layer)
{
    // The configuration the cell scored: the linear layers before its round, plus its layer.
    std::vector<std::int64_t> before;
    QString mixer;
    if (m_live && m_liveSearch == m_shownSearch) {
        const auto it = m_live->linearAfter.find(round - 1);
        before = it != m_live->linearAfter.end() ? it->second : m_live->start;
        mixer = m_students->currentData(Qt::UserRole + 1).toString();
    } else if (m_data.is_object()) {
        before = m_data["search"].value("pin", std::vector<std::int64_t>());
        for (const auto &row : m_data["trajectory"])
            if (row.value("round", 0) == round - 1)
                before = row.value("linear_layers", std::vector<std::int64_t>());
        mixer = qstr(m_data["search"], "mixer");
    } else {
        return;
    }
    if (std::find(before.begin(), before.end(), layer) == before.end())
        before.push_back(layer);
    std::sort(before.begin(), before.end());
    const auto cell = m_matrix->cellAt(round, layer);
    const QString caption = tr("Search %1, round %2: layer %3 replaced, %4 linear layer(s), score %5")
                                .arg(m_shownSearch)
                                .arg(round)
                                .arg(layer)
                                .arg(before.size())
                                .arg(cell ? QLocale().toString(cell->score, 'g', 4) : QString());
    Q_EMIT candidateSelected(before, mixer, caption);
}

void SearchView::selectSearch(qint64 searchId)
{
    selectRunRow(m_searches, IdColumn, searchId);
}

qint64 SearchView::selectedSearch() const
{
    return currentRunId(m_searches, IdColumn);
}

bool SearchView::isRunning() const
{
    return m_runner && !m_runner->isFinished();
}

void SearchView::updateButtons()
{
    updateRunControls({m_start, m_cancel, m_resume, m_status}, !m_projectPath.isEmpty(), isRunning(), m_searches, StatusColumn);
}

} // namespace dtr::gui
