#include "server/mail/MailQueue.h"

#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcMailQueue, "lkk.server.mail.queue")

namespace lkk::server::mail {

namespace {
qint64 steadyNowMs() {
    static QElapsedTimer clock = [] {
        QElapsedTimer t;
        t.start();
        return t;
    }();
    return clock.elapsed();
}
} // namespace

MailQueue::MailQueue(std::unique_ptr<Mailer> delivery, Options options)
    : m_delivery(std::move(delivery))
    , m_options(options) {
    steadyNowMs(); // start the clock before the thread reads it
    m_thread = std::thread([this] { run(); });
}

MailQueue::~MailQueue() {
    {
        const QMutexLocker lock(&m_lock);
        m_stopping = true;
        m_stopDeadlineMs = steadyNowMs() + m_options.drainOnExitMs;
        m_changed.wakeAll();
    }
    m_thread.join();
}

bool MailQueue::send(const MailMessage& message, QString*) {
    const QMutexLocker lock(&m_lock);
    m_queue.append({message, 0, 0});
    m_changed.wakeAll();
    return true;
}

int MailQueue::pending() const {
    const QMutexLocker lock(&m_lock);
    return int(m_queue.size()) + m_inFlight;
}

void MailQueue::run() {
    QMutexLocker lock(&m_lock);
    for (;;) {
        const qint64 now = steadyNowMs();
        if (m_stopping && (m_queue.isEmpty() || now >= m_stopDeadlineMs))
            break;
        // The first entry that is due; otherwise sleep until the earliest one is (or news comes).
        // Stopping: no more pauses, every entry gets one last attempt now.
        qsizetype due = m_stopping ? 0 : -1;
        qint64 wakeAt = -1;
        for (qsizetype i = 0; due < 0 && i < m_queue.size(); ++i) {
            if (m_queue.at(i).notBeforeMs <= now) {
                due = i;
                break;
            }
            if (wakeAt < 0 || m_queue.at(i).notBeforeMs < wakeAt)
                wakeAt = m_queue.at(i).notBeforeMs;
        }
        if (due < 0) {
            m_changed.wait(&m_lock, wakeAt < 0 ? QDeadlineTimer(QDeadlineTimer::Forever)
                                               : QDeadlineTimer(qMax<qint64>(0, wakeAt - now)));
            continue;
        }
        Entry entry = m_queue.takeAt(due);
        ++m_inFlight;
        lock.unlock();
        QString error;
        const bool sent = m_delivery->send(entry.message, &error);
        lock.relock();
        --m_inFlight;
        if (sent)
            continue;
        ++entry.attempt;
        if (entry.attempt >= m_options.attempts || m_stopping) {
            // Never the text: it holds codes and links.
            qCWarning(lcMailQueue).noquote() << "giving up on a mail after" << entry.attempt << "attempts:" << error;
            continue;
        }
        int pause = m_options.firstRetryMs;
        for (int i = 1; i < entry.attempt; ++i)
            pause *= 4;
        qCInfo(lcMailQueue).noquote() << "mail not delivered, retrying in" << pause << "ms:" << error;
        entry.notBeforeMs = steadyNowMs() + pause;
        m_queue.append(entry);
    }
    if (!m_queue.isEmpty())
        qCWarning(lcMailQueue) << m_queue.size() << "mail(s) not delivered before shutdown";
}

} // namespace lkk::server::mail
