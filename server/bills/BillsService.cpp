#include "server/bills/BillsService.h"

#include "server/accounts/AccountsService.h"
#include "server/accounts/CoHolders.h"
#include "server/db/PreparedQuery.h"
#include "server/payments/PaymentMessages.h"
#include "shared/ErrorCodes.h"

#include <QDate>
#include <QHash>
#include <QJsonArray>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QUrlQuery>
#include <QVariant>

namespace lkk::server::payments {

using namespace Qt::StringLiterals;

namespace {

bool validPeriod(const QString& text) {
    static const QRegularExpression pattern(u"^[0-9]{4}-(0[1-9]|1[0-2])$"_s);
    return pattern.match(text).hasMatch();
}

QString shiftPeriod(const QString& period, int months) {
    return QDate::fromString(period + u"-01"_s, u"yyyy-MM-dd"_s).addMonths(months).toString(u"yyyy-MM"_s);
}

// The eight figures a provider block and a service line share.
void addFigures(QJsonObject* o, const QSqlQuery& q, int first) {
    static const char* const names[] = {"debtStart",   "paid",    "charged",   "socialSupport",
                                        "adjustments", "debtEnd", "penalties", "totalToPay"};
    for (int i = 0; i < 8; ++i)
        o->insert(QLatin1StringView(names[i]), q.value(first + i).toLongLong());
}

const QString kFigures = u"x.debt_start, x.paid, x.charged, x.social_support, x.adjustments, x.debt_end, "
                         u"x.penalties, x.total_to_pay"_s;

} // namespace

Result<ApiReply> BillsService::bills(RequestContext& context) const {
    using accounts::AccountsService;
    const Language lang = context.language;
    const auto linked = AccountsService::requireLinked(context, context.arg(0));
    if (!linked)
        return linked.failure();
    const qint64 id = *linked;
    const QUrlQuery params(context.request.query);
    QString from = params.queryItemValue(u"from"_s, QUrl::FullyDecoded);
    QString to = params.queryItemValue(u"to"_s, QUrl::FullyDecoded);
    for (const auto& [name, value] : {std::pair{u"from"_s, from}, std::pair{u"to"_s, to}}) {
        if (params.hasQueryItem(name) && !validPeriod(value))
            return Failure::of(400, errc::validationFailed, name,
                               PaymentMessages::text(PaymentMessages::Text::PeriodInvalid, lang));
    }
    if (!from.isEmpty() && !to.isEmpty() && from > to)
        return Failure::of(400, errc::validationFailed, u"from"_s,
                           PaymentMessages::text(PaymentMessages::Text::RangeReversed, lang));

    PreparedQuery a(context.db,
                    u"SELECT number, kind, owner_name, address_full, link_code FROM billing_accounts WHERE id = ?"_s);
    a->addBindValue(id);
    if (!a->exec() || !a->next())
        return Failure::databaseUnavailable();
    QJsonObject account{{u"number"_s, a->value(0).toString()},
                        {u"kind"_s, a->value(1).toString()},
                        {u"owner"_s, a->value(2).toString()},
                        {u"address"_s, a->value(3).toString()}};
    // The link code links the account: only its holder gets it, never a co-holder.
    const auto holder = accounts::CoHolders::holderOf(context.db, id);
    if (!holder)
        return holder.failure();
    if (*holder == context.caller.userId)
        account.insert(u"linkCode"_s, a->value(4).toString());

    // Default range: the 12 billing periods up to the latest bill (or up to `to`, or from `from`).
    if (to.isEmpty() && from.isEmpty()) {
        PreparedQuery latest(context.db, u"SELECT MAX(period) FROM billing_bills WHERE account_id = ?"_s);
        latest->addBindValue(id);
        if (!latest->exec())
            return Failure::databaseUnavailable();
        to = latest->next() && !latest->value(0).isNull() ? latest->value(0).toString() : u"9999-12"_s;
    }
    if (from.isEmpty())
        from = to == u"9999-12"_s ? u"0000-01"_s : shiftPeriod(to, -11);
    if (to.isEmpty())
        to = shiftPeriod(from, 11);

    PreparedQuery b(
        context.db,
        u"SELECT id, period, total_to_pay, penalties FROM billing_bills WHERE account_id = ? AND period >= ? "
        u"AND period <= ? ORDER BY period DESC"_s);
    b->addBindValue(id);
    b->addBindValue(from);
    b->addBindValue(to);
    if (!b->exec())
        return Failure::databaseUnavailable();
    QList<qint64> billIds;
    QList<QJsonObject> bills;
    while (b->next()) {
        billIds << b->value(0).toLongLong();
        bills << QJsonObject{{u"period"_s, b->value(1).toString()},
                             {u"totalToPay"_s, b->value(2).toLongLong()},
                             {u"penalties"_s, b->value(3).toLongLong()}};
    }

    // Providers and lines of all these bills in two queries, grouped here.
    const QString range = u" JOIN billing_bills b ON b.id = bp.bill_id WHERE b.account_id = ? AND b.period >= ? "
                          u"AND b.period <= ? "_s;
    PreparedQuery p(context.db,
                    u"SELECT bp.bill_id, bp.id, bp.provider_id, pr.name, pr.inn, pr.kpp, pr.bank_name, pr.bic, "
                    u"pr.settlement_account, pr.correspondent_account, bp.sub_account, "_s +
                        QString(kFigures).replace(u"x."_s, u"bp."_s) +
                        u" FROM billing_bill_providers bp JOIN billing_providers pr ON pr.id = bp.provider_id"_s +
                        range + u"ORDER BY bp.bill_id, bp.ord, bp.id"_s);
    p->addBindValue(id);
    p->addBindValue(from);
    p->addBindValue(to);
    if (!p->exec())
        return Failure::databaseUnavailable();
    QHash<qint64, QList<qint64>> providerIdsOfBill;
    QHash<qint64, QJsonObject> providers;
    while (p->next()) {
        const qint64 bpId = p->value(1).toLongLong();
        QJsonObject o{{u"providerId"_s, p->value(2).toLongLong()},
                      {u"name"_s, p->value(3).toString()},
                      {u"inn"_s, p->value(4).toString()},
                      {u"kpp"_s, p->value(5).toString()},
                      {u"bank"_s, p->value(6).toString()},
                      {u"bic"_s, p->value(7).toString()},
                      {u"settlementAccount"_s, p->value(8).toString()},
                      {u"correspondentAccount"_s, p->value(9).toString()},
                      {u"subAccount"_s, p->value(10).toString()}};
        addFigures(&o, *p, 11);
        providers.insert(bpId, o);
        providerIdsOfBill[p->value(0).toLongLong()] << bpId;
    }

    PreparedQuery l(context.db,
                    u"SELECT l.bill_provider_id, l.contract_id, c.service, l.zone, l.unit, l.quantity, l.factor, "
                    u"l.tariff_kopecks, l.price_per_unit, "_s +
                        QString(kFigures).replace(u"x."_s, u"l."_s) +
                        u" FROM billing_bill_lines l JOIN billing_contracts c ON c.id = l.contract_id "
                        u"JOIN billing_bill_providers bp ON bp.id = l.bill_provider_id"_s +
                        range + u"ORDER BY l.bill_provider_id, l.ord, l.id"_s);
    l->addBindValue(id);
    l->addBindValue(from);
    l->addBindValue(to);
    if (!l->exec())
        return Failure::databaseUnavailable();
    QHash<qint64, QJsonArray> services;
    while (l->next()) {
        QJsonObject s{{u"contractId"_s, l->value(1).toLongLong()},
                      {u"service"_s, l->value(2).toString()},
                      {u"zone"_s, l->value(3).toString()},
                      {u"unit"_s, l->value(4).toString()},
                      {u"quantity"_s, l->value(5).toString()},
                      {u"factor"_s, l->value(6).toString()},
                      {u"tariff"_s, l->value(7).isNull() ? QJsonValue() : QJsonValue(l->value(7).toLongLong())},
                      {u"pricePerUnit"_s, l->value(8).isNull() ? QJsonValue() : QJsonValue(l->value(8).toLongLong())}};
        addFigures(&s, *l, 9);
        services[l->value(0).toLongLong()].append(s);
    }

    QJsonArray out;
    for (qsizetype i = 0; i < bills.size(); ++i) {
        QJsonArray list;
        for (qint64 bpId : providerIdsOfBill.value(billIds.at(i))) {
            QJsonObject o = providers.value(bpId);
            o.insert(u"services"_s, services.value(bpId));
            list.append(o);
        }
        QJsonObject bill = bills.at(i);
        bill.insert(u"providers"_s, list);
        out.append(bill);
    }
    return ApiReply::json(QJsonObject{{u"account"_s, account}, {u"bills"_s, out}});
}

} // namespace lkk::server::payments
