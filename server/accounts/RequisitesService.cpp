#include "server/accounts/RequisitesService.h"

#include "server/accounts/AccountMessages.h"
#include "server/accounts/AccountsService.h"
#include "server/accounts/TomskTime.h"
#include "server/db/PreparedQuery.h"
#include "server/http/JsonWriter.h"
#include "shared/ErrorCodes.h"

#include <QDate>
#include <QJsonArray>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrlQuery>
#include <QVariant>

namespace lkk::server::accounts {

using namespace Qt::StringLiterals;

namespace {

std::optional<QDate> parseDate(const QString& text) {
    static const QRegularExpression shape(u"^\\d{4}-\\d{2}-\\d{2}$"_s);
    if (!shape.match(text).hasMatch())
        return std::nullopt;
    const QDate date = QDate::fromString(text, Qt::ISODate);
    if (!date.isValid())
        return std::nullopt;
    return date;
}

} // namespace

Result<ApiReply> RequisitesService::requisites(RequestContext& context, const QString& idText) {
    const auto linked = AccountsService::requireLinked(context, idText);
    if (!linked)
        return linked.failure();
    const qint64 accountId = *linked;
    QSqlDatabase& db = context.db;
    PreparedQuery a(db, u"SELECT owner_name, address_full, total_area, living_area, residents FROM billing_accounts "
                        u"WHERE id = ?"_s);
    a->addBindValue(accountId);
    if (!a->exec() || !a->next())
        return Failure::databaseUnavailable();

    // The tariffs of all the account's contracts in one query, each with the value in force
    // today: the latest valid_from on or before today (none yet = null).
    const QString today = TomskTime::today(context.nowMs).toString(Qt::ISODate);
    PreparedQuery t(db, u"SELECT ct.contract_id, t.id, t.name, t.unit, t.zone, (SELECT v.value_kopecks FROM "
                        u"billing_tariff_values v WHERE v.tariff_id = t.id AND v.valid_from <= ? ORDER BY "
                        u"v.valid_from DESC LIMIT 1) FROM billing_contract_tariffs ct JOIN billing_contracts c ON "
                        u"c.id = ct.contract_id JOIN billing_tariffs t ON t.id = ct.tariff_id WHERE c.account_id = ? "
                        u"ORDER BY ct.contract_id, ct.ord"_s);
    t->addBindValue(today);
    t->addBindValue(accountId);
    if (!t->exec())
        return Failure::databaseUnavailable();
    QHash<qint64, JsonWriter> tariffs; // contract id → its tariffs
    while (t->next()) {
        JsonWriter& list = tariffs[t->value(0).toLongLong()];
        list.beginObject();
        list.key("id"_L1).value(t->value(1).toLongLong());
        list.key("name"_L1).value(t->value(2).toString());
        list.key("unit"_L1).value(t->value(3).toString());
        list.key("value"_L1).integerOrNull(t->value(5));
        list.key("zone"_L1).textOrNull(t->value(4).toString());
        list.endObject();
    }

    PreparedQuery c(db, u"SELECT c.id, c.service, c.sub_account, p.id, p.name, p.inn, p.kpp, p.bank_name, p.bic, "
                        u"p.settlement_account, p.correspondent_account FROM billing_contracts c "
                        u"JOIN billing_providers p ON p.id = c.provider_id WHERE c.account_id = ? ORDER BY c.id"_s);
    c->addBindValue(accountId);
    if (!c->exec())
        return Failure::databaseUnavailable();
    // Written as JSON directly, members in the order QJsonObject keeps them (sorted by name).
    JsonWriter out;
    out.beginObject().key("contracts"_L1).beginArray();
    while (c->next()) {
        const qint64 contractId = c->value(0).toLongLong();
        out.beginObject();
        out.key("id"_L1).value(contractId);
        out.key("provider"_L1).beginObject();
        out.key("bank"_L1).value(c->value(7).toString());
        out.key("bic"_L1).value(c->value(8).toString());
        out.key("correspondentAccount"_L1).value(c->value(10).toString());
        out.key("id"_L1).value(c->value(3).toLongLong());
        out.key("inn"_L1).value(c->value(5).toString());
        out.key("kpp"_L1).value(c->value(6).toString());
        out.key("name"_L1).value(c->value(4).toString());
        out.key("settlementAccount"_L1).value(c->value(9).toString());
        out.endObject();
        out.key("service"_L1).value(c->value(1).toString());
        out.key("subAccount"_L1).value(c->value(2).toString());
        out.key("tariffs"_L1).array(tariffs.take(contractId).take());
        out.endObject();
    }
    if (c->lastError().isValid())
        return Failure::databaseUnavailable();
    out.endArray();
    out.key("livingArea"_L1).value(a->value(3).toString());
    out.key("owner"_L1).value(a->value(0).toString());
    out.key("registrationAddress"_L1).value(a->value(1).toString());
    out.key("residents"_L1).value(a->value(4).toLongLong());
    out.key("totalArea"_L1).value(a->value(2).toString());
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
    QSqlDatabase& db = context.db;
    const qint64 contractId = parsePathId(contractIdText);
    PreparedQuery c(db, u"SELECT 1 FROM billing_contracts WHERE id = ? AND account_id = ?"_s);
    c->addBindValue(contractId);
    c->addBindValue(accountId);
    if (!c->exec())
        return Failure::databaseUnavailable();
    if (!c->next())
        return Failure::of(404, errc::notFound, {},
                           AccountMessages::text(AccountMessages::Text::ContractNotFound, context.language));

    // The history of all the contract's tariffs in one query.
    PreparedQuery h(db, u"SELECT v.tariff_id, v.valid_from, v.value_kopecks, v.period FROM billing_contract_tariffs ct "
                        u"JOIN billing_tariff_values v ON v.tariff_id = ct.tariff_id WHERE ct.contract_id = ? "
                        u"ORDER BY v.tariff_id, v.valid_from DESC"_s);
    h->addBindValue(contractId);
    if (!h->exec())
        return Failure::databaseUnavailable();
    QHash<qint64, JsonWriter> history; // tariff id → its values, the latest first
    while (h->next()) {
        JsonWriter& list = history[h->value(0).toLongLong()];
        list.beginObject();
        list.key("period"_L1).value(h->value(3).toString());
        list.key("validFrom"_L1).value(h->value(1).toString());
        list.key("value"_L1).value(h->value(2).toLongLong());
        list.endObject();
    }
    if (h->lastError().isValid())
        return Failure::databaseUnavailable();

    PreparedQuery t(db, u"SELECT t.id, t.name, t.unit, t.zone FROM billing_contract_tariffs ct JOIN billing_tariffs t "
                        u"ON t.id = ct.tariff_id WHERE ct.contract_id = ? ORDER BY ct.ord"_s);
    t->addBindValue(contractId);
    if (!t->exec())
        return Failure::databaseUnavailable();
    JsonWriter out;
    out.beginObject().key("tariffs"_L1).beginArray();
    while (t->next()) {
        const qint64 tariffId = t->value(0).toLongLong();
        out.beginObject();
        out.key("history"_L1).array(history.value(tariffId).take());
        out.key("id"_L1).value(tariffId);
        out.key("name"_L1).value(t->value(1).toString());
        out.key("unit"_L1).value(t->value(2).toString());
        out.key("zone"_L1).textOrNull(t->value(3).toString());
        out.endObject();
    }
    if (t->lastError().isValid())
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
    const QUrlQuery params(query);
    QDate from = today.addMonths(-12);
    QDate to = today;
    for (const auto& [key, target] : {std::pair{u"from"_s, &from}, std::pair{u"to"_s, &to}}) {
        if (!params.hasQueryItem(key))
            continue;
        const auto date = parseDate(params.queryItemValue(key, QUrl::FullyDecoded));
        if (!date)
            return Failure::of(400, errc::validationFailed, key,
                               AccountMessages::text(AccountMessages::Text::DateInvalid, context.language));
        *target = *date;
    }
    if (from > to)
        return Failure::of(400, errc::validationFailed, u"from"_s,
                           AccountMessages::text(AccountMessages::Text::PeriodReversed, context.language));
    const QString fromText = from.toString(Qt::ISODate);
    const QString toText = to.toString(Qt::ISODate);
    const QString todayText = today.toString(Qt::ISODate);

    PreparedQuery m(
        db, u"SELECT m.id, m.number, p.name, c.service, c.sub_account, c.id, m.zones, m.capacity_integer, "
            u"m.capacity_fraction, m.verified_until, m.automatic FROM billing_meters m "
            u"JOIN billing_contracts c ON c.id = m.contract_id JOIN billing_providers p ON p.id = c.provider_id "
            u"WHERE c.account_id = ? ORDER BY c.id, m.id"_s);
    m->addBindValue(accountId);
    if (!m->exec())
        return Failure::databaseUnavailable();
    QJsonArray meters;
    while (m->next()) {
        const qint64 meterId = m->value(0).toLongLong();
        const QString verifiedUntil = m->value(9).toString();
        QJsonArray zones;
        for (const QString& zone : m->value(6).toString().split(u',', Qt::SkipEmptyParts))
            zones.append(zone.trimmed());

        // The last reading: each zone's latest value (zones may be read on different days); date
        // and period are those of the most recent of them.
        QJsonValue lastReading = QJsonValue::Null;
        QJsonObject reading;
        QJsonObject values;
        for (const auto& zone : std::as_const(zones)) {
            PreparedQuery last(
                db, u"SELECT reading_date, period, value FROM billing_readings WHERE meter_id = ? AND zone = ? "
                    u"ORDER BY reading_date DESC LIMIT 1"_s);
            last->addBindValue(meterId);
            last->addBindValue(zone.toString());
            if (!last->exec())
                return Failure::databaseUnavailable();
            if (!last->next())
                continue;
            values.insert(zone.toString(), last->value(2).toString());
            if (last->value(0).toString() > reading.value(u"date"_s).toString()) {
                reading.insert(u"date"_s, last->value(0).toString());
                reading.insert(u"period"_s, last->value(1).toString());
            }
        }
        if (!values.isEmpty()) {
            reading.insert(u"values"_s, values);
            lastReading = reading;
        }

        PreparedQuery inPeriod(
            db, u"SELECT MAX(reading_date) FROM billing_readings WHERE meter_id = ? AND reading_date >= ? "
                u"AND reading_date <= ?"_s);
        inPeriod->addBindValue(meterId);
        inPeriod->addBindValue(fromText);
        inPeriod->addBindValue(toText);
        if (!inPeriod->exec() || !inPeriod->next())
            return Failure::databaseUnavailable();
        const QString dateInPeriod = inPeriod->value(0).toString();

        meters.append(QJsonObject{
            {u"id"_s, meterId},
            {u"number"_s, m->value(1).toString()},
            {u"provider"_s, m->value(2).toString()},
            {u"service"_s, m->value(3).toString()},
            {u"subAccount"_s, m->value(4).toString()},
            {u"contractId"_s, m->value(5).toLongLong()},
            {u"zones"_s, zones},
            {u"capacity"_s, QJsonObject{{u"integer"_s, m->value(7).toInt()}, {u"fraction"_s, m->value(8).toInt()}}},
            {u"verifiedUntil"_s, verifiedUntil},
            {u"verificationExpired"_s, verifiedUntil < todayText},
            {u"automatic"_s, m->value(10).toInt() != 0},
            {u"lastReading"_s, lastReading},
            {u"readingDateInPeriod"_s,
             dateInPeriod.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(dateInPeriod)}});
    }
    return ApiReply::json(QJsonObject{{u"meters"_s, meters}});
}

} // namespace lkk::server::accounts
