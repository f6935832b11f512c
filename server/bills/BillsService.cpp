#include "server/bills/BillsService.h"

#include "server/accounts/AccountsService.h"
#include "server/accounts/CoHolders.h"
#include "server/db/PreparedQuery.h"
#include "server/http/JsonWriter.h"
#include "server/payments/PaymentMessages.h"
#include "shared/ErrorCodes.h"

#include <QDate>
#include <QHash>
#include <QRegularExpression>
#include <QSqlError>
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

// The eight figures a provider block and a service line share, from column `first` on.
void writeFigures(JsonWriter& out, const QSqlQuery& q, int first) {
    static constexpr QLatin1StringView names[] = {"debtStart"_L1,   "paid"_L1,    "charged"_L1,   "socialSupport"_L1,
                                                  "adjustments"_L1, "debtEnd"_L1, "penalties"_L1, "totalToPay"_L1};
    for (int i = 0; i < 8; ++i)
        out.key(names[i]).value(q.value(first + i).toLongLong());
}

// A provider's requisites from column `first` on, as the members of its block.
QByteArray writeRequisites(const QSqlQuery& q, int first) {
    static constexpr QLatin1StringView names[] = {
        "name"_L1, "inn"_L1, "kpp"_L1, "bank"_L1, "bic"_L1, "settlementAccount"_L1, "correspondentAccount"_L1};
    JsonWriter members;
    for (int i = 0; i < 7; ++i)
        members.key(names[i]).text(q.value(first + i));
    return members.take();
}

