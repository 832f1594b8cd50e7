#pragma once

// The jobs dock: every job started from the window, each on its own worker thread
// (JobRunner), with its progress bar, rate, ETA and a Cancel button while it runs, and
// its outcome once it ended (a failure shows its message). Finished jobs stay listed.

#include <QWidget>

#include <memory>
#include <vector>

QT_BEGIN_NAMESPACE
class QProgressBar;
class QToolButton;
class QTreeWidget;
class QTreeWidgetItem;
QT_END_NAMESPACE

namespace dtr {
class Job;
struct JobOutcome;
struct JobProgress;
}

namespace dtr::gui {

class JobRunner;

class JobsView : public QWidget
{
    Q_OBJECT

public:
    explicit JobsView(QWidget *parent = nullptr);
    // Cancels every running job and waits for its worker.
    ~JobsView() override;

    // Lists the job under `title` and starts it; the view owns the runner.
    JobRunner *run(std::unique_ptr<dtr::Job> job, const QString &title);

    int count() const { return static_cast<int>(m_rows.size()); }
    int runningCount() const;
    JobRunner *runner(int row) const;
    // What row `row` shows in `column` (tests and screenshots).
    QString text(int row, int column) const;
    void cancelAll();
    // Blocks until every worker has ended (closing the window).
    void waitAll();

    enum Column { TitleColumn, ProgressColumn, RateColumn, EtaColumn, StatusColumn, ColumnCount };

Q_SIGNALS:
    void jobStarted(dtr::gui::JobRunner *runner);
    void jobFinished(dtr::gui::JobRunner *runner);
    void runningCountChanged(int running);

private:
    struct Row
    {
        JobRunner *runner = nullptr;
        QTreeWidgetItem *item = nullptr;
        QProgressBar *bar = nullptr;
        QToolButton *cancel = nullptr;
    };
    void showProgress(Row &row, const dtr::JobProgress &progress);
    void showOutcome(Row &row, const dtr::JobOutcome &outcome);
    Row *rowOf(JobRunner *runner);

    QTreeWidget *m_tree = nullptr;
    std::vector<Row> m_rows;
};

// "1:02:03"; empty for an unknown (negative) duration.
QString formatEta(double seconds);
// "12.5 steps/s", "48.0 MB/s", ...; empty when the rate is not known yet.
QString formatRate(double rate, const QString &unit);

} // namespace dtr::gui
