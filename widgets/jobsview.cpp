#include "jobsview.h"

#include "jobrunner.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QProgressBar>
#include <QToolButton>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <cmath>

namespace dtr::gui {

QString formatEta(double seconds)
{
    if (!(seconds >= 0) || seconds > 1e7)
        return {};
    const long s = std::lround(seconds);
    return QStringLiteral("%1:%2:%3")
        .arg(s / 3600)
        .arg((s / 60) % 60, 2, 10, QLatin1Char('0'))
        .arg(s % 60, 2, 10, QLatin1Char('0'));
}

QString formatRate(double rate, const QString &unit)
{
    if (!(rate > 0))
        return {};
    if (unit == QLatin1String("bytes"))
        return JobsView::tr("%1 MB/s").arg(rate / 1e6, 0, 'f', 1);
    if (unit == QLatin1String("steps"))
        return JobsView::tr("%1 steps/s").arg(rate, 0, 'f', rate < 10 ? 2 : 1);
    if (unit == QLatin1String("candidates"))
        return JobsView::tr("%1 candidates/s").arg(rate, 0, 'f', 2);
    if (unit == QLatin1String("batches"))
        return JobsView::tr("%1 batches/s").arg(rate, 0, 'f', 1);
    if (unit == QLatin1String("stages"))
        return {}; // stages differ too much in length for a rate to mean anything
    return JobsView::tr("%1 %2/s").arg(rate, 0, 'f', 2).arg(unit);
}

JobsView::JobsView(QWidget *parent)
    : QWidget(parent)
{
    m_tree = new QTreeWidget(this);
    m_tree->setObjectName(QStringLiteral("jobsTree"));
    m_tree->setColumnCount(ColumnCount);
    m_tree->setHeaderLabels({tr("Job"), tr("Progress"), tr("Rate"), tr("ETA"), tr("Status")});
    m_tree->setRootIsDecorated(false);
    m_tree->setAlternatingRowColors(true);
    m_tree->header()->setStretchLastSection(true);
    m_tree->header()->setSectionResizeMode(TitleColumn, QHeaderView::Interactive);
    m_tree->setColumnWidth(TitleColumn, 260);
    m_tree->setColumnWidth(ProgressColumn, 170);
    m_tree->setColumnWidth(RateColumn, 110);
    m_tree->setColumnWidth(EtaColumn, 70);
    auto layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_tree);
}

JobsView::~JobsView()
{
    cancelAll();
    waitAll();
}

JobRunner *JobsView::run(std::unique_ptr<dtr::Job> job, const QString &title)
{
    auto runner = new JobRunner(std::move(job), this);
    Row row;
    row.runner = runner;
    row.item = new QTreeWidgetItem;
    row.item->setText(TitleColumn, title);
    row.item->setToolTip(TitleColumn, title);
    row.item->setText(StatusColumn, tr("Running"));
    m_tree->insertTopLevelItem(0, row.item); // newest first

    // Progress bar and Cancel button in the progress cell.
    auto cell = new QWidget;
    auto h = new QHBoxLayout(cell);
    h->setContentsMargins(2, 2, 2, 2);
    h->setSpacing(4);
    row.bar = new QProgressBar;
    row.bar->setRange(0, 0); // busy until the first progress value says how much
    row.bar->setMaximumHeight(16);
    row.bar->setTextVisible(true);
    row.cancel = new QToolButton;
    row.cancel->setObjectName(QStringLiteral("cancelJobButton"));
    row.cancel->setIcon(QIcon::fromTheme(QStringLiteral("process-stop")));
    row.cancel->setText(tr("Cancel"));
    row.cancel->setToolTip(tr("Cancel this job (what it stored so far is kept)"));
    row.cancel->setAutoRaise(true);
    h->addWidget(row.bar, 1);
    h->addWidget(row.cancel);
    m_tree->setItemWidget(row.item, ProgressColumn, cell);
    // The row as tall as its progress cell, so bars never overlap the next row.
    row.item->setSizeHint(ProgressColumn, QSize(0, cell->sizeHint().height()));
    m_rows.push_back(row);

    connect(row.cancel, &QToolButton::clicked, runner, [this, runner] {
        runner->cancel();
        if (Row *r = rowOf(runner)) {
            r->cancel->setEnabled(false);
            r->item->setText(StatusColumn, tr("Cancelling\u2026"));
        }
    });
    connect(runner, &JobRunner::progressed, this, [this, runner](const dtr::JobProgress &p) {
        if (Row *r = rowOf(runner))
            showProgress(*r, p);
    });
    connect(runner, &JobRunner::finished, this, [this, runner](const dtr::JobOutcome &o) {
        if (Row *r = rowOf(runner))
            showOutcome(*r, o);
        Q_EMIT jobFinished(runner);
        Q_EMIT runningCountChanged(runningCount());
    });
    runner->start();
    Q_EMIT jobStarted(runner);
    Q_EMIT runningCountChanged(runningCount());
    return runner;
}

