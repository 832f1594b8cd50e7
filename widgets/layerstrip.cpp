#include "layerstrip.h"

#include "displaynames.h"

#include <QContextMenuEvent>
#include <QHelpEvent>
#include <QKeyEvent>
#include <QLinearGradient>
#include <QLocale>
#include <QMenu>
#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>
#include <QToolTip>

#include <algorithm>
#include <cmath>

namespace dtr::gui {

namespace {

constexpr int kCellW = 76;
constexpr int kCellH = 82;
constexpr int kGap = 6;
constexpr int kMargin = 8;
constexpr int kLegendH = 62;

const QColor kPinnedColor(0x1f, 0x8a, 0x4c);
const QColor kForbiddenColor(0xc0, 0x39, 0x2b);

QString lossText(double v)
{
    return std::isnan(v) ? QString() : QLocale().toString(v, 'g', 3);
}

QColor textOn(const QColor &background)
{
    return background.lightnessF() > 0.55 ? QColor(0x20, 0x20, 0x20) : QColor(0xf5, 0xf5, 0xf5);
}

} // namespace

LayerStrip::LayerStrip(LayerTableModel *model, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
{
    setObjectName(QStringLiteral("layerStrip"));
    setFocusPolicy(Qt::StrongFocus);
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Preferred);
    setAccessibleName(tr("Layer map"));
    const auto relayout = [this] {
        if (m_current >= m_model->rowCount())
            m_current = m_model->rowCount() - 1;
        const int h = heightForWidth(width());
        setMinimumHeight(h);
        updateGeometry();
        update();
        Q_EMIT neededHeightChanged(h);
    };
    connect(m_model, &QAbstractItemModel::modelReset, this, relayout);
    connect(m_model, &QAbstractItemModel::dataChanged, this, [this] { update(); });
}

LayerConstraint LayerStrip::nextConstraint(LayerConstraint c)
{
    switch (c) {
    case LayerConstraint::Free:
        return LayerConstraint::Pinned;
    case LayerConstraint::Pinned:
        return LayerConstraint::Forbidden;
    case LayerConstraint::Forbidden:
        break;
    }
    return LayerConstraint::Free;
}

int LayerStrip::columnsFor(int width) const
{
    return std::max(1, (width - 2 * kMargin + kGap) / (kCellW + kGap));
}

int LayerStrip::rowsFor(int width) const
{
    const int n = m_model->rowCount();
    const int cols = columnsFor(width);
    return n == 0 ? 0 : (n + cols - 1) / cols;
}

int LayerStrip::cellsHeight(int width) const
{
    const int rows = rowsFor(width);
    return rows == 0 ? 0 : kMargin + rows * kCellH + (rows - 1) * kGap;
}

int LayerStrip::heightForWidth(int width) const
{
    return cellsHeight(width) + kGap + kLegendH + kMargin;
}

QSize LayerStrip::sizeHint() const
{
    const int n = std::max(1, m_model->rowCount());
    const int cols = std::min(n, 16);
    const int w = 2 * kMargin + cols * kCellW + (cols - 1) * kGap;
    return {w, heightForWidth(w)};
}

QSize LayerStrip::minimumSizeHint() const
{
    return {2 * kMargin + 4 * kCellW + 3 * kGap, heightForWidth(width() > 0 ? width() : sizeHint().width())};
}

void LayerStrip::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    const int h = heightForWidth(width());
    setMinimumHeight(h);
    Q_EMIT neededHeightChanged(h);
}

QRect LayerStrip::cellRect(int layer) const
{
    const int cols = columnsFor(width());
    const int row = layer / cols, col = layer % cols;
    return {kMargin + col * (kCellW + kGap), kMargin + row * (kCellH + kGap), kCellW, kCellH};
}

int LayerStrip::layerAt(const QPoint &pos) const
{
    for (int i = 0; i < m_model->rowCount(); ++i)
        if (cellRect(i).contains(pos))
            return i;
    return -1;
}

void LayerStrip::setCurrentLayer(int layer)
{
    layer = std::clamp(layer, m_model->rowCount() > 0 ? 0 : -1, m_model->rowCount() - 1);
    if (layer == m_current)
        return;
    m_current = layer;
    update();
    Q_EMIT currentLayerChanged(layer);
}

