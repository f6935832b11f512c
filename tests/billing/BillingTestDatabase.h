#pragma once

#include "server/db/Database.h"
#include "tests/support/ScratchDatabase.h"

#include <QString>
#include <QTemporaryDir>
#include <memory>

namespace lkk::test {

// The database a billing test imports into, migrated: SQLite in a temporary directory, or a
// scratch PostgreSQL database when LKK_TEST_BACKEND=postgres (LKK_TEST_DATABASE_URL names a role
// with CREATEDB; without it the run is skipped unless LKK_TEST_REQUIRE_POSTGRES=1).
class BillingTestDatabase {
public:
    // For initTestCase: false with *skip set when PostgreSQL is wanted but not configured, false
    // with *error when it is required.
    static bool backendAvailable(QString* skip, QString* error);
    static bool postgres();

    bool open(QString* error);
    lkk::server::Database& database() { return *m_database; }
    QString url() const { return m_url; }

    qint64 scalar(const QString& sql); // -1 on error
    QString snapshot();                // every billing row, to compare before and after

private:
    std::unique_ptr<ScratchDatabase> m_scratch;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<lkk::server::Database> m_database;
    QString m_url;
};

// A billing test's databases: a fresh one for each test function, one shared by the rows of a
// data-driven test (each row leaves it as it found it; a failed row leaves it to be replaced).
class BillingTestDatabases {
public:
    // In init(): the database for the current test, opened when needed.
    bool prepare(QString* error);
    // In cleanup().
    void release();
    BillingTestDatabase* operator->() { return m_db.get(); }

private:
    std::unique_ptr<BillingTestDatabase> m_db;
    QByteArray m_function; // the test whose rows use m_db
};

} // namespace lkk::test
