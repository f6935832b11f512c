#include "tests/support/ScratchDatabase.h"

#include "tests/support/ServerProcess.h"

#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace lkk::test {

ScratchDatabase::~ScratchDatabase() {
    drop();
}

bool ScratchDatabase::runAsAdmin(const QString& sql, QString* error) const {
    const QUrl server(ServerProcess::databaseUrlFromEnvironment());
    const QString connection = u"scratch-admin-"_s + m_name;
    bool ok = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QPSQL"_s, connection);
        db.setHostName(server.host());
        db.setPort(server.port(5432));
        db.setUserName(server.userName(QUrl::FullyDecoded));
        db.setPassword(server.password(QUrl::FullyDecoded));
        db.setDatabaseName(server.path().mid(1));
        if (!db.open()) {
            *error = u"cannot connect to LKK_TEST_DATABASE_URL: "_s + db.lastError().text();
        } else {
            QSqlQuery query(db);
            ok = query.exec(sql);
            if (!ok)
                *error = sql + u": "_s + query.lastError().text();
        }
    }
    QSqlDatabase::removeDatabase(connection);
    return ok;
}

bool ScratchDatabase::create(const QString& prefix, QString* error) {
    m_name = prefix + u'_' + QString::number(QRandomGenerator::global()->generate64(), 16);
    if (!runAsAdmin(u"CREATE DATABASE "_s + m_name, error)) {
        m_name.clear();
        return false;
    }
    QUrl url(ServerProcess::databaseUrlFromEnvironment());
    url.setPath(u'/' + m_name);
    m_url = url.toString();
    return true;
}

void ScratchDatabase::drop() {
    if (m_name.isEmpty())
        return;
    QString error;
    if (!runAsAdmin(u"DROP DATABASE IF EXISTS "_s + m_name + u" WITH (FORCE)"_s, &error))
        qWarning("%s", qPrintable(error));
    m_name.clear();
    m_url.clear();
}

} // namespace lkk::test
