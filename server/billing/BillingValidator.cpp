#include "server/billing/BillingValidator.h"

#include "server/billing/JsonLocator.h"
#include "shared/Decimal.h"
#include "shared/Money.h"

#include <QDate>
#include <QDateTime>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <limits>

namespace lkk::server::billing {

using namespace Qt::StringLiterals;

QString ImportError::toString(const QString& fileName) const {
    const QString where = line > 0 ? u"%1:%2:%3"_s.arg(fileName).arg(line).arg(column) : fileName;
    return u"%1: %2: %3: %4"_s.arg(where, path.isEmpty() ? u"$"_s : path, code, message);
}

namespace {

constexpr qint64 maxKopecks = std::numeric_limits<qint64>::max() / 4; // sums of a few columns never overflow

// Keeps the first problem only: the importer reports one, precisely.
class Context {
public:
    void fail(const QString& path, const QString& code, const QString& message) {
        if (!error)
            error = ImportError{path, code, message, 0, 0};
    }
    bool ok() const { return !error.has_value(); }
    std::optional<ImportError> error;
};

const QRegularExpression& re(const char16_t* pattern) {
    // A handful of fixed patterns: cache them by address.
    static QHash<const char16_t*, QRegularExpression> cache;
    auto it = cache.find(pattern);
    if (it == cache.end())
        it = cache.insert(pattern, QRegularExpression(QString::fromUtf16(pattern)));
    return *it;
}

bool isIntegerValue(const QJsonValue& v) {
    const int type = v.toVariant().typeId();
    return type == QMetaType::LongLong || type == QMetaType::Int;
}

bool validDate(const QString& s) {
    return re(u"^\\d{4}-\\d{2}-\\d{2}$").match(s).hasMatch() && QDate::fromString(s, Qt::ISODate).isValid();
}

QString previousPeriod(const QString& period) {
    const QDate d = QDate::fromString(period + u"-01"_s, Qt::ISODate).addMonths(-1);
    return d.toString(u"yyyy-MM"_s);
}

// Reads one JSON object field by field and, at the end, refuses the fields nobody asked for.
class Obj {
public:
    Obj(Context& c, const QJsonValue& v, QString path)
        : m_c(c)
        , m_path(std::move(path)) {
        if (!v.isObject())
            m_c.fail(m_path, u"wrong_type"_s, u"expected an object"_s);
        m_o = v.toObject();
    }

    QString path(const QString& key) const { return m_path + u'.' + key; }
    const QString& path() const { return m_path; }
    bool has(const QString& key) const { return m_o.contains(key); }

    QJsonValue take(const QString& key, bool required) {
        m_used.insert(key);
        if (!m_o.contains(key)) {
            if (required)
                m_c.fail(m_path, u"missing_field"_s, u"\"%1\" is required"_s.arg(key));
            return QJsonValue(QJsonValue::Undefined);
        }
        return m_o.value(key);
    }

    // A string; pattern (anchored) and length limits when given; "" if absent and optional.
    QString str(const QString& key, bool required = true, const char16_t* pattern = nullptr, int maxLength = 300) {
        const QJsonValue v = take(key, required);
        if (v.isUndefined())
            return {};
        if (!v.isString()) {
            m_c.fail(path(key), u"wrong_type"_s, u"expected a string"_s);
            return {};
        }
        const QString s = v.toString();
        if (s.isEmpty() || s.size() > maxLength || s.trimmed() != s)
            m_c.fail(path(key), u"invalid_value"_s,
                     u"expected 1–%1 characters without surrounding spaces"_s.arg(maxLength));
        else if (pattern && !re(pattern).match(s).hasMatch())
            m_c.fail(path(key), u"invalid_value"_s, u"\"%1\" does not match %2"_s.arg(s, QString::fromUtf16(pattern)));
        return s;
    }

    QString date(const QString& key, bool required = true) {
        const QString s = str(key, required, u"^\\d{4}-\\d{2}-\\d{2}$", 10);
        if (!s.isEmpty() && m_c.ok() && !validDate(s))
            m_c.fail(path(key), u"invalid_value"_s, u"not a date: "_s + s);
        return s;
    }

    QString period(const QString& key, bool required = true) {
        const QString s = str(key, required, u"^\\d{4}-(0[1-9]|1[0-2])$", 7);
        return s;
    }

    QString oneOf(const QString& key, const QStringList& allowed, bool required = true) {
        const QString s = str(key, required, nullptr, 64);
        if (!s.isEmpty() && m_c.ok() && !allowed.contains(s))
            m_c.fail(path(key), u"invalid_value"_s, u"\"%1\" is not one of %2"_s.arg(s, allowed.join(u", "_s)));
        return s;
    }

    // An exact decimal in machine form ('.' only), with limits on fraction digits and sign.
    QString decimal(const QString& key, bool required, int maxFraction, bool allowNegative, bool allowZero = true) {
        // Machine text only: ASCII digits, one optional '-', '.' (Decimal::parse alone would take U+2212).
        const QString s = str(key, required, u"^-?[0-9]+(\\.[0-9]+)?$", 32);
        if (s.isEmpty() || !m_c.ok())
            return s;
        const auto d = Decimal::parse(s, maxFraction, Decimal::Separators::DotOnly);
        if (!d || s.startsWith(u'+'))
            m_c.fail(path(key), u"invalid_value"_s,
                     u"\"%1\" is not a decimal with at most %2 fraction digits"_s.arg(s).arg(maxFraction));
        else if (!allowNegative && d->isNegative())
            m_c.fail(path(key), u"invalid_value"_s, u"must not be negative"_s);
        else if (!allowZero && d->units() == 0)
            m_c.fail(path(key), u"invalid_value"_s, u"must be greater than zero"_s);
        return s;
    }

