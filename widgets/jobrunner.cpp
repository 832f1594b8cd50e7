#include "jobrunner.h"

#include <QMetaType>
#include <QThread>
#include <QTimer>

Q_DECLARE_METATYPE(dtr::JobProgress)
Q_DECLARE_METATYPE(dtr::JobOutcome)

namespace dtr::gui {

JobRunner::JobRunner(std::unique_ptr<dtr::Job> job, QObject *parent)
    : QObject(parent)
    , m_job(std::move(job))
{
    qRegisterMetaType<dtr::JobProgress>();
    qRegisterMetaType<dtr::JobOutcome>();
}

JobRunner::~JobRunner()
{
    cancel();
    wait();
}

QString JobRunner::kind() const
{
    return QString::fromStdString(m_job->kind());
}

QString JobRunner::title() const
{
    return QString::fromStdString(m_job->title());
}

void JobRunner::start()
{
    if (m_thread)
        return;
    m_running = true;
    // The worker queues copies of its progress values; nothing refers into the job once
    // queued, and a delivery still posted when the runner is deleted is dropped with it
    // (the destructor first waits for the worker).
    m_thread = QThread::create([this] {
        dtr::JobOutcome out = m_job->run([this](const dtr::JobProgress &p) { post(p); }, m_cancel);
        QMetaObject::invokeMethod(this, [this, out] {
            wait(); // the worker has returned: join it
            m_sinceDelivery.invalidate();
            deliver(); // what is still queued comes before the outcome
            m_outcome = out;
            m_running = false;
            m_finished = true;
            Q_EMIT finished(m_outcome);
        }, Qt::QueuedConnection);
    });
    m_thread->setObjectName(QStringLiteral("job: ") + kind());
    m_thread->start();
    Q_EMIT started();
}

void JobRunner::post(const dtr::JobProgress &progress)
{
    bool queue = false;
    {
        std::lock_guard<std::mutex> lock(m_mutex);
        m_pending.push_back(progress);
        queue = !m_deliveryQueued;
        m_deliveryQueued = true;
    }
    if (queue)
        QMetaObject::invokeMethod(this, [this] { deliver(); }, Qt::QueuedConnection);
}

void JobRunner::deliver()
{
    if (m_sinceDelivery.isValid() && m_sinceDelivery.elapsed() < m_intervalMs && !m_finished && m_thread) {
        // Too soon after the last delivery: come back when the interval is over. The
        // worker keeps queueing meanwhile without posting more events.
        QTimer::singleShot(static_cast<int>(m_intervalMs - m_sinceDelivery.elapsed()), this, [this] { deliver(); });
        return;
    }
    std::vector<dtr::JobProgress> batch;
    {
        std::lock_guard<std::mutex> lock(m_mutex);
        batch.swap(m_pending);
        m_deliveryQueued = false;
    }
    if (batch.empty())
        return;
    m_sinceDelivery.start();
    m_last = batch.back();
    Q_EMIT progressBatch(QVector<dtr::JobProgress>(batch.begin(), batch.end()));
    Q_EMIT progressed(m_last);
}

void JobRunner::cancel()
{
    m_cancel.cancel();
}

void JobRunner::wait()
{
    if (m_thread) {
        m_thread->wait();
        delete m_thread;
        m_thread = nullptr;
    }
}

} // namespace dtr::gui
