// The PostgreSQL liveness check without a round trip (server/db/ConnectionProbe.h): an idle
// connection reads as silent and is kept; one whose backend the server ended reads as gone, and
// Database::checkedConnection hands out a new one that works.
#include "server/db/ConnectionProbe.h"
#include "server/db/Database.h"
#include "tests/support/ApiTestServer.h"
#include "tests/support/ServerProcess.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using lkk::server::ConnectionProbe;
using lkk::server::Database;
using lkk::server::DatabaseUrl;

namespace {

std::unique_ptr<Database> open(const QString& text) {
    QString error;
    const auto url = DatabaseUrl::parse(text, &error);
    if (!url)
        qFatal("%s", qPrintable(error));
    return std::make_unique<Database>(*url);
}

int backendPid(QSqlDatabase db) {
    QSqlQuery q(db);
    return q.exec(u"SELECT pg_backend_pid()"_s) && q.next() ? q.value(0).toInt() : -1;
}

} // namespace

class TestConnectionProbe : public QObject {
    Q_OBJECT

private slots:
    void init() { LKK_REQUIRE_TEST_BACKEND(); }

    void idleConnectionIsKept() {
        auto database = open(lkk::test::ServerProcess::databaseUrlFromEnvironment());
        QSqlDatabase db = database->checkedConnection();
        QVERIFY(db.isOpen());
        const int pid = backendPid(db);
        QVERIFY(pid > 0);
        QCOMPARE(ConnectionProbe::probe(db), ConnectionProbe::Verdict::Silent);
        QCOMPARE(backendPid(database->checkedConnection()), pid);
    }

    void endedBackendIsReplaced() {
        auto database = open(lkk::test::ServerProcess::databaseUrlFromEnvironment());
        auto admin = open(lkk::test::ServerProcess::databaseUrlFromEnvironment());
        QSqlDatabase db = database->checkedConnection();
        const int pid = backendPid(db);
        QVERIFY(pid > 0);

        QSqlQuery end(admin->connection());
        QVERIFY2(end.exec(u"SELECT pg_terminate_backend(%1)"_s.arg(pid)) && end.next() && end.value(0).toBool(),
                 qPrintable(end.lastError().text()));
        // The goodbye travels over loopback: seen within moments, asked for without a query.
        QTRY_COMPARE_WITH_TIMEOUT(ConnectionProbe::probe(db), ConnectionProbe::Verdict::PeerSpoke, 10000);

        QSqlDatabase again = database->checkedConnection();
        QVERIFY(again.isOpen());
        const int newPid = backendPid(again);
        QVERIFY2(newPid > 0 && newPid != pid, qPrintable(u"%1 → %2"_s.arg(pid).arg(newPid)));
    }

    void sqliteIsNotProbed() {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        auto database = open(u"sqlite://"_s + dir.filePath(u"t.sqlite"_s));
        QSqlDatabase db = database->checkedConnection();
        QVERIFY(db.isOpen());
        QCOMPARE(ConnectionProbe::probe(db), ConnectionProbe::Verdict::Unknown);
    }
};

QTEST_GUILESS_MAIN(TestConnectionProbe)
#include "tst_connectionprobe.moc"
