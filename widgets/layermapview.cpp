#include "layermapview.h"

#include "displaynames.h"
#include "layerstrip.h"
#include "layertablemodel.h"
#include "qcustomplot_include.h"
#include "runsview.h"

#include <nlohmann/json.hpp>

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QUndoCommand>
#include <QUndoStack>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>
#include <limits>

namespace dtr::gui {

namespace {

const QColor kAttentionColor(0x3b, 0x6e, 0xa8);
const QColor kMlpColor(0xe0, 0x8a, 0x3c);

void styleBars(QCPBars *bars, const QColor &color)
{
    bars->setPen(QPen(color.darker(130)));
    bars->setBrush(color);
    bars->setWidth(0.7);
}

// One constraint change of one layer, undoable.
class SetConstraintCommand : public QUndoCommand
{
public:
    SetConstraintCommand(LayerMapView *view, int layer, LayerConstraint before, LayerConstraint after)
        : m_view(view), m_layer(layer), m_before(before), m_after(after)
    {
        setText(LayerMapView::tr("%1 layer %2").arg(verb(after)).arg(layer));
    }
    void redo() override { apply(m_after); }
    void undo() override { apply(m_before); }

private:
    static QString verb(LayerConstraint c)
    {
        switch (c) {
        case LayerConstraint::Pinned:
            return LayerMapView::tr("Pin");
        case LayerConstraint::Forbidden:
            return LayerMapView::tr("Forbid");
        case LayerConstraint::Free:
            break;
        }
        return LayerMapView::tr("Free");
    }
    void apply(LayerConstraint c)
    {
        m_view->model()->setConstraint(m_layer, c);
        Q_EMIT m_view->constraintsEdited();
        Q_EMIT m_view->mapChanged();
    }

