#include "server/mail/MailQueue.h"

#include <QDateTime>
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

MailQueue::MailQueue(std::unique_ptr<Mailer> delivery, Options options, std::unique_ptr<MailOutbox> outbox)
    : m_delivery(std::move(delivery))
    , m_options(options)
    , m_outbox(std::move(outbox)) {
    steadyNowMs(); // start the clock before the thread reads it
    if (m_outbox) {
        const auto stored = m_outbox->load();
        if (!stored)
            qCWarning(lcMailQueue) << "cannot read the mail outbox; its mail is sent after the next start";
        for (const MailOutbox::Stored& s : stored.value_or(QList<MailOutbox::Stored>{}))
            m_queue.append({s.message, 0, 0, s.id});
        if (!m_queue.isEmpty())
            qCInfo(lcMailQueue) << m_queue.size() << "mail(s) from the outbox queued again";
    }
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

bool MailQueue::send(const MailMessage& message, QString* error) {
    {
        const QMutexLocker lock(&m_lock);
        if (m_queue.size() + m_inFlight >= m_options.maxQueued) {
            qCWarning(lcMailQueue) << "mail queue full:" << m_options.maxQueued << "messages; a mail is refused";
            if (error)
                *error = QStringLiteral("the mail queue is full");
            return false;
        }
    }
    // Stored before the answer: accepted mail survives a crash. A failing database does not stop
    // the mail; it only loses that guarantee.
    const std::optional<qint64> id = m_outbox ? m_outbox->add(message, QDateTime::currentMSecsSinceEpoch()) : 0;
    if (!id)
        qCWarning(lcMailQueue) << "cannot store a mail in the outbox; it is queued in memory only";
    const QMutexLocker lock(&m_lock);
    m_queue.append({message, 0, 0, id.value_or(0)});
    m_changed.wakeAll();
    return true;
}

void MailQueue::forget(const Entry& entry) {
    if (m_outbox && entry.outboxId != 0 && !m_outbox->remove(entry.outboxId))
        qCWarning(lcMailQueue) << "cannot remove a mail from the outbox: it may be sent again after a restart";
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
        if (sent)
            forget(entry);
        lock.relock();
        --m_inFlight;
        if (sent)
            continue;
        ++entry.attempt;
        if (m_stopping) { // stays in the outbox: the next start sends it
            qCWarning(lcMailQueue).noquote() << "mail not delivered before shutdown:" << error;
            continue;
        }
        if (entry.attempt >= m_options.attempts) {
            // Never the text: it holds codes and links.
            qCWarning(lcMailQueue).noquote() << "giving up on a mail after" << entry.attempt << "attempts:" << error;
            lock.unlock();
            forget(entry);
            lock.relock();
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