    std::optional<qint64> integer(const QString& key, bool required, qint64 min, qint64 max) {
        const QJsonValue v = take(key, required);
        if (v.isUndefined())
            return std::nullopt;
        if (!isIntegerValue(v)) {
            m_c.fail(path(key), u"wrong_type"_s, u"expected an integer"_s);
            return std::nullopt;
        }
        const qint64 n = v.toInteger();
        if (n < min || n > max) {
            m_c.fail(path(key), u"invalid_value"_s, u"%1 is outside %2…%3"_s.arg(n).arg(min).arg(max));
            return std::nullopt;
        }
        return n;
    }

    qint64 kopecks(const QString& key, qint64 min = -maxKopecks, qint64 max = maxKopecks) {
        return integer(key, true, min, max).value_or(0);
    }

    bool boolean(const QString& key) {
        const QJsonValue v = take(key, true);
        if (!v.isUndefined() && !v.isBool())
            m_c.fail(path(key), u"wrong_type"_s, u"expected true or false"_s);
        return v.toBool();
    }

    QJsonArray array(const QString& key, bool required = true) {
        const QJsonValue v = take(key, required);
        if (!v.isUndefined() && !v.isArray())
            m_c.fail(path(key), u"wrong_type"_s, u"expected an array"_s);
        return v.toArray();
    }

    void done() {
        if (!m_c.ok())
            return;
        for (auto it = m_o.constBegin(); it != m_o.constEnd(); ++it) {
            if (!m_used.contains(it.key())) {
                m_c.fail(path(it.key()), u"unknown_field"_s, u"\"%1\" is not a field of this version"_s.arg(it.key()));
                return;
            }
        }
    }

private:
    Context& m_c;
    QString m_path;
    QJsonObject m_o;
    QSet<QString> m_used;
};

const QStringList zoneNames = {u"T1"_s, u"T2"_s, u"T3"_s};
const QStringList serviceKinds = {u"electricity"_s,        u"heating"_s,     u"hot_water"_s,     u"cold_water"_s,
                                  u"wastewater"_s,         u"maintenance"_s, u"waste_removal"_s, u"repairs"_s,
                                  u"common_electricity"_s, u"gas"_s,         u"penalties"_s,     u"other"_s};
const QStringList readingSources = {u"customer"_s, u"operator"_s, u"inspector"_s, u"automatic"_s, u"estimated"_s};

constexpr const char16_t* codePattern = u"^[a-z0-9._-]{1,32}$";
constexpr const char16_t* tariffCodePattern = u"^[a-z0-9._-]{1,64}$";
constexpr const char16_t* keyPattern = u"^[A-Za-z0-9._-]{1,64}$";
constexpr const char16_t* accountPattern = u"^[0-9]{6,15}$";
constexpr const char16_t* subAccountPattern = u"^[0-9]{6,20}$";

Amounts readAmounts(Obj& o) {
    Amounts a;
    a.debtStart = o.kopecks(u"debtStart"_s);
    a.paid = o.kopecks(u"paid"_s);
    a.charged = o.kopecks(u"charged"_s);
    a.socialSupport = o.kopecks(u"socialSupport"_s, -maxKopecks, 0);
    a.adjustments = o.kopecks(u"adjustments"_s);
    a.debtEnd = o.kopecks(u"debtEnd"_s);
    a.penalties = o.kopecks(u"penalties"_s, 0, maxKopecks);
    a.totalToPay = o.kopecks(u"totalToPay"_s);
    return a;
}

class Parser {
public:
    Parser(Context& c, const BillingValidator::Known& known)
        : m_c(c)
        , m_known(known) {}