void LayerStrip::paintCell(QPainter &p, int layer, const QRect &r) const
{
    const auto [lo, hi] = m_model->heldoutRange();
    const double loss = m_model->finalHeldout(layer);
    const QColor fill = LayerTableModel::lossColor(LayerTableModel::lossPosition(loss, lo, hi));
    const LayerConstraint c = m_model->constraint(layer);
    const std::string mixer = m_model->displayedMixer(layer);

    QPainterPath path;
    path.addRoundedRect(QRectF(r).adjusted(1.5, 1.5, -1.5, -1.5), 5, 5);
    p.fillPath(path, fill);
    if (c == LayerConstraint::Forbidden) // hatched: stays full attention
        p.fillPath(path, QBrush(QColor(kForbiddenColor.red(), kForbiddenColor.green(), kForbiddenColor.blue(), 90),
                                Qt::BDiagPattern));
    const QColor ink = textOn(fill);

    // The type: a band at the bottom in the mixer's colour.
    const QRect band(r.left() + 4, r.bottom() - 20, r.width() - 8, 16);
    p.setPen(Qt::NoPen);
    p.setBrush(LayerTableModel::mixerColor(mixer));
    p.drawRoundedRect(band, 3, 3);
    p.setPen(Qt::white);
    QFont small = font();
    small.setPointSizeF(std::max(6.5, font().pointSizeF() * 0.8));
    p.setFont(small);
    p.drawText(band, Qt::AlignCenter, mixerShortName(mixer));

    // Layer index and loss.
    QFont bold = font();
    bold.setBold(true);
    p.setFont(bold);
    p.setPen(ink);
    p.drawText(QRect(r.left() + 6, r.top() + 3, r.width() - 12, 18), Qt::AlignLeft | Qt::AlignVCenter,
               QString::number(layer));
    p.setFont(small);
    p.drawText(QRect(r.left() + 4, r.top() + 22, r.width() - 8, 16), Qt::AlignCenter,
               std::isnan(loss) ? QStringLiteral("\u2013") : lossText(loss));
    // The constraint, in words.
    if (c != LayerConstraint::Free) {
        const QRect tag(r.left() + 4, r.top() + 40, r.width() - 8, 16);
        p.setPen(Qt::NoPen);
        p.setBrush(c == LayerConstraint::Pinned ? kPinnedColor : kForbiddenColor);
        p.drawRoundedRect(tag, 3, 3);
        p.setPen(Qt::white);
        p.drawText(tag, Qt::AlignCenter, c == LayerConstraint::Pinned ? tr("pinned") : tr("forbidden"));
    }

    // The border: the constraint's colour, thick; free cells a thin neutral line.
    QPen border(c == LayerConstraint::Free ? palette().color(QPalette::Mid)
                                           : (c == LayerConstraint::Pinned ? kPinnedColor : kForbiddenColor));
    border.setWidthF(c == LayerConstraint::Free ? 1.0 : 3.0);
    p.setPen(border);
    p.setBrush(Qt::NoBrush);
    p.drawPath(path);
    if (layer == m_current && hasFocus()) {
        QPen focus(palette().color(QPalette::Highlight));
        focus.setWidthF(2.0);
        focus.setStyle(Qt::DashLine);
        p.setPen(focus);
        p.drawRoundedRect(QRectF(r).adjusted(-2.5, -2.5, 2.5, 2.5), 6, 6);
    }
}

