#include "distillview.h"

#include "displaynames.h"
#include "formfields.h"
#include "jobrunner.h"
#include "jobsview.h"
#include "layertablemodel.h"
#include "lossbars.h"
#include "lossplot.h"
#include "runsview.h"
#include "stagelayout.h"

#include "distill/distill_types.h"
#include "jobs/distill_job.h"
#include "jobs/project_jobs.h"
#include "mixers/mixer_list.h"
#include "model/model_summary.h"
#include "util/error.h"
#include "util/layer_list.h"

#include <nlohmann/json.hpp>

#include <QComboBox>
#include <QDateTime>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QScrollArea>
#include <QSpinBox>
#include <QSplitter>
#include <QThread>
#include <QToolButton>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>
#include <limits>
#include <map>

namespace dtr::gui {

namespace {

const double kNaN = std::numeric_limits<double>::quiet_NaN();

std::string fileName(const QString &path)
{
    return QFile::encodeName(path).toStdString();
}

QString layersText(const nlohmann::json &layers)
{
    std::vector<std::int64_t> v;
    for (const auto &l : layers)
        if (l.is_number_integer())
            v.push_back(l.get<std::int64_t>());
    return QString::fromStdString(dtr::formatLayerList(v));
}

QVector<QPointF> seriesPoints(const nlohmann::json &series)
{
    QVector<QPointF> out;
    for (const auto &p : series)
        out.append(QPointF(p.at(0).get<double>(), p.at(1).is_number() ? p.at(1).get<double>() : kNaN));
    return out;
}

} // namespace

DistillView::DistillView(QWidget *parent)
    : QWidget(parent)
{
    // ---- the form
    auto form = new QGroupBox(tr("New distillation run"), this);
    form->setObjectName(QStringLiteral("distillForm"));
    auto formLayout = new QFormLayout(form);
    formLayout->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);

    m_mixer = new QComboBox(form);
    m_mixer->setObjectName(QStringLiteral("distillMixer"));
    for (const dtr::MixerDescription &m : dtr::linearMixers()) {
        m_mixer->addItem(mixerDisplayName(m.name), QString::fromStdString(m.name));
        m_mixer->setItemData(m_mixer->count() - 1, QString::fromStdString(m.description), Qt::ToolTipRole);
    }
    m_mixer->setCurrentIndex(std::max(0, m_mixer->findData(QStringLiteral("gdn"))));

    auto calibBox = new QWidget(form);
    auto calibLayout = new QVBoxLayout(calibBox);
    calibLayout->setContentsMargins(0, 0, 0, 0);
    m_calib = new QListWidget(calibBox);
    m_calib->setObjectName(QStringLiteral("distillCalibFiles"));
    m_calib->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_calib->setMaximumHeight(m_calib->fontMetrics().height() * 4 + 8);
    m_calib->setTextElideMode(Qt::ElideMiddle);
    m_calib->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_calib->setToolTip(tr("Text or JSONL files whose text the students learn to imitate the teacher on"));
    auto calibButtons = new QHBoxLayout;
    auto addCalib = new QPushButton(tr("Add\u2026"), calibBox);
    addCalib->setObjectName(QStringLiteral("distillCalibAdd"));
    auto removeCalib = new QPushButton(tr("Remove"), calibBox);
    removeCalib->setObjectName(QStringLiteral("distillCalibRemove"));
    connect(addCalib, &QPushButton::clicked, this, &DistillView::addCalibrationFiles);
    connect(removeCalib, &QPushButton::clicked, this, &DistillView::removeCalibrationFiles);
    calibButtons->addWidget(addCalib);
    calibButtons->addWidget(removeCalib);
    calibButtons->addStretch(1);
    calibLayout->addWidget(m_calib);
    calibLayout->addLayout(calibButtons);

