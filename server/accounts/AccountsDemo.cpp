#include "server/accounts/AccountsDemo.h"

#include "server/Clock.h"
#include "server/DemoSetup.h"
#include "server/auth/PasswordHasher.h"
#include "server/db/Database.h"
#include "server/users/UserStore.h"

#include <QSqlQuery>
#include <QStringList>
#include <QVariant>

namespace lkk::server::accounts {

using namespace Qt::StringLiterals;

bool AccountsDemo::linkDemoAccounts(Database& database, QString* error) {
    QSqlDatabase db = database.connection();
    const auto found = UserStore::findByEmail(db, QString::fromLatin1(DemoSetup::customerEmail));
    if (!found || !*found) {
        *error = u"demo accounts: the demo customer is missing"_s;
        return false;
    }
    // Link times one millisecond apart keep the sidebar order stable: ЕПД first.
    const QStringList numbers{u"100103492"_s, u"7012045318"_s, u"7012077104"_s};
    const qint64 now = nowMs();
    for (qsizetype i = 0; i < numbers.size(); ++i) {
        QSqlQuery q(db);
        q.prepare(u"INSERT INTO account_links (user_id, account_id, relation, linked_at) "
                  u"SELECT ?, a.id, 'owner', ? FROM billing_accounts a WHERE a.number = ? AND NOT EXISTS "
                  u"(SELECT 1 FROM account_links l WHERE l.user_id = ? AND l.account_id = a.id)"_s);
        q.addBindValue((*found)->id);
        q.addBindValue(now + i);
        q.addBindValue(numbers.at(i));
        q.addBindValue((*found)->id);
        if (!q.exec()) {
            *error = u"demo accounts: cannot link "_s + numbers.at(i);
            return false;
        }
    }
    return true;
}

bool AccountsDemo::seedTestCustomer(Database& database, const PasswordHasher& hasher, QString* error) {
    QSqlDatabase db = database.connection();
    User user;
    user.email = QString::fromLatin1(secondCustomerEmail);
    user.surname = u"Петров"_s;
    user.firstName = u"Иван"_s;
    user.patronymic = u"Сергеевич"_s;
    user.role = u"customer"_s;
    const auto existing = UserStore::findByEmail(db, user.email);
    if (existing && *existing)
        return true;
    user.passwordHash = hasher.hash(QString::fromLatin1(secondCustomerPassword));
    if (!existing || user.passwordHash.isEmpty() || !UserStore::insertIfMissing(db, user, nowMs())) {
        *error = u"cannot seed the test customer "_s + user.email;
        return false;
    }
    return true;
}

} // namespace lkk::server::accounts