void LayerStrip::paintLegend(QPainter &p, const QRect &r) const
{
    QFont small = font();
    small.setPointSizeF(std::max(6.5, font().pointSizeF() * 0.85));
    p.setFont(small);
    const QFontMetrics fm(small);
    const auto [lo, hi] = m_model->heldoutRange();
    int x = r.left();
    const int y = r.top();
    // The colour scale.
    const QString caption = m_model->heldoutRunId() > 0
        ? tr("Final held-out loss, run %1 (log scale):").arg(m_model->heldoutRunId())
        : tr("Final held-out loss: select a distillation run");
    p.setPen(palette().color(QPalette::WindowText));
    p.drawText(QRect(x, y, fm.horizontalAdvance(caption) + 4, 18), Qt::AlignLeft | Qt::AlignVCenter, caption);
    x += fm.horizontalAdvance(caption) + 10;
    if (!std::isnan(lo)) {
        const QString low = lossText(lo), high = lossText(hi);
        p.drawText(QRect(x, y, fm.horizontalAdvance(low) + 2, 18), Qt::AlignLeft | Qt::AlignVCenter, low);
        x += fm.horizontalAdvance(low) + 6;
        const QRect bar(x, y + 3, 160, 12);
        QLinearGradient g(bar.topLeft(), bar.topRight());
        for (int i = 0; i <= 8; ++i)
            g.setColorAt(i / 8.0, LayerTableModel::lossColor(i / 8.0));
        p.fillRect(bar, g);
        p.setPen(palette().color(QPalette::Mid));
        p.drawRect(bar);
        x = bar.right() + 6;
        p.setPen(palette().color(QPalette::WindowText));
        p.drawText(QRect(x, y, fm.horizontalAdvance(high) + 2, 18), Qt::AlignLeft | Qt::AlignVCenter, high);
        x += fm.horizontalAdvance(high) + 16;
    }
    const QRect noLoss(x, y + 3, 12, 12);
    p.fillRect(noLoss, LayerTableModel::lossColor(std::nan("")));
    p.setPen(palette().color(QPalette::Mid));
    p.drawRect(noLoss);
    p.setPen(palette().color(QPalette::WindowText));
    const QString none = tr("not distilled");
    p.drawText(QRect(x + 16, y, fm.horizontalAdvance(none) + 4, 18), Qt::AlignLeft | Qt::AlignVCenter, none);

    // The keys: types and constraints.
    x = r.left();
    const int y2 = y + 22;
    const auto key = [&](const QColor &color, bool outline, const QString &text) {
        const QRect sw(x, y2 + 3, 14, 12);
        if (outline) {
            QPen pen(color);
            pen.setWidth(3);
            p.setPen(pen);
            p.setBrush(Qt::NoBrush);
            p.drawRect(sw.adjusted(1, 1, -1, -1));
        } else {
            p.fillRect(sw, color);
        }
        p.setPen(palette().color(QPalette::WindowText));
        p.drawText(QRect(x + 18, y2, fm.horizontalAdvance(text) + 4, 18), Qt::AlignLeft | Qt::AlignVCenter, text);
        x += 18 + fm.horizontalAdvance(text) + 16;
    };
    key(LayerTableModel::mixerColor("full_attention"), false, mixerDisplayName("full_attention"));
    std::string linear = m_model->linearMixer();
    for (int i = 0; i < m_model->rowCount() && linear.empty(); ++i)
        if (m_model->displayedMixer(i) != "full_attention")
            linear = m_model->displayedMixer(i); // an exported hybrid's own mixer
    if (linear.empty())
        linear = "linear";
    key(LayerTableModel::mixerColor(linear), false, mixerDisplayName(linear));
    key(kPinnedColor, true, tr("pinned: linear from the start"));
    key(kForbiddenColor, true, tr("forbidden: stays full attention"));
    p.setPen(palette().color(QPalette::PlaceholderText));
    p.drawText(QRect(r.left(), y2 + 20, r.width(), 18), Qt::AlignLeft | Qt::AlignVCenter,
               tr("Click a layer to cycle free \u2192 pinned \u2192 forbidden; right-click for the menu; "
                  "keys P, F, Delete, Space and the arrows."));
}

void LayerStrip::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    for (int i = 0; i < m_model->rowCount(); ++i)
        paintCell(p, i, cellRect(i));
    if (m_model->rowCount() > 0)
        paintLegend(p, QRect(kMargin, cellsHeight(width()) + kGap, width() - 2 * kMargin, kLegendH));
}

void LayerStrip::request(int layer, LayerConstraint c)
{
    if (layer < 0 || layer >= m_model->rowCount() || m_model->constraint(layer) == c)
        return;
    Q_EMIT constraintRequested(layer, c);
}

void LayerStrip::mousePressEvent(QMouseEvent *event)
{
    const int layer = layerAt(event->position().toPoint());
    if (layer < 0) {
        QWidget::mousePressEvent(event);
        return;
    }
    setFocus(Qt::MouseFocusReason);
    setCurrentLayer(layer);
    if (event->button() == Qt::LeftButton)
        request(layer, nextConstraint(m_model->constraint(layer)));
}

