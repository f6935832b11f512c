// MailQueue: mail leaves the request at once, in the order it came, is retried when the mail
// server fails (the queue waits as a whole), dropped when refused for good or too old, and what is
// queued is delivered before the server exits.
#include "server/mail/MailQueue.h"

#include <QElapsedTimer>
#include <QMutex>
#include <QSemaphore>
#include <QStandardPaths>
#include <QTest>

#include <atomic>
#include <memory>

using namespace lkk::server::mail;
using namespace Qt::StringLiterals;

namespace {

// A mail server that fails the first `failures` deliveries (for now, or for good when
// `permanent`), or blocks until released.
class FakeDelivery : public Mailer {
public:
    explicit FakeDelivery(int failures = 0, Failure kind = Failure::Temporary)
        : m_failures(failures)
        , m_kind(kind) {}
    bool send(const MailMessage& message, QString* error) override {
        Failure failure = Failure::Temporary;
        return deliver(message, error, &failure);
    }
    bool deliver(const MailMessage& message, QString* error, Failure* failure) override {
        if (m_blocking)
            m_release.acquire();
        ++m_attempts;
        if (m_failures.fetch_sub(1) > 0) {
            *failure = m_kind;
            *error = m_kind == Failure::Temporary ? u"451 try again later"_s : u"550 no such mailbox"_s;
            return false;
        }
        const QMutexLocker lock(&m_lock);
        m_delivered.append(message.subject);
        ++*m_count;
        return true;
    }
    QStringList delivered() const {
        const QMutexLocker lock(&m_lock);
        return m_delivered;
    }
    int attempts() const { return m_attempts; }
    void block() { m_blocking = true; }
    void release(int n) { m_release.release(n); }

private:
    std::atomic<int> m_failures;
    const Failure m_kind;
    std::atomic<int> m_attempts{0};
    std::atomic<bool> m_blocking{false};
    QSemaphore m_release;
    mutable QMutex m_lock;
    QStringList m_delivered;

public:
    // Outlives the fake (which the queue owns and deletes).
    std::shared_ptr<std::atomic<int>> m_count = std::make_shared<std::atomic<int>>(0);
};

MailMessage mail(const QString& subject) {
    return {u"someone@example.ru"_s, subject, u"text"_s, {}};
}

} // namespace

class TestMailQueue : public QObject {
    Q_OBJECT
    static inline QStringList s_log; // what the queue logged (the worker thread writes it)
    static inline QMutex s_logLock;
    static void collect(QtMsgType, const QMessageLogContext&, const QString& message) {
        const QMutexLocker lock(&s_logLock);
        s_log.append(message);
    }
private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void sendReturnsBeforeDelivery() {
        auto delivery = std::make_unique<FakeDelivery>();
        FakeDelivery* fake = delivery.get();
        fake->block(); // the mail server hangs
        MailQueue queue(std::move(delivery), {});
        QString error;
        QVERIFY(queue.send(mail(u"one"_s), &error)); // the request goes on regardless
        QVERIFY(queue.send(mail(u"two"_s), &error));
        QCOMPARE(queue.pending(), 2);
        QVERIFY(fake->delivered().isEmpty());
        fake->release(2);
        QTRY_COMPARE(fake->delivered(), (QStringList{u"one"_s, u"two"_s}));
        QTRY_COMPARE(queue.pending(), 0);
    }

    // A flood of mail cannot fill the memory: beyond maxQueued, send() refuses at once.
    void theQueueIsBounded() {
        auto delivery = std::make_unique<FakeDelivery>();
        FakeDelivery* fake = delivery.get();
        fake->block();
        MailQueue queue(std::move(delivery), {.maxQueued = 3});
        QString error;
        for (int i = 0; i < 3; ++i)
            QVERIFY(queue.send(mail(QString::number(i)), &error));
        QCOMPARE(queue.pending(), 3); // queued or in delivery, both count
        for (int i = 0; i < 5; ++i) {
            error.clear();
            QVERIFY(!queue.send(mail(u"flood"_s), &error));
            QVERIFY(!error.isEmpty());
        }
        fake->release(3);
        QTRY_COMPARE(fake->delivered(), (QStringList{u"0"_s, u"1"_s, u"2"_s}));
        QTRY_COMPARE(queue.pending(), 0);
    }

    void failuresAreRetried() {
        auto delivery = std::make_unique<FakeDelivery>(2);
        FakeDelivery* fake = delivery.get();
        MailQueue queue(std::move(delivery), {.firstRetryMs = 20});
        QVERIFY(queue.send(mail(u"code"_s), nullptr));
        QTRY_COMPARE(fake->delivered(), QStringList{u"code"_s});
        QCOMPARE(fake->attempts(), 3);
    }

