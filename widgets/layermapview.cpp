#include "layermapview.h"

#include "layertablemodel.h"
#include "qcustomplot_include.h"

#include <QHeaderView>
#include <QLabel>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

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

} // namespace

LayerMapView::LayerMapView(QWidget *parent)
    : QWidget(parent)
    , m_model(new LayerTableModel(this))
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

    auto splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_table);
    splitter->addWidget(m_plot);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
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
    m_model->setLayers(summary.layers);
    m_table->resizeColumnsToContents();
    updatePlot();
    m_stack->setCurrentIndex(summary.layers.empty() ? 0 : 1);
}

void LayerMapView::clear()
{
    m_model->clear();
    updatePlot();
    m_stack->setCurrentIndex(0);
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