int JobsView::runningCount() const
{
    int n = 0;
    for (const Row &r : m_rows)
        n += r.runner->isFinished() ? 0 : 1;
    return n;
}

JobRunner *JobsView::runner(int row) const
{
    return row >= 0 && row < count() ? m_rows[static_cast<std::size_t>(row)].runner : nullptr;
}

QString JobsView::text(int row, int column) const
{
    if (row < 0 || row >= count())
        return {};
    const Row &r = m_rows[static_cast<std::size_t>(row)];
    if (column == ProgressColumn)
        return r.bar->text();
    return r.item->text(column);
}

void JobsView::cancelAll()
{
    for (Row &r : m_rows)
        if (!r.runner->isFinished())
            r.runner->cancel();
}

void JobsView::waitAll()
{
    for (Row &r : m_rows)
        r.runner->wait();
}

JobsView::Row *JobsView::rowOf(JobRunner *runner)
{
    for (Row &r : m_rows)
        if (r.runner == runner)
            return &r;
    return nullptr;
}

void JobsView::showProgress(Row &row, const dtr::JobProgress &p)
{
    if (p.total > 0) {
        // QProgressBar holds ints: scale byte counts down to permille.
        row.bar->setRange(0, 1000);
        row.bar->setValue(static_cast<int>(1000.0 * double(p.done) / double(p.total)));
        row.bar->setFormat(p.unit == "bytes" ? QStringLiteral("%p%")
                                             : QStringLiteral("%1 / %2").arg(p.done).arg(p.total));
    } else {
        row.bar->setRange(0, 0);
    }
    const QString unit = QString::fromStdString(p.unit);
    row.item->setText(RateColumn, formatRate(p.rate, unit));
    row.item->setText(EtaColumn, formatEta(p.etaSeconds));
    // The engine's own line (English) goes to the tooltip; the column stays translated.
    if (row.cancel->isEnabled()) {
        row.item->setText(StatusColumn, tr("Running"));
        if (!p.message.empty())
            row.item->setToolTip(StatusColumn, QString::fromStdString(p.message));
    }
}

void JobsView::showOutcome(Row &row, const dtr::JobOutcome &o)
{
    row.cancel->setEnabled(false);
    row.cancel->hide();
    row.item->setText(EtaColumn, QString());
    switch (o.status) {
    case dtr::JobStatus::Completed:
        row.bar->setRange(0, 1);
        row.bar->setValue(1);
        row.bar->setFormat(tr("done in %1").arg(formatEta(o.seconds)));
        row.item->setText(StatusColumn, tr("Completed"));
        row.item->setIcon(StatusColumn, QIcon::fromTheme(QStringLiteral("emblem-ok")));
        break;
    case dtr::JobStatus::Cancelled:
        if (row.bar->maximum() == 0)
            row.bar->setRange(0, 1);
        row.bar->setFormat(tr("stopped"));
        row.item->setText(StatusColumn, o.resumeId ? tr("Cancelled (can be resumed)") : tr("Cancelled"));
        break;
    case dtr::JobStatus::Failed:
        if (row.bar->maximum() == 0)
            row.bar->setRange(0, 1);
        row.bar->setFormat(tr("failed"));
        row.item->setText(StatusColumn, tr("Failed: %1").arg(QString::fromStdString(o.error)));
        row.item->setToolTip(StatusColumn, QString::fromStdString(o.error));
        row.item->setIcon(StatusColumn, QIcon::fromTheme(QStringLiteral("dialog-error")));
        break;
    }
}

} // namespace dtr::gui