// The text columns for JsonWriter::text(): on SQLite each as a BLOB of its UTF-8, which Qt's driver
// copies as stored; as text it is converted to UTF-16 (an allocation and a conversion inside SQLite
// per value, about a tenth of the bills' CPU for their ~800 text values).
QString textColumns(QStringList columns, bool sqlite) {
    if (sqlite) {
        for (QString& column : columns)
            column = u"CAST("_s + column + u" AS BLOB)"_s;
    }
    return columns.join(u", "_s);
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

    // The account, its holder and its latest billed period (the default range's end) in one
    // statement. The link code links the account: only its holder gets it, never a co-holder nor
    // an operator.
    PreparedQuery a(context.db, u"SELECT number, kind, owner_name, address_full, link_code, "_s +
                                    accounts::CoHolders::holderSql() +
                                    u", (SELECT MAX(period) FROM billing_bills WHERE account_id = ?) "
                                    u"FROM billing_accounts WHERE id = ?"_s);
    for (int i = 0; i < 3; ++i)
        a->addBindValue(id);
    if (!a->exec() || !a->next())
        return Failure::databaseUnavailable();
    const bool callerIsHolder = a->value(5).toLongLong() == context.caller.userId && context.caller.operatorId == 0;
    JsonWriter out;
    out.beginObject();
    out.key("account"_L1).beginObject();
    out.key("number"_L1).value(a->value(0).toString());
    out.key("kind"_L1).value(a->value(1).toString());
    out.key("owner"_L1).value(a->value(2).toString());
    out.key("address"_L1).value(a->value(3).toString());
    if (callerIsHolder)
        out.key("linkCode"_L1).value(a->value(4).toString());
    out.endObject();

    // Default range: the 12 billing periods up to the latest bill (or up to `to`, or from `from`).
    if (to.isEmpty() && from.isEmpty())
        to = a->value(6).isNull() ? u"9999-12"_s : a->value(6).toString();
    if (from.isEmpty())
        from = to == u"9999-12"_s ? u"0000-01"_s : shiftPeriod(to, -11);
    if (to.isEmpty())
        to = shiftPeriod(from, 11);

    // The lines of the range in one query, written as JSON once and grouped by their provider
    // block, which takes them whole; then the bills and their blocks in another (a 12-bill answer
    // holds thousands of values: a QJsonObject tree of them cost more than the queries).
    const bool sqlite = context.db.driverName() != u"QPSQL"_s;
    PreparedQuery l(
        context.db,
        u"SELECT l.bill_provider_id, l.contract_id, "_s +
            textColumns({u"c.service"_s, u"l.zone"_s, u"l.unit"_s, u"l.quantity"_s, u"l.factor"_s}, sqlite) +
            u", l.tariff_kopecks, l.price_per_unit, "_s + QString(kFigures).replace(u"x."_s, u"l."_s) +
            u" FROM billing_bill_lines l JOIN billing_contracts c ON c.id = l.contract_id "
            u"JOIN billing_bill_providers bp ON bp.id = l.bill_provider_id JOIN billing_bills b "
            u"ON b.id = bp.bill_id WHERE b.account_id = ? AND b.period >= ? AND b.period <= ? "
            u"ORDER BY l.bill_provider_id, l.ord, l.id"_s);
    l->addBindValue(id);
    l->addBindValue(from);
    l->addBindValue(to);
    if (!l->exec())
        return Failure::databaseUnavailable();
    QHash<qint64, JsonWriter> services; // bill provider id → its lines
    while (l->next()) {
        JsonWriter& list = services[l->value(0).toLongLong()];
        list.beginObject();
        list.key("contractId"_L1).value(l->value(1).toLongLong());
        list.key("service"_L1).text(l->value(2));
        list.key("zone"_L1).text(l->value(3));
        list.key("unit"_L1).text(l->value(4));
        list.key("quantity"_L1).text(l->value(5));
        list.key("factor"_L1).text(l->value(6));
        list.key("tariff"_L1).integerOrNull(l->value(7));
        list.key("pricePerUnit"_L1).integerOrNull(l->value(8));
        writeFigures(list, *l, 9);
        list.endObject();
    }
    if (l->lastError().isValid())
        return Failure::databaseUnavailable();

    // The requisites of the range's providers, each once (as JSON members), for their blocks
    // below: six providers have 72 blocks in 12 bills, and every text value read costs Qt's
    // driver an allocation and a copy.
    PreparedQuery r(context.db,
                    u"SELECT id, "_s +
                        textColumns({u"name"_s, u"inn"_s, u"kpp"_s, u"bank_name"_s, u"bic"_s, u"settlement_account"_s,
                                     u"correspondent_account"_s},
                                    sqlite) +
                        u" FROM billing_providers WHERE id IN (SELECT bp.provider_id FROM billing_bills b JOIN "
                        u"billing_bill_providers bp ON bp.bill_id = b.id WHERE b.account_id = ? AND "
                        u"b.period >= ? AND b.period <= ?)"_s);
    r->addBindValue(id);
    r->addBindValue(from);
    r->addBindValue(to);
    if (!r->exec())
        return Failure::databaseUnavailable();
    QHash<qint64, QByteArray> requisites; // provider id → its requisites as JSON members
    while (r->next())
        requisites.insert(r->value(0).toLongLong(), writeRequisites(*r, 1));
    if (r->lastError().isValid())
        return Failure::databaseUnavailable();

    // The bills with their provider blocks, newest first (a bill without blocks as one row without
    // a block); each bill is written as its first row comes, its blocks as they follow it.
    PreparedQuery p(context.db, u"SELECT b.period, b.total_to_pay, b.penalties, bp.id, bp.provider_id, "_s +
                                    textColumns({u"bp.sub_account"_s}, sqlite) + u", "_s +
                                    QString(kFigures).replace(u"x."_s, u"bp."_s) +
                                    u" FROM billing_bills b LEFT JOIN billing_bill_providers bp ON bp.bill_id = b.id "
                                    u"WHERE b.account_id = ? AND b.period >= ? AND b.period <= ? "
                                    u"ORDER BY b.period DESC, bp.ord, bp.id"_s);
    p->addBindValue(id);
    p->addBindValue(from);
    p->addBindValue(to);
    if (!p->exec())
        return Failure::databaseUnavailable();
    out.key("bills"_L1).beginArray();
    QString period; // of the bill being written; empty before the first
    while (p->next()) {
        if (const QString rowPeriod = p->value(0).toString(); rowPeriod != period) {
            if (!period.isEmpty())
                out.endArray().endObject();
            period = rowPeriod;
            out.beginObject();
            out.key("period"_L1).value(period);
            out.key("totalToPay"_L1).value(p->value(1).toLongLong());
            out.key("penalties"_L1).value(p->value(2).toLongLong());
            out.key("providers"_L1).beginArray();
        }
        if (p->value(3).isNull())
            continue;
        out.beginObject();
        const qint64 providerId = p->value(4).toLongLong();
        out.key("providerId"_L1).value(providerId);
        out.raw(requisites.value(providerId));
        out.key("subAccount"_L1).text(p->value(5));
        writeFigures(out, *p, 6);
        out.key("services"_L1).array(services.take(p->value(3).toLongLong()).take());
        out.endObject();
    }
    if (p->lastError().isValid())
        return Failure::databaseUnavailable();
    if (!period.isEmpty())
        out.endArray().endObject();
    out.endArray().endObject();
    ApiReply reply;
    reply.body = out.take();
    return reply;
}

} // namespace lkk::server::payments
