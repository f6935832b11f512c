#include "server/accounts/LinkService.h"

#include "server/accounts/AccountMessages.h"
#include "server/accounts/AccountsService.h"
#include "server/accounts/TomskTime.h"
#include "server/auth/TokenService.h"
#include "server/db/Database.h"
#include "shared/ErrorCodes.h"
#include "shared/InputRules.h"
#include "shared/Money.h"

#include <QJsonArray>
#include <QSqlQuery>
#include <QVariant>

namespace lkk::server::accounts {

using namespace Qt::StringLiterals;

namespace {

const QString kLinkCode = u"link_code"_s;
const QString kTotal = u"total_to_pay"_s;

ApiReply invalid(const Caller& caller, const QString& field, const QString& message) {
    return ApiReply::error(400, errc::validationFailed, caller.language, field, message);
}

QString withoutSpaces(const QString& text) {
    QString out;
    for (const QChar c : text) {
        if (!c.isSpace() && c != QChar(0x202F))
            out.append(c);
    }
    return out;
}

ApiReply withUser(ApiReply reply, qint64 userId) {
    reply.userId = userId;
    return reply;
}

} // namespace

bool LinkService::isRelation(const QString& relation) {
    static const QStringList relations{u"owner"_s, u"tenant"_s, u"family"_s, u"representative"_s, u"other"_s};
    return relations.contains(relation);
}

bool LinkService::lockState(const Caller& caller, qint64 accountId, LockState* out) {
    QSqlQuery q(caller.db);
    q.prepare(u"SELECT COUNT(*), MIN(at) FROM link_attempts WHERE user_id = ? AND account_id = ? AND ok = 0 "
              u"AND at > ?"_s);
    q.addBindValue(caller.userId);
    q.addBindValue(accountId);
    q.addBindValue(caller.nowMs - lockWindowMs);
    if (!q.exec() || !q.next())
        return false;
    out->wrong = q.value(0).toInt();
    out->lockedUntil = out->wrong >= maxWrongAnswers ? q.value(1).toLongLong() + lockWindowMs : 0;
    return true;
}

ApiReply LinkService::lockedReply(const Caller& caller, qint64 lockedUntil) {
    return withUser(ApiReply::error(429, errc::linkLocked, caller.language, {},
                                    AccountMessages::locked(TomskTime::display(lockedUntil), caller.language),
                                    QJsonObject{{u"lockedUntil"_s, TomskTime::isoUtc(lockedUntil)}}),
                    caller.userId);
}

ApiReply LinkService::start(Caller& caller, const QJsonObject& body) {
    const QString rawNumber = body.value(u"number"_s).toString();
    if (const auto v = rules::checkAccountNumber(rawNumber))
        return invalid(caller, u"number"_s, Messages::violation(*v, caller.language));
    const QString relation = body.value(u"relation"_s).toString();
    if (!isRelation(relation))
        return invalid(caller, u"relation"_s,
                       AccountMessages::text(AccountMessages::Text::RelationInvalid, caller.language));
    const QString number = rules::normalizedAccountNumber(rawNumber);

    QSqlQuery q(caller.db);
    q.prepare(u"SELECT id FROM billing_accounts WHERE number = ?"_s);
    q.addBindValue(number);
    if (!q.exec())
        return databaseDown(caller.db, caller.language);
    if (!q.next())
        return withUser(ApiReply::error(404, errc::accountNotFound, caller.language, u"number"_s,
                                        AccountMessages::text(AccountMessages::Text::NumberNotFound, caller.language)),
                        caller.userId);
    const qint64 accountId = q.value(0).toLongLong();

    switch (AccountsService::requireLinked(caller, accountId)) {
    case AccountsService::Lookup::DatabaseError:
        return databaseDown(caller.db, caller.language);
    case AccountsService::Lookup::Linked:
        return withUser(ApiReply::error(409, errc::accountAlreadyLinked, caller.language, u"number"_s,
                                        AccountMessages::text(AccountMessages::Text::AlreadyLinked, caller.language)),
                        caller.userId);
    case AccountsService::Lookup::NotLinked:
        break;
    }
    LockState lock;
    if (!lockState(caller, accountId, &lock))
        return databaseDown(caller.db, caller.language);
    if (lock.lockedUntil > 0)
        return lockedReply(caller, lock.lockedUntil);

    const QString challengeId = TokenService::newToken();
    QSqlQuery cleanup(caller.db); // expired challenges are useless: keep the table small
    cleanup.prepare(u"DELETE FROM link_challenges WHERE expires_at < ?"_s);
    cleanup.addBindValue(caller.nowMs - lockWindowMs);
    cleanup.exec();
    QSqlQuery insert(caller.db);
    insert.prepare(u"INSERT INTO link_challenges (id_hash, user_id, account_id, relation, expires_at, used, "
                   u"created_at) VALUES (?, ?, ?, ?, ?, 0, ?)"_s);
    insert.addBindValue(TokenService::hashToken(challengeId));
    insert.addBindValue(caller.userId);
    insert.addBindValue(accountId);
    insert.addBindValue(relation);
    insert.addBindValue(caller.nowMs + challengeTtlMs);
    insert.addBindValue(caller.nowMs);
    if (!insert.exec())
        return databaseDown(caller.db, caller.language);

    const QJsonArray questions{
        QJsonObject{{u"id"_s, kLinkCode}, {u"text"_s, AccountMessages::linkCodeQuestion(caller.language)}},
        QJsonObject{{u"id"_s, kTotal}, {u"text"_s, AccountMessages::totalQuestion(caller.language)}}};
    return withUser(ApiReply::json(QJsonObject{{u"challengeId"_s, challengeId},
                                               {u"expiresIn"_s, challengeTtlMs / 1000},
                                               {u"questions"_s, questions},
                                               {u"attemptsLeft"_s, maxWrongAnswers - lock.wrong}}),
                    caller.userId);
}

ApiReply LinkService::confirm(Caller& caller, const QJsonObject& body) {
    const QString challengeId = body.value(u"challengeId"_s).toString();
    const QString question = body.value(u"question"_s).toString();
    const QString answer = body.value(u"answer"_s).toString().trimmed();
    if (challengeId.isEmpty())
        return invalid(caller, u"challengeId"_s, Messages::violation(rules::Violation::Required, caller.language));
    if (question != kLinkCode && question != kTotal)
        return invalid(caller, u"question"_s,
                       AccountMessages::text(AccountMessages::Text::QuestionInvalid, caller.language));
    if (answer.isEmpty())
        return invalid(caller, u"answer"_s, Messages::violation(rules::Violation::Required, caller.language));
    if (answer.size() > 64)
        return invalid(caller, u"answer"_s, Messages::violation(rules::Violation::TooLong, caller.language));

    // The answer's form is checked before anything is counted: a typo is not a wrong answer.
    QString code;
    std::optional<Money> amount;
    if (question == kLinkCode) {
        code = withoutSpaces(answer);
        for (const QChar c : std::as_const(code)) {
            if (c < u'0' || c > u'9')
                return invalid(caller, u"answer"_s,
                               AccountMessages::text(AccountMessages::Text::CodeNotDigits, caller.language));
        }
    } else {
        amount = Money::parse(answer);
        if (!amount)
            return invalid(caller, u"answer"_s,
                           AccountMessages::text(AccountMessages::Text::AmountInvalid, caller.language));
    }

    const ApiReply challengeGone =
        withUser(ApiReply::error(404, errc::linkChallengeNotFound, caller.language, u"challengeId"_s,
                                 AccountMessages::text(AccountMessages::Text::ChallengeNotFound, caller.language)),
                 caller.userId);
    // One transaction per answer so concurrent answers cannot both slip under the limit (SQLite:
    // BEGIN IMMEDIATE; PostgreSQL: the challenge row is locked FOR UPDATE).
    QSqlDatabase& db = caller.db;
    const bool postgres = db.driverName() == u"QPSQL"_s;
    QSqlQuery begin(db);
    if (!begin.exec(postgres ? u"BEGIN"_s : u"BEGIN IMMEDIATE"_s))
        return databaseDown(db, caller.language);
    auto fail = [&db, &caller]() {
        Database::rollback(db);
        return databaseDown(db, caller.language);
    };
    auto done = [&db](ApiReply reply) {
        if (!Database::commit(db))
            Database::rollback(db);
        return reply;
    };

    QSqlQuery ch(db);
    ch.prepare(u"SELECT account_id, relation FROM link_challenges WHERE id_hash = ? AND user_id = ? AND used = 0 "
               u"AND expires_at > ?"_s +
               (postgres ? u" FOR UPDATE"_s : QString()));
    ch.addBindValue(TokenService::hashToken(challengeId));
    ch.addBindValue(caller.userId);
    ch.addBindValue(caller.nowMs);
    if (!ch.exec())
        return fail();
    if (!ch.next())
        return done(challengeGone);
    const qint64 accountId = ch.value(0).toLongLong();
    const QString relation = ch.value(1).toString();

    LockState lock;
    if (!lockState(caller, accountId, &lock))
        return fail();
    if (lock.lockedUntil > 0)
        return done(lockedReply(caller, lock.lockedUntil));

    bool right = false;
    if (question == kLinkCode) {
        QSqlQuery a(db);
        a.prepare(u"SELECT link_code FROM billing_accounts WHERE id = ?"_s);
        a.addBindValue(accountId);
        if (!a.exec())
            return fail();
        right = a.next() && !code.isEmpty() && withoutSpaces(a.value(0).toString()) == code;
    } else {
        // «ИТОГО К ОПЛАТЕ» of the latest bill, or the total of any of its provider blocks.
        QSqlQuery t(db);
        t.prepare(u"SELECT b.total_to_pay FROM billing_bills b WHERE b.account_id = ? AND b.period = "
                  u"(SELECT MAX(period) FROM billing_bills WHERE account_id = ?) "
                  u"UNION ALL SELECT p.total_to_pay FROM billing_bill_providers p JOIN billing_bills b "
                  u"ON b.id = p.bill_id WHERE b.account_id = ? AND b.period = "
                  u"(SELECT MAX(period) FROM billing_bills WHERE account_id = ?)"_s);
        for (int i = 0; i < 4; ++i)
            t.addBindValue(accountId);
        if (!t.exec())
            return fail();
        while (t.next() && !right)
            right = t.value(0).toLongLong() == amount->kopecks();
    }

    QSqlQuery attempt(db);
    attempt.prepare(u"INSERT INTO link_attempts (user_id, account_id, at, ok) VALUES (?, ?, ?, ?)"_s);
    attempt.addBindValue(caller.userId);
    attempt.addBindValue(accountId);
    attempt.addBindValue(caller.nowMs);
    attempt.addBindValue(right ? 1 : 0);
    if (!attempt.exec())
        return fail();

    if (!right) {
        qCInfo(lcAccounts) << "user" << caller.userId << "wrong link answer for account" << accountId;
        LockState after;
        if (!lockState(caller, accountId, &after))
            return fail();
        if (after.lockedUntil > 0)
            return done(lockedReply(caller, after.lockedUntil));
        const int left = maxWrongAnswers - after.wrong;
        return done(withUser(ApiReply::error(422, errc::wrongAnswer, caller.language, u"answer"_s,
                                             AccountMessages::wrongAnswer(left, caller.language),
                                             QJsonObject{{u"attemptsLeft"_s, left}}),
                             caller.userId));
    }

    QSqlQuery used(db);
    used.prepare(u"UPDATE link_challenges SET used = 1 WHERE id_hash = ?"_s);
    used.addBindValue(TokenService::hashToken(challengeId));
    if (!used.exec())
        return fail();
    switch (AccountsService::requireLinked(caller, accountId)) {
    case AccountsService::Lookup::DatabaseError:
        return fail();
    case AccountsService::Lookup::Linked: // linked meanwhile (another window)
        return done(
            withUser(ApiReply::error(409, errc::accountAlreadyLinked, caller.language, u"number"_s,
                                     AccountMessages::text(AccountMessages::Text::AlreadyLinked, caller.language)),
                     caller.userId));
    case AccountsService::Lookup::NotLinked:
        break;
    }
    QSqlQuery link(db);
    link.prepare(u"INSERT INTO account_links (user_id, account_id, relation, linked_at) VALUES (?, ?, ?, ?)"_s);
    link.addBindValue(caller.userId);
    link.addBindValue(accountId);
    link.addBindValue(relation);
    link.addBindValue(caller.nowMs);
    if (!link.exec() || !Database::commit(db))
        return fail();
    qCInfo(lcAccounts) << "user" << caller.userId << "linked account" << accountId;

    bool dbError = false;
    const auto s = AccountsService::summary(caller, accountId, &dbError);
    if (!s)
        return databaseDown(db, caller.language);
    return withUser(ApiReply::json(*s, 201), caller.userId);
}

} // namespace lkk::server::accounts
