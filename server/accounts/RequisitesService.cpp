#include "server/accounts/RequisitesService.h"

#include "server/accounts/AccountMessages.h"
#include "server/accounts/AccountsService.h"
#include "server/accounts/TomskTime.h"
#include "server/db/PreparedQuery.h"
#include "server/http/JsonWriter.h"
#include "shared/ErrorCodes.h"

#include <QDate>
#include <QHash>
#include <QMap>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrlQuery>
#include <QVariant>

namespace lkk::server::accounts {

using namespace Qt::StringLiterals;

Result<ApiReply> RequisitesService::requisites(RequestContext& context, const QString& idText) {
    const auto linked = AccountsService::requireLinked(context, idText);
    if (!linked)
        return linked.failure();
    const qint64 accountId = *linked;
    // The account, its contracts with their providers and each contract's tariffs with the value in
    // force today (the latest valid_from on or before today; none yet = null), in one query: a row
    // per tariff of each contract, a contract without tariffs and an account without contracts
    // with NULLs for what they lack.
    const QString today = TomskTime::today(context.nowMs).toString(Qt::ISODate);
    PreparedQuery q(context.db,
                    u"SELECT a.owner_name, a.address_full, a.total_area, a.living_area, a.residents, c.id, c.service, "
                    u"c.sub_account, p.id, p.name, p.inn, p.kpp, p.bank_name, p.bic, p.settlement_account, "
                    u"p.correspondent_account, t.id, t.name, t.unit, t.zone, (SELECT v.value_kopecks FROM "
                    u"billing_tariff_values v WHERE v.tariff_id = t.id AND v.valid_from <= ? ORDER BY v.valid_from "
                    u"DESC LIMIT 1) FROM billing_accounts a LEFT JOIN billing_contracts c ON c.account_id = a.id "
                    u"LEFT JOIN billing_providers p ON p.id = c.provider_id LEFT JOIN billing_contract_tariffs ct ON "
                    u"ct.contract_id = c.id LEFT JOIN billing_tariffs t ON t.id = ct.tariff_id WHERE a.id = ? "
                    u"ORDER BY c.id, ct.ord, ct.tariff_id"_s);
    q->addBindValue(today);
    q->addBindValue(accountId);
    if (!q->exec() || !q->next())
        return Failure::databaseUnavailable();
    const QString owner = q->value(0).toString();
    const QString address = q->value(1).toString();
    const QString totalArea = q->value(2).toString();
    const QString livingArea = q->value(3).toString();
    const qint64 residents = q->value(4).toLongLong();
    // Written as JSON directly, members in the order QJsonObject keeps them (sorted by name).
    JsonWriter out;
    out.beginObject().key("contracts"_L1).beginArray();
    bool more = !q->isNull(5); // the first row: an account without contracts has only NULLs here
    while (more) {
        const qint64 contractId = q->value(5).toLongLong();
        out.beginObject();
        out.key("id"_L1).value(contractId);
        out.key("provider"_L1).beginObject();
        out.key("bank"_L1).value(q->value(12).toString());
        out.key("bic"_L1).value(q->value(13).toString());
        out.key("correspondentAccount"_L1).value(q->value(15).toString());
        out.key("id"_L1).value(q->value(8).toLongLong());
        out.key("inn"_L1).value(q->value(10).toString());
        out.key("kpp"_L1).value(q->value(11).toString());
        out.key("name"_L1).value(q->value(9).toString());
        out.key("settlementAccount"_L1).value(q->value(14).toString());
        out.endObject();
        out.key("service"_L1).value(q->value(6).toString());
        out.key("subAccount"_L1).value(q->value(7).toString());
        out.key("tariffs"_L1).beginArray();
        do { // the contract's rows: a tariff each, or one row of NULLs without tariffs
            if (q->isNull(16))
                continue;
            out.beginObject();
            out.key("id"_L1).value(q->value(16).toLongLong());
            out.key("name"_L1).value(q->value(17).toString());
            out.key("unit"_L1).value(q->value(18).toString());
            out.key("value"_L1).integerOrNull(q->value(20));
            out.key("zone"_L1).textOrNull(q->value(19).toString());
            out.endObject();
        } while ((more = q->next()) && q->value(5).toLongLong() == contractId);
        out.endArray();
        out.endObject();
    }
    if (q->lastError().isValid())
        return Failure::databaseUnavailable();
    out.endArray();
    out.key("livingArea"_L1).value(livingArea);
    out.key("owner"_L1).value(owner);
    out.key("registrationAddress"_L1).value(address);
    out.key("residents"_L1).value(residents);
    out.key("totalArea"_L1).value(totalArea);
    out.endObject();
    ApiReply reply;
    reply.body = out.take();
    return reply;
}

Result<ApiReply> RequisitesService::tariffs(RequestContext& context, const QString& idText,
                                            const QString& contractIdText) {
    const auto linked = AccountsService::requireLinked(context, idText);
    if (!linked)
        return linked.failure();
    const qint64 accountId = *linked;
    // The contract, if it is the account's, with its tariffs and each tariff's history in one
    // query: a row per value of each tariff (the latest first), a tariff without values and a
    // contract without tariffs with NULLs for what they lack; no row: not the account's contract.
    PreparedQuery q(context.db,
                    u"SELECT t.id, t.name, t.unit, t.zone, v.valid_from, v.value_kopecks, v.period FROM "
                    u"billing_contracts c LEFT JOIN billing_contract_tariffs ct ON ct.contract_id = c.id LEFT JOIN "
                    u"billing_tariffs t ON t.id = ct.tariff_id LEFT JOIN billing_tariff_values v ON v.tariff_id = "
                    u"ct.tariff_id WHERE c.id = ? AND c.account_id = ? ORDER BY ct.ord, ct.tariff_id, "
                    u"v.valid_from DESC"_s);
    q->addBindValue(parsePathId(contractIdText));
    q->addBindValue(accountId);
    if (!q->exec())
        return Failure::databaseUnavailable();
    bool more = q->next();
    if (!more) {
        if (q->lastError().isValid())
            return Failure::databaseUnavailable();
        return Failure::of(404, errc::notFound, {},
                           AccountMessages::text(AccountMessages::Text::ContractNotFound, context.language));
    }
    // Written as JSON directly, members in the order QJsonObject keeps them (sorted by name).
    JsonWriter out;
    out.beginObject().key("tariffs"_L1).beginArray();
    more = !q->isNull(0); // the only row of a contract without tariffs has NULLs there
    while (more) {
        const qint64 tariffId = q->value(0).toLongLong();
        const QString name = q->value(1).toString();
        const QString unit = q->value(2).toString();
        const QString zone = q->value(3).toString();
        out.beginObject();
        out.key("history"_L1).beginArray();
        do { // the tariff's values, or one row of NULLs without any
            if (q->isNull(4))
                continue;
            out.beginObject();
            out.key("period"_L1).value(q->value(6).toString());
            out.key("validFrom"_L1).value(q->value(4).toString());
            out.key("value"_L1).value(q->value(5).toLongLong());
            out.endObject();
        } while ((more = q->next()) && q->value(0).toLongLong() == tariffId);
        out.endArray();
        out.key("id"_L1).value(tariffId);
        out.key("name"_L1).value(name);
        out.key("unit"_L1).value(unit);
        out.key("zone"_L1).textOrNull(zone);
        out.endObject();
    }
    if (q->lastError().isValid())
        return Failure::databaseUnavailable();
    out.endArray().endObject();
    ApiReply reply;
    reply.body = out.take();
    return reply;
}

Result<ApiReply> RequisitesService::meters(RequestContext& context, const QString& idText, const QString& query) {
    const auto linked = AccountsService::requireLinked(context, idText);
    if (!linked)
        return linked.failure();
    const qint64 accountId = *linked;
    QSqlDatabase& db = context.db;

    const QDate today = TomskTime::today(context.nowMs);
    const auto range = DateRange::fromQuery(QUrlQuery(query), {today.addMonths(-12), today}, AccountMessages::dateRange,
                                            context.language);
    if (!range)
        return range.failure();
    const auto [from, to] = *range;
    const QString fromText = from.toString(Qt::ISODate);
    const QString toText = to.toString(Qt::ISODate);
    const QString todayText = today.toString(Qt::ISODate);

    // Every meter of the account with each zone's latest reading in one query (zones may be read
    // on different days): a row per zone read, or one with NULLs there for a meter never read.
    // The latest reading is found by its id: PostgreSQL's generic plan for "reading_date = (its
    // MAX)" scanned the zone's every reading and ran the MAX again for each.
    PreparedQuery m(
        db, u"SELECT m.id, m.number, p.name, c.service, c.sub_account, c.id, m.zones, m.capacity_integer, "
            u"m.capacity_fraction, m.verified_until, m.automatic, (SELECT MAX(r.reading_date) FROM billing_readings r "
            u"WHERE r.meter_id = m.id AND r.reading_date >= ? AND r.reading_date <= ?), z.zone, l.reading_date, "
            u"l.period, l.value FROM billing_meters m JOIN billing_contracts c ON c.id = m.contract_id "
            u"JOIN billing_providers p ON p.id = c.provider_id LEFT JOIN (SELECT DISTINCT r.meter_id, r.zone FROM "
            u"billing_readings r JOIN billing_meters rm ON rm.id = r.meter_id JOIN billing_contracts rc ON "
            u"rc.id = rm.contract_id WHERE rc.account_id = ?) z ON z.meter_id = m.id LEFT JOIN billing_readings l ON "
            u"l.id = (SELECT x.id FROM billing_readings x WHERE x.meter_id = z.meter_id AND x.zone = z.zone ORDER BY "
            u"x.reading_date DESC LIMIT 1) WHERE c.account_id = ? ORDER BY c.id, m.id"_s);
    m->addBindValue(fromText);
    m->addBindValue(toText);
    m->addBindValue(accountId);
    m->addBindValue(accountId);
    if (!m->exec())
        return Failure::databaseUnavailable();
    struct Latest {
        QString date;
        QString period;
        QString value;
    };
    // Written as JSON directly, members in the order QJsonObject keeps them (sorted by name).
    JsonWriter out;
    out.beginObject().key("meters"_L1).beginArray();
    bool more = m->next();
    while (more) {
        const qint64 meterId = m->value(0).toLongLong();
        const QString verifiedUntil = m->value(9).toString();
        QStringList zones;
        for (const QString& zone : m->value(6).toString().split(u',', Qt::SkipEmptyParts))
            zones.append(zone.trimmed());
        out.beginObject();
        out.key("automatic"_L1).boolean(m->value(10).toInt() != 0);
        out.key("capacity"_L1).beginObject();
        out.key("fraction"_L1).value(m->value(8).toLongLong()).key("integer"_L1).value(m->value(7).toLongLong());
        out.endObject();
        out.key("contractId"_L1).value(m->value(5).toLongLong());
        out.key("id"_L1).value(meterId);
        const QString number = m->value(1).toString();
        const QString provider = m->value(2).toString();
        const QString readingDateInPeriod = m->value(11).toString();
        const QString service = m->value(3).toString();
        const QString subAccount = m->value(4).toString();

        QHash<QString, Latest> ofMeter; // zone → its latest reading
        do {                            // the meter's rows: a zone read each, or one row of NULLs
            if (!m->isNull(12))
                ofMeter.insert(m->value(12).toString(),
                               {m->value(13).toString(), m->value(14).toString(), m->value(15).toString()});
        } while ((more = m->next()) && m->value(0).toLongLong() == meterId);

        // The last reading: each zone's latest value; date and period are those of the most
        // recent of them.
        QString date;
        QString period;
        QMap<QString, QString> values; // zone → value, sorted as QJsonObject sorts
        for (const QString& zone : std::as_const(zones)) {
            const auto found = ofMeter.constFind(zone);
            if (found == ofMeter.cend())
                continue;
            values.insert(zone, found->value);
            if (found->date > date) {
                date = found->date;
                period = found->period;
            }
        }

        out.key("lastReading"_L1);
        if (values.isEmpty()) {
            out.null();
        } else {
            out.beginObject().key("date"_L1).value(date).key("period"_L1).value(period);
            out.key("values"_L1).beginObject();
            for (auto it = values.cbegin(); it != values.cend(); ++it)
                out.key(it.key()).value(it.value());
            out.endObject().endObject();
        }
        out.key("number"_L1).value(number);
        out.key("provider"_L1).value(provider);
        out.key("readingDateInPeriod"_L1).textOrNull(readingDateInPeriod);
        out.key("service"_L1).value(service);
        out.key("subAccount"_L1).value(subAccount);
        out.key("verificationExpired"_L1).boolean(verifiedUntil < todayText);
        out.key("verifiedUntil"_L1).value(verifiedUntil);
        out.key("zones"_L1).beginArray();
        for (const QString& zone : std::as_const(zones))
            out.value(zone);
        out.endArray();
        out.endObject();
    }
    if (m->lastError().isValid())
        return Failure::databaseUnavailable();
    out.endArray().endObject();
    ApiReply reply;
    reply.body = out.take();
    return reply;
}

} // namespace lkk::server::accounts
