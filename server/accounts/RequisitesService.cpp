#include "server/accounts/RequisitesService.h"

#include "server/accounts/AccountMessages.h"
#include "server/accounts/AccountsService.h"
#include "server/accounts/TomskTime.h"
#include "server/db/PreparedQuery.h"
#include "shared/ErrorCodes.h"

#include <QDate>
#include <QJsonArray>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QUrlQuery>
#include <QVariant>

namespace lkk::server::accounts {

using namespace Qt::StringLiterals;

namespace {

QJsonValue zoneValue(const QString& zone) {
    return zone.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(zone);
}

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
    QJsonObject body{{u"owner"_s, a->value(0).toString()},
                     {u"registrationAddress"_s, a->value(1).toString()},
                     {u"totalArea"_s, a->value(2).toString()},
                     {u"livingArea"_s, a->value(3).toString()},
                     {u"residents"_s, a->value(4).toInt()}};

    const QString today = TomskTime::today(context.nowMs).toString(Qt::ISODate);
    PreparedQuery c(db, u"SELECT c.id, c.service, c.sub_account, p.id, p.name, p.inn, p.kpp, p.bank_name, p.bic, "
                        u"p.settlement_account, p.correspondent_account FROM billing_contracts c "
                        u"JOIN billing_providers p ON p.id = c.provider_id WHERE c.account_id = ? ORDER BY c.id"_s);
    c->addBindValue(accountId);
    if (!c->exec())
        return Failure::databaseUnavailable();
    QJsonArray contracts;
    while (c->next()) {
        const qint64 contractId = c->value(0).toLongLong();
        // The value in force today: the latest valid_from on or before today (none yet = null).
        PreparedQuery t(db,
                        u"SELECT t.id, t.name, t.unit, t.zone, (SELECT v.value_kopecks FROM billing_tariff_values v "
                        u"WHERE v.tariff_id = t.id AND v.valid_from <= ? ORDER BY v.valid_from DESC LIMIT 1) "
                        u"FROM billing_contract_tariffs ct JOIN billing_tariffs t ON t.id = ct.tariff_id "
                        u"WHERE ct.contract_id = ? ORDER BY ct.ord"_s);
        t->addBindValue(today);
        t->addBindValue(contractId);
        if (!t->exec())
            return Failure::databaseUnavailable();
        QJsonArray tariffs;
        while (t->next()) {
            tariffs.append(QJsonObject{{u"id"_s, t->value(0).toLongLong()},
                                       {u"name"_s, t->value(1).toString()},
                                       {u"unit"_s, t->value(2).toString()},
                                       {u"zone"_s, zoneValue(t->value(3).toString())},
                                       {u"value"_s, t->value(4).isNull() ? QJsonValue(QJsonValue::Null)
                                                                         : QJsonValue(t->value(4).toLongLong())}});
        }
        const QJsonObject provider{{u"id"_s, c->value(3).toLongLong()},
                                   {u"name"_s, c->value(4).toString()},
                                   {u"inn"_s, c->value(5).toString()},
                                   {u"kpp"_s, c->value(6).toString()},
                                   {u"bank"_s, c->value(7).toString()},
                                   {u"bic"_s, c->value(8).toString()},
                                   {u"settlementAccount"_s, c->value(9).toString()},
                                   {u"correspondentAccount"_s, c->value(10).toString()}};
        contracts.append(QJsonObject{{u"id"_s, contractId},
                                     {u"provider"_s, provider},
                                     {u"service"_s, c->value(1).toString()},
                                     {u"subAccount"_s, c->value(2).toString()},
                                     {u"tariffs"_s, tariffs}});
    }
    body.insert(u"contracts"_s, contracts);
    return ApiReply::json(body);
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

    PreparedQuery t(db, u"SELECT t.id, t.name, t.unit, t.zone FROM billing_contract_tariffs ct JOIN billing_tariffs t "
                        u"ON t.id = ct.tariff_id WHERE ct.contract_id = ? ORDER BY ct.ord"_s);
    t->addBindValue(contractId);
    if (!t->exec())
        return Failure::databaseUnavailable();
    QJsonArray tariffs;
    while (t->next()) {
        PreparedQuery h(db, u"SELECT valid_from, value_kopecks, period FROM billing_tariff_values WHERE tariff_id = ? "
                            u"ORDER BY valid_from DESC"_s);
        h->addBindValue(t->value(0).toLongLong());
        if (!h->exec())
            return Failure::databaseUnavailable();
        QJsonArray history;
        while (h->next()) {
            history.append(QJsonObject{{u"validFrom"_s, h->value(0).toString()},
                                       {u"value"_s, h->value(1).toLongLong()},
                                       {u"period"_s, h->value(2).toString()}});
        }
        tariffs.append(QJsonObject{{u"id"_s, t->value(0).toLongLong()},
                                   {u"name"_s, t->value(1).toString()},
                                   {u"unit"_s, t->value(2).toString()},
                                   {u"zone"_s, zoneValue(t->value(3).toString())},
                                   {u"history"_s, history}});
    }
    return ApiReply::json(QJsonObject{{u"tariffs"_s, tariffs}});
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
