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

QString withoutSpaces(const QString& text) {
    QString out;
    for (const QChar c : text) {
        if (!c.isSpace() && c != QChar(0x202F))
            out.append(c);
    }
    return out;
}

} // namespace

bool LinkService::isRelation(const QString& relation) {
    static const QStringList relations{u"owner"_s, u"tenant"_s, u"family"_s, u"representative"_s, u"other"_s};
    return relations.contains(relation);
}

LinkService::LinkService(int maxWrongPerAccount)
    : m_maxWrongPerAccount(maxWrongPerAccount) {}

Result<int> LinkService::liftLock(QSqlDatabase& db, qint64 accountId, qint64 nowMs) {
    QSqlQuery q(db);
    q.prepare(u"UPDATE link_attempts SET ok = 2 WHERE account_id = ? AND ok = 0 AND at > ?"_s);
    q.addBindValue(accountId);
    q.addBindValue(nowMs - lockWindowMs);
    if (!q.exec())
        return Failure::databaseUnavailable();
    return q.numRowsAffected();
}

Result<LinkService::LockState> LinkService::lockState(RequestContext& context, qint64 accountId) const {
    QSqlQuery q(context.db);
    q.prepare(u"SELECT COUNT(*), MIN(at) FROM link_attempts WHERE user_id = ? AND account_id = ? AND ok = 0 "
              u"AND at > ?"_s);
    q.addBindValue(context.caller.userId);
    q.addBindValue(accountId);
    q.addBindValue(context.nowMs - lockWindowMs);
    if (!q.exec() || !q.next())
        return Failure::databaseUnavailable();
    LockState state;
    state.wrong = q.value(0).toInt();
    state.lockedUntil = state.wrong >= maxWrongAnswers ? q.value(1).toLongLong() + lockWindowMs : 0;
    // Every customer's wrong answers for the account: the lock that new registrations cannot reset.
    q.prepare(u"SELECT COUNT(*), MIN(at) FROM link_attempts WHERE account_id = ? AND ok = 0 AND at > ?"_s);
    q.addBindValue(accountId);
    q.addBindValue(context.nowMs - lockWindowMs);
    if (!q.exec() || !q.next())
        return Failure::databaseUnavailable();
    if (q.value(0).toInt() >= m_maxWrongPerAccount) {
        state.lockedUntil = std::max(state.lockedUntil, q.value(1).toLongLong() + lockWindowMs);
        state.wrong = maxWrongAnswers;
    }
    return state;
}

Failure LinkService::locked(RequestContext& context, qint64 lockedUntil) {
    return Failure::of(429, errc::linkLocked, {},
                       AccountMessages::locked(TomskTime::display(lockedUntil), context.language),
                       QJsonObject{{u"lockedUntil"_s, TomskTime::isoUtc(lockedUntil)}});
}

