// ReadingsOutbox against a fake server: a submission is saved before it is sent, a network
// failure or a 503 keeps it pending and it is retried with the SAME submissionId until accepted,
// a 4xx is final with the server's error, the file survives a new outbox object (a client
// restart) which sends what was pending, final entries are dropped at the next load, and the
// file is per server and user.
#include "app/readings/ReadingsLoader.h"
#include "app/readings/ReadingsOutbox.h"
#include "tests/unit/AccountsFixtures.h"

#include <QFile>
#include <QFileInfo>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

#include <sys/stat.h>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;
using namespace lkk;
using namespace lkk::test;
using namespace lkk::test::accounts;
using State = ReadingsOutbox::State;

namespace {

const QString submitPath = u"/api/v1/accounts/1/readings"_s;

ReadingSubmission waterSubmission() {
    ReadingSubmission s;
    s.accountId = 1;
    s.meterId = 41;
    s.values = {{u"T1"_s, u"80.500"_s}};
    return s;
}

// Answers like the server: 201 the first time, 200 with the same body for the same id.
struct FakeReadingsServer {
    FakeNetwork net;
    int failuresLeft = 0;    // connection refused this many times
    int unavailableLeft = 0; // 503 this many times
    QSet<QString> stored;
    QList<QString> ids; // every submissionId received, in order

    FakeReadingsServer() {
        net.route("POST", submitPath, [this](const FakeNetwork::Request& r) {
            const QJsonObject body = QJsonDocument::fromJson(r.body).object();
            const QString id = body.value("submissionId"_L1).toString();
            ids.append(id);
            if (failuresLeft > 0) {
                --failuresLeft;
                return Response::failure(QNetworkReply::ConnectionRefusedError, u"Connection refused"_s);
            }
            if (unavailableLeft > 0) {
                --unavailableLeft;
                return Response::apiError(503, errc::serviceUnavailable, u"Сервис недоступен"_s);
            }
            if (body.value("values"_L1).toObject().value("T1"_L1).toString() == "1.000"_L1)
                return errorWithDetails(422, "reading_below_previous",
                                        u"Показание меньше предыдущего (74,000). Если счётчик перешёл через ноль, "
                                        u"подтвердите переход."_s,
                                        "values.T1",
                                        QJsonObject{{"zone"_L1, u"T1"_s},
                                                    {"last"_L1, u"74.000"_s},
                                                    {"rolloverConsumption"_L1, u"999927.000"_s}});
            const bool replay = stored.contains(id);
            stored.insert(id);
            const QJsonObject answer{{"submissionId"_L1, id},
                                     {"meterId"_L1, body.value("meterId"_L1)},
                                     {"period"_L1, u"2026-11"_s},
                                     {"submittedAt"_L1, u"2026-11-20T03:15:00Z"_s},
                                     {"values"_L1, body.value("values"_L1)},
                                     {"consumption"_L1, QJsonObject{{"T1"_L1, u"6.500"_s}}},
                                     {"replaced"_L1, false},
                                     {"message"_L1, u"Показания приняты."_s}};
            return Response::json(replay ? 200 : 201, toJson(answer));
        });
    }
};

QJsonObject savedFile(const QString& path) {
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(f.readAll()).object();
}

} // namespace

