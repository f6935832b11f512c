#include "server/db/Database.h"

#include "server/db/ConnectionProbe.h"
#include "server/db/PreparedQuery.h"

#include <QAtomicInteger>
#include <QHash>
#include <QLoggingCategory>
#include <QMutex>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>
#include <QUrlQuery>

Q_LOGGING_CATEGORY(lcDb, "lkk.server.db")

namespace lkk::server {

using namespace Qt::StringLiterals;

namespace {

QAtomicInteger<int> instanceCounter;
QMutex errorMutex;
QString lastError;

// A number of this OS thread, never reused. Not the QThread's address: QThreadPool reuses an
// expired worker's QThread object for a new OS thread, which may start while the old thread is
// still closing its connection in its thread_local destructor; two threads on one SQLite handle
// (Qt opens it without SQLite's mutex) fail with "API misuse" or worse.
quint64 osThreadSerial() {
    static QAtomicInteger<quint64> next;
    thread_local const quint64 serial = next.fetchAndAddRelaxed(1);
    return serial;
}

// Removes this thread's connections when the thread finishes (pool threads and the main thread).
struct ThreadConnections {
    QStringList names;
    ~ThreadConnections() {
        for (const QString& name : std::as_const(names)) {
            {
                QSqlDatabase db = QSqlDatabase::database(name, false);
                if (db.isValid())
                    db.close();
            }
            QSqlDatabase::removeDatabase(name);
        }
    }
};
thread_local ThreadConnections threadConnections;

} // namespace

std::optional<DatabaseUrl> DatabaseUrl::parse(const QString& text, QString* error) {
    // Tolerant: a hand-written sqlite:///path with spaces is fine; percent-encoding works too.
    const QUrl url(text.trimmed(), QUrl::TolerantMode);
    DatabaseUrl result;
    if (!url.isValid()) {
        *error = QStringLiteral("database URL is not a valid URL");
        return std::nullopt;
    }
    if (url.scheme() == u"sqlite") {
        result.dialect = Dialect::Sqlite;
        result.path = url.path(QUrl::FullyDecoded);
        if (result.path.isEmpty() || !result.path.startsWith(u'/')) {
            *error = QStringLiteral("sqlite URL needs an absolute path: sqlite:///abs/path.sqlite");
            return std::nullopt;
        }
        return result;
    }
    if (url.scheme() == u"postgresql" || url.scheme() == u"postgres") {
        result.dialect = Dialect::Postgres;
        result.host = url.host();
        result.port = url.port(5432);
        result.user = url.userName(QUrl::FullyDecoded);
        result.password = url.password(QUrl::FullyDecoded);
        result.name = url.path(QUrl::FullyDecoded).mid(1);
        if (result.host.isEmpty() || result.name.isEmpty()) {
            *error = QStringLiteral("postgresql URL needs a host and a database: postgresql://user:pass@host:port/db");
            return std::nullopt;
        }
        QStringList options;
        const auto items = QUrlQuery(url).queryItems(QUrl::FullyDecoded);
        for (const auto& item : items)
            options << item.first + u'=' + item.second;
        result.options = options.join(u';');
        return result;
    }
    *error = QStringLiteral("unsupported database URL scheme \"%1\" (sqlite or postgresql)").arg(url.scheme());
    return std::nullopt;
}

QString DatabaseUrl::redacted() const {
    if (dialect == Dialect::Sqlite)
        return u"sqlite://"_s + path;
    return QStringLiteral("postgresql://%1@%2:%3/%4").arg(user, host).arg(port).arg(name);
}

Database::Database(DatabaseUrl url)
    : m_url(std::move(url))
    , m_prefix(QStringLiteral("lkk-db-%1-").arg(instanceCounter.fetchAndAddRelaxed(1))) {}

Database::~Database() {
    // Only this thread's connection can be closed here; pool threads close theirs when they end.
    const QString name = connectionName();
    if (QSqlDatabase::contains(name)) {
        {
            QSqlDatabase db = QSqlDatabase::database(name, false);
            close(db);
        }
        QSqlDatabase::removeDatabase(name);
        threadConnections.names.removeAll(name);
    }
}

QString Database::connectionName() const {
    return m_prefix + QString::number(osThreadSerial());
}

QSqlDatabase Database::connection() {
    const QString name = connectionName();
    QSqlDatabase db;
    if (QSqlDatabase::contains(name)) {
        db = QSqlDatabase::database(name, false);
    } else {
        db = QSqlDatabase::addDatabase(m_url.dialect == Dialect::Sqlite ? u"QSQLITE"_s : u"QPSQL"_s, name);
        threadConnections.names << name;
        if (m_url.dialect == Dialect::Sqlite) {
            db.setDatabaseName(m_url.path);
            db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
        } else {
            db.setHostName(m_url.host);
            db.setPort(m_url.port);
            db.setUserName(m_url.user);
            db.setPassword(m_url.password);
            db.setDatabaseName(m_url.name);
            db.setConnectOptions(m_url.options);
        }
    }
    if (db.isOpen())
        return db;
    PreparedQuery::forget(name); // statements of the connection closed before
    if (!db.open()) {
        QMutexLocker lock(&errorMutex);
        lastError = db.lastError().text();
        qCWarning(lcDb) << "cannot open" << m_url.redacted() << ':' << lastError;
        return db;
    }
    if (m_url.dialect == Dialect::Sqlite) {
        QSqlQuery q(db);
        q.exec(u"PRAGMA journal_mode=WAL"_s);
        q.exec(u"PRAGMA synchronous=NORMAL"_s);
        q.exec(u"PRAGMA foreign_keys=ON"_s);
        q.exec(u"PRAGMA cache_size=-%1"_s.arg(m_url.sqliteCacheKiB)); // negative: KiB, not pages
    } else {
        // The statements are prepared once per connection (PreparedQuery) and their parameters are
        // keys: PostgreSQL's default would plan some of them anew on every execution, its cost
        // estimate of the generic plan being higher than that of the custom plans, which are
        // the same index scans (docs/architecture.md, «Server»).
        QSqlQuery q(db);
        q.exec(u"SET plan_cache_mode = force_generic_plan"_s);
    }
    return db;
}

QSqlDatabase Database::checkedConnection() {
    QSqlDatabase db = connection();
    if (m_url.dialect == Dialect::Sqlite || !db.isOpen())
        return db;
    // The server may have restarted since this connection's last request, which our side does not
    // notice until a query fails, and that query would be a request's. A fast stop and start of
    // PostgreSQL takes less than 100 ms (measured), so no idle time is safe: every hand-out is
    // checked, by looking at the socket (no round trip), or with SELECT 1 where that cannot be done.
    switch (ConnectionProbe::probe(db)) {
    case ConnectionProbe::Verdict::Silent:
        return db;
    case ConnectionProbe::Verdict::Unknown:
        if (answers(db))
            return db;
        break;
    case ConnectionProbe::Verdict::PeerSpoke:
        break;
    }
    qCInfo(lcDb) << "the connection to" << m_url.redacted() << "was lost; connecting again";
    close(db);
    return connection();
}

QString Database::lastOpenError() const {
    QMutexLocker lock(&errorMutex);
    return lastError;
}

Dialect Database::dialectOf(const QSqlDatabase& db) {
    return db.driverName() == u"QPSQL"_s ? Dialect::Postgres : Dialect::Sqlite;
}

bool Database::beginWrite(QSqlDatabase& db) {
    QSqlQuery q(db);
    return q.exec(dialectOf(db) == Dialect::Sqlite ? u"BEGIN IMMEDIATE"_s : u"BEGIN"_s);
}

void Database::close(QSqlDatabase& db) {
    PreparedQuery::forget(db.connectionName());
    db.close();
}

bool Database::commit(QSqlDatabase& db) {
    QSqlQuery q(db);
    return q.exec(u"COMMIT"_s);
}

void Database::rollback(QSqlDatabase& db) {
    QSqlQuery q(db);
    q.exec(u"ROLLBACK"_s);
}

bool Database::answers(QSqlDatabase& db) {
    QSqlQuery q(db);
    return q.exec(u"SELECT 1"_s) && q.next();
}

bool Database::ping() {
    QSqlDatabase db = connection();
    if (!db.isOpen())
        return false;
    if (answers(db))
        return true;
    // A dropped PostgreSQL connection stays "open" on our side: reopen once next time.
    close(db);
    return false;
}

} // namespace lkk::server