    LayerMapView *m_view;
    int m_layer;
    LayerConstraint m_before, m_after;
};

QString runLabel(const nlohmann::json &run)
{
    const qint64 id = run.value("id", qint64(0));
    const QString mixer = mixerShortName(run.value("mixer", std::string()));
    const QString state = runStatusText(QString::fromStdString(run.value("status", std::string())));
    return LayerMapView::tr("Run %1 \u00b7 %2 \u00b7 %3, %n step(s)", nullptr, static_cast<int>(run.value("steps_done", qint64(0))))
        .arg(id)
        .arg(mixer, state);
}

} // namespace

LayerMapView::LayerMapView(QWidget *parent)
    : QWidget(parent)
    , m_model(new LayerTableModel(this))
    , m_undo(new QUndoStack(this))
{
    m_placeholder = new QLabel(tr("Create or open a project (File \u25B8 New Project\u2026 / Open Project\u2026), "
                                  "or open a model folder, to see its layers."),
                               this);
    m_placeholder->setObjectName(QStringLiteral("layerMapPlaceholder"));
    m_placeholder->setAlignment(Qt::AlignCenter);
    m_placeholder->setWordWrap(true);
    m_placeholder->setEnabled(false);

    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("layerTable"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setAlternatingRowColors(true);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(false);

    m_plot = new QCustomPlot(this);
    m_plot->setObjectName(QStringLiteral("layerParamsPlot"));
    m_plot->setMinimumHeight(140);
    m_attentionBars = new QCPBars(m_plot->xAxis, m_plot->yAxis);
    m_attentionBars->setName(tr("Attention"));
    styleBars(m_attentionBars, kAttentionColor);
    m_mlpBars = new QCPBars(m_plot->xAxis, m_plot->yAxis);
    m_mlpBars->setName(tr("MLP"));
    styleBars(m_mlpBars, kMlpColor);
    m_mlpBars->moveAbove(m_attentionBars);
    m_plot->xAxis->setLabel(tr("Layer"));
    m_plot->yAxis->setLabel(tr("Parameters"));
    m_plot->yAxis->setNumberFormat(QStringLiteral("gbc"));
    m_plot->xAxis->grid()->setVisible(false);
    // The legend goes in a row of its own above the bars, so it never hides one;
    // empty elements either side centre it.
    m_plot->legend->setVisible(true);
    m_plot->axisRect()->insetLayout()->take(m_plot->legend);
    auto legendRow = new QCPLayoutGrid;
    m_plot->plotLayout()->insertRow(0);
    m_plot->plotLayout()->addElement(0, 0, legendRow);
    m_plot->plotLayout()->setRowStretchFactor(0, 0.001);
    legendRow->addElement(0, 0, new QCPLayoutElement(m_plot));
    legendRow->addElement(0, 1, m_plot->legend);
    legendRow->addElement(0, 2, new QCPLayoutElement(m_plot));
    legendRow->setColumnStretchFactors({1.0, 0.001, 1.0});
    m_plot->legend->setFillOrder(QCPLayoutGrid::foColumnsFirst);
    m_plot->legend->setBorderPen(Qt::NoPen);
    m_plot->legend->setBrush(Qt::NoBrush);
    m_plot->legend->setMargins(QMargins(0, 0, 0, 0));

    m_strip = new LayerStrip(m_model, this);
    connect(m_strip, &LayerStrip::constraintRequested, this, &LayerMapView::requestConstraint);
    connect(m_strip, &LayerStrip::currentLayerChanged, this, [this](int layer) {
        if (layer >= 0)
            m_table->selectRow(layer);
    });
    auto stripScroll = new QScrollArea(this);
    stripScroll->setObjectName(QStringLiteral("layerStripScroll"));
    stripScroll->setWidget(m_strip);
    stripScroll->setWidgetResizable(true);
    stripScroll->setFrameShape(QFrame::NoFrame);
    stripScroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    // All of the cells and the legend while they fit in a few rows; deep models scroll.
    connect(m_strip, &LayerStrip::neededHeightChanged, stripScroll,
            [stripScroll](int h) { stripScroll->setMinimumHeight(std::min(h + 2, 420)); });

    m_runBox = new QComboBox(this);
    m_runBox->setObjectName(QStringLiteral("layerMapRun"));
    m_runBox->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_runBox->setToolTip(tr("The distillation run whose final held-out losses colour the layers"));
    connect(m_runBox, qOverload<int>(&QComboBox::currentIndexChanged), this, &LayerMapView::showRun);
    auto runLabelWidget = new QLabel(tr("Held-out losses of:"), this);
    m_runLabel = runLabelWidget;
    m_runLabel->hide(); // shown once a project's runs are set
    m_runBox->hide();
    runLabelWidget->setBuddy(m_runBox);
    auto header = new QHBoxLayout;
    header->setContentsMargins(8, 6, 8, 0);
    header->addWidget(runLabelWidget);
    header->addWidget(m_runBox);
    header->addStretch(1);
    m_previewBar = new QWidget(this);
    m_previewBar->setObjectName(QStringLiteral("layerMapPreviewBar"));
    m_previewBar->setAutoFillBackground(true);
    {
        QPalette pal = m_previewBar->palette();
        pal.setColor(QPalette::Window, pal.color(QPalette::Highlight).lighter(185));
        pal.setColor(QPalette::WindowText, pal.color(QPalette::Text));
        m_previewBar->setPalette(pal);
    }
    auto previewLayout = new QHBoxLayout(m_previewBar);
    previewLayout->setContentsMargins(8, 4, 8, 4);
    m_previewCaption = new QLabel(m_previewBar);
    m_previewCaption->setObjectName(QStringLiteral("layerMapPreviewCaption"));
    m_previewCaption->setWordWrap(true);
    auto back = new QPushButton(tr("Back to the Constraints"), m_previewBar);
    back->setObjectName(QStringLiteral("layerMapPreviewBack"));
    back->setToolTip(tr("Show the layer map's pins and forbidden layers again"));
    connect(back, &QPushButton::clicked, this, &LayerMapView::clearConfiguration);
    previewLayout->addWidget(m_previewCaption, 1);
    previewLayout->addWidget(back);
    m_previewBar->hide();

    auto top = new QWidget(this);
    auto topLayout = new QVBoxLayout(top);
    m_topLayout = topLayout;
    topLayout->setContentsMargins(0, 0, 0, 0);
    topLayout->addWidget(m_previewBar);
    topLayout->addLayout(header);
    topLayout->addWidget(stripScroll, 1);

    auto splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(top);
    splitter->addWidget(m_table);
    splitter->addWidget(m_plot);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 3);
    splitter->setStretchFactor(2, 2);
    splitter->setChildrenCollapsible(false);

    m_stack = new QStackedWidget(this);
    m_stack->addWidget(m_placeholder);
    m_stack->addWidget(splitter);

    auto layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);
}

