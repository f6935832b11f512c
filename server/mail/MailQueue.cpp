#include "server/mail/MailQueue.h"

#include "server/Clock.h"

#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcMailQueue, "lkk.server.mail.queue")

namespace lkk::server::mail {

namespace {

// How often a queue waiting for its pause reads the clock again when it is the test clock.
constexpr qint64 kTestClockLookMs = 100;

// The destructor's bound is on the real clock, whatever the server's clock says.
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
            m_queue.append({s.message, s.acceptedMs, s.id});
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
    const qint64 now = nowMs();
    const std::optional<qint64> id = m_outbox ? m_outbox->add(message, now) : 0;
    if (!id)
        qCWarning(lcMailQueue) << "cannot store a mail in the outbox; it is queued in memory only";
    const QMutexLocker lock(&m_lock);
    m_queue.append({message, now, id.value_or(0)});
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
        if (m_stopping && (m_queue.isEmpty() || steadyNowMs() >= m_stopDeadlineMs))
            break;
        if (m_queue.isEmpty()) {
            m_changed.wait(&m_lock);
            continue;
        }
        // A pause never outlasts its longest length, even if the server's wall clock goes back.
        m_pausedUntil = qMin(m_pausedUntil, nowMs() + m_options.maxRetryMs);
        // Stopping: no more pauses, every entry gets one last attempt now.
        const qint64 wait = m_stopping ? 0 : m_pausedUntil - nowMs();
        if (wait > 0) {
            // The test clock can jump forward (POST /api/v1/test/clock): look at it again soon.
            m_changed.wait(&m_lock, QDeadlineTimer(testClockSet() ? qMin(wait, kTestClockLookMs) : wait));
            continue;
        }
        deliverFirst(lock);
    }
    if (!m_queue.isEmpty())
        qCWarning(lcMailQueue) << m_queue.size() << "mail(s) not delivered before shutdown";
}

void MailQueue::deliverFirst(QMutexLocker<QMutex>& lock) {
    Entry entry = m_queue.takeFirst();
    ++m_inFlight;
    lock.unlock();
    QString error;
    Failure failure = Failure::Temporary;
    const bool sent = m_delivery->deliver(entry.message, &error, &failure);
    const qint64 age = nowMs() - entry.acceptedMs;
    // Never the text in the log: it holds codes and links.
    if (!sent && failure == Failure::Permanent)
        qCWarning(lcMailQueue).noquote() << "the mail server refused a mail for good, dropped:" << error;
    else if (!sent && age >= m_options.giveUpAfterMs)
        qCWarning(lcMailQueue).noquote() << "giving up on a mail not delivered for" << age / 60000 << "min:" << error;
    const bool done = sent || failure == Failure::Permanent || age >= m_options.giveUpAfterMs;
    if (done)
        forget(entry);
    lock.relock();
    --m_inFlight;
    if (sent || failure == Failure::Permanent) { // the mail server answers: no pause
        m_failures = 0;
        m_pausedUntil = 0;
        return;
    }
    if (m_stopping) { // stays in the outbox: the next start sends it
        qCWarning(lcMailQueue).noquote() << "mail not delivered before shutdown:" << error;
        return;
    }
    qint64 pause = m_options.firstRetryMs;
    for (int i = 0; i < m_failures && pause < m_options.maxRetryMs; ++i)
        pause *= 4;
    pause = qMin<qint64>(pause, m_options.maxRetryMs);
    ++m_failures;
    m_pausedUntil = nowMs() + pause;
    if (!done) {
        qCInfo(lcMailQueue).noquote() << "mail not delivered, the queue waits" << pause << "ms:" << error;
        m_queue.prepend(entry);
    }
}

} // namespace lkk::server::mail
