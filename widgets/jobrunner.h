#pragma once

// Runs any core job (core/jobs) on its own worker thread and reports to the GUI thread
// through queued signals: the window never blocks, and it never needs to know which job
// it runs. Cancel sets the job's token; the destructor cancels and waits, so a runner
// can be deleted (or the window closed) at any time without leaving a thread behind.
//
// Progress is throttled: the worker never waits on the GUI, and the GUI thread gets at
// most one delivery per interval (50 ms by default) however fast the job reports. Each
// delivery hands over every value since the last one (progressBatch, in order: no
// per-step payload is lost) and then the latest (progressed).

#include "jobs/job.h"

#include <QElapsedTimer>
#include <QObject>
#include <QString>
#include <QVector>

#include <memory>
#include <mutex>
#include <vector>

QT_BEGIN_NAMESPACE
class QThread;
QT_END_NAMESPACE

namespace dtr::gui {

class JobRunner : public QObject
{
    Q_OBJECT

public:
    explicit JobRunner(std::unique_ptr<dtr::Job> job, QObject *parent = nullptr);
    ~JobRunner() override;

    // Starts the worker thread (once).
    void start();
    // Asks the job to stop; finished() follows with status cancelled (or whatever the
    // job reached first).
    void cancel();
    // Blocks until the worker has ended (tests, and closing the window).
    void wait();
    // The shortest time between two progress deliveries (default 50 ms).
    void setProgressInterval(int milliseconds) { m_intervalMs = milliseconds; }

    bool isRunning() const { return m_running; }
    bool isFinished() const { return m_finished; }
    QString kind() const;
    QString title() const;
    // The last progress value and, once finished, the outcome.
    const dtr::JobProgress &lastProgress() const { return m_last; }
    const dtr::JobOutcome &outcome() const { return m_outcome; }
    // The job itself, for its typed result after finished().
    dtr::Job &job() { return *m_job; }

Q_SIGNALS:
    void started();
    // Every value since the last delivery, oldest first; then progressed() with the last.
    void progressBatch(const QVector<dtr::JobProgress> &batch);
    void progressed(const dtr::JobProgress &progress);
    void finished(const dtr::JobOutcome &outcome);

private:
    std::unique_ptr<dtr::Job> m_job;
    dtr::CancelToken m_cancel;
    QThread *m_thread = nullptr;
    dtr::JobProgress m_last;
    dtr::JobOutcome m_outcome;
    bool m_running = false;
    bool m_finished = false;

    void post(const dtr::JobProgress &progress); // worker thread
    void deliver();                               // GUI thread

    std::mutex m_mutex;                  // guards m_pending and m_deliveryQueued
    std::vector<dtr::JobProgress> m_pending;
    bool m_deliveryQueued = false;
    QElapsedTimer m_sinceDelivery;
    int m_intervalMs = 50;
};

} // namespace dtr::gui
