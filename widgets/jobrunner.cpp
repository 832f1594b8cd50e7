#include "jobrunner.h"

#include <QMetaType>
#include <QThread>

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
    // The worker posts each progress value to this object's (the GUI) thread; values
    // are copies, so nothing refers into the job once posted.
    // The worker posts each progress value to this object's (the GUI) thread. Values are
    // copies, so nothing refers into the job once posted; events still queued when the
    // runner is deleted are dropped with it (the destructor first waits for the worker).
    m_thread = QThread::create([this] {
        dtr::JobOutcome out = m_job->run(
            [this](const dtr::JobProgress &p) {
                QMetaObject::invokeMethod(this, [this, p] {
                    m_last = p;
                    Q_EMIT progressed(p);
                }, Qt::QueuedConnection);
            },
            m_cancel);
        QMetaObject::invokeMethod(this, [this, out] {
            wait(); // the worker has returned: join it
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
