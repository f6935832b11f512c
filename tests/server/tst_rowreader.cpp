// RowReader in both of its branches, on SQLite or (LKK_TEST_BACKEND=postgres) on PostgreSQL: the
// database library's own statements on the connection's handle (SQLite's, the library this test
// links being the one Qt's driver uses, as SqliteLibrary proves; libpq's) and, refused by the test
// hook, the PreparedQuery a Qt with its own SQLite or a build without libpq gets. Each test runs
// once per branch.
#include "server/db/Database.h"
#include "server/db/PreparedQuery.h"
#include "server/db/RowReader.h"
#include "server/db/SqliteLibrary.h"
#include "tests/support/ApiTestServer.h"
#include "tests/support/ServerProcess.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <limits>

using namespace Qt::StringLiterals;
using lkk::server::Database;
using lkk::server::DatabaseUrl;
using lkk::server::PreparedQuery;
using lkk::server::RowReader;
using lkk::server::SqliteLibrary;

namespace {

const QString kText = u"Гкал/м² \"T1\" \\ ₽ \U0001F600"_s;

void run(QSqlDatabase& db, const QString& sql) {
    QSqlQuery q(db);
    if (!q.exec(sql))
        qFatal("%s: %s", qPrintable(sql), qPrintable(q.lastError().text()));
}

bool onPostgres() {
    return qEnvironmentVariable("LKK_TEST_BACKEND") == u"postgres"_s;
}

// The rows every test reads. On PostgreSQL a temporary table: the connection's own, so suites
// sharing the server never meet it (made again when the connection is).
void createRows(QSqlDatabase& db) {
    run(db, onPostgres() ? u"CREATE TEMPORARY TABLE t (id BIGINT PRIMARY KEY, n BIGINT, s TEXT)"_s
                         : u"CREATE TABLE t (id INTEGER PRIMARY KEY, n INTEGER, s TEXT)"_s);
    run(db, u"INSERT INTO t VALUES (1, 9007199254740993, '"_s + kText +
                u"'), (2, NULL, NULL), "
                u"(3, -5, ''), (4, 0, 'plain')"_s);
}

} // namespace

class TestRowReader : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    std::optional<Database> m_database;
    bool m_libraryBuiltIn = false;

    // The branch of the current test's row; false when it cannot be had in this build.
    bool useBranch() {
        QFETCH(bool, direct);
        if (direct && !m_libraryBuiltIn)
            return false;
        RowReader::refuseDirectApisForTests(!direct);
        return true;
    }

    static void branches() {
        QTest::addColumn<bool>("direct");
        QTest::newRow(onPostgres() ? "libpq" : "sqlite api") << true;
        QTest::newRow("fallback") << false;
    }

