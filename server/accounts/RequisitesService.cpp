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

    // Each zone's latest reading of every meter of the account in one query (zones may be read
    // on different days).
    PreparedQuery last(db, u"SELECT z.meter_id, z.zone, r.reading_date, r.period, r.value FROM (SELECT DISTINCT "
                           u"r.meter_id, r.zone FROM billing_readings r JOIN billing_meters m ON m.id = r.meter_id "
                           u"JOIN billing_contracts c ON c.id = m.contract_id WHERE c.account_id = ?) z "
                           u"JOIN billing_readings r ON r.meter_id = z.meter_id AND r.zone = z.zone AND "
                           u"r.reading_date = (SELECT MAX(x.reading_date) FROM billing_readings x "
                           u"WHERE x.meter_id = z.meter_id AND x.zone = z.zone)"_s);
    last->addBindValue(accountId);
    if (!last->exec())
        return Failure::databaseUnavailable();
    struct Latest {
        QString date;
        QString period;
        QString value;
    };
    QHash<qint64, QHash<QString, Latest>> latest; // meter id → zone → its latest reading
    while (last->next()) {
        latest[last->value(0).toLongLong()].insert(
            last->value(1).toString(),
            {last->value(2).toString(), last->value(3).toString(), last->value(4).toString()});
    }
    if (last->lastError().isValid())
        return Failure::databaseUnavailable();

    PreparedQuery m(db,
                    u"SELECT m.id, m.number, p.name, c.service, c.sub_account, c.id, m.zones, m.capacity_integer, "
                    u"m.capacity_fraction, m.verified_until, m.automatic, (SELECT MAX(r.reading_date) FROM "
                    u"billing_readings r WHERE r.meter_id = m.id AND r.reading_date >= ? AND r.reading_date <= ?) "
                    u"FROM billing_meters m JOIN billing_contracts c ON c.id = m.contract_id "
                    u"JOIN billing_providers p ON p.id = c.provider_id WHERE c.account_id = ? ORDER BY c.id, m.id"_s);
    m->addBindValue(fromText);
    m->addBindValue(toText);
    m->addBindValue(accountId);
    if (!m->exec())
        return Failure::databaseUnavailable();
    // Written as JSON directly, members in the order QJsonObject keeps them (sorted by name).
    JsonWriter out;
    out.beginObject().key("meters"_L1).beginArray();
    while (m->next()) {
        const qint64 meterId = m->value(0).toLongLong();
        const QString verifiedUntil = m->value(9).toString();
        QStringList zones;
        for (const QString& zone : m->value(6).toString().split(u',', Qt::SkipEmptyParts))
            zones.append(zone.trimmed());

        // The last reading: each zone's latest value; date and period are those of the most
        // recent of them.
        const QHash<QString, Latest> ofMeter = latest.value(meterId);
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

        out.beginObject();
        out.key("automatic"_L1).boolean(m->value(10).toInt() != 0);
        out.key("capacity"_L1).beginObject();
        out.key("fraction"_L1).value(m->value(8).toLongLong()).key("integer"_L1).value(m->value(7).toLongLong());
        out.endObject();
        out.key("contractId"_L1).value(m->value(5).toLongLong());
        out.key("id"_L1).value(meterId);
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
        out.key("number"_L1).value(m->value(1).toString());
        out.key("provider"_L1).value(m->value(2).toString());
        out.key("readingDateInPeriod"_L1).textOrNull(m->value(11).toString());
        out.key("service"_L1).value(m->value(3).toString());
        out.key("subAccount"_L1).value(m->value(4).toString());
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
