#include "BillsCodec.h"

#include "api/JsonCodec.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace lkk::json {

namespace {

// Reads one object's fields and keeps the first problem with its path.
class Reader {
public:
    Reader(const QJsonObject& object, QString path, QString* error)
        : m_object(object)
        , m_path(std::move(path))
        , m_error(error) {}

    QString string(QLatin1StringView name) {
        const QJsonValue v = m_object.value(name);
        if (!v.isString())
            return fail(name, v.isUndefined() || v.isNull() ? u"is missing"_s : u"must be a string"_s), QString();
        return v.toString();
    }
    // Absent or null = empty.
    QString optionalString(QLatin1StringView name) {
        const QJsonValue v = m_object.value(name);
        if (v.isUndefined() || v.isNull())
            return {};
        if (!v.isString())
            return fail(name, u"must be a string"_s), QString();
        return v.toString();
    }
    std::optional<qint64> optionalInteger(QLatin1StringView name) {
        const QJsonValue v = m_object.value(name);
        if (v.isUndefined() || v.isNull())
            return std::nullopt;
        return checkedInteger(name, v);
    }
    qint64 integer(QLatin1StringView name) {
        const QJsonValue v = m_object.value(name);
        if (v.isUndefined() || v.isNull())
            return fail(name, u"is missing"_s), 0;
        return checkedInteger(name, v);
    }
    QJsonArray array(QLatin1StringView name) {
        const QJsonValue v = m_object.value(name);
        if (!v.isArray())
            return fail(name, v.isUndefined() ? u"is missing"_s : u"must be an array"_s), QJsonArray();
        return v.toArray();
    }
    QJsonObject object(QLatin1StringView name) {
        const QJsonValue v = m_object.value(name);
        if (!v.isObject())
            return fail(name, v.isUndefined() ? u"is missing"_s : u"must be an object"_s), QJsonObject();
        return v.toObject();
    }
    // A decimal string like "0.0280" or empty.
    QString decimal(QLatin1StringView name) {
        static const QRegularExpression pattern(u"^-?\\d+(\\.\\d+)?$"_s);
        const QString text = optionalString(name);
        if (!text.isEmpty() && !pattern.match(text).hasMatch())
            fail(name, u"is not a decimal number"_s);
        return text;
    }
    QString path(QLatin1StringView name) const { return m_path.isEmpty() ? QString(name) : m_path + u'.' + name; }
    void fail(QLatin1StringView name, const QString& why) {
        if (m_error->isEmpty())
            *m_error = u"\""_s + path(name) + u"\" "_s + why;
    }
    bool ok() const { return m_error->isEmpty(); }
    const QString& where() const { return m_path; }

private:
    qint64 checkedInteger(QLatin1StringView name, const QJsonValue& v) {
        // JSON numbers are doubles: only whole numbers within 2^53 are exact kopecks.
        const double d = v.toDouble();
        if (!v.isDouble() || d > 9007199254740992.0 || d < -9007199254740992.0 ||
            d != static_cast<double>(static_cast<qint64>(d)))
            return fail(name, u"must be an integer"_s), 0;
        return static_cast<qint64>(d);
    }

    const QJsonObject& m_object;
    QString m_path;
    QString* m_error;
};

BillFigures readFigures(Reader& r) {
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

QString element(const QString& path, QLatin1StringView name, qsizetype index) {
    return (path.isEmpty() ? QString(name) : path + u'.' + name) + u'[' + QString::number(index) + u']';
}

// Each element of `array` must be an object; `read` fills one value from it.
template <typename T, typename Read>
bool readList(const QJsonArray& array, const QString& path, QLatin1StringView name, QList<T>* out, QString* error,
              Read read) {
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QString where = element(path, name, i);
        if (!array.at(i).isObject()) {
            *error = u"\""_s + where + u"\" must be an object"_s;
            return false;
        }
        const QJsonObject object = array.at(i).toObject();
        Reader r(object, where, error);
        out->append(read(r));
        if (!error->isEmpty())
            return false;
    }
    return true;
}

BillService readService(Reader& r) {
    BillService s;
    s.contractId = r.integer("contractId"_L1);
    s.service = r.string("service"_L1);
    s.zone = r.optionalString("zone"_L1);
    s.unit = r.optionalString("unit"_L1);
    s.quantity = r.decimal("quantity"_L1);
    s.factor = r.decimal("factor"_L1);
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
    const QJsonObject root = document.object();
    QString error;
    Reader r(root, {}, &error);
    BillList list;
    const QJsonObject account = r.object("account"_L1);
    const QJsonArray bills = r.array("bills"_L1);
    if (!error.isEmpty())
        return protocolError(error);
    {
        Reader a(account, u"account"_s, &error);
        list.account.number = a.string("number"_L1);
        list.account.kind = a.string("kind"_L1);
        list.account.owner = a.optionalString("owner"_L1);
        list.account.address = a.optionalString("address"_L1);
        list.account.linkCode = a.optionalString("linkCode"_L1);
    }
    if (!error.isEmpty())
        return protocolError(error);

    const bool ok = readList(bills, {}, "bills"_L1, &list.bills, &error, [&error](Reader& b) {
        Bill bill;
        bill.period = parseBillPeriod(b.string("period"_L1));
        if (!bill.period.isValid())
            b.fail("period"_L1, u"is not a YYYY-MM month"_s);
        bill.totalToPay = b.integer("totalToPay"_L1);
        bill.penalties = b.integer("penalties"_L1);
        const QJsonArray providers = b.array("providers"_L1);
        if (!error.isEmpty())
            return bill;
        readList(providers, b.where(), "providers"_L1, &bill.providers, &error, [&error](Reader& p) {
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
            const QJsonArray services = p.array("services"_L1);
            if (!error.isEmpty())
                return provider;
            readList(services, p.where(), "services"_L1, &provider.services, &error, readService);
            return provider;
        });
        return bill;
    });
    if (!ok)
        return protocolError(error);
    return list;
}

} // namespace lkk::json
