// The readings client core against the real lkk-server over HTTPS, with the server's
// test clock on 20.11.2026 (inside the 15–25 window): the form of the ЕПД account and of the
// day/night meter account, submissions through the ReadingsOutbox that then show in the history
// (with consumption), the expired meter refused in the form; the outbox across a server stop and
// start on the same data and port (pending while down, then accepted exactly once: a replay of
// the same id answers 200 with the same submission), and across a client restart (a new outbox
// object loading the same file sends what was pending).
#include "app/api/ApiClient.h"
#include "app/api/ApiOperations.h"
#include "app/readings/ReadingsLoader.h"
#include "app/readings/ReadingsOperations.h"
#include "app/readings/ReadingsOutbox.h"
#include "app/session/Session.h"
#include "shared/Decimal.h"
#include "shared/ErrorCodes.h"
#include "tests/support/RunOperation.h"
#include "tests/support/SignedInClient.h"

#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;
using namespace lkk;
using lkk::test::runOp;
using State = ReadingsOutbox::State;

namespace {

constexpr int timeoutMs = 20000;

// last + step at the meter's scale ("74.000" + 1 -> "75.000").
QString above(const ReadingsFormMeter& meter, const QString& zone, qint64 wholeUnits) {
    const qint64 scale = powerOfTen(meter.capacityFraction);
    qint64 units = 0;
    if (meter.lastReading) {
        const auto last = Decimal::parse(meter.lastReading->values.value(zone));
        units = last ? last->rescaled(meter.capacityFraction).value_or(Decimal()).units() : 0;
    }
    return Decimal::fromUnits(units + wholeUnits * scale, meter.capacityFraction)->toString();
}

ReadingSubmission submissionFor(qint64 accountId, const ReadingsFormMeter& meter, qint64 step) {
    ReadingSubmission s;
    s.accountId = accountId;
    s.meterId = meter.id;
    for (const QString& zone : meter.zones)
        s.values.insert(zone, above(meter, zone, step));
    return s;
}

} // namespace

