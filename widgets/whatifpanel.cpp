#include "whatifpanel.h"

#include "jobrunner.h"

#include "jobs/configuration_jobs.h"
#include "jobs/search_jobs.h"
#include "project/configuration_names.h"

#include <QComboBox>
#include <QFile>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>

#include <algorithm>

namespace dtr::gui {

namespace {

std::string fileName(const QString &path)
{
    return QFile::encodeName(path).toStdString();
}

QString layerList(const std::vector<std::int64_t> &layers)
{
    QStringList parts;
    for (auto l : layers)
        parts << QString::number(l);
    return parts.join(QStringLiteral(", "));
}

} // namespace

WhatIfPanel::WhatIfPanel(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("whatIfPanel"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 4, 8, 4);
    auto *label = new QLabel(tr("What if, at a &context of"), this);
    m_context = new QComboBox(this);
    m_context->setEditable(true);
    m_context->setInsertPolicy(QComboBox::NoInsert);
    for (qint64 n : {2048, 8192, 32768, 131072})
        m_context->addItem(QLocale().toString(n), n);
    m_context->setCurrentIndex(1);
    m_context->setToolTip(tr("Tokens of context for the prediction (the KV cache grows with it)"));
    label->setBuddy(m_context);
    auto *tokens = new QLabel(tr("tokens:"), this);
    m_text = new QLabel(this);
    m_text->setObjectName(QStringLiteral("whatIfSummary"));
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_save = new QPushButton(tr("Save as Configuration\u2026"), this);
    m_save->setToolTip(tr("Save the map shown as a configuration of the project"));
    m_evaluate = new QPushButton(tr("&Evaluate on Task"), this);
    layout->addWidget(label);
    layout->addWidget(m_context);
    layout->addWidget(tokens);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_save);
    layout->addWidget(m_evaluate);
    connect(m_context, &QComboBox::currentIndexChanged, this, &WhatIfPanel::update);
    connect(m_context->lineEdit(), &QLineEdit::editingFinished, this, &WhatIfPanel::update);
    connect(m_save, &QPushButton::clicked, this, &WhatIfPanel::askAndSave);
    connect(m_evaluate, &QPushButton::clicked, this, [this] { saveMap(QString(), true); });
    update();
}

WhatIfPanel::~WhatIfPanel() = default;

void WhatIfPanel::setStarter(Starter starter)
{
    m_starter = std::move(starter);
}

void WhatIfPanel::setProject(const QString &projectPath, int numLayers)
{
    const bool changed = projectPath != m_projectPath;
    m_projectPath = projectPath;
    m_numLayers = numLayers;
    if (changed) {
        m_costs.reset();
        m_measured = false;
        loadCosts();
    }
    update();
}

void WhatIfPanel::clearProject()
{
    m_projectPath.clear();
    m_costs.reset();
    m_loader.clear();
    m_run = 0;
    m_runState.clear();
    m_measured = false;
    m_linear.clear();
    update();
}

void WhatIfPanel::setRun(qint64 runId, const QString &runState)
{
    // The same run in the same state: measured already, or being measured. A run still
    // under way has no students to measure; it is tried again once its state changes.
    if (runId == m_run && runState == m_runState && (m_measured || m_loader))
        return;
    m_run = runId;
    m_runState = runState;
    m_measured = false;
    m_costs.reset();
    loadCosts();
    update();
}

void WhatIfPanel::setMap(const std::vector<std::int64_t> &linear)
{
    m_linear = linear;
    update();
}

void WhatIfPanel::setTask(const QString &taskPath)
{
    m_task = taskPath;
    update();
}

void WhatIfPanel::setContext(qint64 tokens)
{
    const int i = m_context->findData(tokens);
    if (i >= 0) {
        m_context->setCurrentIndex(i);
    } else {
        m_context->addItem(QLocale().toString(tokens), tokens);
        m_context->setCurrentIndex(m_context->count() - 1);
    }
    update();
}

qint64 WhatIfPanel::context() const
{
    bool ok = false;
    const qint64 typed = QLocale().toLongLong(m_context->currentText(), &ok);
    if (ok && typed > 0)
        return typed;
    const qint64 n = m_context->currentData().toLongLong();
    return n > 0 ? n : 8192;
}

void WhatIfPanel::loadCosts()
{
    if (m_projectPath.isEmpty() || m_run <= 0)
        return;
    auto runner = new JobRunner(std::make_unique<dtr::LayerCostsJob>(fileName(m_projectPath), m_run), this);
    m_loader = runner;
    ++m_measurements;
    connect(runner, &JobRunner::finished, this, [this, runner](const dtr::JobOutcome &outcome) {
        runner->deleteLater();
        if (m_loader != runner)
            return;
        m_loader.clear();
        m_measured = outcome.status != dtr::JobStatus::Cancelled;
        if (outcome.status == dtr::JobStatus::Completed) {
            m_costs = dtr::layerCostsFromJson(outcome.result);
            Q_EMIT costsLoaded();
        } else if (outcome.status == dtr::JobStatus::Failed) {
            m_text->setText(tr("No prediction: %1").arg(QString::fromStdString(outcome.error)));
            Q_EMIT failed(QString::fromStdString(outcome.error));
            return;
        }
        update();
    });
    runner->start();
}

