#include "server/users/UserStore.h"

#include "server/Clock.h"
#include "server/db/RowReader.h"

#include <QJsonValue>
#include <QSqlQuery>
#include <QVariant>

namespace lkk::server {

using namespace Qt::StringLiterals;

namespace {

const QString kColumns = UserStore::columns({});

Result<std::optional<User>> runFind(RowReader& q) {
    if (!q.exec())
        return Failure::databaseUnavailable();
    if (!q.next())
        return q.failed() ? Result<std::optional<User>>(Failure::databaseUnavailable()) : std::optional<User>();
    return std::optional<User>(UserStore::fromRow(q, 0));
}

} // namespace

QString UserStore::columns(const QString& alias) {
    static const QStringList names{u"id"_s,
                                   u"email"_s,
                                   u"password_hash"_s,
                                   u"surname"_s,
                                   u"first_name"_s,
                                   u"patronymic"_s,
                                   u"phone"_s,
                                   u"birth_date"_s,
                                   u"sex"_s,
                                   u"role"_s,
                                   u"email_confirmed"_s,
                                   u"pending_email"_s,
                                   u"pending_email_expires_at"_s,
                                   u"marketing_rts"_s,
                                   u"marketing_rts_email"_s,
                                   u"marketing_tes"_s,
                                   u"marketing_tes_email"_s,
                                   u"disabled"_s};
    const QString prefix = alias.isEmpty() ? QString() : alias + u'.';
    return prefix + names.join(u", "_s + prefix);
}

User UserStore::fromRow(const RowReader& q, int first) {
    User u;
    u.id = q.integer(first);
    u.email = q.string(first + 1);
    u.passwordHash = q.string(first + 2);
    u.surname = q.string(first + 3);
    u.firstName = q.string(first + 4);
    u.patronymic = q.string(first + 5);
    u.phone = q.string(first + 6);
    u.birthDate = QDate::fromString(q.string(first + 7), Qt::ISODate);
    u.sex = q.string(first + 8);
    u.role = q.string(first + 9);
    u.emailConfirmed = q.integer(first + 10) != 0;
    u.pendingEmail = q.string(first + 11);
    u.pendingEmailExpiresAt = q.integer(first + 12);
    u.marketingRts = q.integer(first + 13) != 0;
    u.marketingRtsEmail = q.string(first + 14);
    u.marketingTes = q.integer(first + 15) != 0;
    u.marketingTesEmail = q.string(first + 16);
    u.disabled = q.integer(first + 17) != 0;
    return u;
}

QString UserStore::columnText(const QString& value) {
    return value.isNull() ? u""_s : value;
}

QString UserStore::columnText(const QJsonObject& body, const QString& key) {
    return columnText(body.value(key).toString().trimmed());
}

QJsonObject User::profileJson() const {
    return QJsonObject{
        {u"id"_s, id},
        {u"email"_s, email},
        {u"surname"_s, surname},
        {u"firstName"_s, firstName},
        {u"patronymic"_s, patronymic},
        {u"phone"_s, phone},
        {u"birthDate"_s, birthDate.isValid() ? QJsonValue(birthDate.toString(Qt::ISODate)) : QJsonValue()},
        {u"sex"_s, sex},
        {u"role"_s, role},
        // The client asks for the details («Заполните реквизиты») while the phone is empty.
        {u"emailConfirmed"_s, emailConfirmed},
        {u"pendingEmail"_s,
         !pendingEmail.isEmpty() && pendingEmailExpiresAt > nowMs() ? QJsonValue(pendingEmail) : QJsonValue()},
        {u"detailsRequired"_s, phone.isEmpty()},
        {u"marketing"_s,
         QJsonObject{
             {u"tomskRts"_s, QJsonObject{{u"enabled"_s, marketingRts},
                                         {u"email"_s, marketingRtsEmail.isEmpty() ? email : marketingRtsEmail}}},
             {u"tomskEnergosbyt"_s,
              QJsonObject{{u"enabled"_s, marketingTes},
                          {u"email"_s, marketingTesEmail.isEmpty() ? email : marketingTesEmail}}}}},
    };
}

Result<std::optional<User>> UserStore::findByEmail(QSqlDatabase& db, const QString& normalizedEmail) {
    static const QString sql = u"SELECT "_s + kColumns + u" FROM users WHERE email = ?"_s;
    RowReader q(db, sql);
    q.bind(normalizedEmail);
    return runFind(q);
}

Result<std::optional<User>> UserStore::findById(QSqlDatabase& db, qint64 id) {
    static const QString sql = u"SELECT "_s + kColumns + u" FROM users WHERE id = ?"_s;
    RowReader q(db, sql);
    q.bind(id);
    return runFind(q);
}

bool UserStore::insertIfMissing(QSqlDatabase& db, const User& user, qint64 nowMs, bool* inserted) {
    const auto existing = findByEmail(db, user.email);
    if (inserted)
        *inserted = false;
    if (!existing)
        return false;
    if (*existing)
        return true;
    QSqlQuery q(db);
    q.prepare(u"INSERT INTO users (email, password_hash, surname, first_name, patronymic, phone, birth_date, sex, "
              u"role, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
    q.addBindValue(user.email);
    q.addBindValue(columnText(user.passwordHash));
    q.addBindValue(columnText(user.surname));
    q.addBindValue(columnText(user.firstName));
    q.addBindValue(columnText(user.patronymic));
    q.addBindValue(columnText(user.phone));
    q.addBindValue(user.birthDate.isValid() ? QVariant(user.birthDate.toString(Qt::ISODate))
                                            : QVariant(QMetaType::fromType<QString>()));
    q.addBindValue(columnText(user.sex));
    q.addBindValue(columnText(user.role));
    q.addBindValue(nowMs);
    if (!q.exec())
        return false;
    if (inserted)
        *inserted = true;
    return true;
}

} // namespace lkk::server
