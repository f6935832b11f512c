#include "app/bills/BillsCodec.h"

#include "app/api/JsonCodec.h"
#include "app/api/JsonReader.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace lkk::json {

namespace {

// A decimal string like "0.0280", or empty when absent.
QString decimal(JsonReader& r, QLatin1StringView name) {
    static const QRegularExpression pattern(u"^-?\\d+(\\.\\d+)?$"_s);
    const QString text = r.optionalString(name);
    if (!text.isEmpty() && !pattern.match(text).hasMatch())
        r.fail(name, u"is not a decimal number"_s);
    return text;
}

BillFigures readFigures(JsonReader& r) {
    BillFigures f;
    f.debtStart = r.integer("debtStart"_L1);
    f.paid = r.integer("paid"_L1);
    f.charged = r.integer("charged"_L1);
    f.socialSupport = r.integer("socialSupport"_L1);
    f.adjustments = r.integer("adjustments"_L1);
    f.debtEnd = r.integer("debtEnd"_L1);
    f.penalties = r.integer("penalties"_L1);
    f.totalToPay = r.integer("totalToPay"_L1);
    return f;
}

BillService readService(JsonReader& r) {
    BillService s;
    s.contractId = r.integer("contractId"_L1);
    s.service = r.string("service"_L1);
    s.zone = r.optionalString("zone"_L1);
    s.unit = r.optionalString("unit"_L1);
    s.quantity = decimal(r, "quantity"_L1);
    s.factor = decimal(r, "factor"_L1);
    s.tariff = r.optionalInteger("tariff"_L1);
    s.pricePerUnit = r.optionalInteger("pricePerUnit"_L1);
    s.figures = readFigures(r);
    return s;
}

} // namespace

QDate parseBillPeriod(const QString& text) {
    static const QRegularExpression pattern(u"^(\\d{4})-(\\d{2})$"_s);
    const auto match = pattern.match(text);
    if (!match.hasMatch())
        return {};
    return QDate(match.captured(1).toInt(), match.captured(2).toInt(), 1);
}

Result<BillList> parseBills(const QByteArray& body) {
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject())
        return protocolError(u"the bills are not a JSON object"_s);
    JsonReader r(document.object());
    BillList list;
    const QJsonObject account = r.object("account"_L1);
    if (r.ok()) {
        JsonReader a = r.nested(account, u"account"_s);
        list.account.number = a.string("number"_L1);
        list.account.kind = a.string("kind"_L1);
        list.account.owner = a.optionalString("owner"_L1);
        list.account.address = a.optionalString("address"_L1);
        list.account.linkCode = a.optionalString("linkCode"_L1);
    }
    list.bills = r.objects<Bill>("bills"_L1, [](JsonReader& b) {
        Bill bill;
        bill.period = parseBillPeriod(b.string("period"_L1));
        if (b.ok() && !bill.period.isValid())
            b.fail("period"_L1, u"is not a YYYY-MM month"_s);
        bill.totalToPay = b.integer("totalToPay"_L1);
        bill.penalties = b.integer("penalties"_L1);
        bill.providers = b.objects<BillProvider>("providers"_L1, [](JsonReader& p) {
            BillProvider provider;
            provider.providerId = p.integer("providerId"_L1);
            provider.name = p.string("name"_L1);
            provider.inn = p.string("inn"_L1);
            provider.kpp = p.optionalString("kpp"_L1);
            provider.bank = p.string("bank"_L1);
            provider.bic = p.string("bic"_L1);
            provider.settlementAccount = p.string("settlementAccount"_L1);
            provider.correspondentAccount = p.optionalString("correspondentAccount"_L1);
            provider.subAccount = p.string("subAccount"_L1);
            provider.figures = readFigures(p);
            provider.services = p.objects<BillService>("services"_L1, readService);
            return provider;
        });
        return bill;
    });
    if (!r.ok())
        return protocolError(r.error());
    return list;
}

} // namespace lkk::json