std::vector<bool> WhatIfPanel::mask() const
{
    std::vector<bool> m(static_cast<std::size_t>(std::max(m_numLayers, 0)), false);
    for (auto l : m_linear)
        if (l >= 0 && l < static_cast<std::int64_t>(m.size()))
            m[static_cast<std::size_t>(l)] = true;
    return m;
}

double WhatIfPanel::predictedSpeedup() const
{
    return m_costs ? m_costs->predictedSpeedup(mask(), context()) : 1.0;
}

std::int64_t WhatIfPanel::predictedCacheBytes() const
{
    return m_costs ? m_costs->cacheBytes(mask(), context()) : 0;
}

QString WhatIfPanel::summaryText() const
{
    return m_text->text();
}

void WhatIfPanel::update()
{
    const bool project = !m_projectPath.isEmpty();
    m_save->setEnabled(project && m_run > 0);
    m_evaluate->setEnabled(project && m_run > 0 && !m_task.isEmpty());
    m_evaluate->setToolTip(m_task.isEmpty() ? tr("Choose a validation task in the Search view first")
                                            : tr("Save the map as a configuration and evaluate it on %1")
                                                  .arg(QFileInfo(m_task).fileName()));
    if (!project) {
        m_text->setText(tr("Open a project to see what a map would gain."));
        return;
    }
    if (m_run <= 0) {
        m_text->setText(tr("Distil the model first: the prediction needs the students' sizes."));
        return;
    }
    if (!m_costs) {
        m_text->setText(tr("Measuring the layers\u2026"));
        return;
    }
    const std::vector<bool> m = mask();
    const qint64 ctx = context();
    const QLocale locale;
    const QString cache = locale.formattedDataSize(m_costs->cacheBytes(m, ctx));
    const QString fullCache = locale.formattedDataSize(m_costs->cacheBytes({}, ctx));
    const int linear = int(std::count(m.begin(), m.end(), true));
    m_text->setText(tr("%n linear layer(s): decode %1\u00d7 faster than full attention (predicted), "
                       "cache %2 instead of %3.", nullptr, linear)
                        .arg(locale.toString(m_costs->predictedSpeedup(m, ctx), 'f', 2), cache, fullCache));
}

void WhatIfPanel::askAndSave()
{
    bool ok = false;
    const QString suggested = QString::fromStdString(
        "hand-made \xC2\xB7 " + dtr::mixerLabel(m_costs ? m_costs->mixer : std::string()) + " \xC2\xB7 "
        + std::to_string(m_linear.size()) + " linear");
    const QString name = QInputDialog::getText(this, tr("Save as Configuration"), tr("&Name of the configuration:"),
                                               QLineEdit::Normal, suggested, &ok);
    if (ok && !name.trimmed().isEmpty())
        saveMap(name.trimmed(), false);
}

void WhatIfPanel::saveMap(const QString &name, bool evaluate)
{
    if (m_projectPath.isEmpty() || !m_starter || m_run <= 0)
        return;
    const bool unique = name.isEmpty();
    std::string n = name.toStdString();
    if (unique) {
        n = "hand-made \xC2\xB7 " + dtr::mixerLabel(m_costs ? m_costs->mixer : std::string()) + " \xC2\xB7 "
            + std::to_string(m_linear.size()) + " linear";
        if (!m_linear.empty())
            n += " (" + layerList(m_linear).toStdString() + ")";
    }
    auto job = std::make_unique<dtr::SaveConfigurationJob>(fileName(m_projectPath), n, m_linear,
                                                           m_linear.empty() ? std::nullopt : std::optional<std::int64_t>(m_run),
                                                           std::string("saved from the layer map"), unique);
    JobRunner *runner = m_starter(std::move(job), tr("Save the configuration %1").arg(QString::fromStdString(n)));
    if (!runner)
        return;
    const QString task = m_task;
    connect(runner, &JobRunner::finished, this, [this, evaluate, task](const dtr::JobOutcome &outcome) {
        if (outcome.status != dtr::JobStatus::Completed) {
            if (outcome.status == dtr::JobStatus::Failed)
                Q_EMIT failed(QString::fromStdString(outcome.error));
            return;
        }
        const QString saved = QString::fromStdString(outcome.result.value("name", std::string()));
        Q_EMIT configurationSaved(saved);
        if (!evaluate || task.isEmpty() || !m_starter)
            return;
        dtr::EvalRequest request;
        request.configuration = saved.toStdString();
        request.taskPath = fileName(task);
        m_starter(std::make_unique<dtr::EvalJob>(fileName(m_projectPath), request),
                  tr("Evaluate %1 on %2").arg(saved, QFileInfo(task).fileName()));
        Q_EMIT evaluationStarted(saved);
    });
}

} // namespace dtr::gui
