#include "server/payments/PaymentHistoryService.h"

#include "server/accounts/AccountsService.h"
#include "server/accounts/TomskTime.h"
#include "server/db/RowReader.h"
#include "server/http/JsonWriter.h"
#include "server/payments/PaymentDue.h"
#include "server/payments/PaymentMessages.h"

#include <QDate>
#include <QHash>
#include <QUrlQuery>

namespace lkk::server::payments {

using namespace Qt::StringLiterals;

Result<ApiReply> PaymentHistoryService::payments(RequestContext& context, const QString& idText, const QString& query) {
    using accounts::AccountsService;
    const Language lang = context.language;
    const auto linked = AccountsService::requireLinked(context, idText);
    if (!linked)
        return linked.failure();
    const qint64 id = *linked;
    const QDate today = accounts::TomskTime::today(context.nowMs);
    const auto range = DateRange::fromQuery(QUrlQuery(query), {today.addMonths(-12).addDays(1), today},
                                            PaymentMessages::dateRange, lang);
    if (!range)
        return range.failure();
    const auto [from, to] = *range;

    PaymentDue::InOrder inOrder(context.db, id);
    static const QString paymentsSql =
        u"SELECT bp.id, bp.payment_date, bp.provider_id, pr.name, bp.sub_account, bp.amount, "_s +
        PaymentDue::statusSql() +
        // Another customer's order id is theirs alone (co-holders of an account).
        u", CASE WHEN bp.order_id IN (SELECT id FROM payment_orders WHERE user_id = ?) THEN bp.order_id END "
        u"FROM billing_payments bp JOIN billing_providers pr ON pr.id = bp.provider_id WHERE bp.account_id = ? "
        u"AND bp.payment_date >= ? AND bp.payment_date <= ? "
        u"ORDER BY bp.payment_date DESC, bp.id DESC"_s;
    RowReader q(context.db, paymentsSql);
    q.bind(context.nowMs);
    q.bind(context.caller.userId);
    q.bind(id);
    q.bind(from.toString(u"yyyy-MM-dd"_s));
    q.bind(to.toString(u"yyyy-MM-dd"_s));
    // The sub-accounts and the payments in one round trip where the database allows it.
    RowReader::execTogether({&inOrder.reader(), &q});
    const auto subAccounts = inOrder.read();
    if (!subAccounts)
        return Failure::databaseUnavailable();
    // A group per sub-account, its payments written as JSON as they come (members in the order
    // QJsonObject kept them: sorted by name).
    struct Group {
        qint64 providerId = 0;
        QString provider;
        QString subAccount;
        JsonWriter payments;
    };
    QList<Group> groups;
    QHash<QString, qsizetype> byKey; // "provider id/sub-account" → its group
    for (const SubAccount& s : *subAccounts) {
        byKey.insert(QString::number(s.providerId) + u'/' + s.subAccount, groups.size());
        groups.append({s.providerId, s.provider, s.subAccount, {}});
    }

    if (!q.exec())
        return Failure::databaseUnavailable();
    while (q.next()) {
        const qint64 providerId = q.integer(2);
        const QString key = QString::number(providerId) + u'/' + q.string(4);
        auto found = byKey.constFind(key);
        if (found == byKey.cend()) { // a payment to a sub-account no contract names any more: still shown
            found = byKey.insert(key, groups.size());
            groups.append({providerId, q.string(3), q.string(4), {}});
        }
        JsonWriter& list = groups[*found].payments;
        list.beginObject();
        list.key("amount"_L1).value(q.integer(5));
        list.key("date"_L1).value(q.string(1));
        list.key("id"_L1).value(QString::number(q.integer(0)));
        list.key("orderId"_L1);
        if (q.isNull(7))
            list.null();
        else
            list.value(q.string(7));
        list.key("status"_L1).value(q.string(6));
        list.endObject();
    }
    if (q.failed())
        return Failure::databaseUnavailable();
    JsonWriter out;
    out.beginObject().key("subAccounts"_L1).beginArray();
    for (Group& g : groups) {
        out.beginObject();
        out.key("payments"_L1).array(g.payments.take());
        out.key("provider"_L1).value(g.provider);
        out.key("providerId"_L1).value(g.providerId);
        out.key("subAccount"_L1).value(g.subAccount);
        out.endObject();
    }
    out.endArray().endObject();
    ApiReply reply;
    reply.body = out.take();
    return reply;
}

} // namespace lkk::server::payments
