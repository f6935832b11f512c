// SqliteLibrary's settings reach the SQLite library that Qt's SQLite driver uses: after
// SqliteLibrary::configure(), a connection of the driver that runs queries leaves SQLite's memory
// statistics at zero; the same queries with the statistics on count its allocations in the
// library this test links, so that zero is the driver's library and not another copy's.
#include "server/db/Database.h"
#include "server/db/SqliteLibrary.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <sqlite3.h>

using namespace Qt::StringLiterals;
using lkk::server::Database;
using lkk::server::DatabaseUrl;
using lkk::server::SqliteLibrary;

namespace {

// Opens the driver's connection on a new file, writes and reads a few hundred rows; answers
// SQLite's memory in use while the connection is still open.
sqlite3_int64 memoryUsedByQueries(const QString& file) {
    DatabaseUrl url;
    url.path = file;
    Database database(url);
    QSqlDatabase db = database.connection();
    if (!db.isOpen())
        qFatal("cannot open %s", qPrintable(file));
    QSqlQuery q(db);
    if (!q.exec(u"CREATE TABLE t (id INTEGER PRIMARY KEY, text TEXT NOT NULL)"_s) ||
        !q.exec(u"WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 500) "
                "INSERT INTO t (id, text) SELECT i, printf('row %d', i) FROM n"_s) ||
        !q.exec(u"SELECT id, text FROM t ORDER BY text"_s))
        qFatal("a query failed");
    int rows = 0;
    while (q.next())
        ++rows;
    if (rows != 500)
        qFatal("read %d rows", rows);
    return sqlite3_memory_used();
}

} // namespace

class TestSqliteLibrary : public QObject {
    Q_OBJECT

private slots:
    void memoryStatisticsAreOffInTheDriversLibrary() {
        QTemporaryDir dir;
        QCOMPARE(sqlite3_shutdown(), SQLITE_OK); // as at the server's start: the library not started
        QCOMPARE(SqliteLibrary::configure(), SqliteLibrary::Outcome::Applied);
        QCOMPARE(memoryUsedByQueries(dir.filePath(u"off.sqlite"_s)), sqlite3_int64(0));
        sqlite3_int64 used = -1;
        sqlite3_int64 highest = -1;
        QCOMPARE(sqlite3_status64(SQLITE_STATUS_MEMORY_USED, &used, &highest, 0), SQLITE_OK);
        QCOMPARE(highest, sqlite3_int64(0));

        // The control: statistics on again (the library may be configured after a shutdown).
        QCOMPARE(sqlite3_shutdown(), SQLITE_OK);
        QCOMPARE(sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 1), SQLITE_OK);
        QVERIFY(memoryUsedByQueries(dir.filePath(u"on.sqlite"_s)) > 0);
    }

    void configuringAfterTheFirstOpenIsRefused() {
        QCOMPARE(sqlite3_initialize(), SQLITE_OK);
        QCOMPARE(SqliteLibrary::configure(), SqliteLibrary::Outcome::TooLate);
    }
};

QTEST_GUILESS_MAIN(TestSqliteLibrary)
#include "tst_sqlitelibrary.moc"