Result<ApiReply> LinkService::start(RequestContext& context) const {
    using T = JsonBody::Type;
    static const JsonBody::Spec spec{{{u"number"_s, T::String, true}, {u"relation"_s, T::String, true}}, false};
    const auto parsed = context.json(spec);
    if (!parsed)
        return parsed.failure();
    const QJsonObject& body = *parsed;
    const QString rawNumber = body.value(u"number"_s).toString();
    if (const auto v = rules::checkAccountNumber(rawNumber))
        return Failure::invalid(u"number"_s, Messages::violation(*v, context.language));
    const QString relation = body.value(u"relation"_s).toString();
    if (!isRelation(relation))
        return Failure::invalid(u"relation"_s,
                                AccountMessages::text(AccountMessages::Text::RelationInvalid, context.language));
    const QString number = rules::normalizedAccountNumber(rawNumber);

    QSqlQuery q(context.db);
    q.prepare(u"SELECT id FROM billing_accounts WHERE number = ?"_s);
    q.addBindValue(number);
    if (!q.exec())
        return Failure::databaseUnavailable();
    if (!q.next())
        return Failure::of(404, errc::accountNotFound, u"number"_s,
                           AccountMessages::text(AccountMessages::Text::NumberNotFound, context.language));
    const qint64 accountId = q.value(0).toLongLong();

    const auto linked = AccountsService::isLinked(context, accountId);
    if (!linked)
        return linked.failure();
    if (*linked)
        return Failure::of(409, errc::accountAlreadyLinked, u"number"_s,
                           AccountMessages::text(AccountMessages::Text::AlreadyLinked, context.language));
    const auto lock = lockState(context, accountId);
    if (!lock)
        return lock.failure();
    if (lock->lockedUntil > 0)
        return locked(context, lock->lockedUntil);

    const QString challengeId = TokenService::newToken();
    QSqlQuery cleanup(context.db); // expired challenges are useless: keep the table small
    cleanup.prepare(u"DELETE FROM link_challenges WHERE expires_at < ?"_s);
    cleanup.addBindValue(context.nowMs - lockWindowMs);
    cleanup.exec();
    QSqlQuery insert(context.db);
    insert.prepare(u"INSERT INTO link_challenges (id_hash, user_id, account_id, relation, expires_at, used, "
                   u"created_at) VALUES (?, ?, ?, ?, ?, 0, ?)"_s);
    insert.addBindValue(TokenService::hashToken(challengeId));
    insert.addBindValue(context.caller.userId);
    insert.addBindValue(accountId);
    insert.addBindValue(relation);
    insert.addBindValue(context.nowMs + challengeTtlMs);
    insert.addBindValue(context.nowMs);
    if (!insert.exec())
        return Failure::databaseUnavailable();

    const QJsonArray questions{
        QJsonObject{{u"id"_s, kLinkCode}, {u"text"_s, AccountMessages::linkCodeQuestion(context.language)}},
        QJsonObject{{u"id"_s, kTotal}, {u"text"_s, AccountMessages::totalQuestion(context.language)}}};
    return ApiReply::json(QJsonObject{{u"challengeId"_s, challengeId},
                                      {u"expiresIn"_s, challengeTtlMs / 1000},
                                      {u"questions"_s, questions},
                                      {u"attemptsLeft"_s, maxWrongAnswers - lock->wrong}});
}