    const auto spin = [form](const char *name, int lo, int hi, int value) {
        auto s = new QSpinBox(form);
        s->setObjectName(QLatin1String(name));
        s->setRange(lo, hi);
        s->setValue(value);
        s->setGroupSeparatorShown(true);
        return s;
    };
    m_steps = spin("distillSteps", 1, 10000000, 300);
    m_seqLen = spin("distillSeqLen", 2, 1 << 20, 256);
    m_batch = spin("distillBatch", 1, 65536, 4);
    m_lr = new QLineEdit(QStringLiteral("0.001"), form);
    m_lr->setObjectName(QStringLiteral("distillLr"));
    m_lr->setToolTip(tr("Peak learning rate of AdamW, e.g. 0.001 or 1e-3"));
    m_layers = new QLineEdit(form);
    m_layers->setObjectName(QStringLiteral("distillLayers"));
    m_layers->setPlaceholderText(tr("every layer"));
    m_layers->setToolTip(tr("Layers to distil, e.g. 0-3,5. Filled in from the layer map (every layer not forbidden) "
                            "until you type your own list."));
    connect(m_layers, &QLineEdit::textEdited, this, [this] { m_layersEdited = true; });
    auto fromMap = new QToolButton(form);
    fromMap->setObjectName(QStringLiteral("distillLayersFromMap"));
    fromMap->setText(tr("From layer map"));
    fromMap->setToolTip(tr("Use the layers the layer map does not forbid"));
    connect(fromMap, &QToolButton::clicked, this, [this] {
        m_layersEdited = false;
        m_layers->setText(m_layerMapText);
    });
    auto layersBox = new QWidget(form);
    auto layersLayout = new QHBoxLayout(layersBox);
    layersLayout->setContentsMargins(0, 0, 0, 0);
    layersLayout->addWidget(m_layers, 1);
    layersLayout->addWidget(fromMap);
    m_init = new QComboBox(form);
    m_init->setObjectName(QStringLiteral("distillInit"));
    m_init->addItem(tr("Transfer from attention"), QStringLiteral("transfer"));
    m_init->addItem(tr("Random"), QStringLiteral("random"));
    m_init->setToolTip(tr("Transfer starts each student from the teacher layer's attention weights"));
    m_seed = spin("distillSeed", 0, std::numeric_limits<int>::max(), 0);
    m_threads = spin("distillThreads", 0, std::max(1, QThread::idealThreadCount()) * 4, 0);
    m_threads->setSpecialValueText(tr("all cores"));

    addField(tr("&Mixer:"), m_mixer, QStringLiteral("mixer"));
    addField(tr("&Calibration files:"), calibBox, QStringLiteral("calib"));
    addField(tr("&Steps:"), m_steps, QStringLiteral("steps"));
    addField(tr("Se&quence length:"), m_seqLen, QStringLiteral("seq_len"));
    addField(tr("&Batch size:"), m_batch, QStringLiteral("batch"));
    addField(tr("&Learning rate:"), m_lr, QStringLiteral("lr"));
    addField(tr("L&ayers:"), layersBox, QStringLiteral("layers"));
    addField(tr("&Initialisation:"), m_init, QStringLiteral("init"));
    addField(tr("S&eed:"), m_seed, QStringLiteral("seed"));
    addField(tr("&Threads:"), m_threads, QStringLiteral("threads"));
    m_fields.addRowsTo(formLayout);

    const RunControls controls = createRunControls(this, QStringLiteral("distill"),
                                                tr("Continue the selected stopped run from its last checkpoint"));
    m_start = controls.start;
    m_cancel = controls.cancel;
    m_resume = controls.resume;
    m_status = controls.status;
    connect(m_start, &QPushButton::clicked, this, &DistillView::start);
    connect(m_cancel, &QPushButton::clicked, this, &DistillView::cancel);
    connect(m_resume, &QPushButton::clicked, this, &DistillView::resume);