void LayerStrip::keyPressEvent(QKeyEvent *event)
{
    const int n = m_model->rowCount();
    if (n == 0) {
        QWidget::keyPressEvent(event);
        return;
    }
    const int cols = columnsFor(width());
    const int cur = m_current < 0 ? 0 : m_current;
    switch (event->key()) {
    case Qt::Key_Left:
        setCurrentLayer(cur - 1);
        return;
    case Qt::Key_Right:
        setCurrentLayer(m_current < 0 ? 0 : cur + 1);
        return;
    case Qt::Key_Up:
        setCurrentLayer(cur - cols);
        return;
    case Qt::Key_Down:
        setCurrentLayer(cur + cols);
        return;
    case Qt::Key_Home:
        setCurrentLayer(0);
        return;
    case Qt::Key_End:
        setCurrentLayer(n - 1);
        return;
    case Qt::Key_Space:
        setCurrentLayer(cur);
        request(cur, nextConstraint(m_model->constraint(cur)));
        return;
    case Qt::Key_P:
        setCurrentLayer(cur);
        request(cur, LayerConstraint::Pinned);
        return;
    case Qt::Key_F:
        setCurrentLayer(cur);
        request(cur, LayerConstraint::Forbidden);
        return;
    case Qt::Key_Delete:
    case Qt::Key_Backspace:
    case Qt::Key_0:
        setCurrentLayer(cur);
        request(cur, LayerConstraint::Free);
        return;
    default:
        QWidget::keyPressEvent(event);
    }
}

void LayerStrip::contextMenuEvent(QContextMenuEvent *event)
{
    const int layer = layerAt(event->pos());
    if (layer < 0)
        return;
    setCurrentLayer(layer);
    QMenu menu(this);
    menu.setObjectName(QStringLiteral("layerStripMenu"));
    const LayerConstraint now = m_model->constraint(layer);
    const auto add = [&](LayerConstraint c, const QString &text, const QString &shortcut) {
        QAction *a = menu.addAction(text + QLatin1Char('\t') + shortcut);
        a->setCheckable(true);
        a->setChecked(now == c);
        connect(a, &QAction::triggered, this, [this, layer, c] { request(layer, c); });
    };
    menu.addSection(tr("Layer %1").arg(layer));
    add(LayerConstraint::Free, tr("Free (the search decides)"), tr("Del"));
    add(LayerConstraint::Pinned, tr("Pin as linear"), QStringLiteral("P"));
    add(LayerConstraint::Forbidden, tr("Forbid (keep full attention)"), QStringLiteral("F"));
    menu.exec(event->globalPos());
}

QString LayerStrip::cellToolTip(int layer) const
{
    QString tip = tr("<b>Layer %1</b>: %2, %3").arg(layer)
                      .arg(mixerDisplayName(m_model->displayedMixer(layer)),
                           LayerTableModel::constraintName(m_model->constraint(layer)));
    const double initial = m_model->initialHeldout(layer), final = m_model->finalHeldout(layer);
    if (!std::isnan(final)) {
        tip += QStringLiteral("<br>") + tr("Held-out loss (run %1): %2 \u2192 %3").arg(m_model->heldoutRunId())
                                            .arg(lossText(initial).isEmpty() ? QStringLiteral("?") : lossText(initial),
                                                 lossText(final));
        if (initial > 0 && final > 0)
            tip += QStringLiteral(" ") + tr("(%1\u00d7 lower)").arg(QLocale().toString(initial / final, 'f', 1));
    } else if (m_model->heldoutRunId() > 0) {
        tip += QStringLiteral("<br>") + tr("Not distilled in run %1").arg(m_model->heldoutRunId());
    }
    return tip;
}

bool LayerStrip::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const int layer = layerAt(help->pos());
        if (layer >= 0)
            QToolTip::showText(help->globalPos(), cellToolTip(layer), this, cellRect(layer));
        else
            QToolTip::hideText();
        return true;
    }
    if (event->type() == QEvent::FocusIn || event->type() == QEvent::FocusOut)
        update();
    return QWidget::event(event);
}

} // namespace dtr::gui