    BillingFile parse(const QJsonObject& root) {
        BillingFile f;
        Obj top(m_c, root, u"$"_s);
        const QString format = top.str(u"format"_s);
        if (m_c.ok() && format != u"lkk-billing")
            m_c.fail(top.path(u"format"_s), u"wrong_format"_s, u"expected \"lkk-billing\""_s);
        const auto version =
            top.integer(u"version"_s, true, std::numeric_limits<qint64>::min(), std::numeric_limits<qint64>::max());
        if (m_c.ok() && version != 1)
            m_c.fail(top.path(u"version"_s), u"wrong_format"_s, u"version %1 is not supported (1 is)"_s.arg(*version));
        if (!m_c.ok())
            return f;
        f.generatedAt = top.str(u"generatedAt"_s, true,
                                u"^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d{1,3})?(Z|[+-]\\d{2}:\\d{2})$", 40);
        if (m_c.ok()) {
            const QDateTime t = QDateTime::fromString(f.generatedAt, Qt::ISODateWithMs);
            if (!t.isValid())
                m_c.fail(top.path(u"generatedAt"_s), u"invalid_value"_s, u"not a date-time"_s);
            f.generatedAtMs = t.toMSecsSinceEpoch();
        }
        f.periodUpTo = top.period(u"periodUpTo"_s);
        f.source = top.str(u"source"_s, false, nullptr, 500);
        const QJsonArray providers = top.array(u"providers"_s);
        const QJsonArray tariffs = top.array(u"tariffs"_s);
        const QJsonArray accounts = top.array(u"accounts"_s);
        const QJsonArray contracts = top.array(u"contracts"_s);
        const QJsonArray meters = top.array(u"meters"_s);
        const QJsonArray readings = top.array(u"readings"_s);
        const QJsonArray bills = top.array(u"bills"_s);
        const QJsonArray payments = top.array(u"payments"_s);
        top.done();

        for (qsizetype i = 0; m_c.ok() && i < providers.size(); ++i)
            f.providers << provider(providers[i], u"$.providers[%1]"_s.arg(i));
        for (qsizetype i = 0; m_c.ok() && i < tariffs.size(); ++i)
            f.tariffs << tariff(tariffs[i], u"$.tariffs[%1]"_s.arg(i));
        for (qsizetype i = 0; m_c.ok() && i < accounts.size(); ++i)
            f.accounts << account(accounts[i], u"$.accounts[%1]"_s.arg(i));
        for (qsizetype i = 0; m_c.ok() && i < contracts.size(); ++i)
            f.contracts << contract(contracts[i], u"$.contracts[%1]"_s.arg(i));
        for (qsizetype i = 0; m_c.ok() && i < meters.size(); ++i)
            f.meters << meter(meters[i], u"$.meters[%1]"_s.arg(i));
        for (qsizetype i = 0; m_c.ok() && i < readings.size(); ++i)
            f.readings << reading(readings[i], u"$.readings[%1]"_s.arg(i));
        for (qsizetype i = 0; m_c.ok() && i < bills.size(); ++i)
            f.bills << bill(bills[i], u"$.bills[%1]"_s.arg(i));
        for (qsizetype i = 0; m_c.ok() && i < payments.size(); ++i)
            f.payments << payment(payments[i], u"$.payments[%1]"_s.arg(i));
        return f;
    }

private:
    Provider provider(const QJsonValue& v, const QString& path) {
        Obj o(m_c, v, path);
        Provider p;
        p.code = o.str(u"code"_s, true, codePattern, 32);
        p.name = o.str(u"name"_s, true, nullptr, 200);
        p.inn = o.str(u"inn"_s, true, u"^([0-9]{10}|[0-9]{12})$");
        p.kpp = o.str(u"kpp"_s, true, u"^[0-9]{4}[0-9A-Z]{2}[0-9]{3}$");
        p.bankName = o.str(u"bankName"_s, true, nullptr, 200);
        p.bic = o.str(u"bic"_s, true, u"^[0-9]{9}$");
        p.settlementAccount = o.str(u"settlementAccount"_s, true, u"^[0-9]{20}$");
        p.correspondentAccount = o.str(u"correspondentAccount"_s, true, u"^[0-9]{20}$");
        p.operationCode = o.str(u"operationCode"_s, false, nullptr, 16);
        o.done();
        return p;
    }

    Tariff tariff(const QJsonValue& v, const QString& path) {
        Obj o(m_c, v, path);
        Tariff t;
        t.code = o.str(u"code"_s, true, tariffCodePattern, 64);
        t.name = o.str(u"name"_s, true, nullptr, 300);
        t.unit = o.str(u"unit"_s, true, nullptr, 32);
        t.zone = o.oneOf(u"zone"_s, zoneNames, false);
        const QJsonArray history = o.array(u"history"_s);
        o.done();
        if (m_c.ok() && history.isEmpty())
            m_c.fail(o.path(u"history"_s), u"invalid_value"_s, u"a tariff needs at least one value"_s);
        QSet<QString> starts;
        for (qsizetype i = 0; m_c.ok() && i < history.size(); ++i) {
            Obj h(m_c, history[i], o.path(u"history"_s) + u"[%1]"_s.arg(i));
            TariffValue tv;
            tv.from = h.date(u"from"_s);
            tv.value = h.integer(u"value"_s, true, 0, maxKopecks).value_or(0);
            tv.period = h.oneOf(u"period"_s, {u"month"_s});
            h.done();
            if (m_c.ok() && starts.contains(tv.from))
                m_c.fail(h.path(u"from"_s), u"duplicate_key"_s, u"two values from "_s + tv.from);
            starts.insert(tv.from);
            t.history << tv;
        }
        return t;
    }

    Account account(const QJsonValue& v, const QString& path) {
        Obj o(m_c, v, path);
        Account a;
        a.number = o.str(u"number"_s, true, accountPattern, 15);
        a.kind = o.oneOf(u"kind"_s, {u"epd"_s, u"electricity"_s});
        Obj ad(m_c, o.take(u"address"_s, true), o.path(u"address"_s));
        if (m_c.ok()) {
            a.postalCode = ad.str(u"postalCode"_s, true, u"^[0-9]{6}$");
            a.region = ad.str(u"region"_s, true, nullptr, 100);
            a.district = ad.str(u"district"_s, false, nullptr, 100);
            a.locality = ad.str(u"locality"_s, true, nullptr, 100);
            a.street = ad.str(u"street"_s, true, nullptr, 100);
            a.house = ad.str(u"house"_s, true, nullptr, 20);
            a.flat = ad.str(u"flat"_s, false, nullptr, 20);
            a.addressDisplay = ad.str(u"display"_s, true, nullptr, 200);
            a.addressFull = ad.str(u"full"_s, true, nullptr, 400);
            ad.done();
        }
        a.owner = o.str(u"owner"_s, true, nullptr, 200);
        a.totalArea = o.decimal(u"totalArea"_s, true, 2, false);
        a.livingArea = o.decimal(u"livingArea"_s, true, 2, false);
        a.residents = int(o.integer(u"residents"_s, true, 0, 99).value_or(0));
        a.linkCode = o.str(u"linkCode"_s, true, u"^[0-9]{4,12}$");
        o.done();
        if (m_c.ok() && *Decimal::parse(a.livingArea)->compare(*Decimal::parse(a.totalArea)) > 0)
            m_c.fail(o.path(u"livingArea"_s), u"invalid_value"_s, u"living area exceeds the total area"_s);
        return a;
    }