    // ---- the runs
    m_runs = createRunList(this, QStringLiteral("distillRuns"),
                           {tr("Run"), tr("Mixer"), tr("Status"), tr("Steps"), tr("Tokens/s"), tr("Layers"), tr("Started")});
    connect(m_runs, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem *item) {
        const qint64 id = item ? item->data(RunIdColumn, Qt::UserRole).toLongLong() : 0;
        updateButtons();
        // Looking at another run while one runs: its live points wait in the project.
        m_followLive = id == m_liveRun;
        if (id > 0 && id != m_shownRun) {
            showRun(id);
            Q_EMIT runSelected(id);
        }
    });

    // ---- the plots
    m_plot = new LossPlot(this);
    m_bars = new HeldoutBars(this);
    layOutStageView(this, form, controls.bar, m_runs, tr("Runs"), m_plot, m_bars);

    clearProject();
}

DistillView::~DistillView() = default;

QWidget *DistillView::addField(const QString &label, QWidget *editor, const QString &key)
{
    return m_fields.add(label, editor, key);
}

void DistillView::setError(const QString &key, const QString &message)
{
    m_fields.setError(key, message);
}

void DistillView::clearErrors()
{
    m_fields.clearErrors();
}

void DistillView::setStarter(Starter starter)
{
    m_starter = std::move(starter);
}

void DistillView::setProject(const QString &projectPath, const dtr::ModelSummary &model)
{
    m_projectPath = projectPath;
    m_numLayers = static_cast<std::int64_t>(model.layers.size());
    if (model.config.maxPositionEmbeddings > 1)
        m_seqLen->setMaximum(static_cast<int>(std::min<std::int64_t>(model.config.maxPositionEmbeddings, 1 << 20)));
    m_seqLen->setToolTip(tr("Tokens per training window (at most the model's context, %1)").arg(m_seqLen->maximum()));
    setEnabled(true);
    m_status->clear();
    updateButtons();
}

void DistillView::clearProject()
{
    if (m_runner)
        m_runner->disconnect(this);
    m_runner.clear();
    m_loader.clear();
    m_projectPath.clear();
    m_numLayers = 0;
    m_liveRun = m_shownRun = 0;
    m_runData.clear();
    m_runs->clear();
    m_plot->clear();
    m_bars->clear();
    m_status->setText(tr("Open or create a project to distil its model."));
    m_layersEdited = false;
    m_layers->clear();
    clearErrors();
    setEnabled(false);
    updateButtons();
}

void DistillView::prefill(const nlohmann::json &s)
{
    const int mixer = m_mixer->findData(QString::fromStdString(s.value("mixer", std::string("gdn"))));
    if (mixer >= 0)
        m_mixer->setCurrentIndex(mixer);
    m_calib->clear();
    for (const auto &f : s.value("calib_files", nlohmann::json::array()))
        if (f.is_string())
            m_calib->addItem(QFile::decodeName(f.get<std::string>().c_str()));
    for (int i = 0; i < m_calib->count(); ++i)
        m_calib->item(i)->setToolTip(m_calib->item(i)->text());
    m_steps->setValue(static_cast<int>(s.value("steps", std::int64_t(300))));
    m_seqLen->setValue(static_cast<int>(s.value("seq_len", std::int64_t(256))));
    m_batch->setValue(static_cast<int>(s.value("batch_size", std::int64_t(4))));
    m_lr->setText(QString::number(s.value("lr", 1e-3)));
    const int init = m_init->findData(QString::fromStdString(s.value("init", std::string("transfer"))));
    if (init >= 0)
        m_init->setCurrentIndex(init);
    m_seed->setValue(static_cast<int>(s.value("seed", std::uint64_t(0)) % static_cast<std::uint64_t>(m_seed->maximum())));
}

