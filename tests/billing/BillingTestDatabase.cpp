#include "tests/billing/BillingTestDatabase.h"

#include "server/db/Migrations.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTest>
#include <QtGlobal>

using namespace Qt::StringLiterals;
using lkk::server::Database;
using lkk::server::DatabaseUrl;
using lkk::server::Migrations;

namespace lkk::test {

bool BillingTestDatabase::postgres() {
    return qEnvironmentVariable("LKK_TEST_BACKEND") == u"postgres";
}

bool BillingTestDatabase::backendAvailable(QString* skip, QString* error) {
    if (!postgres() || !qEnvironmentVariable("LKK_TEST_DATABASE_URL").isEmpty())
        return true;
    if (qEnvironmentVariable("LKK_TEST_REQUIRE_POSTGRES") == u"1")
        *error = u"LKK_TEST_REQUIRE_POSTGRES=1 but LKK_TEST_DATABASE_URL is not set"_s;
    else
        *skip = u"LKK_TEST_DATABASE_URL is not set: PostgreSQL run skipped"_s;
    return false;
}

bool BillingTestDatabase::open(QString* error) {
    if (postgres()) {
        m_scratch = std::make_unique<ScratchDatabase>();
        if (!m_scratch->create(u"lkk_billing"_s, error))
            return false;
        m_url = m_scratch->url();
    } else {
        m_dir = std::make_unique<QTemporaryDir>();
        m_url = u"sqlite://"_s + m_dir->filePath(u"lkk.sqlite"_s);
    }
    const auto parsed = DatabaseUrl::parse(m_url, error);
    if (!parsed)
        return false;
    m_database = std::make_unique<Database>(*parsed);
    return Migrations::apply(*m_database, error);
}

qint64 BillingTestDatabase::scalar(const QString& sql) {
    QSqlQuery q(m_database->connection());
    if (!q.exec(sql) || !q.next()) {
        qWarning() << sql << q.lastError().text();
        return -1;
    }
    return q.value(0).toLongLong();
}

QString BillingTestDatabase::snapshot() {
    const QStringList tables = {u"billing_providers"_s,      u"billing_tariffs"_s,    u"billing_tariff_values"_s,
                                u"billing_accounts"_s,       u"billing_contracts"_s,  u"billing_contract_tariffs"_s,
                                u"billing_meters"_s,         u"billing_readings"_s,   u"billing_bills"_s,
                                u"billing_bill_providers"_s, u"billing_bill_lines"_s, u"billing_payments"_s};
    QString out;
    for (const QString& t : tables) {
        QSqlQuery q(m_database->connection());
        if (!q.exec(u"SELECT * FROM "_s + t + u" ORDER BY 1, 2"_s))
            return u"error: "_s + q.lastError().text();
        while (q.next()) {
            for (int i = 0; i < q.record().count(); ++i)
                out += q.value(i).toString() + u'|';
            out += u'\n';
        }
    }
    return out;
}

bool BillingTestDatabases::prepare(QString* error) {
    if (m_db && m_function == QTest::currentTestFunction())
        return true;
    m_db = std::make_unique<BillingTestDatabase>();
    m_function = QTest::currentTestFunction();
    return m_db->open(error);
}

void BillingTestDatabases::release() {
    if (!QTest::currentDataTag() || QTest::currentTestFailed())
        m_db.reset(); // drops a scratch PostgreSQL database
}

} // namespace lkk::test
