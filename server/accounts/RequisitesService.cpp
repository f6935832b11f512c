#include "server/accounts/RequisitesService.h"

#include "server/accounts/AccountMessages.h"
#include "server/accounts/AccountsService.h"
#include "server/accounts/TomskTime.h"
#include "server/db/Database.h"
#include "server/db/RowReader.h"
#include "server/http/JsonWriter.h"
#include "shared/ErrorCodes.h"

#include <QDate>
#include <QHash>
#include <QMap>
#include <QUrlQuery>

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
    RowReader q(context.db,
                u"SELECT a.owner_name, a.address_full, a.total_area, a.living_area, a.residents, c.id, c.service, "
                u"c.sub_account, p.id, p.name, p.inn, p.kpp, p.bank_name, p.bic, p.settlement_account, "
                u"p.correspondent_account, t.id, t.name, t.unit, t.zone, (SELECT v.value_kopecks FROM "
                u"billing_tariff_values v WHERE v.tariff_id = t.id AND v.valid_from <= ? ORDER BY v.valid_from "
                u"DESC LIMIT 1) FROM billing_accounts a LEFT JOIN billing_contracts c ON c.account_id = a.id "
                u"LEFT JOIN billing_providers p ON p.id = c.provider_id LEFT JOIN billing_contract_tariffs ct ON "
                u"ct.contract_id = c.id LEFT JOIN billing_tariffs t ON t.id = ct.tariff_id WHERE a.id = ? "
                u"ORDER BY c.id, ct.ord, ct.tariff_id"_s);
    q.bind(today);
    q.bind(accountId);
    if (!q.exec() || !q.next())
        return Failure::databaseUnavailable();
    const QString owner = q.string(0);
    const QString address = q.string(1);
    const QString totalArea = q.string(2);
    const QString livingArea = q.string(3);
    const qint64 residents = q.integer(4);
    // Written as JSON directly, members in the order QJsonObject keeps them (sorted by name).
    JsonWriter out;
    out.beginObject().key("contracts"_L1).beginArray();
    bool more = !q.isNull(5); // the first row: an account without contracts has only NULLs here
    while (more) {
        const qint64 contractId = q.integer(5);
        out.beginObject();
        out.key("id"_L1).value(contractId);
        out.key("provider"_L1).beginObject();
        out.key("bank"_L1).value(q.string(12));
        out.key("bic"_L1).value(q.string(13));
        out.key("correspondentAccount"_L1).value(q.string(15));
        out.key("id"_L1).value(q.integer(8));
        out.key("inn"_L1).value(q.string(10));
        out.key("kpp"_L1).value(q.string(11));
        out.key("name"_L1).value(q.string(9));
        out.key("settlementAccount"_L1).value(q.string(14));
        out.endObject();
        out.key("service"_L1).value(q.string(6));
        out.key("subAccount"_L1).value(q.string(7));
        out.key("tariffs"_L1).beginArray();
        do { // the contract's rows: a tariff each, or one row of NULLs without tariffs
            if (q.isNull(16))
                continue;
            out.beginObject();
            out.key("id"_L1).value(q.integer(16));
            out.key("name"_L1).value(q.string(17));
            out.key("unit"_L1).value(q.string(18));
            out.key("value"_L1).integerOrNull(q.integerOrNull(20));
            out.key("zone"_L1).textOrNull(q.string(19));
            out.endObject();
        } while ((more = q.next()) && q.integer(5) == contractId);
        out.endArray();
        out.endObject();
    }
    if (q.failed())
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
    RowReader q(context.db,
                u"SELECT t.id, t.name, t.unit, t.zone, v.valid_from, v.value_kopecks, v.period FROM "
                u"billing_contracts c LEFT JOIN billing_contract_tariffs ct ON ct.contract_id = c.id LEFT JOIN "
                u"billing_tariffs t ON t.id = ct.tariff_id LEFT JOIN billing_tariff_values v ON v.tariff_id = "
                u"ct.tariff_id WHERE c.id = ? AND c.account_id = ? ORDER BY ct.ord, ct.tariff_id, "
                u"v.valid_from DESC"_s);
    q.bind(parsePathId(contractIdText));
    q.bind(accountId);
    if (!q.exec())
        return Failure::databaseUnavailable();
    bool more = q.next();
    if (!more) {
        if (q.failed())
            return Failure::databaseUnavailable();
        return Failure::of(404, errc::notFound, {},
                           AccountMessages::text(AccountMessages::Text::ContractNotFound, context.language));
    }
    // Written as JSON directly, members in the order QJsonObject keeps them (sorted by name).
    JsonWriter out;
    out.beginObject().key("tariffs"_L1).beginArray();
    more = !q.isNull(0); // the only row of a contract without tariffs has NULLs there
    while (more) {
        const qint64 tariffId = q.integer(0);
        const QString name = q.string(1);
        const QString unit = q.string(2);
        const QString zone = q.string(3);
        out.beginObject();
        out.key("history"_L1).beginArray();
        do { // the tariff's values, or one row of NULLs without any
            if (q.isNull(4))
                continue;
            out.beginObject();
            out.key("period"_L1).value(q.string(6));
            out.key("validFrom"_L1).value(q.string(4));
            out.key("value"_L1).value(q.integer(5));
            out.endObject();
        } while ((more = q.next()) && q.integer(0) == tariffId);
        out.endArray();
        out.key("id"_L1).value(tariffId);
        out.key("name"_L1).value(name);
        out.key("unit"_L1).value(unit);
        out.key("zone"_L1).textOrNull(zone);
        out.endObject();
    }
    if (q.failed())
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
    // on different days): a row per zone, or one with NULLs there for a meter without zones. The
    // latest reading is found by its id: PostgreSQL's generic plan for "reading_date = (its MAX)"
    // scanned the zone's every reading and ran the MAX again for each. Only the zones the meter
    // lists are shown: PostgreSQL takes them from its list; SQLite, which cannot split a text in a
    // join, from the account's readings (every reading of its meters read to find a few zones).
    static const QString columns =
        u"SELECT m.id, m.number, p.name, c.service, c.sub_account, c.id, m.zones, m.capacity_integer, "
        u"m.capacity_fraction, m.verified_until, m.automatic, (SELECT MAX(r.reading_date) FROM billing_readings r "
        u"WHERE r.meter_id = m.id AND r.reading_date >= ? AND r.reading_date <= ?), z.zone, l.reading_date, "
        u"l.period, l.value FROM billing_meters m JOIN billing_contracts c ON c.id = m.contract_id "
        u"JOIN billing_providers p ON p.id = c.provider_id "_s;
    static const QString latest = u" LEFT JOIN billing_readings l ON l.id = (SELECT x.id FROM billing_readings x "
                                  u"WHERE x.meter_id = m.id AND x.zone = z.zone ORDER BY x.reading_date DESC LIMIT 1) "
                                  u"WHERE c.account_id = ? ORDER BY c.id, m.id"_s;
    static const QString onPostgres =
        columns +
        u"LEFT JOIN LATERAL (SELECT DISTINCT trim(listed.zone) AS zone FROM unnest(string_to_array(m.zones, ',')) "
        u"AS listed(zone)) z ON true"_s +
        latest;
    static const QString onSqlite =
        columns +
        u"LEFT JOIN (SELECT DISTINCT r.meter_id, r.zone FROM billing_readings r JOIN billing_meters rm ON "
        u"rm.id = r.meter_id JOIN billing_contracts rc ON rc.id = rm.contract_id WHERE rc.account_id = ?) z ON "
        u"z.meter_id = m.id"_s +
        latest;
    const bool postgres = Database::dialectOf(db) == Dialect::Postgres;
    RowReader m(db, postgres ? onPostgres : onSqlite);
    m.bind(fromText);
    m.bind(toText);
    if (!postgres)
        m.bind(accountId);
    m.bind(accountId);
    if (!m.exec())
        return Failure::databaseUnavailable();
    struct Latest {
        QString date;
        QString period;
        QString value;
    };
    // Written as JSON directly, members in the order QJsonObject keeps them (sorted by name).
    JsonWriter out;
    out.beginObject().key("meters"_L1).beginArray();
    bool more = m.next();
    while (more) {
        const qint64 meterId = m.integer(0);
        const QString verifiedUntil = m.string(9);
        QStringList zones;
        for (const QString& zone : m.string(6).split(u',', Qt::SkipEmptyParts))
            zones.append(zone.trimmed());
        out.beginObject();
        out.key("automatic"_L1).boolean(m.integer(10) != 0);
        out.key("capacity"_L1).beginObject();
        out.key("fraction"_L1).value(m.integer(8)).key("integer"_L1).value(m.integer(7));
        out.endObject();
        out.key("contractId"_L1).value(m.integer(5));
        out.key("id"_L1).value(meterId);
        const QString number = m.string(1);
        const QString provider = m.string(2);
        const QString readingDateInPeriod = m.string(11);
        const QString service = m.string(3);
        const QString subAccount = m.string(4);

        QHash<QString, Latest> ofMeter; // zone → its latest reading
        do { // the meter's rows: one per zone (its latest reading or NULLs), or one row of NULLs
            if (!m.isNull(13))
                ofMeter.insert(m.string(12), {m.string(13), m.string(14), m.string(15)});
        } while ((more = m.next()) && m.integer(0) == meterId);

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
    if (m.failed())
        return Failure::databaseUnavailable();
    out.endArray().endObject();
    ApiReply reply;
    reply.body = out.take();
    return reply;
}

} // namespace lkk::server::accounts