void DistillView::setRuns(const nlohmann::json &distillRuns)
{
    const bool first = m_runData.empty();
    const qint64 keep = m_followLive && m_liveRun > 0 ? m_liveRun : selectedRun();
    std::vector<nlohmann::json> runs(distillRuns.begin(), distillRuns.end());
    std::reverse(runs.begin(), runs.end()); // newest first
    if (first && !runs.empty() && !isRunning())
        prefill(runs.front().value("settings", nlohmann::json::object()));
    const QLocale locale;
    const QSignalBlocker block(m_runs);
    m_runs->clear();
    QTreeWidgetItem *select = nullptr;
    for (const auto &r : runs) {
        const qint64 id = r.value("id", qint64(0));
        const auto settings = r.value("settings", nlohmann::json::object());
        const std::string status = r.value("status", std::string());
        auto item = new QTreeWidgetItem(m_runs);
        item->setData(RunIdColumn, Qt::UserRole, QVariant::fromValue(id));
        item->setData(RunStatusColumn, Qt::UserRole, QString::fromStdString(status));
        item->setText(RunIdColumn, QString::number(id));
        item->setText(RunMixerColumn, mixerShortName(r.value("mixer", std::string())));
        item->setText(RunStatusColumn, runStatusText(QString::fromStdString(status)));
        if (!r.value("error", std::string()).empty())
            item->setToolTip(RunStatusColumn, QString::fromStdString(r.value("error", std::string())));
        item->setText(RunStepsColumn, tr("%1 / %2").arg(locale.toString(r.value("steps_done", qint64(0))),
                                                         locale.toString(settings.value("steps", qint64(0)))));
        const auto rate = r.find("tokens_per_second");
        item->setText(RunRateColumn, rate != r.end() && rate->is_number() ? locale.toString(rate->get<double>(), 'f', 0)
                                                                          : QString());
        item->setText(RunLayersColumn, layersText(r.value("layers", nlohmann::json::array())));
        const QDateTime started = QDateTime::fromString(QString::fromStdString(r.value("created_at", std::string())),
                                                        Qt::ISODateWithMs);
        item->setText(RunStartedColumn, started.isValid() ? locale.toString(started.toLocalTime(), QLocale::ShortFormat)
                                                          : QString());
        for (int c = RunStepsColumn; c <= RunRateColumn; ++c)
            item->setTextAlignment(c, Qt::AlignRight | Qt::AlignVCenter);
        if (id == (keep > 0 ? keep : m_shownRun))
            select = item;
    }
    m_runData = std::move(runs);
    if (!select && m_runs->topLevelItemCount() > 0)
        select = m_runs->topLevelItem(0);
    m_runs->setCurrentItem(select);
    updateButtons();
    const qint64 id = selectedRun();
    if (id > 0 && id != m_shownRun)
        showRun(id);
    else if (id > 0 && id != m_liveRun && !isLoading()) {
        // The shown run changed on disk (a run from dtr in a terminal): read it again.
        for (const auto &r : m_runData)
            if (r.value("id", qint64(0)) == id && r.value("status", std::string()) == "running")
                loadRun(id);
    }
}

void DistillView::setLayerMapLayers(const std::vector<std::int64_t> &layers)
{
    const bool all = static_cast<std::int64_t>(layers.size()) == m_numLayers;
    m_layerMapText = all ? QString() : QString::fromStdString(dtr::formatLayerList(layers, ""));
    if (!m_layersEdited)
        m_layers->setText(m_layerMapText);
}