    Contract contract(const QJsonValue& v, const QString& path) {
        Obj o(m_c, v, path);
        Contract c;
        c.code = o.str(u"code"_s, true, keyPattern, 64);
        c.account = o.str(u"account"_s, true, accountPattern, 15);
        c.provider = o.str(u"provider"_s, true, codePattern, 32);
        c.subAccount = o.str(u"subAccount"_s, true, subAccountPattern, 20);
        c.service = o.str(u"service"_s, true, nullptr, 200);
        c.serviceKind = o.oneOf(u"serviceKind"_s, serviceKinds);
        const QJsonArray tariffs = o.array(u"tariffs"_s);
        o.done();
        for (qsizetype i = 0; m_c.ok() && i < tariffs.size(); ++i) {
            const QString p = o.path(u"tariffs"_s) + u"[%1]"_s.arg(i);
            if (!tariffs[i].isString() || !re(tariffCodePattern).match(tariffs[i].toString()).hasMatch())
                m_c.fail(p, u"invalid_value"_s, u"expected a tariff code"_s);
            else if (c.tariffs.contains(tariffs[i].toString()))
                m_c.fail(p, u"duplicate_key"_s, u"tariff listed twice"_s);
            c.tariffs << tariffs[i].toString();
        }
        if (m_c.ok() && c.tariffs.size() > 3)
            m_c.fail(o.path(u"tariffs"_s), u"invalid_value"_s, u"at most three tariffs (one per zone)"_s);
        return c;
    }

    Meter meter(const QJsonValue& v, const QString& path) {
        Obj o(m_c, v, path);
        Meter m;
        m.id = o.str(u"id"_s, true, keyPattern, 64);
        m.number = o.str(u"number"_s, true, nullptr, 32);
        m.contract = o.str(u"contract"_s, true, keyPattern, 64);
        m.unit = o.str(u"unit"_s, true, nullptr, 16);
        const QJsonArray zones = o.array(u"zones"_s);
        Obj cap(m_c, o.take(u"capacity"_s, true), o.path(u"capacity"_s));
        if (m_c.ok()) {
            m.capacityInteger = int(cap.integer(u"integer"_s, true, 1, 9).value_or(0));
            m.capacityFraction = int(cap.integer(u"fraction"_s, true, 0, 6).value_or(0));
            cap.done();
        }
        m.verifiedUntil = o.date(u"verifiedUntil"_s);
        m.automatic = o.boolean(u"automatic"_s);
        m.installedAt = o.date(u"installedAt"_s, false);
        o.done();
        for (const auto& z : zones)
            m.zones << z.toString();
        // Zones are T1, or T1+T2, or T1+T2+T3: a tariff's zones are always the first ones.
        if (m_c.ok() && (zones.isEmpty() || zones.size() > 3 || m.zones != zoneNames.mid(0, zones.size())))
            m_c.fail(o.path(u"zones"_s), u"invalid_value"_s,
                     u"expected [\"T1\"], [\"T1\",\"T2\"] or [\"T1\",\"T2\",\"T3\"]"_s);
        return m;
    }

    Reading reading(const QJsonValue& v, const QString& path) {
        Obj o(m_c, v, path);
        Reading r;
        r.meter = o.str(u"meter"_s, true, keyPattern, 64);
        r.zone = o.oneOf(u"zone"_s, zoneNames);
        r.date = o.date(u"date"_s);
        r.period = o.period(u"period"_s);
        r.value = o.decimal(u"value"_s, true, 6, false);
        r.source = o.oneOf(u"source"_s, readingSources);
        o.done();
        return r;
    }

    BillLine line(const QJsonValue& v, const QString& path) {
        Obj o(m_c, v, path);
        BillLine l;
        l.contract = o.str(u"contract"_s, true, keyPattern, 64);
        l.zone = o.oneOf(u"zone"_s, zoneNames, false);
        l.unit = o.str(u"unit"_s, false, nullptr, 32);
        l.quantity = o.decimal(u"quantity"_s, false, 6, true);
        l.factor = o.decimal(u"factor"_s, false, 6, false, false);
        l.tariff = o.integer(u"tariff"_s, false, 0, maxKopecks);
        l.pricePerUnit = o.integer(u"pricePerUnit"_s, false, -maxKopecks, maxKopecks);
        l.amounts = readAmounts(o);
        o.done();
        return l;
    }

    Bill bill(const QJsonValue& v, const QString& path) {
        Obj o(m_c, v, path);
        Bill b;
        b.account = o.str(u"account"_s, true, accountPattern, 15);
        b.period = o.period(u"period"_s);
        b.totalToPay = o.kopecks(u"totalToPay"_s);
        b.penalties = o.kopecks(u"penalties"_s, 0, maxKopecks);
        const QJsonArray blocks = o.array(u"providers"_s);
        o.done();
        if (m_c.ok() && blocks.isEmpty())
            m_c.fail(o.path(u"providers"_s), u"invalid_value"_s, u"a bill needs at least one provider"_s);
        for (qsizetype i = 0; m_c.ok() && i < blocks.size(); ++i) {
            Obj p(m_c, blocks[i], o.path(u"providers"_s) + u"[%1]"_s.arg(i));
            BillProvider bp;
            bp.provider = p.str(u"provider"_s, true, codePattern, 32);
            bp.subAccount = p.str(u"subAccount"_s, true, subAccountPattern, 20);
            bp.amounts = readAmounts(p);
            const QJsonArray services = p.array(u"services"_s);
            p.done();
            if (m_c.ok() && services.isEmpty())
                m_c.fail(p.path(u"services"_s), u"invalid_value"_s, u"a provider block needs at least one service"_s);
            for (qsizetype k = 0; m_c.ok() && k < services.size(); ++k)
                bp.lines << line(services[k], p.path(u"services"_s) + u"[%1]"_s.arg(k));
            b.providers << bp;
        }
        return b;
    }

