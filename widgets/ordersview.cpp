#include "ordersview.h"

#include "displaynames.h"
#include "jobrunner.h"

#include "jobs/search_read_jobs.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QResizeEvent>
#include <QScrollBar>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

namespace dtr::gui {

namespace {

QString qstr(const nlohmann::json &j, const char *key)
{
    const auto it = j.find(key);
    return it != j.end() && it->is_string() ? QString::fromStdString(it->get<std::string>()) : QString();
}

// Early rounds dark, late rounds light (one hue, readable on either palette with the
// text colour chosen against it).
QColor roundColour(int round, int rounds)
{
    const double t = rounds > 1 ? double(round - 1) / double(rounds - 1) : 0.0;
    return QColor::fromHsvF(0.58, 0.85 - 0.65 * t, 0.45 + 0.5 * t);
}

// Blue for agreement, red for reversal, white at 0.
QColor tauColour(double tau)
{
    const double a = std::min(1.0, std::abs(tau));
    return tau >= 0 ? QColor::fromRgbF(1.0 - 0.75 * a, 1.0 - 0.55 * a, 1.0) : QColor::fromRgbF(1.0, 1.0 - 0.7 * a, 1.0 - 0.7 * a);
}

QColor textOn(const QColor &bg)
{
    return bg.lightnessF() < 0.55 ? Qt::white : Qt::black;
}

} // namespace

OrdersView::OrdersView(QWidget *parent)
    : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("The order in which each search replaced the layers (the round that made a layer linear), "
                                "and Kendall's \u03c4 between every two orders: 1 is the same order, 0 unrelated, "
                                "−1 reversed."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    auto *bar = new QHBoxLayout;
    m_baselines = new QCheckBox(tr("Include &baselines (random, importance, distillation loss)"), this);
    bar->addWidget(m_baselines);
    bar->addStretch();
    auto *groupLabel = new QLabel(tr("&Order rows by:"), this);
    m_group = new QComboBox(this);
    m_group->addItem(tr("Task, then mixer"), QStringLiteral("task"));
    m_group->addItem(tr("Mixer, then task"), QStringLiteral("mixer"));
    m_group->addItem(tr("Search"), QStringLiteral("search"));
    groupLabel->setBuddy(m_group);
    bar->addWidget(groupLabel);
    bar->addWidget(m_group);
    layout->addLayout(bar);

    m_empty = new QLabel(tr("No search has an order yet. Run a greedy search in the Search view; "
                            "searches on other tasks or with other mixers then line up here."),
                         this);
    m_empty->setWordWrap(true);
    m_empty->setAlignment(Qt::AlignCenter);
    layout->addWidget(m_empty);

    // Compact rows (the text's height, not the style's default) and a splitter sized to
    // the rows, so nine searches fit both tables without scrolling at 900 px.
    const auto compact = [this](QTableWidget *t) {
        t->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
        t->verticalHeader()->setMinimumSectionSize(fontMetrics().height() + 4);
        t->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 4);
    };
    auto *split = new QSplitter(Qt::Vertical, this);
    m_split = split;
    split->setChildrenCollapsible(false);
    connect(split, &QSplitter::splitterMoved, this, [this] { m_userSized = true; });
    m_orders = new QTableWidget(split);
    compact(m_orders);
    m_orders->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_orders->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_orders->verticalHeader()->hide();
    m_orders->setAccessibleName(tr("Replacement orders"));
    auto *lower = new QWidget(split);
    auto *lowerLayout = new QVBoxLayout(lower);
    lowerLayout->setContentsMargins(0, 0, 0, 0);
    m_summary = new QLabel(lower);
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    lowerLayout->addWidget(m_summary);
    m_tau = new QTableWidget(lower);
    m_tau->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_tau->setAccessibleName(tr("Rank correlation between orders"));
    compact(m_tau);
    lowerLayout->addWidget(m_tau);
    split->addWidget(m_orders);
    split->addWidget(lower);
    layout->addWidget(split, 1);

    connect(m_baselines, &QCheckBox::toggled, this, &OrdersView::apply);
    connect(m_group, &QComboBox::currentIndexChanged, this, &OrdersView::apply);
    apply();
}

OrdersView::~OrdersView() = default;

void OrdersView::setProject(const QString &projectPath)
{
    m_projectPath = projectPath;
    refresh();
}

void OrdersView::clearProject()
{
    m_projectPath.clear();
    m_loader.clear();
    m_data = nlohmann::json();
    apply();
}

bool OrdersView::isLoading() const
{
    return !m_loader.isNull();
}