bool DistillView::validate()
{
    clearErrors();
    bool ok = true;
    const auto fail = [&](const char *key, const QString &message) {
        setError(QLatin1String(key), message);
        ok = false;
    };
    if (m_projectPath.isEmpty())
        fail("mixer", tr("Open a project first."));
    if (m_mixer->currentIndex() < 0)
        fail("mixer", tr("Choose a mixer."));
    if (m_calib->count() == 0)
        fail("calib", tr("Add at least one calibration file (text or JSONL)."));
    for (int i = 0; i < m_calib->count(); ++i) {
        const QFileInfo f(m_calib->item(i)->text());
        if (!f.isFile() || !f.isReadable()) {
            fail("calib", tr("%1 is not a readable file.").arg(f.filePath()));
            break;
        }
        if (f.size() == 0) {
            fail("calib", tr("%1 is empty.").arg(f.filePath()));
            break;
        }
    }
    bool lrOk = false;
    const double lr = QLocale::c().toDouble(m_lr->text().trimmed(), &lrOk);
    if (!lrOk || !(lr > 0) || !std::isfinite(lr))
        fail("lr", tr("Give a positive number, e.g. 0.001 or 1e-3."));
    else if (lr > 1)
        fail("lr", tr("%1 is far too large for AdamW; use at most 1.").arg(m_lr->text().trimmed()));
    if (!m_layers->text().trimmed().isEmpty()) {
        try {
            if (dtr::parseLayerList(m_layers->text().trimmed().toStdString(), m_numLayers).empty())
                fail("layers", tr("No layers: leave it empty for every layer."));
        } catch (const dtr::Error &) {
            fail("layers", tr("Use layer numbers from 0 to %1 and ranges, e.g. 0-3,5.").arg(m_numLayers - 1));
        }
    }
    return ok;
}

dtr::DistillSettings DistillView::settings() const
{
    dtr::DistillSettings s;
    s.mixer = m_mixer->currentData().toString().toStdString();
    for (int i = 0; i < m_calib->count(); ++i)
        s.calibFiles.push_back(fileName(m_calib->item(i)->text()));
    s.steps = m_steps->value();
    s.seqLen = m_seqLen->value();
    s.batchSize = m_batch->value();
    s.lr = QLocale::c().toDouble(m_lr->text().trimmed());
    if (!m_layers->text().trimmed().isEmpty()) {
        try {
            s.layers = dtr::parseLayerList(m_layers->text().trimmed().toStdString(), m_numLayers);
        } catch (const dtr::Error &) {
        }
    }
    s.init = m_init->currentData().toString().toStdString();
    s.seed = static_cast<std::uint64_t>(m_seed->value());
    s.threads = m_threads->value();
    s.warmupSteps = std::min<std::int64_t>(s.warmupSteps, std::max<std::int64_t>(1, s.steps / 10));
    s.evalEvery = std::clamp<std::int64_t>(s.steps / 12, 1, 25);
    s.checkpointEvery = s.evalEvery;
    return s;
}

void DistillView::start()
{
    if (isRunning() || !validate())
        return;
    const dtr::DistillSettings s = settings();
    const QString layers = s.layers.empty() ? tr("all layers") : QString::fromStdString(dtr::formatLayerList(s.layers));
    startJob(std::make_unique<dtr::DistillJob>(fileName(m_projectPath), s),
             tr("Distil %1 with %2").arg(layers, mixerShortName(s.mixer)), false, 0);
}

void DistillView::resume()
{
    const qint64 id = selectedRun();
    if (isRunning() || id <= 0 || m_projectPath.isEmpty())
        return;
    startJob(std::make_unique<dtr::DistillJob>(dtr::DistillJob::resume(fileName(m_projectPath), id)),
             tr("Resume distillation run %1").arg(id), true, id);
}

void DistillView::cancel()
{
    if (m_runner)
        m_runner->cancel();
}

void DistillView::startJob(std::unique_ptr<dtr::Job> job, const QString &title, bool resumed, qint64 runId)
{
    if (!m_starter)
        return;
    JobRunner *runner = m_starter(std::move(job), title);
    if (!runner)
        return;
    m_runner = runner;
    m_liveRun = runId;
    m_followLive = true;
    connect(runner, &JobRunner::progressBatch, this, &DistillView::onProgress);
    connect(runner, &JobRunner::finished, this, &DistillView::onFinished);
    m_status->setText(resumed ? tr("Resuming run %1\u2026").arg(runId) : tr("Starting: loading the teacher and the data\u2026"));
    if (resumed && runId != m_shownRun)
        showRun(runId);
    updateButtons();
}

