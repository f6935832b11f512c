#include "server/users/UserStore.h"

#include "server/Clock.h"
#include "server/db/PreparedQuery.h"

#include <QJsonValue>
#include <QSqlQuery>
#include <QVariant>

namespace lkk::server {

using namespace Qt::StringLiterals;

namespace {

const QString kColumns = u"id, email, password_hash, surname, first_name, patronymic, phone, birth_date, sex, role, "
                         u"email_confirmed, pending_email, pending_email_expires_at, marketing_rts, "
                         u"marketing_rts_email, marketing_tes, marketing_tes_email, disabled"_s;

User fromQuery(const QSqlQuery& q) {
    User u;
    u.id = q.value(0).toLongLong();
    u.email = q.value(1).toString();
    u.passwordHash = q.value(2).toString();
    u.surname = q.value(3).toString();
    u.firstName = q.value(4).toString();
    u.patronymic = q.value(5).toString();
    u.phone = q.value(6).toString();
    u.birthDate = QDate::fromString(q.value(7).toString(), Qt::ISODate);
    u.sex = q.value(8).toString();
    u.role = q.value(9).toString();
    u.emailConfirmed = q.value(10).toInt() != 0;
    u.pendingEmail = q.value(11).toString();
    u.pendingEmailExpiresAt = q.value(12).toLongLong();
    u.marketingRts = q.value(13).toInt() != 0;
    u.marketingRtsEmail = q.value(14).toString();
    u.marketingTes = q.value(15).toInt() != 0;
    u.marketingTesEmail = q.value(16).toString();
    u.disabled = q.value(17).toInt() != 0;
    return u;
}

Result<std::optional<User>> runFind(QSqlQuery& q) {
    if (!q.exec())
        return Failure::databaseUnavailable();
    if (!q.next())
        return std::optional<User>();
    return std::optional<User>(fromQuery(q));
}

} // namespace

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
    QSqlQuery q(db);
    q.prepare(u"SELECT "_s + kColumns + u" FROM users WHERE email = ?"_s);
    q.addBindValue(normalizedEmail);
    return runFind(q);
}

Result<std::optional<User>> UserStore::findById(QSqlDatabase& db, qint64 id) {
    PreparedQuery q(db, u"SELECT "_s + kColumns + u" FROM users WHERE id = ?"_s); // GET /profile: kept
    q->addBindValue(id);
    return runFind(*q);
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