LayerMapView::~LayerMapView() = default;

void LayerMapView::setSummary(const dtr::ModelSummary &summary)
{
    clearConfiguration();
    m_undo->clear();
    m_model->setLayers(summary.layers);
    m_table->resizeColumnsToContents();
    updatePlot();
    m_stack->setCurrentIndex(summary.layers.empty() ? 0 : 1);
    Q_EMIT mapChanged();
}

void LayerMapView::clear()
{
    clearConfiguration();
    m_undo->clear();
    m_runs.clear();
    m_shownRun = 0;
    m_runBox->hide(); // a model folder alone has no runs; a project's setRuns shows it
    m_runLabel->hide();
    {
        const QSignalBlocker block(m_runBox);
        m_runBox->clear();
    }
    m_model->clear();
    updatePlot();
    m_stack->setCurrentIndex(0);
    Q_EMIT mapChanged();
}

void LayerMapView::setStoredConstraints(const std::vector<std::int64_t> &pinned, const std::vector<std::int64_t> &forbidden)
{
    if (m_model->layersWith(LayerConstraint::Pinned) == pinned && m_model->layersWith(LayerConstraint::Forbidden) == forbidden)
        return;
    m_undo->clear();
    m_model->setConstraints(pinned, forbidden);
    Q_EMIT mapChanged();
}

void LayerMapView::showConfiguration(const std::vector<std::int64_t> &linearLayers, const std::string &mixer,
                                     const QString &caption)
{
    m_model->setPreview(linearLayers, mixer);
    m_previewCaption->setText(caption);
    m_previewBar->show();
    Q_EMIT mapChanged();
}

void LayerMapView::clearConfiguration()
{
    const bool had = m_model->hasPreview();
    m_model->clearPreview();
    m_previewBar->hide();
    if (had)
        Q_EMIT mapChanged();
}

std::vector<std::int64_t> LayerMapView::displayedLinearLayers() const
{
    return m_model->hasPreview() ? m_model->previewLayers() : m_model->layersWith(LayerConstraint::Pinned);
}

void LayerMapView::setFooter(QWidget *footer)
{
    footer->setParent(this);
    m_topLayout->addWidget(footer);
}

bool LayerMapView::isShowingConfiguration() const
{
    return m_model->hasPreview();
}

QString LayerMapView::configurationCaption() const
{
    return m_model->hasPreview() ? m_previewCaption->text() : QString();
}

void LayerMapView::requestConstraint(int layer, LayerConstraint constraint)
{
    clearConfiguration();
    const LayerConstraint before = m_model->constraint(layer);
    if (layer < 0 || layer >= m_model->rowCount() || before == constraint)
        return;
    m_undo->push(new SetConstraintCommand(this, layer, before, constraint));
}

void LayerMapView::setRuns(const nlohmann::json &distillRuns)
{
    const qint64 keep = selectedRun();
    std::vector<nlohmann::json> runs;
    for (const auto &r : distillRuns)
        runs.push_back(r);
    std::reverse(runs.begin(), runs.end()); // newest first
    int select = -1;
    for (std::size_t i = 0; i < runs.size(); ++i)
        if (runs[i].value("id", qint64(0)) == keep)
            select = static_cast<int>(i);
    if (select < 0)
        for (std::size_t i = 0; i < runs.size() && select < 0; ++i)
            if (runs[i].value("status", std::string()) == "completed")
                select = static_cast<int>(i);
    if (select < 0 && !runs.empty())
        select = 0;
    m_runs = std::move(runs);
    {
        const QSignalBlocker block(m_runBox);
        m_runBox->clear();
        for (const auto &r : m_runs)
            m_runBox->addItem(runLabel(r), QVariant::fromValue(r.value("id", qint64(0))));
        m_runBox->setCurrentIndex(select);
    }
    m_runBox->setEnabled(!m_runs.empty());
    m_runBox->show();
    m_runLabel->show();
    if (m_runs.empty())
        m_runBox->setPlaceholderText(tr("no distillation runs yet"));
    showRun(select);
}