    // While the mail server fails, the queue waits as a whole: later mail never overtakes the
    // mail waiting for its retry, and nothing is sent twice.
    void theOrderSurvivesAnOutage() {
        auto delivery = std::make_unique<FakeDelivery>(5);
        FakeDelivery* fake = delivery.get();
        MailQueue queue(std::move(delivery), {.firstRetryMs = 5, .maxRetryMs = 20});
        for (const QString& subject : {u"first"_s, u"second"_s, u"third"_s})
            QVERIFY(queue.send(mail(subject), nullptr));
        QTRY_COMPARE(queue.pending(), 0);
        QCOMPARE(fake->delivered(), (QStringList{u"first"_s, u"second"_s, u"third"_s}));
        QCOMPARE(fake->attempts(), 5 + 3); // only the first mail was tried while the server failed
    }

    // A mail the server refuses for good is dropped at once and logged, with the server's error
    // but never the text (codes, links); the mail after it goes on without a pause.
    void aRefusedMailIsDropped() {
        auto delivery = std::make_unique<FakeDelivery>(1, Mailer::Failure::Permanent);
        FakeDelivery* fake = delivery.get();
        MailQueue queue(std::move(delivery), {.firstRetryMs = 60000});
        s_log.clear();
        const QtMessageHandler previous = qInstallMessageHandler(collect);
        QVERIFY(queue.send({u"someone@example.ru"_s, u"lost"_s, u"Ваш код: 123456"_s, {}}, nullptr));
        QVERIFY(queue.send(mail(u"next"_s), nullptr));
        QTRY_COMPARE(queue.pending(), 0);
        qInstallMessageHandler(previous);
        QCOMPARE(fake->attempts(), 2);
        QCOMPARE(fake->delivered(), QStringList{u"next"_s});
        const QString log = s_log.join(u'\n');
        QVERIFY2(log.contains(u"refused a mail for good, dropped: 550 no such mailbox"_s), qPrintable(log));
        QVERIFY(!log.contains(u"123456"_s));
    }

    // A mail that fails for longer than giveUpAfterMs is dropped and logged.
    void givesUpOnAnOldMail() {
        auto delivery = std::make_unique<FakeDelivery>(1000);
        FakeDelivery* fake = delivery.get();
        MailQueue queue(std::move(delivery), {.firstRetryMs = 5, .maxRetryMs = 10, .giveUpAfterMs = 40});
        s_log.clear();
        const QtMessageHandler previous = qInstallMessageHandler(collect);
        QVERIFY(queue.send({u"someone@example.ru"_s, u"lost"_s, u"Ваш код: 123456"_s, {}}, nullptr));
        QTRY_COMPARE(queue.pending(), 0);
        qInstallMessageHandler(previous);
        QVERIFY(fake->attempts() >= 2);
        QVERIFY(fake->delivered().isEmpty());
        const QString log = s_log.join(u'\n');
        QVERIFY2(log.contains(u"giving up on a mail not delivered for"_s), qPrintable(log));
        QVERIFY(log.contains(u"451 try again later"_s));
        QVERIFY(!log.contains(u"123456"_s));
    }

    void exitDeliversWhatIsQueued() {
        auto delivery = std::make_unique<FakeDelivery>();
        FakeDelivery* fake = delivery.get();
        fake->block();
        auto queue = std::make_unique<MailQueue>(std::move(delivery), MailQueue::Options{});
        for (int i = 0; i < 5; ++i)
            queue->send(mail(QString::number(i)), nullptr);
        const auto delivered = fake->m_count;
        fake->release(5);
        queue.reset(); // the server stops: the destructor drains the queue (and deletes the fake)
        QCOMPARE(delivered->load(), 5);
    }

    void exitDoesNotWaitForeverForABrokenServer() {
        auto delivery = std::make_unique<FakeDelivery>(1000);
        auto queue = std::make_unique<MailQueue>(std::move(delivery),
                                                 MailQueue::Options{.firstRetryMs = 50, .drainOnExitMs = 300});
        queue->send(mail(u"never"_s), nullptr);
        QElapsedTimer timer;
        timer.start();
        queue.reset();
        QVERIFY2(timer.elapsed() < 5000, qPrintable(QString::number(timer.elapsed())));
    }
};

QTEST_GUILESS_MAIN(TestMailQueue)
#include "tst_mailqueue.moc"
