#pragma once

#include "server/mail/MailOutbox.h"
#include "server/mail/Mailer.h"

#include <QList>
#include <QMutex>
#include <QWaitCondition>

#include <memory>
#include <thread>

namespace lkk::server::mail {

// Hands mail to another mailer on a thread of its own, so a request never waits for SMTP: the
// answer to «recover» or «register» takes as long for an address with an account as for one
// without (a mail only goes to the first), and a slow or absent mail server cannot hold up the
// worker pool. Mail goes out in the order it was accepted. When the mail server fails, the queue
// waits as a whole (the next mail would fail alike) with growing pauses on the server's clock
// (server/Clock.h), then tries the same mail again: an outage of minutes or hours delays the mail
// and loses none. A mail the server refuses for good (Mailer::Failure::Permanent), or one still
// not delivered a day after it was accepted, is logged and dropped (the person can ask for it
// again). The destructor makes one more attempt for each queued message, without pauses, within
// a bound (a stopping server does not wait out the backoff). The queue is bounded (a flood of
// mail cannot fill the memory), and with an outbox every accepted message is stored until it is
// delivered or given up: what a crash or a stop left in the outbox is queued again when the next
// queue starts.
class MailQueue : public Mailer {
public:
    struct Options {
        int firstRetryMs = 2000;                   // then ×4: 2 s, 8 s, 32 s, 2 min, …
        int maxRetryMs = 120000;                   // the pauses grow to this, then stay
        qint64 giveUpAfterMs = 24LL * 3600 * 1000; // a mail not delivered by then is dropped
        int drainOnExitMs = 10000;                 // how long the destructor waits for the queue to empty
        int maxQueued = 1000;                      // beyond: send() refuses (and logs)
    };

    // outbox: null = in memory only (tests of the queue itself).
    MailQueue(std::unique_ptr<Mailer> delivery, Options options, std::unique_ptr<MailOutbox> outbox = nullptr);
    ~MailQueue() override;

    // Queues the message and returns true at once; delivery errors are the queue's to log. False
    // when the queue is full.
    bool send(const MailMessage& message, QString* error) override;
    // Queued or being delivered (for tests and the shutdown log).
    int pending() const;

private:
    struct Entry {
        MailMessage message;
        qint64 acceptedMs = 0; // server clock
        qint64 outboxId = 0;   // 0: not stored
    };
    void run();
    // Delivers the first entry (taken out of the queue meanwhile); when it fails temporarily it is
    // first again, after a pause.
    void deliverFirst(QMutexLocker<QMutex>& lock);
    void forget(const Entry& entry);

    std::unique_ptr<Mailer> m_delivery;
    Options m_options;
    std::unique_ptr<MailOutbox> m_outbox;
    mutable QMutex m_lock;
    QWaitCondition m_changed;
    QList<Entry> m_queue;
    int m_inFlight = 0;
    int m_failures = 0;       // temporary failures in a row: the length of the next pause
    qint64 m_pausedUntil = 0; // server clock: no attempt before
    bool m_stopping = false;
    qint64 m_stopDeadlineMs = 0;
    std::thread m_thread;
};

} // namespace lkk::server::mail