void DistillView::onProgress(const QVector<dtr::JobProgress> &batch)
{
    for (const dtr::JobProgress &jp : batch) {
        const auto *d = std::get_if<dtr::DistillPayload>(&jp.payload);
        if (!d)
            continue;
        if (m_liveRun == 0) {
            m_liveRun = d->runId;
            Q_EMIT runActivity();
        }
        if (m_shownRun != m_liveRun) {
            if (!m_followLive)
                continue; // another run is shown; this one is read back when selected
            // A new run: its curves start empty and grow from the progress.
            m_loader.clear();
            m_buffered.clear();
            m_shownRun = m_liveRun;
            m_shownLayers.assign(d->layers.begin(), d->layers.end());
            m_plot->setLayers(QVector<qint64>(d->layers.begin(), d->layers.end()));
            m_bars->clear();
            selectRun(m_liveRun); // once the refreshed list holds it
        }
        for (std::size_t i = 0; i < d->layers.size(); ++i) {
            const qint64 layer = d->layers[i];
            std::vector<LivePoint> points;
            if (d->step > 0 && i < d->train.size() && jp.message != "started")
                points.push_back({layer, false, static_cast<double>(d->step), d->train[i]});
            const bool heldoutNow = d->heldoutUpdated || (d->step == 0 && jp.message == "started");
            if (heldoutNow && i < d->heldout.size() && std::isfinite(d->heldout[i]))
                points.push_back({layer, true, static_cast<double>(d->step), d->heldout[i]});
            for (const LivePoint &p : points) {
                if (isLoading())
                    m_buffered.push_back(p);
                else
                    m_plot->appendPoints(p.layer, p.heldout ? LossPlot::Split::Heldout : LossPlot::Split::Train,
                                         {QPointF(p.step, p.loss)});
            }
        }
        if (d->heldoutUpdated || d->step == 0)
            updateBars();
    }
    if (!batch.isEmpty()) {
        const dtr::JobProgress &last = batch.back();
        const auto *d = std::get_if<dtr::DistillPayload>(&last.payload);
        if (d) {
            QString text = tr("Run %1: step %2 of %3").arg(d->runId).arg(QLocale().toString(last.done), QLocale().toString(last.total));
            if (d->tokensPerSecond > 0)
                text += QStringLiteral(" \u00b7 ") + tr("%1 tokens/s").arg(QLocale().toString(d->tokensPerSecond, 'f', 0));
            if (last.etaSeconds >= 0 && last.done < last.total)
                text += QStringLiteral(" \u00b7 ") + tr("%1 left").arg(formatEta(last.etaSeconds));
            m_status->setText(text);
        } else if (!last.message.empty()) {
            m_status->setText(tr("Preparing: %1").arg(QString::fromStdString(last.message)));
        }
    }
}

void DistillView::onFinished(const dtr::JobOutcome &outcome)
{
    const qint64 run = m_liveRun > 0 ? m_liveRun : (outcome.resumeId ? *outcome.resumeId : 0);
    switch (outcome.status) {
    case dtr::JobStatus::Completed:
        m_status->setText(tr("Run %1 completed.").arg(run));
        break;
    case dtr::JobStatus::Cancelled:
        m_status->setText(run > 0 ? tr("Run %1 stopped; Resume continues it from its last checkpoint.").arg(run)
                                  : tr("Stopped before the run was stored."));
        break;
    case dtr::JobStatus::Failed:
        m_status->setText(tr("Failed: %1").arg(QString::fromStdString(outcome.error)));
        break;
    }
    m_runner.clear();
    m_liveRun = 0;
    updateButtons();
    // What the project holds replaces the live points (a stop inside a step drops the
    // steps after the last checkpoint).
    if (run > 0 && run == m_shownRun)
        loadRun(run);
    Q_EMIT runActivity();
}

void DistillView::showRun(qint64 runId)
{
    m_shownRun = runId;
    loadRun(runId);
}