class TestReadingsOutbox : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() {
        QStandardPaths::setTestModeEnabled(true);
        ::umask(022); // the usual umask: the outbox must not rely on a stricter one
    }

    void init() { QFile::remove(ReadingsOutbox::filePathFor(u"https://lkk.example"_s, 1)); }

    void acceptedAtOnce() {
        FakeReadingsServer server;
        SignedIn signedIn(&server.net);
        ReadingsOutbox outbox(&signedIn.session);
        outbox.open(u"https://lkk.example"_s, 1);
        QSignalSpy changed(&outbox, &ReadingsOutbox::entryChanged);
        const QString id = outbox.submit(waterSubmission());
        QVERIFY(id.size() >= 8);
        QCOMPARE(outbox.entry(id)->state, State::Sending);
        QTRY_COMPARE(outbox.entry(id)->state, State::Accepted);
        QCOMPARE(outbox.entry(id)->result->message, u"Показания приняты."_s);
        QCOMPARE(server.ids, QList<QString>{id});
        QCOMPARE(outbox.pendingCount(), 0);
        QVERIFY(changed.count() >= 2);
        QCOMPARE(outbox.latestFor(1, 41)->submission.submissionId, id);
        QVERIFY(!outbox.latestFor(1, 42));
        // The outbox file (the user's meter readings) is readable by its owner only.
        const QFileInfo file(ReadingsOutbox::filePathFor(u"https://lkk.example"_s, 1));
        QVERIFY(file.exists());
        QCOMPARE(file.permissions() & (QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ReadOther |
                                       QFileDevice::WriteOther),
                 QFileDevice::Permissions());
        // The request carried the bearer token and the body of the contract.
        const auto sent = server.net.requestsTo(submitPath);
        QCOMPARE(sent.size(), 1);
        QCOMPARE(sent.at(0).header("Authorization"), QByteArray("Bearer A0"));
    }

    void networkFailuresRetryWithTheSameId() {
        FakeReadingsServer server;
        server.failuresLeft = 2;
        server.unavailableLeft = 1;
        SignedIn signedIn(&server.net);
        ReadingsOutbox outbox(&signedIn.session); // the default delays: 1 s, doubling up to a minute
        outbox.open(u"https://lkk.example"_s, 1);
        const QString id = outbox.submit(waterSubmission());
        QTRY_COMPARE(outbox.entry(id)->state, State::Pending);
        QVERIFY(outbox.entry(id)->error);
        QCOMPARE(outbox.entry(id)->error->kind, ApiError::Kind::Network);
        // Retried after 1 s, 2 s and 4 s on the session's clock, never earlier.
        const std::chrono::milliseconds delays[] = {1s, 2s, 4s};
        for (int i = 0; i < 3; ++i) {
            signedIn.clock.advance(delays[i] - 1ms);
            QCOMPARE(server.ids.size(), i + 1);
            signedIn.clock.advance(1ms);
            QCOMPARE(server.ids.size(), i + 2);
            QTRY_VERIFY(outbox.entry(id)->state != State::Sending);
        }
        QCOMPARE(outbox.entry(id)->state, State::Accepted);
        QCOMPARE(server.ids, (QList<QString>{id, id, id, id}));
        QCOMPARE(outbox.entry(id)->attempts, 4);
        QCOMPARE(server.stored.size(), 1);
    }

    void aClientErrorIsFinal() {
        FakeReadingsServer server;
        SignedIn signedIn(&server.net);
        ReadingsOutbox outbox(&signedIn.session);
        outbox.open(u"https://lkk.example"_s, 1);
        ReadingSubmission low = waterSubmission();
        low.values = {{u"T1"_s, u"1.000"_s}};
        const QString refused = outbox.submit(low);
        const QString next = outbox.submit(waterSubmission()); // queued behind it, sent after
        QTRY_COMPARE(outbox.entry(refused)->state, State::Refused);
        const ApiError error = *outbox.entry(refused)->error;
        QCOMPARE(error.code, u"reading_below_previous"_s);
        QCOMPARE(error.field, u"values.T1"_s);
        QCOMPARE(error.details.value("last"_L1).toString(), u"74.000"_s);
        QTRY_COMPARE(outbox.entry(next)->state, State::Accepted);
        QCOMPARE(server.ids.count(refused), 1); // never retried
        outbox.forget(refused);
        QVERIFY(!outbox.entry(refused));
    }

    void survivesARestart() {
        const QString path = ReadingsOutbox::filePathFor(u"https://lkk.example"_s, 1);
        QString id;
        {
            FakeReadingsServer down;
            down.failuresLeft = 1000;
            SignedIn signedIn(&down.net);
            ReadingsOutbox outbox(&signedIn.session);
            outbox.setRetryDelays(std::chrono::minutes(10), std::chrono::minutes(10));
            outbox.open(u"https://lkk.example"_s, 1);
            id = outbox.submit(waterSubmission());
            QTRY_COMPARE(outbox.entry(id)->state, State::Pending);
            QCOMPARE(outbox.filePath(), path);
            const QJsonObject saved = savedFile(path);
            QCOMPARE(saved.value("entries"_L1).toArray().size(), 1);
            const QJsonObject entry = saved.value("entries"_L1).toArray().at(0).toObject();
            QCOMPARE(entry.value("state"_L1).toString(), u"pending"_s);
            QCOMPARE(entry.value("submission"_L1).toObject().value("submissionId"_L1).toString(), id);
            QCOMPARE(entry.value("submission"_L1).toObject().value("accountId"_L1).toInteger(), 1);
        } // the client quits with the entry pending

        FakeReadingsServer up;
        SignedIn signedIn(&up.net);
        ReadingsOutbox restarted(&signedIn.session);
        restarted.open(u"https://lkk.example"_s, 1);
        QVERIFY(restarted.entry(id));
        QTRY_COMPARE(restarted.entry(id)->state, State::Accepted);
        QCOMPARE(up.ids, QList<QString>{id}); // the same id, once
        QCOMPARE(savedFile(path).value("entries"_L1).toArray().at(0).toObject().value("state"_L1).toString(),
                 u"accepted"_s);

        // The next start drops what was final.
        ReadingsOutbox third(&signedIn.session);
        third.open(u"https://lkk.example"_s, 1);
        QVERIFY(third.entries().isEmpty());
        QCOMPARE(savedFile(path).value("entries"_L1).toArray().size(), 0);
    }

    void onePerServerAndUser() {
        const QString a = ReadingsOutbox::filePathFor(u"https://lkk.example"_s, 1);
        QVERIFY(a != ReadingsOutbox::filePathFor(u"https://lkk.example"_s, 2));
        QVERIFY(a != ReadingsOutbox::filePathFor(u"https://other.example"_s, 1));
        QVERIFY(!a.contains(u"lkk.example"_s));
        QVERIFY(a.startsWith(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)));
    }

    void unreadableFileIsIgnored() {
        const QString path = ReadingsOutbox::filePathFor(u"https://lkk.example"_s, 1);
        QDir().mkpath(QFileInfo(path).absolutePath());
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(R"({"version":1,"entries":[{"state":"pending","submission":{"meterId":"x"}},7]})");
        f.close();
        FakeReadingsServer server;
        SignedIn signedIn(&server.net);
        ReadingsOutbox outbox(&signedIn.session);
        outbox.open(u"https://lkk.example"_s, 1);
        QVERIFY(outbox.entries().isEmpty());
        QVERIFY(server.ids.isEmpty());
    }

    void transientClassification() {
        ApiError e;
        e.kind = ApiError::Kind::Http;
        for (int status : {500, 502, 503, 429, 401})
            QVERIFY2((e.httpStatus = status, ReadingsOutbox::isTransient(e)), qPrintable(QString::number(status)));
        for (int status : {400, 404, 409, 422})
            QVERIFY2((e.httpStatus = status, !ReadingsOutbox::isTransient(e)), qPrintable(QString::number(status)));
        e.kind = ApiError::Kind::Timeout;
        QVERIFY(ReadingsOutbox::isTransient(e));
    }

    void loaderKeepsOnlyTheLatestAnswer() {
        FakeNetwork net;
        int calls = 0;
        net.route("GET", u"/api/v1/accounts/1/readings"_s, [&](const FakeNetwork::Request& r) {
            ++calls;
            Response resp = Response::json(
                200, r.url.query().contains(u"2026-01-01"_s)
                         ? R"({"meters":[]})"
                         : R"({"meters":[{"id":9,"number":"1","zones":["T1"],"readings":[],"consumption":[]}]})");
            resp.delayMs = calls == 1 ? 200 : 0; // the first answer arrives last
            return resp;
        });
        SignedIn signedIn(&net);
        ReadingsLoader loader(&signedIn.session);
        QSignalSpy loaded(&loader, &ReadingsLoader::historyLoaded);
        loader.loadHistory(1, QDate(2025, 1, 1), QDate(2025, 12, 31));
        loader.loadHistory(1, QDate(2026, 1, 1), QDate(2026, 11, 26));
        QVERIFY(loader.isLoadingHistory());
        QTRY_COMPARE(loaded.count(), 1);
        QVERIFY(!loader.isLoadingHistory());
        QTRY_COMPARE(net.openReplies(), 0); // the stale answer has arrived and must be dropped
        QCOMPARE(loaded.count(), 1);
        QVERIFY(loader.history()->meters.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestReadingsOutbox)
#include "tst_readingsoutbox.moc"
