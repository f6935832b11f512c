#include "server/db/WriteTransaction.h"

#include <QSqlQuery>
#include <QVariant>

namespace lkk::server {

using namespace Qt::StringLiterals;

WriteTransaction::WriteTransaction(Database& database, QSqlDatabase& db)
    : m_database(database)
    , m_db(db)
    , m_open(database.beginWrite(db)) {}

WriteTransaction::~WriteTransaction() {
    if (m_open)
        Database::rollback(m_db);
}

bool WriteTransaction::lock(const QString& table, qint64 id) {
    if (!m_open)
        return false;
    if (m_database.dialect() != Dialect::Postgres)
        return true;
    QSqlQuery q(m_db);
    q.prepare(u"SELECT id FROM "_s + table + u" WHERE id = ? FOR UPDATE"_s);
    q.addBindValue(id);
    return q.exec();
}

bool WriteTransaction::commit() {
    if (!m_open)
        return false;
    m_open = false;
    if (Database::commit(m_db))
        return true;
    Database::rollback(m_db);
    return false;
}

} // namespace lkk::server