class TestReadingsIntegration : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() {
        LKK_REQUIRE_TEST_BACKEND();
        QVERIFY(m_home.isValid());
        qputenv("HOME", QFile::encodeName(m_home.path()));
        QStandardPaths::setTestModeEnabled(true);
        lkk::test::ApiTestServer::Options options;
        options.testClock = lkk::test::ManualClock::defaultStart(); // 20.11.2026, inside the window
        options.extraArgs = {u"--readings-window"_s, u"15-25"_s};
        QString error;
        QVERIFY2(m_client.start(options, &error), qPrintable(error));
        for (const QString& number : {u"100103492"_s, u"7012045318"_s, u"7012077104"_s})
            m_accounts.insert(number, m_client.accountId(number));
        QVERIFY(!m_accounts.values().contains(0));
        QFile::remove(ReadingsOutbox::filePathFor(serverUrl(), m_client.session.user().id));
    }

    void cleanupTestCase() { m_client.server.stop(); }

    void epdWaterMeterAndDayNightMeter() {
        ReadingsOutbox outbox(&m_client.session);
        outbox.open(serverUrl(), m_client.session.user().id);
        for (const QString& number : {u"100103492"_s, u"7012045318"_s}) {
            const qint64 account = m_accounts.value(number);
            const ReadingsForm form = loadForm(account);
            QVERIFY(form.window.open);
            QCOMPARE(form.period, u"2026-11"_s);
            const ReadingsFormMeter* meter = nullptr;
            for (const ReadingsFormMeter& m : form.meters) {
                if (m.accepts && (number == "7012045318"_L1 ? m.zones.size() == 2 : m.service.contains(u"вода"_s))) {
                    meter = &m;
                    break;
                }
            }
            QVERIFY2(meter, qPrintable(number));
            const ReadingSubmission s = submissionFor(account, *meter, 3);
            const QString id = outbox.submit(s);
            QTRY_VERIFY_WITH_TIMEOUT(
                outbox.entry(id)->state != State::Sending && outbox.entry(id)->state != State::Pending, timeoutMs);
            QVERIFY2(outbox.entry(id)->state == State::Accepted,
                     qPrintable(outbox.entry(id)->error ? outbox.entry(id)->error->message : QString()));
            const ReadingSubmissionResult r = *outbox.entry(id)->result; // a copy: entry() returns by value
            QCOMPARE(r.period, u"2026-11"_s);
            QCOMPARE(r.values, s.values);
            for (const QString& zone : meter->zones) {
                if (meter->lastReading)
                    QCOMPARE(r.consumption.value(zone),
                             Decimal::fromUnits(3 * powerOfTen(meter->capacityFraction), meter->capacityFraction)
                                 ->toString());
            }
            // The history shows it, dated today in Tomsk.
            const auto history = runOp(m_client.session, GetReadingsHistoryOperation{account, {}, {}});
            QVERIFY(history.ok());
            bool found = false;
            for (const HistoryMeter& h : history.value().meters) {
                if (h.id != meter->id)
                    continue;
                QVERIFY(!h.readings.isEmpty());
                QCOMPARE(h.readings.first().date, QDate(2026, 11, 20));
                QCOMPARE(h.readings.first().values, s.values);
                QCOMPARE(h.readings.first().source, u"customer"_s);
                found = true;
            }
            QVERIFY(found);
        }
    }

    void expiredMeterIsRefusedInTheForm() {
        const ReadingsForm form = loadForm(m_accounts.value(u"7012077104"_s));
        QVERIFY(!form.meters.isEmpty());
        QVERIFY(!form.meters.first().accepts);
        QCOMPARE(form.meters.first().refusal->code, QString::fromLatin1(errc::meterVerificationExpired));
        QVERIFY(form.meters.first().refusal->message.contains(u"31.08.2025"_s));
    }

    void outboxAcrossAServerRestart() {
        const qint64 account = m_accounts.value(u"100103492"_s);
        const ReadingsForm form = loadForm(account);
        const ReadingsFormMeter meter = pickOneZone(form, 1);
        ReadingsOutbox outbox(&m_client.session); // retries after 1 s, 2 s, … on the client's clock
        outbox.open(serverUrl(), m_client.session.user().id);

        m_client.server.stop();
        const QString id = outbox.submit(submissionFor(account, meter, 2));
        QTRY_COMPARE_WITH_TIMEOUT(outbox.entry(id)->state, State::Pending, timeoutMs);
        QVERIFY(outbox.entry(id)->error);
        QVERIFY(ReadingsOutbox::isTransient(*outbox.entry(id)->error));

        QString error;
        // Back on the same URL; the entry waits for its retry, due a second later.
        QVERIFY2(m_client.server.startAgain(&error), qPrintable(error));
        QCOMPARE(outbox.entry(id)->state, State::Pending);
        m_client.clock.advance(1s);
        QTRY_COMPARE_WITH_TIMEOUT(outbox.entry(id)->state, State::Accepted, timeoutMs);
        QVERIFY(!outbox.entry(id)->result->replay);
        QVERIFY(outbox.entry(id)->attempts >= 2);
        // Stored exactly once: the same id again is a replay of the same submission.
        const auto replay = runOp(m_client.session, SubmitReadingOperation{outbox.entry(id)->submission});
        QVERIFY(replay.ok());
        QVERIFY(replay.value().replay);
        QCOMPARE(replay.value().submittedAt, outbox.entry(id)->result->submittedAt);
        QCOMPARE(countReadingsOn(account, meter.id, QDate(2026, 11, 20)), 1);
    }

    void outboxAcrossAClientRestart() {
        const qint64 account = m_accounts.value(u"100103492"_s);
        const ReadingsForm form = loadForm(account);
        const ReadingsFormMeter meter = pickOneZone(form, 2);
        QString id;
        {
            ReadingsOutbox outbox(&m_client.session); // the client's clock stands still: no retry
            outbox.open(serverUrl(), m_client.session.user().id);
            m_client.server.stop();
            id = outbox.submit(submissionFor(account, meter, 1));
            QTRY_COMPARE_WITH_TIMEOUT(outbox.entry(id)->state, State::Pending, timeoutMs);
        } // the client quits
        QString error;
        QVERIFY2(m_client.server.startAgain(&error), qPrintable(error));
        ReadingsOutbox restarted(&m_client.session);
        restarted.open(serverUrl(), m_client.session.user().id);
        QVERIFY(restarted.entry(id));
        QTRY_COMPARE_WITH_TIMEOUT(restarted.entry(id)->state, State::Accepted, timeoutMs);
        QCOMPARE(countReadingsOn(account, meter.id, QDate(2026, 11, 20)), 1);
    }

private:
    QString serverUrl() { return m_client.server.process().url().toString(); }

    ReadingsForm loadForm(qint64 account) {
        const auto form = runOp(m_client.session, GetReadingsFormOperation{account});
        if (!form.ok()) {
            qWarning().noquote() << form.error().message;
            return {};
        }
        return form.value();
    }

    // The n-th one-zone meter that accepts readings (the ЕПД has four water meters).
    static ReadingsFormMeter pickOneZone(const ReadingsForm& form, int n) {
        for (const ReadingsFormMeter& m : form.meters) {
            if (m.accepts && m.zones.size() == 1 && n-- == 0)
                return m;
        }
        return {};
    }

    int countReadingsOn(qint64 account, qint64 meterId, const QDate& date) {
        const auto history = runOp(m_client.session, GetReadingsHistoryOperation{account, {}, {}});
        int count = 0;
        for (const HistoryMeter& h : history.value().meters) {
            if (h.id != meterId)
                continue;
            for (const HistoryReading& r : h.readings)
                count += r.date == date ? 1 : 0;
        }
        return count;
    }

    QTemporaryDir m_home;
    lkk::test::SignedInClient m_client;
    QHash<QString, qint64> m_accounts;
};

QTEST_GUILESS_MAIN(TestReadingsIntegration)
#include "tst_readings.moc"