Result<ApiReply> LinkService::confirm(RequestContext& context) const {
    using T = JsonBody::Type;
    static const JsonBody::Spec spec{
        {{u"challengeId"_s, T::String, true}, {u"question"_s, T::String, true}, {u"answer"_s, T::String, true}}, false};
    const auto parsed = context.json(spec);
    if (!parsed)
        return parsed.failure();
    const QJsonObject& body = *parsed;
    const QString challengeId = body.value(u"challengeId"_s).toString();
    const QString question = body.value(u"question"_s).toString();
    const QString answer = body.value(u"answer"_s).toString().trimmed();
    if (challengeId.isEmpty())
        return Failure::invalid(u"challengeId"_s, Messages::violation(rules::Violation::Required, context.language));
    if (question != kLinkCode && question != kTotal)
        return Failure::invalid(u"question"_s,
                                AccountMessages::text(AccountMessages::Text::QuestionInvalid, context.language));
    if (answer.isEmpty())
        return Failure::invalid(u"answer"_s, Messages::violation(rules::Violation::Required, context.language));
    if (answer.size() > 64)
        return Failure::invalid(u"answer"_s, Messages::violation(rules::Violation::TooLong, context.language));

    // The answer's form is checked before anything is counted: a typo is not a wrong answer.
    QString code;
    std::optional<Money> amount;
    if (question == kLinkCode) {
        code = withoutSpaces(answer);
        for (const QChar c : std::as_const(code)) {
            if (c < u'0' || c > u'9')
                return Failure::invalid(u"answer"_s,
                                        AccountMessages::text(AccountMessages::Text::CodeNotDigits, context.language));
        }
    } else {
        amount = Money::parse(answer);
        // A total to pay is positive; a credit («-2,38») on the bill is no proof of anything.
        if (!amount || amount->kopecks() <= 0)
            return Failure::invalid(u"answer"_s,
                                    AccountMessages::text(AccountMessages::Text::AmountInvalid, context.language));
    }

    const Failure challengeGone =
        Failure::of(404, errc::linkChallengeNotFound, u"challengeId"_s,
                    AccountMessages::text(AccountMessages::Text::ChallengeNotFound, context.language));
    // One transaction per answer so concurrent answers cannot both slip under the limits (SQLite:
    // BEGIN IMMEDIATE; PostgreSQL: the challenge row is locked FOR UPDATE, and the account below).
    QSqlDatabase& db = context.db;
    const bool postgres = Database::dialectOf(db) == Dialect::Postgres;
    if (!Database::beginWrite(db))
        return Failure::databaseUnavailable();
    auto fail = [&db]() {
        Database::rollback(db);
        return Failure::databaseUnavailable();
    };
    // A refusal still commits: a wrong answer is counted.
    auto done = [&db](Failure refusal) {
        if (!Database::commit(db))
            Database::rollback(db);
        return refusal;
    };

    QSqlQuery ch(db);
    ch.prepare(u"SELECT account_id, relation FROM link_challenges WHERE id_hash = ? AND user_id = ? AND used = 0 "
               u"AND expires_at > ?"_s +
               (postgres ? u" FOR UPDATE"_s : QString()));
    ch.addBindValue(TokenService::hashToken(challengeId));
    ch.addBindValue(context.caller.userId);
    ch.addBindValue(context.nowMs);
    if (!ch.exec())
        return fail();
    if (!ch.next())
        return done(challengeGone);
    const qint64 accountId = ch.value(0).toLongLong();
    const QString relation = ch.value(1).toString();
    // The per-account limit counts every customer's answers: on PostgreSQL they take turns per
    // account (SQLite's BEGIN IMMEDIATE already serializes every answer).
    if (postgres) {
        QSqlQuery turn(db);
        turn.prepare(u"SELECT pg_advisory_xact_lock(7275012, hashtext(?))"_s);
        turn.addBindValue(QString::number(accountId));
        if (!turn.exec())
            return fail();
    }

    const auto lock = lockState(context, accountId);
    if (!lock)
        return fail();
    if (lock->lockedUntil > 0)
        return done(locked(context, lock->lockedUntil));

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
            right = t.value(0).toLongLong() > 0 && t.value(0).toLongLong() == amount->kopecks();
    }

    QSqlQuery attempt(db);
    attempt.prepare(u"INSERT INTO link_attempts (user_id, account_id, at, ok) VALUES (?, ?, ?, ?)"_s);
    attempt.addBindValue(context.caller.userId);
    attempt.addBindValue(accountId);
    attempt.addBindValue(context.nowMs);
    attempt.addBindValue(right ? 1 : 0);
    if (!attempt.exec())
        return fail();

    if (!right) {
        qCInfo(lcAccounts) << "user" << context.caller.userId << "wrong link answer for account" << accountId;
        const auto after = lockState(context, accountId);
        if (!after)
            return fail();
        if (after->lockedUntil > 0)
            return done(locked(context, after->lockedUntil));
        const int left = maxWrongAnswers - after->wrong;
        return done(Failure::of(422, errc::wrongAnswer, u"answer"_s,
                                AccountMessages::wrongAnswer(left, context.language),
                                QJsonObject{{u"attemptsLeft"_s, left}}));
    }

    QSqlQuery used(db);
    used.prepare(u"UPDATE link_challenges SET used = 1 WHERE id_hash = ?"_s);
    used.addBindValue(TokenService::hashToken(challengeId));
    if (!used.exec())
        return fail();
    const auto linked = AccountsService::isLinked(context, accountId);
    if (!linked)
        return fail();
    if (*linked) // linked meanwhile (another window)
        return done(Failure::of(409, errc::accountAlreadyLinked, u"number"_s,
                                AccountMessages::text(AccountMessages::Text::AlreadyLinked, context.language)));
    QSqlQuery link(db);
    link.prepare(u"INSERT INTO account_links (user_id, account_id, relation, linked_at) VALUES (?, ?, ?, ?)"_s);
    link.addBindValue(context.caller.userId);
    link.addBindValue(accountId);
    link.addBindValue(relation);
    link.addBindValue(context.nowMs);
    if (!link.exec() || !Database::commit(db))
        return fail();
    qCInfo(lcAccounts) << "user" << context.caller.userId << "linked account" << accountId;

    const auto s = AccountsService::summary(context, accountId);
    if (!s || !*s)
        return Failure::databaseUnavailable();
    return ApiReply::json(**s, 201);
}

} // namespace lkk::server::accounts