void DistillView::loadRun(qint64 runId)
{
    if (m_projectPath.isEmpty() || runId <= 0)
        return;
    m_buffered.clear();
    auto runner = new JobRunner(std::make_unique<dtr::RunLossesJob>(fileName(m_projectPath), runId), this);
    m_loader = runner;
    connect(runner, &JobRunner::finished, this, [this, runner, runId](const dtr::JobOutcome &outcome) {
        runner->deleteLater();
        if (m_loader != runner)
            return; // superseded
        m_loader.clear();
        if (runId != m_shownRun)
            return;
        if (outcome.status == dtr::JobStatus::Completed)
            applyLoaded(outcome.result);
        else if (outcome.status == dtr::JobStatus::Failed)
            m_status->setText(tr("Could not read run %1: %2").arg(runId).arg(QString::fromStdString(outcome.error)));
    });
    runner->start();
}

void DistillView::applyLoaded(const nlohmann::json &losses)
{
    std::vector<qint64> layers;
    for (const auto &l : losses.value("layers", nlohmann::json::array()))
        layers.push_back(l.get<qint64>());
    if (layers != m_shownLayers) {
        m_shownLayers = layers;
        m_plot->setLayers(QVector<qint64>(layers.begin(), layers.end()));
    }
    std::map<std::pair<qint64, bool>, double> lastStep;
    for (qint64 layer : layers) {
        const std::string key = std::to_string(layer);
        const QVector<QPointF> train = seriesPoints(losses.at("train").value(key, nlohmann::json::array()));
        const QVector<QPointF> heldout = seriesPoints(losses.at("heldout").value(key, nlohmann::json::array()));
        m_plot->setPoints(layer, LossPlot::Split::Train, train);
        m_plot->setPoints(layer, LossPlot::Split::Heldout, heldout);
        lastStep[{layer, false}] = train.isEmpty() ? -1 : train.back().x();
        lastStep[{layer, true}] = heldout.isEmpty() ? -1 : heldout.back().x();
    }
    // Live points that came in while reading, after what the project held then.
    for (const LivePoint &p : m_buffered)
        if (p.step > lastStep[{p.layer, p.heldout}])
            m_plot->appendPoints(p.layer, p.heldout ? LossPlot::Split::Heldout : LossPlot::Split::Train,
                                 {QPointF(p.step, p.loss)});
    m_buffered.clear();
    updateBars();
}

void DistillView::updateBars()
{
    QVector<qint64> layers;
    QVector<double> initial, final;
    for (qint64 layer : m_shownLayers) {
        const QVector<QPointF> h = m_plot->points(layer, LossPlot::Split::Heldout);
        layers.append(layer);
        double first = kNaN, last = kNaN;
        for (const QPointF &p : h) {
            if (p.x() == 0)
                first = p.y();
            else
                last = p.y();
        }
        initial.append(first);
        final.append(last);
    }
    m_bars->setData(layers, initial, final);
}

void DistillView::addCalibrationFiles()
{
    const QStringList files = QFileDialog::getOpenFileNames(this, tr("Add Calibration Files"), QString(),
                                                            tr("Text and JSONL files (*.txt *.jsonl *.json);;All files (*)"));
    for (const QString &f : files)
        if (m_calib->findItems(f, Qt::MatchExactly).isEmpty())
            m_calib->addItem(f);
    if (!files.isEmpty())
        setError(QStringLiteral("calib"), QString());
}

void DistillView::removeCalibrationFiles()
{
    qDeleteAll(m_calib->selectedItems());
}

void DistillView::selectRun(qint64 runId)
{
    selectRunRow(m_runs, RunIdColumn, runId);
}

qint64 DistillView::selectedRun() const
{
    return currentRunId(m_runs, RunIdColumn);
}

bool DistillView::isRunning() const
{
    return m_runner && !m_runner->isFinished();
}

void DistillView::updateButtons()
{
    updateRunControls({m_start, m_cancel, m_resume, m_status}, !m_projectPath.isEmpty(), isRunning(), m_runs, RunStatusColumn);
}

} // namespace dtr::gui