    Payment payment(const QJsonValue& v, const QString& path) {
        Obj o(m_c, v, path);
        Payment p;
        p.id = o.str(u"id"_s, true, u"^[A-Za-z0-9._:/-]{1,64}$", 64);
        p.date = o.date(u"date"_s);
        p.account = o.str(u"account"_s, true, accountPattern, 15);
        p.provider = o.str(u"provider"_s, true, codePattern, 32);
        p.subAccount = o.str(u"subAccount"_s, true, subAccountPattern, 20);
        p.amount = o.integer(u"amount"_s, true, 1, maxKopecks).value_or(0);
        p.status = o.oneOf(u"status"_s, {u"processing"_s, u"credited"_s});
        const bool credited = p.status == u"credited";
        p.period = o.period(u"period"_s, credited && m_c.ok());
        o.done();
        if (m_c.ok() && !credited && !p.period.isEmpty())
            m_c.fail(o.path(u"period"_s), u"invalid_value"_s, u"a processing payment has no period yet"_s);
        return p;
    }

    Context& m_c;
    const BillingValidator::Known& m_known;
};

// ---------------------------------------------------------------- cross-entity rules

class Rules {
public:
    Rules(Context& c, const BillingValidator::Known& known, BillingFile& f)
        : m_c(c)
        , m_known(known)
        , m_f(f) {}

    void run() {
        uniqueKeys();
        references();
        if (m_c.ok())
            readings();
        if (m_c.ok())
            bills();
        if (m_c.ok())
            payments();
    }

private:
    template <typename List, typename KeyOf>
    void unique(const List& list, const QString& array, const QString& field, KeyOf keyOf) {
        QSet<QString> seen;
        for (qsizetype i = 0; m_c.ok() && i < list.size(); ++i) {
            const QString key = keyOf(list[i]);
            if (seen.contains(key))
                m_c.fail(u"$.%1[%2]%3"_s.arg(array).arg(i).arg(field), u"duplicate_key"_s,
                         u"%1 appears twice in the file"_s.arg(key));
            seen.insert(key);
        }
    }

    void uniqueKeys() {
        unique(m_f.providers, u"providers"_s, u".code"_s, [](const Provider& p) -> QString { return p.code; });
        unique(m_f.tariffs, u"tariffs"_s, u".code"_s, [](const Tariff& t) -> QString { return t.code; });
        unique(m_f.accounts, u"accounts"_s, u".number"_s, [](const Account& a) -> QString { return a.number; });
        unique(m_f.contracts, u"contracts"_s, u".code"_s, [](const Contract& c) -> QString { return c.code; });
        unique(m_f.meters, u"meters"_s, u".id"_s, [](const Meter& m) -> QString { return m.id; });
        unique(m_f.readings, u"readings"_s, QString(),
               [](const Reading& r) -> QString { return r.meter + u'/' + r.zone + u'/' + r.date; });
        unique(m_f.bills, u"bills"_s, QString(), [](const Bill& b) -> QString { return b.account + u'/' + b.period; });
        unique(m_f.payments, u"payments"_s, u".id"_s, [](const Payment& p) -> QString { return p.id; });
    }

    bool providerKnown(const QString& code) { return m_providers.contains(code) || m_known.hasProvider(code); }

    std::optional<QString> tariffZone(const QString& code) {
        if (m_tariffZones.contains(code))
            return m_tariffZones.value(code);
        return m_known.tariffZone(code);
    }

    bool accountKnown(const QString& number) { return m_accounts.contains(number) || m_known.hasAccount(number); }

    std::optional<Contract> contract(const QString& code) {
        if (m_contracts.contains(code))
            return m_contracts.value(code);
        return m_known.contract(code);
    }

    std::optional<Meter> meter(const QString& id) {
        if (m_meters.contains(id))
            return m_meters.value(id);
        return m_known.meter(id);
    }

    // Does the account have this sub-account with this provider (file first, then database)?
    bool subAccountOf(const QString& account, const QString& provider, const QString& subAccount) {
        const QString key = account + u'/' + subAccount;
        if (!m_subAccounts.contains(key) && !m_loadedAccounts.contains(account)) {
            m_loadedAccounts.insert(account);
            for (const Contract& c : m_known.contractsOfAccount(account)) {
                if (!m_contracts.contains(c.code))
                    m_subAccounts.insert(c.account + u'/' + c.subAccount, c.provider);
            }
        }
        return m_subAccounts.value(key) == provider;
    }