void OrdersView::refresh()
{
    if (m_projectPath.isEmpty())
        return;
    auto runner = new JobRunner(std::make_unique<dtr::ReadOrdersJob>(QFile::encodeName(m_projectPath).toStdString()), this);
    m_loader = runner;
    connect(runner, &JobRunner::finished, this, [this, runner](const dtr::JobOutcome &outcome) {
        runner->deleteLater();
        if (m_loader != runner)
            return; // superseded
        m_loader.clear();
        if (outcome.status == dtr::JobStatus::Completed) {
            m_data = outcome.result;
            apply();
        } else if (outcome.status == dtr::JobStatus::Failed) {
            m_summary->setText(tr("Could not read the orders: %1").arg(QString::fromStdString(outcome.error)));
        }
        Q_EMIT loaded();
    });
    runner->start();
}

void OrdersView::apply()
{
    if (!m_data.is_object())
        m_data = nlohmann::json::object();
    const nlohmann::json orders = m_data.value("orders", nlohmann::json::array());
    const int L = m_data.value("num_layers", 0);
    m_shown.clear();
    for (int i = 0; i < int(orders.size()); ++i)
        if (m_baselines->isChecked() || qstr(orders[i], "strategy") == QLatin1String("greedy"))
            m_shown.append(i);
    const QString group = m_group->currentData().toString();
    std::stable_sort(m_shown.begin(), m_shown.end(), [&](int a, int b) {
        const auto &x = orders[a], &y = orders[b];
        auto key = [&](const nlohmann::json &o) {
            const QString task = qstr(o, "task"), mixer = qstr(o, "mixer");
            return group == QLatin1String("mixer") ? mixer + QChar(1) + task : group == QLatin1String("task") ? task + QChar(1) + mixer : QString();
        };
        const QString kx = key(x), ky = key(y);
        return kx != ky ? kx < ky : x.value("search", 0) < y.value("search", 0);
    });

    const bool empty = m_shown.isEmpty();
    m_empty->setVisible(empty);
    m_orders->parentWidget()->setVisible(!empty);

    QStringList labels, shortLabels;
    for (int i : m_shown) {
        const auto &o = orders[i];
        const qint64 id = o.value("search", qint64(0));
        labels << tr("#%1 %2 \u00b7 %3 \u00b7 %4")
                      .arg(id)
                      .arg(qstr(o, "task"), mixerLabel(o.value("mixer", std::string())), strategyDisplayName(qstr(o, "strategy")));
        shortLabels << tr("#%1").arg(id);
    }

    m_orders->clear();
    m_orders->setRowCount(int(m_shown.size()));
    m_orders->setColumnCount(2 + L);
    QStringList headers{tr("Search"), tr("Order")};
    for (int l = 0; l < L; ++l)
        headers << QString::number(l);
    m_orders->setHorizontalHeaderLabels(headers);
    for (int r = 0; r < m_shown.size(); ++r) {
        const auto &o = orders[m_shown[r]];
        const auto order = o.value("order", std::vector<int>{});
        m_orders->setItem(r, 0, new QTableWidgetItem(labels[r]));
        QStringList seq;
        for (int l : order)
            seq << QString::number(l);
        auto *orderItem = new QTableWidgetItem(seq.join(QStringLiteral(" \u2192 ")));
        orderItem->setToolTip(tr("Layers in the order they were replaced"));
        m_orders->setItem(r, 1, orderItem);
        for (int l = 0; l < L; ++l) {
            const auto it = std::find(order.begin(), order.end(), l);
            auto *cell = new QTableWidgetItem;
            cell->setTextAlignment(Qt::AlignCenter);
            if (it == order.end()) {
                cell->setText(QStringLiteral("\u2013"));
                cell->setToolTip(tr("Layer %1 was not replaced").arg(l));
            } else {
                const int round = int(it - order.begin()) + 1;
                cell->setText(QString::number(round));
                const QColor bg = roundColour(round, int(order.size()));
                cell->setBackground(bg);
                cell->setForeground(textOn(bg));
                cell->setToolTip(tr("Layer %1 replaced in round %2 of %3").arg(l).arg(round).arg(order.size()));
            }
            m_orders->setItem(r, 2 + l, cell);
        }
    }
    m_orders->resizeColumnsToContents();

    m_tau->clear();
    m_tau->setRowCount(int(m_shown.size()));
    m_tau->setColumnCount(int(m_shown.size()));
    m_tau->setHorizontalHeaderLabels(shortLabels);
    m_tau->setVerticalHeaderLabels(labels);
    const nlohmann::json tau = m_data.value("tau", nlohmann::json::array());
    for (int r = 0; r < m_shown.size(); ++r)
        for (int c = 0; c < m_shown.size(); ++c) {
            auto *cell = new QTableWidgetItem;
            cell->setTextAlignment(Qt::AlignCenter);
            const auto &v = tau.at(m_shown[r]).at(m_shown[c]);
            if (v.is_number()) {
                const double t = v.get<double>();
                cell->setText(QString::number(t, 'f', 2));
                const QColor bg = tauColour(t);
                cell->setBackground(bg);
                cell->setForeground(textOn(bg));
                cell->setData(Qt::UserRole, t);
                cell->setToolTip(tr("\u03c4 = %1 between %2 and %3").arg(t, 0, 'f', 3).arg(labels[r], labels[c]));
            } else {
                cell->setText(tr("n/a"));
            }
            m_tau->setItem(r, c, cell);
        }
    m_tau->resizeColumnsToContents();
    m_summary->setText(summaryText());
    fitSplitter();
}