private slots:
    void initTestCase() {
        if (onPostgres()) {
            LKK_REQUIRE_TEST_BACKEND();
#ifdef LKK_HAVE_LIBPQ
            m_libraryBuiltIn = true;
#endif
            QString error;
            const auto url = DatabaseUrl::parse(lkk::test::ServerProcess::databaseUrlFromEnvironment(), &error);
            QVERIFY2(url, qPrintable(error));
            m_database.emplace(*url);
        } else {
            // As the server's main() does, before any connection: from then on the library notes
            // the connections it opens.
            m_libraryBuiltIn = SqliteLibrary::configure() != SqliteLibrary::Outcome::NotBuiltIn;
            DatabaseUrl url;
            url.path = m_dir.filePath(u"rows.sqlite"_s);
            m_database.emplace(url);
            // Before any reader proved the driver's library ours: a handle the library did not
            // note opening (as another copy of SQLite's) is not taken for one of its own.
            int notAHandle = 0;
            QVERIFY(!SqliteLibrary::isOurs(&notAHandle));
        }
        QSqlDatabase db = m_database->connection();
        QVERIFY(db.isOpen());
        createRows(db);
    }

    void cleanupTestCase() {
        RowReader::refuseDirectApisForTests(false);
    }

    void readsIntegersNullsAndUtf8_data() {
        branches();
    }
    void readsIntegersNullsAndUtf8() {
        if (!useBranch())
            QSKIP("built without the database library's headers");
        QFETCH(bool, direct);
        RowReader r(m_database->connection(), u"SELECT id, n, s FROM t WHERE id <= ? ORDER BY id"_s);
        QCOMPARE(r.readsDirectly(), direct);
        QVERIFY(r.bind(qint64(3)).exec());
        QVERIFY(r.next());
        QCOMPARE(r.integer(0), qint64(1));
        QCOMPARE(r.integer(1), qint64(9007199254740993)); // beyond a double's exact integers
        QVERIFY(!r.isNull(1));
        QCOMPARE(r.text(2), kText.toUtf8());
        QCOMPARE(r.string(2), kText);
        QVERIFY(r.next());
        QVERIFY(r.isNull(1));
        QVERIFY(r.isNull(2));
        QCOMPARE(r.integerOrNull(1), std::nullopt);
        QCOMPARE(r.integer(1), qint64(0));
        QVERIFY(r.text(2).isEmpty());
        QVERIFY(r.next());
        QCOMPARE(r.integerOrNull(1), std::optional<qint64>(-5));
        QVERIFY(!r.isNull(2));
        QVERIFY(r.text(2).isEmpty());
        QVERIFY(!r.next());
        QVERIFY(!r.next()); // past the end stays there (a step after the end would run it again)
        QVERIFY(!r.failed());
    }

    void bindsText_data() {
        branches();
    }
    void bindsText() {
        if (!useBranch())
            QSKIP("built without the database library's headers");
        RowReader r(m_database->connection(), u"SELECT id FROM t WHERE s = ?"_s);
        QVERIFY(r.bind(kText).exec());
        QVERIFY(r.next());
        QCOMPARE(r.integer(0), qint64(1));
        QVERIFY(!r.next());
    }

    // A comparison's result, as the reads of flags compute some: 1 or 0 on both databases (on
    // PostgreSQL a boolean, which libpq gives as "t" or "f").
    void readsBooleansAsIntegers_data() {
        branches();
    }
    void readsBooleansAsIntegers() {
        if (!useBranch())
            QSKIP("built without the database library's headers");
        RowReader r(m_database->connection(),
                    u"SELECT id, n > 0, s IS NULL FROM t WHERE id IN (1, 2, 3) ORDER BY id"_s);
        QVERIFY(r.exec());
        QVERIFY(r.next());
        QCOMPARE(r.integer(1), qint64(1));
        QCOMPARE(r.integer(2), qint64(0));
        QVERIFY(r.next());
        QVERIFY(r.isNull(1)); // NULL > 0
        QCOMPARE(r.integer(2), qint64(1));
        QVERIFY(r.next());
        QCOMPARE(r.integer(1), qint64(0));
        QVERIFY(!r.next());
    }

    void reusedAcrossExecutionsAndNested_data() {
        branches();
    }
    void reusedAcrossExecutionsAndNested() {
        if (!useBranch())
            QSKIP("built without the database library's headers");
        const QString sql = u"SELECT s FROM t WHERE id = ?"_s;
        for (qint64 id : {4, 1, 4}) {
            RowReader r(m_database->connection(), sql);
            QVERIFY(r.bind(id).exec());
            QVERIFY(r.next());
            QCOMPARE(r.string(0), id == 1 ? kText : u"plain"_s);
        }
        // The same SQL while it is being read: a statement of its own, both read right.
        RowReader outer(m_database->connection(), sql);
        QVERIFY(outer.bind(qint64(1)).exec());
        {
            RowReader inner(m_database->connection(), sql);
            QVERIFY(inner.bind(qint64(4)).exec());
            QVERIFY(inner.next());
            QCOMPARE(inner.text(0), "plain");
        }
        QVERIFY(outer.next());
        QCOMPARE(outer.string(0), kText);
        QVERIFY(!outer.next());
    }

    void badSqlIsAnError_data() {
        branches();
    }
    void badSqlIsAnError() {
        if (!useBranch())
            QSKIP("built without the database library's headers");
        for (const QString& sql : {u"SELEC id FROM t"_s, u"SELECT id FROM no_such_table"_s}) {
            RowReader r(m_database->connection(), sql);
            QVERIFY(!r.exec());
            QVERIFY(r.failed());
            QVERIFY2(!r.errorText().isEmpty(), qPrintable(sql));
            QVERIFY(!r.next());
        }
        RowReader fine(m_database->connection(), u"SELECT COUNT(*) FROM t"_s);
        QVERIFY(fine.exec() && fine.next());
        QCOMPARE(fine.integer(0), qint64(4));
    }

    // A reader that stopped before the end holds no read snapshot once it is gone: a checkpoint
    // on another connection, which waits for every reader of the old snapshot, goes through, and
    // the next read on this connection sees the other's write.
    void goneReaderHoldsNoSnapshot_data() {
        branches();
    }
    void goneReaderHoldsNoSnapshot() {
        if (onPostgres())
            QSKIP("SQLite's write-ahead log: PostgreSQL ends a statement's snapshot with it");
        if (!useBranch())
            QSKIP("built without the database library's headers");
        QSqlDatabase db = m_database->connection();
        {
            RowReader r(db, u"SELECT id FROM t ORDER BY id"_s);
            QVERIFY(r.exec() && r.next()); // rows left unread
        }
        DatabaseUrl url;
        url.path = m_dir.filePath(u"rows.sqlite"_s);
        Database other(url);
        QSqlDatabase writer = other.connection();
        run(writer, u"PRAGMA busy_timeout = 100"_s);
        run(writer, u"INSERT INTO t VALUES (100, 1, 'new')"_s);
        {
            QSqlQuery checkpoint(writer);
            QVERIFY(checkpoint.exec(u"PRAGMA wal_checkpoint(TRUNCATE)"_s) && checkpoint.next());
            QCOMPARE(checkpoint.value(0).toInt(), 0); // not SQLITE_BUSY: no reader in the way
        }
        run(writer, u"DELETE FROM t WHERE id = 100"_s);
        RowReader count(db, u"SELECT group_concat(id) FROM t WHERE id <= ?"_s);
        QVERIFY(count.bind(qint64(100)).exec() && count.next());
        QCOMPARE(count.text(0), "1,2,3,4");
    }

    // Database drops a connection's statements before it is closed (SQLite refuses to close a
    // connection with statements left) and a reader after reopening prepares on the new handle
    // (on PostgreSQL: in the new session, which has none of the old one's).
    void reopenedConnectionGetsNewStatements_data() {
        branches();
    }
    void reopenedConnectionGetsNewStatements() {
        if (!useBranch())
            QSKIP("built without the database library's headers");
        QSqlDatabase db = m_database->connection();
        const QString sql = u"SELECT s FROM t WHERE id = 4"_s;
        {
            RowReader r(db, sql);
            QVERIFY(r.exec() && r.next());
        }
        PreparedQuery::forget(db.connectionName());
        db.close();
        QVERIFY2(!db.lastError().isValid(), qPrintable(db.lastError().text())); // closed, not refused
        QSqlDatabase reopened = m_database->connection();
        QVERIFY(reopened.isOpen());
        if (onPostgres())
            createRows(reopened); // the temporary table went with the session
        QFETCH(bool, direct);
        RowReader r(reopened, sql);
        QCOMPARE(r.readsDirectly(), direct); // the new handle is proved the library's too
        QVERIFY(r.exec() && r.next());
        QCOMPARE(r.text(0), "plain");
    }

    // Readers run together read as each alone would; exec() then reports and runs nothing again.
    void readTogether_data() {
        branches();
    }
    void readTogether() {
        if (!useBranch())
            QSKIP("built without the database library's headers");
        QSqlDatabase db = m_database->connection();
        RowReader ids(db, u"SELECT id FROM t WHERE id >= ? ORDER BY id"_s);
        ids.bind(qint64(2));
        RowReader text(db, u"SELECT s FROM t WHERE id = ?"_s);
        text.bind(qint64(1));
        RowReader none(db, u"SELECT id FROM t WHERE s = ?"_s);
        none.bind(u"no such text"_s);
        QVERIFY(RowReader::execTogether({&ids, &text, &none}));
        QVERIFY(text.next());
        QCOMPARE(text.string(0), kText);
        QVERIFY(!text.next());
        QVERIFY(!none.next());
        for (qint64 id : {2, 3, 4}) {
            QVERIFY(ids.next());
            QCOMPARE(ids.integer(0), id);
        }
        QVERIFY(!ids.next());
        QVERIFY(!ids.failed() && !text.failed() && !none.failed());
        QVERIFY(ids.exec()); // not run again: its rows stay read
        QVERIFY(!ids.next());
    }

    // A statement that fails as it runs fails alone: the readers after it read their rows.
    void oneFailureTogetherIsItsOwn_data() {
        branches();
    }
    void oneFailureTogetherIsItsOwn() {
        if (!useBranch())
            QSKIP("built without the database library's headers");
        QSqlDatabase db = m_database->connection();
        RowReader before(db, u"SELECT n FROM t WHERE id = ?"_s);
        before.bind(qint64(3));
        // Prepared fine, fails as it runs: the absolute value of the smallest int64 is none.
        RowReader failing(db, u"SELECT abs(CAST(? AS BIGINT))"_s);
        failing.bind(std::numeric_limits<qint64>::min());
        RowReader after(db, u"SELECT s FROM t WHERE id = ?"_s);
        after.bind(qint64(4));
        QVERIFY(!RowReader::execTogether({&before, &failing, &after}));
        QVERIFY(failing.failed());
        QVERIFY(!failing.errorText().isEmpty());
        QVERIFY(before.next());
        QCOMPARE(before.integer(0), qint64(-5));
        QVERIFY(after.next());
        QCOMPARE(after.text(0), "plain");
        QVERIFY(!before.failed() && !after.failed());
    }

    // On PostgreSQL through libpq, readers run together go in one round trip: one implicit
    // transaction, so now() (its start) is the same for all of them.
    void togetherIsOneRoundTrip() {
        if (!onPostgres())
            QSKIP("PostgreSQL's pipelines");
        if (!m_libraryBuiltIn)
            QSKIP("built without libpq");
        RowReader::refuseDirectApisForTests(false);
        QSqlDatabase db = m_database->connection();
        RowReader first(db, u"SELECT now()::text, pg_sleep(0.002)::text"_s); // one by one, now() moves on
        RowReader second(db, u"SELECT now()::text, id FROM t WHERE id = ?"_s);
        second.bind(qint64(4));
        QVERIFY(first.readsDirectly() && second.readsDirectly());
        QVERIFY(RowReader::execTogether({&first, &second}));
        QVERIFY(first.next() && second.next());
        QCOMPARE(second.text(0), first.text(0));
        QCOMPARE(second.integer(1), qint64(4));
    }

    // Readers run together whose statements the session lost get them prepared again.
    void lostStatementsTogetherArePreparedAgain() {
        if (!onPostgres())
            QSKIP("PostgreSQL's sessions");
        if (!m_libraryBuiltIn)
            QSKIP("built without libpq");
        RowReader::refuseDirectApisForTests(false);
        QSqlDatabase db = m_database->connection();
        for (int round = 0; round < 2; ++round) {
            RowReader one(db, u"SELECT s FROM t WHERE id = ?"_s);
            one.bind(qint64(4));
            RowReader two(db, u"SELECT n FROM t WHERE id = ?"_s);
            two.bind(qint64(3));
            QVERIFY2(RowReader::execTogether({&one, &two}), qPrintable(one.errorText() + two.errorText()));
            QVERIFY(one.next() && two.next());
            QCOMPARE(one.text(0), "plain");
            QCOMPARE(two.integer(0), qint64(-5));
            run(db, u"DEALLOCATE ALL"_s);
        }
        PreparedQuery::forget(db.connectionName()); // Qt's kept statements went too
    }

    // A session that lost its prepared statements (DEALLOCATE ALL, or DISCARD ALL from a pooler)
    // gets the reader's statement prepared again, not an error on every later request.
    void lostStatementsArePreparedAgain() {
        if (!onPostgres())
            QSKIP("PostgreSQL's sessions");
        if (!m_libraryBuiltIn)
            QSKIP("built without libpq");
        RowReader::refuseDirectApisForTests(false);
        QSqlDatabase db = m_database->connection();
        const QString sql = u"SELECT s FROM t WHERE id = ?"_s;
        for (int round = 0; round < 2; ++round) {
            RowReader r(db, sql);
            QVERIFY(r.readsDirectly());
            QVERIFY2(r.bind(qint64(4)).exec(), qPrintable(r.errorText()));
            QVERIFY(r.next());
            QCOMPARE(r.text(0), "plain");
            run(db, u"DEALLOCATE ALL"_s);
        }
        PreparedQuery::forget(db.connectionName()); // Qt's kept statements went too
    }
};

QTEST_GUILESS_MAIN(TestRowReader)
#include "tst_rowreader.moc"