    void references() {
        for (const Provider& p : std::as_const(m_f.providers))
            m_providers.insert(p.code);
        for (const Tariff& t : std::as_const(m_f.tariffs))
            m_tariffZones.insert(t.code, t.zone);
        for (const Account& a : std::as_const(m_f.accounts))
            m_accounts.insert(a.number);
        for (qsizetype i = 0; m_c.ok() && i < m_f.contracts.size(); ++i) {
            const Contract& c = m_f.contracts[i];
            const QString path = u"$.contracts[%1]"_s.arg(i);
            m_contracts.insert(c.code, c);
            if (!accountKnown(c.account))
                m_c.fail(path + u".account"_s, u"unknown_reference"_s, u"no account "_s + c.account);
            else if (!providerKnown(c.provider))
                m_c.fail(path + u".provider"_s, u"unknown_reference"_s, u"no provider "_s + c.provider);
            QSet<QString> zones;
            for (qsizetype k = 0; m_c.ok() && k < c.tariffs.size(); ++k) {
                const auto zone = tariffZone(c.tariffs[k]);
                if (!zone)
                    m_c.fail(path + u".tariffs[%1]"_s.arg(k), u"unknown_reference"_s, u"no tariff "_s + c.tariffs[k]);
                else if (zones.contains(*zone))
                    m_c.fail(path + u".tariffs[%1]"_s.arg(k), u"invalid_value"_s, u"two tariffs for one zone"_s);
                else
                    zones.insert(*zone);
            }
            // Within an account a sub-account belongs to one provider.
            const QString key = c.account + u'/' + c.subAccount;
            if (m_c.ok() && m_subAccounts.contains(key) && m_subAccounts.value(key) != c.provider)
                m_c.fail(
                    path + u".subAccount"_s, u"inconsistent_reference"_s,
                    u"sub-account %1 already belongs to provider %2"_s.arg(c.subAccount, m_subAccounts.value(key)));
            m_subAccounts.insert(key, c.provider);
        }
        for (qsizetype i = 0; m_c.ok() && i < m_f.meters.size(); ++i) {
            const Meter& m = m_f.meters[i];
            m_meters.insert(m.id, m);
            if (!contract(m.contract))
                m_c.fail(u"$.meters[%1].contract"_s.arg(i), u"unknown_reference"_s, u"no contract "_s + m.contract);
        }
    }

    void readings() {
        // Normalize each value to its meter's scale and check the capacity.
        QHash<QString, QList<qsizetype>> byMeterZone;
        for (qsizetype i = 0; m_c.ok() && i < m_f.readings.size(); ++i) {
            Reading& r = m_f.readings[i];
            const QString path = u"$.readings[%1]"_s.arg(i);
            const auto m = meter(r.meter);
            if (!m) {
                m_c.fail(path + u".meter"_s, u"unknown_reference"_s, u"no meter "_s + r.meter);
                return;
            }
            if (!m->zones.contains(r.zone)) {
                m_c.fail(path + u".zone"_s, u"invalid_value"_s, u"meter %1 has no zone %2"_s.arg(r.meter, r.zone));
                return;
            }
            const auto d = Decimal::parse(r.value, 6);
            const auto scaled = d ? d->rescaled(m->capacityFraction) : std::nullopt;
            if (!scaled || d->integerDigits() > m->capacityInteger) {
                m_c.fail(path + u".value"_s, u"reading_capacity"_s,
                         u"%1 does not fit the meter's capacity %2.%3"_s.arg(r.value)
                             .arg(m->capacityInteger)
                             .arg(m->capacityFraction));
                return;
            }
            r.units = scaled->units();
            r.value = scaled->toString();
            if (r.period > m_f.periodUpTo) {
                m_c.fail(path + u".period"_s, u"after_period_up_to"_s, r.period + u" is after periodUpTo"_s);
                return;
            }
            byMeterZone[r.meter + u'/' + r.zone] << i;
        }
        for (auto it = byMeterZone.begin(); m_c.ok() && it != byMeterZone.end(); ++it) {
            QList<qsizetype>& idx = it.value();
            std::sort(idx.begin(), idx.end(),
                      [this](qsizetype a, qsizetype b) { return m_f.readings[a].date < m_f.readings[b].date; });
            for (qsizetype k = 1; k < idx.size(); ++k) {
                const Reading& prev = m_f.readings[idx[k - 1]];
                const Reading& cur = m_f.readings[idx[k]];
                if (cur.units >= prev.units)
                    continue;
                // A rollover: the earlier value near the top of the register, the later near zero.
                const Meter m = *meter(cur.meter);
                const qint64 full = powerOfTen(m.capacityInteger + m.capacityFraction);
                if (prev.units >= full - full / 10 && cur.units < full / 10)
                    continue;
                m_c.fail(u"$.readings[%1].value"_s.arg(idx[k]), u"reading_decreasing"_s,
                         u"%1 on %2 is below %3 on %4"_s.arg(cur.value, cur.date, prev.value, prev.date));
                return;
            }
        }
    }

    void balance(const Amounts& a, const QString& path) {
        if (!m_c.ok())
            return;
        const qint64 end = a.debtStart - a.paid + a.charged + a.socialSupport + a.adjustments;
        if (end != a.debtEnd)
            m_c.fail(
                path + u".debtEnd"_s, u"invariant_balance"_s,
                u"debtStart − paid + charged + socialSupport + adjustments = %1, not %2"_s.arg(end).arg(a.debtEnd));
        else if (a.debtEnd + a.penalties != a.totalToPay)
            m_c.fail(path + u".totalToPay"_s, u"invariant_balance"_s,
                     u"debtEnd + penalties = %1, not %2"_s.arg(a.debtEnd + a.penalties).arg(a.totalToPay));
    }

