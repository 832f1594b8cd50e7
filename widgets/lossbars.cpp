#include "lossbars.h"

#include "plotexport.h"
#include "qcustomplot_include.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QMouseEvent>
#include <QToolButton>
#include <QToolTip>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>
#include <limits>

namespace dtr::gui {

namespace {

const QColor kInitialColor(0x9a, 0xa7, 0xb8);
const QColor kFinalColor(0x2c, 0x8a, 0x5a);

bool drawable(double value)
{
    return std::isfinite(value) && value > 0.0;
}

void styleBars(QCPBars *bars, const QColor &color)
{
    bars->setPen(QPen(color.darker(130)));
    bars->setBrush(color);
    bars->setWidth(0.38);
}

QString formatLoss(double value)
{
    return QLocale().toString(value, 'g', 4);
}

} // namespace

HeldoutBars::HeldoutBars(QWidget *parent)
    : QWidget(parent)
{
    m_plot = new QCustomPlot(this);
    m_plot->setObjectName(QStringLiteral("heldoutBarsPlot"));
    m_plot->setMinimumSize(320, 200);
    m_plot->setInteractions(QCP::iRangeDrag | QCP::iRangeZoom);
    m_plot->setMouseTracking(true);
    m_plot->installEventFilter(this);

    m_group = new QCPBarsGroup(m_plot);
    m_group->setSpacingType(QCPBarsGroup::stAbsolute);
    m_group->setSpacing(2.0);
    m_initialBars = new QCPBars(m_plot->xAxis, m_plot->yAxis);
    m_initialBars->setName(tr("Initial"));
    styleBars(m_initialBars, kInitialColor);
    m_initialBars->setBarsGroup(m_group);
    m_finalBars = new QCPBars(m_plot->xAxis, m_plot->yAxis);
    m_finalBars->setName(tr("Final"));
    styleBars(m_finalBars, kFinalColor);
    m_finalBars->setBarsGroup(m_group);

    m_plot->xAxis->setLabel(tr("Layer"));
    m_plot->xAxis->setTicker(QSharedPointer<QCPAxisTickerText>(new QCPAxisTickerText));
    m_plot->xAxis->grid()->setVisible(false);
    m_plot->yAxis->setLabel(tr("Held-out loss (MSE)"));
    setLogScale(m_plot->yAxis);
    moveLegendToRow(m_plot, 0);
    m_placeholder = addPlaceholderText(m_plot, tr("No held-out losses yet"));

    connect(m_plot, &QCustomPlot::mouseMove, this,
            [this](QMouseEvent *event) { showReadoutAt(event->position().toPoint()); });
    connect(m_plot, &QCustomPlot::mouseDoubleClick, this, [this](QMouseEvent *event) {
        if (m_plot->axisRect()->rect().contains(event->position().toPoint()))
            resetView();
    });

    m_resetButton = createToolButton(this, QStringLiteral("heldoutBarsReset"), tr("Reset view"),
                                     tr("Show all layers again (or double-click the plot)"),
                                     QStringLiteral("zoom-fit-best"));
    connect(m_resetButton, &QToolButton::clicked, this, &HeldoutBars::resetView);
    m_saveButton = createSaveButton(m_plot, this, QStringLiteral("heldoutBarsSave"), QStringLiteral("heldout-loss.png"));

    m_readout = new QLabel(this);
    m_readout->setObjectName(QStringLiteral("heldoutBarsReadout"));
    m_readout->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto toolbar = new QHBoxLayout;
    toolbar->setContentsMargins(0, 0, 0, 0);
    toolbar->addWidget(m_resetButton);
    toolbar->addWidget(m_saveButton);
    toolbar->addStretch(1);

    auto layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(toolbar);
    layout->addWidget(m_plot, 1);
    layout->addWidget(m_readout);

    setData({}, {}, {});
}

HeldoutBars::~HeldoutBars() = default;

void HeldoutBars::setData(const QVector<qint64> &layers, const QVector<double> &initial, const QVector<double> &final)
{
    m_layers = layers;
    m_initial = initial;
    m_final = final;
    m_initial.resize(layers.size(), std::numeric_limits<double>::quiet_NaN());
    m_final.resize(layers.size(), std::numeric_limits<double>::quiet_NaN());

    QVector<double> initialKeys, initialValues, finalKeys, finalValues;
    double minimum = std::numeric_limits<double>::infinity();
    QSharedPointer<QCPAxisTickerText> ticker(new QCPAxisTickerText);
    // Deep models: label every 2nd or 4th group so the labels stay readable.
    const int labelEvery = layers.size() > 64 ? 4 : layers.size() > 32 ? 2 : 1;
    for (int i = 0; i < layers.size(); ++i) {
        const auto key = static_cast<double>(i);
        if (drawable(m_initial.at(i))) {
            initialKeys.append(key);
            initialValues.append(m_initial.at(i));
            minimum = std::min(minimum, m_initial.at(i));
        }
        if (drawable(m_final.at(i))) {
            finalKeys.append(key);
            finalValues.append(m_final.at(i));
            minimum = std::min(minimum, m_final.at(i));
        }
        if (i % labelEvery == 0)
            ticker->addTick(key, QString::number(layers.at(i)));
    }
    m_initialBars->setData(initialKeys, initialValues, true);
    m_finalBars->setData(finalKeys, finalValues, true);
    m_plot->xAxis->setTicker(ticker);

    // Bars grow from their base value: on a log axis it must be positive, so put it at the
    // decade at or below the smallest loss (a decade further down if that loss is exactly
    // on it, so its bar keeps a height).
    double base = 1.0e-3;
    if (std::isfinite(minimum)) {
        base = std::pow(10.0, std::floor(std::log10(minimum)));
        if (base >= minimum * 0.999)
            base /= 10.0;
    }
    m_initialBars->setBaseValue(base);
    m_finalBars->setBaseValue(base);
    m_placeholder->setVisible(initialKeys.isEmpty() && finalKeys.isEmpty());
    clearReadout();
    resetView();
}

void HeldoutBars::clear()
{
    setData({}, {}, {});
}

void HeldoutBars::resetView()
{
    const int n = int(m_layers.size());
    m_plot->xAxis->setRange(-0.6, n > 0 ? n - 0.4 : 0.6);
    double maximum = 0.0;
    for (int i = 0; i < n; ++i) {
        if (drawable(m_initial.at(i)))
            maximum = std::max(maximum, m_initial.at(i));
        if (drawable(m_final.at(i)))
            maximum = std::max(maximum, m_final.at(i));
    }
    const double base = m_initialBars->baseValue();
    m_plot->yAxis->setRange(base, maximum > 0.0 ? maximum * 1.6 : base * 1000.0);
    m_plot->replot();
}

QString HeldoutBars::readoutFor(int index) const
{
    const double initial = m_initial.at(index);
    const double final = m_final.at(index);
    const QString layer = QString::number(m_layers.at(index));
    if (drawable(initial) && drawable(final)) {
        const double ratio = initial / final;
        if (ratio >= 1.0)
            return tr("Layer %1: initial %2, final %3 (%4\u00D7 lower)")
                .arg(layer, formatLoss(initial), formatLoss(final), QLocale().toString(ratio, 'g', 3));
        return tr("Layer %1: initial %2, final %3 (%4\u00D7 higher)")
            .arg(layer, formatLoss(initial), formatLoss(final), QLocale().toString(1.0 / ratio, 'g', 3));
    }
    const QString missing = tr("n/a");
    return tr("Layer %1: initial %2, final %3")
        .arg(layer, std::isfinite(initial) ? formatLoss(initial) : missing,
             std::isfinite(final) ? formatLoss(final) : missing);
}

void HeldoutBars::showReadoutAt(const QPoint &pixel)
{
    int index = -1;
    if (m_plot->axisRect()->rect().contains(pixel) && !m_layers.isEmpty()) {
        const double key = m_plot->xAxis->pixelToCoord(pixel.x());
        const long rounded = std::lround(key);
        if (rounded >= 0 && rounded < m_layers.size() && std::abs(key - double(rounded)) <= 0.5)
            index = int(rounded);
    }
    if (index < 0) {
        clearReadout();
        return;
    }
    if (index == m_readoutIndex)
        return;
    m_readoutIndex = index;
    m_readoutText = readoutFor(index);
    m_readout->setText(m_readoutText);
    m_readout->setEnabled(true);
    if (m_plot->isVisible())
        QToolTip::showText(m_plot->mapToGlobal(pixel), m_readoutText, m_plot);
}

void HeldoutBars::clearReadout()
{
    if (m_readoutIndex >= 0 && m_plot->isVisible())
        QToolTip::hideText();
    m_readoutIndex = -1;
    m_readoutText.clear();
    m_readout->setText(tr("Point at a layer to compare its held-out loss before and after distillation."));
    m_readout->setEnabled(false);
}

bool HeldoutBars::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_plot && event->type() == QEvent::Leave)
        clearReadout();
    return QWidget::eventFilter(watched, event);
}

bool HeldoutBars::saveTo(const QString &path, QString *error)
{
    return savePlot(m_plot, path, error);
}

} // namespace dtr::gui
