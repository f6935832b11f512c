#include "server/payments/PaymentHistoryService.h"

#include "server/accounts/AccountsService.h"
#include "server/accounts/TomskTime.h"
#include "server/db/PreparedQuery.h"
#include "server/payments/PaymentDue.h"
#include "server/payments/PaymentMessages.h"
#include "shared/ErrorCodes.h"

#include <QDate>
#include <QJsonArray>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QUrlQuery>
#include <QVariant>

namespace lkk::server::payments {

using namespace Qt::StringLiterals;

namespace {
QDate parseDate(const QString& text) {
    static const QRegularExpression pattern(u"^[0-9]{4}-[0-9]{2}-[0-9]{2}$"_s);
    return pattern.match(text).hasMatch() ? QDate::fromString(text, u"yyyy-MM-dd"_s) : QDate();
}
} // namespace

Result<ApiReply> PaymentHistoryService::payments(RequestContext& context, const QString& idText, const QString& query) {
    using accounts::AccountsService;
    const Language lang = context.language;
    const auto linked = AccountsService::requireLinked(context, idText);
    if (!linked)
        return linked.failure();
    const qint64 id = *linked;
    const QUrlQuery params(query);
    const QDate today = accounts::TomskTime::today(context.nowMs);
    QDate from = today.addMonths(-12).addDays(1);
    QDate to = today;
    for (const auto& [name, target] : {std::pair{u"from"_s, &from}, std::pair{u"to"_s, &to}}) {
        if (!params.hasQueryItem(name))
            continue;
        const QDate d = parseDate(params.queryItemValue(name, QUrl::FullyDecoded));
        if (!d.isValid())
            return Failure::of(400, errc::validationFailed, name,
                               PaymentMessages::text(PaymentMessages::Text::DateInvalid, lang));
        *target = d;
    }
    if (from > to)
        return Failure::of(400, errc::validationFailed, u"from"_s,
                           PaymentMessages::text(PaymentMessages::Text::RangeReversed, lang));

    const auto subAccounts = PaymentDue::subAccounts(context.db, id, context.nowMs);
    if (!subAccounts)
        return Failure::databaseUnavailable();
    QList<QJsonObject> groups;
    QList<QJsonArray> lists;
    QStringList keys;
    for (const SubAccount& s : *subAccounts) {
        groups << QJsonObject{
            {u"providerId"_s, s.providerId}, {u"provider"_s, s.provider}, {u"subAccount"_s, s.subAccount}};
        lists << QJsonArray();
        keys << QString::number(s.providerId) + u'/' + s.subAccount;
    }

    PreparedQuery q(
        context.db,
        u"SELECT bp.id, bp.payment_date, bp.provider_id, pr.name, bp.sub_account, bp.amount, "_s +
            PaymentDue::statusSql() +
            // Another customer's order id is theirs alone (co-holders of an account).
            u", CASE WHEN bp.order_id IN (SELECT id FROM payment_orders WHERE user_id = ?) THEN bp.order_id END "
            u"FROM billing_payments bp JOIN billing_providers pr ON pr.id = bp.provider_id WHERE bp.account_id = ? "
            u"AND bp.payment_date >= ? AND bp.payment_date <= ? "
            u"ORDER BY bp.payment_date DESC, bp.id DESC"_s);
    q->addBindValue(context.nowMs);
    q->addBindValue(context.caller.userId);
    q->addBindValue(id);
    q->addBindValue(from.toString(u"yyyy-MM-dd"_s));
    q->addBindValue(to.toString(u"yyyy-MM-dd"_s));
    if (!q->exec())
        return Failure::databaseUnavailable();
    while (q->next()) {
        const QString key = QString::number(q->value(2).toLongLong()) + u'/' + q->value(4).toString();
        qsizetype index = keys.indexOf(key);
        if (index < 0) { // a payment to a sub-account no contract names any more: still shown
            groups << QJsonObject{{u"providerId"_s, q->value(2).toLongLong()},
                                  {u"provider"_s, q->value(3).toString()},
                                  {u"subAccount"_s, q->value(4).toString()}};
            lists << QJsonArray();
            keys << key;
            index = keys.size() - 1;
        }
        lists[index].append(
            QJsonObject{{u"id"_s, QString::number(q->value(0).toLongLong())},
                        {u"date"_s, q->value(1).toString()},
                        {u"amount"_s, q->value(5).toLongLong()},
                        {u"status"_s, q->value(6).toString()},
                        {u"orderId"_s, q->value(7).isNull() ? QJsonValue() : QJsonValue(q->value(7).toString())}});
    }
    QJsonArray out;
    for (qsizetype i = 0; i < groups.size(); ++i) {
        QJsonObject g = groups.at(i);
        g.insert(u"payments"_s, lists.at(i));
        out.append(g);
    }
    return ApiReply::json(QJsonObject{{u"subAccounts"_s, out}});
}

} // namespace lkk::server::payments