    void charge(const BillLine& l, const QString& path) {
        if (!m_c.ok())
            return;
        if (l.quantity.isEmpty()) {
            if (l.tariff || l.pricePerUnit || !l.factor.isEmpty())
                m_c.fail(path + u".quantity"_s, u"missing_field"_s,
                         u"tariff, factor and pricePerUnit need a quantity"_s);
            return;
        }
        if (!l.tariff) {
            m_c.fail(path, u"missing_field"_s, u"\"tariff\" is required with a quantity"_s);
            return;
        }
        const Decimal q = *Decimal::parse(l.quantity);
        const Decimal f = l.factor.isEmpty() ? Decimal::fromInteger(1) : *Decimal::parse(l.factor);
        const Money tariff = Money::fromKopecks(*l.tariff);
        const auto expected = Money::multiply(tariff, q, f);
        if (!expected) {
            m_c.fail(path + u".quantity"_s, u"invalid_value"_s, u"quantity × tariff overflows"_s);
            return;
        }
        if (expected->kopecks() != l.amounts.charged) {
            m_c.fail(path + u".charged"_s, u"invariant_charge"_s,
                     u"charged %1 ≠ round(%2 × %3 × %4) = %5"_s.arg(l.amounts.charged)
                         .arg(q.toString())
                         .arg(*l.tariff)
                         .arg(f.toString())
                         .arg(expected->kopecks()));
            return;
        }
        if (!l.factor.isEmpty()) {
            const qint64 price = Money::multiply(tariff, q)->kopecks();
            if (!l.pricePerUnit)
                m_c.fail(path, u"missing_field"_s, u"\"pricePerUnit\" is required with a factor"_s);
            else if (*l.pricePerUnit != price)
                m_c.fail(path + u".pricePerUnit"_s, u"invariant_charge"_s,
                         u"pricePerUnit %1 ≠ round(quantity × tariff) = %2"_s.arg(*l.pricePerUnit).arg(price));
        } else if (l.pricePerUnit && *l.pricePerUnit != *l.tariff) {
            m_c.fail(path + u".pricePerUnit"_s, u"invariant_charge"_s,
                     u"without a factor pricePerUnit equals the tariff"_s);
        }
    }

    void sums(const QList<BillLine>& lines, const Amounts& block, const QString& path) {
        Amounts s;
        for (const BillLine& l : lines) {
            s.debtStart += l.amounts.debtStart;
            s.paid += l.amounts.paid;
            s.charged += l.amounts.charged;
            s.socialSupport += l.amounts.socialSupport;
            s.adjustments += l.amounts.adjustments;
            s.debtEnd += l.amounts.debtEnd;
            s.penalties += l.amounts.penalties;
            s.totalToPay += l.amounts.totalToPay;
        }
        const QList<std::tuple<const char16_t*, qint64, qint64>> columns = {
            {u"debtStart", s.debtStart, block.debtStart},
            {u"paid", s.paid, block.paid},
            {u"charged", s.charged, block.charged},
            {u"socialSupport", s.socialSupport, block.socialSupport},
            {u"adjustments", s.adjustments, block.adjustments},
            {u"debtEnd", s.debtEnd, block.debtEnd},
            {u"penalties", s.penalties, block.penalties},
            {u"totalToPay", s.totalToPay, block.totalToPay}};
        for (const auto& [name, sum, value] : columns) {
            if (m_c.ok() && sum != value)
                m_c.fail(path + u'.' + QString::fromUtf16(name), u"invariant_sum"_s,
                         u"%1 ≠ the sum of the services, %2"_s.arg(value).arg(sum));
        }
    }

    void bills() {
        QHash<QString, qint64> debtEnd; // account/period/contract/zone
        for (const Bill& b : std::as_const(m_f.bills)) {
            for (const BillProvider& bp : b.providers) {
                for (const BillLine& l : bp.lines)
                    debtEnd.insert(b.account + u'/' + b.period + u'/' + l.contract + u'/' + l.zone, l.amounts.debtEnd);
            }
        }
        for (qsizetype i = 0; m_c.ok() && i < m_f.bills.size(); ++i) {
            const Bill& b = m_f.bills[i];
            const QString path = u"$.bills[%1]"_s.arg(i);
            if (!accountKnown(b.account)) {
                m_c.fail(path + u".account"_s, u"unknown_reference"_s, u"no account "_s + b.account);
                return;
            }
            if (b.period > m_f.periodUpTo) {
                m_c.fail(path + u".period"_s, u"after_period_up_to"_s, b.period + u" is after periodUpTo"_s);
                return;
            }
            const QString prev = previousPeriod(b.period);
            qint64 total = 0, penalties = 0;
            QSet<QString> providers, lines;
            for (qsizetype k = 0; m_c.ok() && k < b.providers.size(); ++k) {
                const BillProvider& bp = b.providers[k];
                const QString ppath = path + u".providers[%1]"_s.arg(k);
                if (!providerKnown(bp.provider)) {
                    m_c.fail(ppath + u".provider"_s, u"unknown_reference"_s, u"no provider "_s + bp.provider);
                    return;
                }
                if (providers.contains(bp.provider)) {
                    m_c.fail(ppath + u".provider"_s, u"duplicate_key"_s, u"provider twice in one bill"_s);
                    return;
                }
                providers.insert(bp.provider);
                if (!subAccountOf(b.account, bp.provider, bp.subAccount)) {
                    m_c.fail(
                        ppath + u".subAccount"_s, u"inconsistent_reference"_s,
                        u"%1 is not a sub-account of %2 on account %3"_s.arg(bp.subAccount, bp.provider, b.account));
                    return;
                }
                for (qsizetype l = 0; m_c.ok() && l < bp.lines.size(); ++l) {
                    const BillLine& line = bp.lines[l];
                    const QString lpath = ppath + u".services[%1]"_s.arg(l);
                    const auto c = contract(line.contract);
                    if (!c) {
                        m_c.fail(lpath + u".contract"_s, u"unknown_reference"_s, u"no contract "_s + line.contract);
                        return;
                    }
                    if (c->account != b.account || c->provider != bp.provider || c->subAccount != bp.subAccount) {
                        m_c.fail(lpath + u".contract"_s, u"inconsistent_reference"_s,
                                 u"contract %1 is not of this account, provider and sub-account"_s.arg(line.contract));
                        return;
                    }
                    const QString key = line.contract + u'/' + line.zone;
                    if (lines.contains(key)) {
                        m_c.fail(lpath + u".contract"_s, u"duplicate_key"_s, u"contract and zone twice in one bill"_s);
                        return;
                    }
                    lines.insert(key);
                    balance(line.amounts, lpath);
                    charge(line, lpath);
                    const QString before = b.account + u'/' + prev + u'/' + key;
                    if (m_c.ok() && debtEnd.contains(before) && debtEnd.value(before) != line.amounts.debtStart)
                        m_c.fail(lpath + u".debtStart"_s, u"invariant_continuity"_s,
                                 u"%1 ≠ debtEnd %2 of %3"_s.arg(line.amounts.debtStart)
                                     .arg(debtEnd.value(before))
                                     .arg(prev));
                }
                balance(bp.amounts, ppath);
                sums(bp.lines, bp.amounts, ppath);
                total += bp.amounts.totalToPay;
                penalties += bp.amounts.penalties;
            }
            if (m_c.ok() && total != b.totalToPay)
                m_c.fail(path + u".totalToPay"_s, u"invariant_sum"_s,
                         u"%1 ≠ the sum of the providers, %2"_s.arg(b.totalToPay).arg(total));
            if (m_c.ok() && penalties != b.penalties)
                m_c.fail(path + u".penalties"_s, u"invariant_sum"_s,
                         u"%1 ≠ the sum of the providers, %2"_s.arg(b.penalties).arg(penalties));
        }
    }