void LayerMapView::selectRun(qint64 runId)
{
    const int i = m_runBox->findData(QVariant::fromValue(runId));
    if (i >= 0)
        m_runBox->setCurrentIndex(i);
}

qint64 LayerMapView::selectedRun() const
{
    return m_runBox->currentIndex() >= 0 ? m_runBox->currentData().toLongLong() : 0;
}

QString LayerMapView::selectedRunStatus() const
{
    const int i = m_runBox->currentIndex();
    if (i < 0 || i >= static_cast<int>(m_runs.size()))
        return {};
    return QString::fromStdString(m_runs[static_cast<std::size_t>(i)].value("status", std::string()));
}

void LayerMapView::showRun(int comboIndex)
{
    if (comboIndex < 0 || comboIndex >= static_cast<int>(m_runs.size())) {
        m_model->clearHeldout();
        m_shownRun = 0;
        return;
    }
    const nlohmann::json &run = m_runs[static_cast<std::size_t>(comboIndex)];
    const std::size_t n = static_cast<std::size_t>(m_model->rowCount());
    const double nan = std::numeric_limits<double>::quiet_NaN();
    std::vector<double> initial(n, nan), final(n, nan);
    const auto layers = run.value("layers", nlohmann::json::array());
    const auto read = [&](const char *key, std::vector<double> &out) {
        const auto values = run.value(key, nlohmann::json::array());
        for (std::size_t i = 0; i < layers.size() && i < values.size(); ++i) {
            const auto layer = layers[i].get<std::int64_t>();
            if (layer >= 0 && static_cast<std::size_t>(layer) < n && values[i].is_number())
                out[static_cast<std::size_t>(layer)] = values[i].get<double>();
        }
    };
    read("initial_heldout", initial);
    read("final_heldout", final);
    const qint64 id = run.value("id", qint64(0));
    m_model->setHeldout(initial, final, run.value("mixer", std::string()), id);
    m_table->resizeColumnsToContents();
    if (id != m_shownRun) {
        m_shownRun = id;
        Q_EMIT selectedRunChanged(id);
    }
}

void LayerMapView::updatePlot()
{
    const auto &layers = m_model->layers();
    QVector<double> keys;
    QVector<double> attention;
    QVector<double> mlp;
    QSharedPointer<QCPAxisTickerText> ticker(new QCPAxisTickerText);
    double maxTotal = 0.0;
    for (const dtr::LayerSummary &layer : layers) {
        const auto key = static_cast<double>(layer.index);
        keys.append(key);
        attention.append(static_cast<double>(layer.attentionParams));
        mlp.append(static_cast<double>(layer.mlpParams));
        maxTotal = std::max(maxTotal, attention.back() + mlp.back());
        ticker->addTick(key, QString::number(layer.index));
    }
    // Thin out the tick labels of deep models so they stay readable.
    if (layers.size() > 32) {
        ticker->clear();
        for (const dtr::LayerSummary &layer : layers) {
            if (layer.index % 4 == 0)
                ticker->addTick(static_cast<double>(layer.index), QString::number(layer.index));
        }
    }
    m_attentionBars->setData(keys, attention, true);
    m_mlpBars->setData(keys, mlp, true);
    m_plot->xAxis->setTicker(ticker);
    m_plot->xAxis->setRange(-0.7, layers.empty() ? 1.0 : static_cast<double>(layers.size()) - 0.3);
    m_plot->yAxis->setRange(0.0, maxTotal > 0.0 ? maxTotal * 1.15 : 1.0);
    m_plot->replot();
}

} // namespace dtr::gui