void OrdersView::fitSplitter()
{
    const auto tableHeight = [](const QTableWidget *t) {
        int h = t->horizontalHeader()->sizeHint().height() + 2 * t->frameWidth();
        for (int r = 0; r < t->rowCount(); ++r)
            h += t->rowHeight(r);
        if (t->horizontalScrollBar()->isVisible())
            h += t->horizontalScrollBar()->sizeHint().height();
        return h;
    };
    if (m_userSized)
        return;
    const int total = m_split->height() - m_split->handleWidth();
    const int orders = tableHeight(m_orders);
    const int lower = m_summary->sizeHint().height() + tableHeight(m_tau);
    if (total <= 0)
        return;
    // Both fit: each gets what it needs, the spare height below. Else shared in proportion.
    const int top = orders + lower <= total ? orders : std::max(total / 4, total * orders / std::max(1, orders + lower));
    m_split->setSizes({top, total - top});
}

void OrdersView::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    fitSplitter();
}

OrderMeans OrdersView::means() const
{
    OrderMeans m;
    if (!m_data.is_object())
        return m;
    const nlohmann::json orders = m_data.value("orders", nlohmann::json::array());
    const nlohmann::json tau = m_data.value("tau", nlohmann::json::array());
    double sumTask = 0, sumMixer = 0;
    for (int a = 0; a < m_shown.size(); ++a)
        for (int b = a + 1; b < m_shown.size(); ++b) {
            const auto &x = orders[m_shown[a]], &y = orders[m_shown[b]];
            if (qstr(x, "strategy") != QLatin1String("greedy") || qstr(y, "strategy") != QLatin1String("greedy"))
                continue;
            const auto &v = tau.at(m_shown[a]).at(m_shown[b]);
            if (!v.is_number())
                continue;
            const bool sameTask = qstr(x, "val") == qstr(y, "val"), sameMixer = qstr(x, "mixer") == qstr(y, "mixer");
            if (sameTask && !sameMixer) {
                sumTask += v.get<double>();
                ++m.sameTaskPairs;
            } else if (sameMixer && !sameTask) {
                sumMixer += v.get<double>();
                ++m.sameMixerPairs;
            }
        }
    if (m.sameTaskPairs)
        m.sameTaskOtherMixer = sumTask / m.sameTaskPairs;
    if (m.sameMixerPairs)
        m.sameMixerOtherTask = sumMixer / m.sameMixerPairs;
    return m;
}

QString OrdersView::summaryText() const
{
    if (m_shown.isEmpty())
        return QString();
    const OrderMeans m = means();
    auto mean = [this](const std::optional<double> &v, int pairs) {
        return v ? tr("mean \u03c4 %1 (%n pair(s))", nullptr, pairs).arg(*v, 0, 'f', 2) : tr("no pairs");
    };
    QString text = tr("Greedy orders on the same task with another mixer: %1. With the same mixer on another task: %2.")
                       .arg(mean(m.sameTaskOtherMixer, m.sameTaskPairs), mean(m.sameMixerOtherTask, m.sameMixerPairs));
    if (m.sameTaskOtherMixer && m.sameMixerOtherTask)
        text += QLatin1Char(' ')
                + (*m.sameTaskOtherMixer > *m.sameMixerOtherTask
                       ? tr("Orders depend more on the task than on the mixer here, as the paper reports.")
                       : tr("Orders do not depend more on the task than on the mixer here, unlike the paper's finding."));
    return text;
}

} // namespace dtr::gui