    void payments() {
        QHash<QString, qint64> credited; // account/subAccount/period
        for (qsizetype i = 0; m_c.ok() && i < m_f.payments.size(); ++i) {
            const Payment& p = m_f.payments[i];
            const QString path = u"$.payments[%1]"_s.arg(i);
            if (!accountKnown(p.account))
                m_c.fail(path + u".account"_s, u"unknown_reference"_s, u"no account "_s + p.account);
            else if (!providerKnown(p.provider))
                m_c.fail(path + u".provider"_s, u"unknown_reference"_s, u"no provider "_s + p.provider);
            else if (!subAccountOf(p.account, p.provider, p.subAccount))
                m_c.fail(path + u".subAccount"_s, u"inconsistent_reference"_s,
                         u"%1 is not a sub-account of %2 on account %3"_s.arg(p.subAccount, p.provider, p.account));
            else if (p.date.left(7) > m_f.periodUpTo || p.period > m_f.periodUpTo)
                m_c.fail(path + u".date"_s, u"after_period_up_to"_s, u"after periodUpTo"_s);
            else if (!p.period.isEmpty() && p.date.left(7) > p.period)
                m_c.fail(path + u".period"_s, u"invalid_value"_s, u"paid after the period it is counted in"_s);
            if (p.status == u"credited")
                credited[p.account + u'/' + p.subAccount + u'/' + p.period] += p.amount;
        }
        for (qsizetype i = 0; m_c.ok() && i < m_f.bills.size(); ++i) {
            const Bill& b = m_f.bills[i];
            for (qsizetype k = 0; m_c.ok() && k < b.providers.size(); ++k) {
                const BillProvider& bp = b.providers[k];
                const qint64 sum = credited.value(b.account + u'/' + bp.subAccount + u'/' + b.period);
                if (sum != bp.amounts.paid)
                    m_c.fail(u"$.bills[%1].providers[%2].paid"_s.arg(i).arg(k), u"invariant_paid"_s,
                             u"paid %1 ≠ the credited payments of %2 in %3, %4"_s.arg(bp.amounts.paid)
                                 .arg(bp.subAccount, b.period)
                                 .arg(sum));
            }
        }
    }

    Context& m_c;
    const BillingValidator::Known& m_known;
    BillingFile& m_f;
    QSet<QString> m_providers;
    QHash<QString, QString> m_tariffZones;
    QSet<QString> m_accounts;
    QHash<QString, Contract> m_contracts;
    QHash<QString, Meter> m_meters;
    QHash<QString, QString> m_subAccounts; // account/subAccount -> provider
    QSet<QString> m_loadedAccounts;        // whose stored contracts are in m_subAccounts
};

} // namespace

std::optional<BillingFile> BillingValidator::validate(const QByteArray& json, const Known& known, ImportError* error) {
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject()) {
        if (error) {
            const auto pos = JsonLocator::positionOf(json, parseError.offset);
            *error = ImportError{QString(), u"malformed_json"_s,
                                 parseError.error != QJsonParseError::NoError ? parseError.errorString()
                                                                              : u"the file is not one JSON object"_s,
                                 pos.line, pos.column};
        }
        return std::nullopt;
    }
    Context c;
    Parser parser(c, known);
    BillingFile f = parser.parse(doc.object());
    if (c.ok())
        Rules(c, known, f).run();
    if (!c.ok()) {
        if (error) {
            *error = *c.error;
            const auto pos = JsonLocator::locate(json, error->path);
            error->line = pos.line;
            error->column = pos.column;
        }
        return std::nullopt;
    }
    return f;
}

} // namespace lkk::server::billing
