#include "server/billing/EntityReader.h"

#include "shared/Decimal.h"

#include <QDate>
#include <QDateTime>
#include <QRegularExpression>
#include <QSet>
#include <algorithm>
#include <limits>
#include <vector>

namespace lkk::server::billing {

using namespace Qt::StringLiterals;

namespace {

constexpr qint64 maxKopecks = std::numeric_limits<qint64>::max() / 4; // sums of a few columns never overflow

// A fixed format: the regular expression it stands for (named in messages) and a hand-written
// test of it, because a regular expression per field would be most of the import's time.
struct Pattern {
    const char16_t* text;
    bool (*matches)(QStringView);
};

bool isDigit(QChar c) {
    return c >= u'0' && c <= u'9';
}
bool isLowerCodeChar(QChar c) {
    return (c >= u'a' && c <= u'z') || isDigit(c) || c == u'.' || c == u'_' || c == u'-';
}
bool isKeyChar(QChar c) {
    return isLowerCodeChar(c) || (c >= u'A' && c <= u'Z');
}
bool isPaymentIdChar(QChar c) {
    return isKeyChar(c) || c == u':' || c == u'/';
}

template <bool (*ok)(QChar), qsizetype min, qsizetype max> bool allOf(QStringView s) {
    return s.size() >= min && s.size() <= max && std::all_of(s.begin(), s.end(), ok);
}

bool isInn(QStringView s) {
    return allOf<isDigit, 10, 10>(s) || allOf<isDigit, 12, 12>(s);
}
bool isKpp(QStringView s) {
    auto digitOrCapital = [](QChar c) {
        return isDigit(c) || (c >= u'A' && c <= u'Z');
    };
    return s.size() == 9 && allOf<isDigit, 4, 4>(s.first(4)) && digitOrCapital(s[4]) && digitOrCapital(s[5]) &&
           allOf<isDigit, 3, 3>(s.last(3));
}
bool isDateShape(QStringView s) {
    return s.size() == 10 && allOf<isDigit, 4, 4>(s.first(4)) && s[4] == u'-' && allOf<isDigit, 2, 2>(s.sliced(5, 2)) &&
           s[7] == u'-' && allOf<isDigit, 2, 2>(s.sliced(8, 2));
}
bool isPeriod(QStringView s) {
    if (s.size() != 7 || !allOf<isDigit, 4, 4>(s.first(4)) || s[4] != u'-' || !allOf<isDigit, 2, 2>(s.sliced(5)))
        return false;
    const int month = (s[5].unicode() - u'0') * 10 + (s[6].unicode() - u'0');
    return month >= 1 && month <= 12;
}
bool isDecimalText(QStringView s) {
    if (s.startsWith(u'-'))
        s = s.sliced(1);
    const qsizetype point = s.indexOf(u'.');
    if (point < 0)
        return !s.isEmpty() && std::all_of(s.begin(), s.end(), isDigit);
    return point > 0 && point + 1 < s.size() && std::all_of(s.begin(), s.begin() + point, isDigit) &&
           std::all_of(s.begin() + point + 1, s.end(), isDigit);
}

const Pattern code{u"^[a-z0-9._-]{1,32}$", allOf<isLowerCodeChar, 1, 32>};
const Pattern tariffCode{u"^[a-z0-9._-]{1,64}$", allOf<isLowerCodeChar, 1, 64>};
const Pattern entityKey{u"^[A-Za-z0-9._-]{1,64}$", allOf<isKeyChar, 1, 64>};
const Pattern paymentId{u"^[A-Za-z0-9._:/-]{1,64}$", allOf<isPaymentIdChar, 1, 64>};
const Pattern accountNumber{u"^[0-9]{6,15}$", allOf<isDigit, 6, 15>};
const Pattern subAccount{u"^[0-9]{6,20}$", allOf<isDigit, 6, 20>};
const Pattern inn{u"^([0-9]{10}|[0-9]{12})$", isInn};
const Pattern kpp{u"^[0-9]{4}[0-9A-Z]{2}[0-9]{3}$", isKpp};
const Pattern bic{u"^[0-9]{9}$", allOf<isDigit, 9, 9>};
const Pattern bankAccount{u"^[0-9]{20}$", allOf<isDigit, 20, 20>};
const Pattern postalCode{u"^[0-9]{6}$", allOf<isDigit, 6, 6>};
const Pattern linkCode{u"^[0-9]{4,12}$", allOf<isDigit, 4, 12>};
const Pattern date{u"^\\d{4}-\\d{2}-\\d{2}$", isDateShape};
const Pattern period{u"^\\d{4}-(0[1-9]|1[0-2])$", isPeriod};
// Machine text only: ASCII digits, one optional '-', '.' (Decimal::parse alone would take U+2212).
const Pattern decimalText{u"^-?[0-9]+(\\.[0-9]+)?$", isDecimalText};

const QStringList zoneNames = {u"T1"_s, u"T2"_s, u"T3"_s};
const QStringList serviceKinds = {u"electricity"_s,        u"heating"_s,     u"hot_water"_s,     u"cold_water"_s,
                                  u"wastewater"_s,         u"maintenance"_s, u"waste_removal"_s, u"repairs"_s,
                                  u"common_electricity"_s, u"gas"_s,         u"penalties"_s,     u"other"_s};
const QStringList readingSources = {u"customer"_s, u"operator"_s, u"inspector"_s, u"automatic"_s, u"estimated"_s};

} // namespace

// Checks values against the format: one value (a header member) or the members of one object,
// refusing at the end the members nobody asked for.
class EntityReader::Fields {
public:
    // node: the object (or, for a header member, the value itself); -1 when absent.
    Fields(FirstProblem& problem, const JsonTree& tree, int node, QString path)
        : m_p(problem)
        , m_tree(tree)
        , m_node(node)
        , m_path(std::move(path)) {}

    // The node is an object whose members are read by name.
    Fields& expectObject() {
        if (m_node < 0 || m_tree.node(m_node).type != JsonTree::Type::Object) {
            m_p.fail(m_path, u"wrong_type"_s, u"expected an object"_s);
            m_node = -1;
        }
        for (int c = m_node < 0 ? -1 : m_tree.node(m_node).firstChild; c >= 0; c = m_tree.node(c).nextSibling)
            m_members.push_back(Member{m_tree.key(c), c, false});
        // A name twice is refused (one of the values would be ignored). Sorted, not compared pair by
        // pair: an element may have thousands of members.
        std::vector<QByteArrayView> names;
        names.reserve(m_members.size());
        for (const Member& m : m_members)
            names.push_back(m.name);
        std::sort(names.begin(), names.end());
        const auto twice = std::adjacent_find(names.begin(), names.end());
        if (twice != names.end()) {
            const QString name = QString::fromUtf8(*twice);
            m_p.fail(m_path + u'.' + name, u"malformed_json"_s, u"\"%1\" appears twice in this object"_s.arg(name));
        }
        return *this;
    }

    QString path(const char* key) const { return m_path + u'.' + QLatin1StringView(key); }
    const QString& path() const { return m_path; }

    // The member's node, or -1 (missing_field when required). Marks it as read.
    int take(const char* key, bool required) {
        const QByteArrayView name(key);
        for (Member& m : m_members) {
            if (m.name == name) {
                m.used = true;
                return m.node;
            }
        }
        if (required)
            m_p.fail(m_path, u"missing_field"_s, u"\"%1\" is required"_s.arg(QLatin1StringView(key)));
        return -1;
    }

    // ---- one value: node with its path

    // A string; pattern and length limits when given; "" if absent.
    QString stringAt(int node, const QString& path, const Pattern* pattern = nullptr, int maxLength = 300) {
        if (node < 0)
            return {};
        if (m_tree.node(node).type != JsonTree::Type::String) {
            m_p.fail(path, u"wrong_type"_s, u"expected a string"_s);
            return {};
        }
        const QString s = m_tree.string(node);
        if (s.isEmpty() || s.size() > maxLength || s.front().isSpace() || s.back().isSpace())
            m_p.fail(path, u"invalid_value"_s, u"expected 1–%1 characters without surrounding spaces"_s.arg(maxLength));
        else if (pattern && !pattern->matches(s))
            m_p.fail(path, u"invalid_value"_s, u"\"%1\" does not match %2"_s.arg(s, QString::fromUtf16(pattern->text)));
        return s;
    }

    std::optional<qint64> integerAt(int node, const QString& path, qint64 min, qint64 max) {
        if (node < 0)
            return std::nullopt;
        const JsonTree::Node& n = m_tree.node(node);
        if (n.type != JsonTree::Type::Number || !n.integral) {
            m_p.fail(path, u"wrong_type"_s, u"expected an integer"_s);
            return std::nullopt;
        }
        if (n.integer < min || n.integer > max) {
            m_p.fail(path, u"invalid_value"_s, u"%1 is outside %2…%3"_s.arg(n.integer).arg(min).arg(max));
            return std::nullopt;
        }
        return n.integer;
    }

    QString periodAt(int node, const QString& path) { return stringAt(node, path, &billing::period, 7); }

    // ---- members of the object

    QString str(const char* key, bool required = true, const Pattern* pattern = nullptr, int maxLength = 300) {
        return stringAt(take(key, required), path(key), pattern, maxLength);
    }

    QString date(const char* key, bool required = true) {
        const QString s = str(key, required, &billing::date, 10);
        if (!s.isEmpty() && m_p.ok() && !QDate::fromString(s, Qt::ISODate).isValid())
            m_p.fail(path(key), u"invalid_value"_s, u"not a date: "_s + s);
        return s;
    }

    QString period(const char* key, bool required = true) { return periodAt(take(key, required), path(key)); }

    QString oneOf(const char* key, const QStringList& allowed, bool required = true) {
        const QString s = str(key, required, nullptr, 64);
        if (!s.isEmpty() && m_p.ok() && !allowed.contains(s))
            m_p.fail(path(key), u"invalid_value"_s, u"\"%1\" is not one of %2"_s.arg(s, allowed.join(u", "_s)));
        return s;
    }

    // An exact decimal in machine form, with limits on fraction digits and sign.
    QString decimal(const char* key, bool required, int maxFraction, bool allowNegative, bool allowZero = true) {
        const QString s = str(key, required, &decimalText, 32);
        if (s.isEmpty() || !m_p.ok())
            return s;
        const auto d = Decimal::parse(s, maxFraction, Decimal::Separators::DotOnly);
        if (!d)
            m_p.fail(path(key), u"invalid_value"_s,
                     u"\"%1\" is not a decimal with at most %2 fraction digits"_s.arg(s).arg(maxFraction));
        else if (!allowNegative && d->isNegative())
            m_p.fail(path(key), u"invalid_value"_s, u"must not be negative"_s);
        else if (!allowZero && d->units() == 0)
            m_p.fail(path(key), u"invalid_value"_s, u"must be greater than zero"_s);
        return s;
    }

    std::optional<qint64> integer(const char* key, bool required, qint64 min, qint64 max) {
        return integerAt(take(key, required), path(key), min, max);
    }

    qint64 kopecks(const char* key, qint64 min = -maxKopecks, qint64 max = maxKopecks) {
        return integer(key, true, min, max).value_or(0);
    }

    bool boolean(const char* key) {
        const int node = take(key, true);
        if (node < 0)
            return false;
        const JsonTree::Type type = m_tree.node(node).type;
        if (type != JsonTree::Type::True && type != JsonTree::Type::False)
            m_p.fail(path(key), u"wrong_type"_s, u"expected true or false"_s);
        return type == JsonTree::Type::True;
    }

    // The array's elements (none when absent or not an array).
    QList<int> array(const char* key, bool required = true) {
        const int node = take(key, required);
        QList<int> out;
        if (node < 0)
            return out;
        if (m_tree.node(node).type != JsonTree::Type::Array) {
            m_p.fail(path(key), u"wrong_type"_s, u"expected an array"_s);
            return out;
        }
        for (int c = m_tree.node(node).firstChild; c >= 0; c = m_tree.node(c).nextSibling)
            out.append(c);
        return out;
    }

    void done() {
        if (!m_p.ok())
            return;
        for (const Member& m : m_members) {
            if (!m.used) {
                const QString name = QString::fromUtf8(m.name);
                m_p.fail(m_path + u'.' + name, u"unknown_field"_s,
                         u"\"%1\" is not a field of this version"_s.arg(name));
                return;
            }
        }
    }

private:
    FirstProblem& m_p;
    const JsonTree& m_tree;
    int m_node;
    QString m_path;
    struct Member {
        QByteArrayView name;
        int node;
        bool used;
    };
    std::vector<Member> m_members;
};

namespace {

Amounts readAmounts(auto& o) {
    Amounts a;
    a.debtStart = o.kopecks("debtStart");
    a.paid = o.kopecks("paid");
    a.charged = o.kopecks("charged");
    a.socialSupport = o.kopecks("socialSupport", -maxKopecks, 0);
    a.adjustments = o.kopecks("adjustments");
    a.debtEnd = o.kopecks("debtEnd");
    a.penalties = o.kopecks("penalties", 0, maxKopecks);
    a.totalToPay = o.kopecks("totalToPay");
    return a;
}

} // namespace

// ---------------------------------------------------------------- header members

void EntityReader::format(FileHeader* header) {
    Fields v(m_problem, m_tree, JsonTree::root, m_path);
    header->format = v.stringAt(JsonTree::root, m_path);
    if (m_problem.ok() && header->format != u"lkk-billing")
        m_problem.fail(m_path, u"wrong_format"_s, u"expected \"lkk-billing\""_s);
}

void EntityReader::version(FileHeader* header) {
    Fields v(m_problem, m_tree, JsonTree::root, m_path);
    header->version =
        v.integerAt(JsonTree::root, m_path, std::numeric_limits<qint64>::min(), std::numeric_limits<qint64>::max());
    if (m_problem.ok() && header->version != 1)
        m_problem.fail(m_path, u"wrong_format"_s, u"version %1 is not supported (1 is)"_s.arg(*header->version));
}

void EntityReader::generatedAt(FileHeader* header) {
    static const QRegularExpression dateTime(
        u"^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d{1,3})?(Z|[+-]\\d{2}:\\d{2})$"_s);
    Fields v(m_problem, m_tree, JsonTree::root, m_path);
    header->generatedAt = v.stringAt(JsonTree::root, m_path, nullptr, 40);
    if (!m_problem.ok())
        return;
    const QDateTime t = QDateTime::fromString(header->generatedAt, Qt::ISODateWithMs);
    if (!dateTime.match(header->generatedAt).hasMatch())
        m_problem.fail(m_path, u"invalid_value"_s,
                       u"\"%1\" does not match %2"_s.arg(header->generatedAt, dateTime.pattern()));
    else if (!t.isValid())
        m_problem.fail(m_path, u"invalid_value"_s, u"not a date-time"_s);
    header->generatedAtMs = t.toMSecsSinceEpoch();
}

void EntityReader::periodUpTo(FileHeader* header) {
    header->periodUpTo = Fields(m_problem, m_tree, JsonTree::root, m_path).periodAt(JsonTree::root, m_path);
}

void EntityReader::source(FileHeader* header) {
    header->source = Fields(m_problem, m_tree, JsonTree::root, m_path).stringAt(JsonTree::root, m_path, nullptr, 500);
}

// ---------------------------------------------------------------- entities

Provider EntityReader::provider() {
    Fields o(m_problem, m_tree, JsonTree::root, m_path);
    o.expectObject();
    Provider p;
    p.code = o.str("code", true, &code, 32);
    p.name = o.str("name", true, nullptr, 200);
    p.inn = o.str("inn", true, &inn);
    p.kpp = o.str("kpp", true, &kpp);
    p.bankName = o.str("bankName", true, nullptr, 200);
    p.bic = o.str("bic", true, &bic);
    p.settlementAccount = o.str("settlementAccount", true, &bankAccount);
    p.correspondentAccount = o.str("correspondentAccount", true, &bankAccount);
    p.operationCode = o.str("operationCode", false, nullptr, 16);
    o.done();
    return p;
}

Tariff EntityReader::tariff() {
    Fields o(m_problem, m_tree, JsonTree::root, m_path);
    o.expectObject();
    Tariff t;
    t.code = o.str("code", true, &tariffCode, 64);
    t.name = o.str("name", true, nullptr, 300);
    t.unit = o.str("unit", true, nullptr, 32);
    t.zone = o.oneOf("zone", zoneNames, false);
    const QList<int> history = o.array("history");
    o.done();
    if (m_problem.ok() && history.isEmpty())
        m_problem.fail(o.path("history"), u"invalid_value"_s, u"a tariff needs at least one value"_s);
    QSet<QString> starts;
    for (qsizetype i = 0; m_problem.ok() && i < history.size(); ++i) {
        Fields h(m_problem, m_tree, history[i], o.path("history") + u"[%1]"_s.arg(i));
        h.expectObject();
        TariffValue tv;
        tv.from = h.date("from");
        tv.value = h.integer("value", true, 0, maxKopecks).value_or(0);
        tv.period = h.oneOf("period", {u"month"_s});
        h.done();
        if (m_problem.ok() && starts.contains(tv.from))
            m_problem.fail(h.path("from"), u"duplicate_key"_s, u"two values from "_s + tv.from);
        starts.insert(tv.from);
        t.history << tv;
    }
    return t;
}

Account EntityReader::account() {
    Fields o(m_problem, m_tree, JsonTree::root, m_path);
    o.expectObject();
    Account a;
    a.number = o.str("number", true, &accountNumber, 15);
    a.kind = o.oneOf("kind", {u"epd"_s, u"electricity"_s});
    const int address = o.take("address", true);
    if (m_problem.ok()) {
        Fields ad(m_problem, m_tree, address, o.path("address"));
        ad.expectObject();
        a.postalCode = ad.str("postalCode", true, &postalCode);
        a.region = ad.str("region", true, nullptr, 100);
        a.district = ad.str("district", false, nullptr, 100);
        a.locality = ad.str("locality", true, nullptr, 100);
        a.street = ad.str("street", true, nullptr, 100);
        a.house = ad.str("house", true, nullptr, 20);
        a.flat = ad.str("flat", false, nullptr, 20);
        a.addressDisplay = ad.str("display", true, nullptr, 200);
        a.addressFull = ad.str("full", true, nullptr, 400);
        ad.done();
    }
    a.owner = o.str("owner", true, nullptr, 200);
    a.totalArea = o.decimal("totalArea", true, 2, false);
    a.livingArea = o.decimal("livingArea", true, 2, false);
    a.residents = int(o.integer("residents", true, 0, 99).value_or(0));
    a.linkCode = o.str("linkCode", true, &linkCode);
    o.done();
    if (m_problem.ok() && *Decimal::parse(a.livingArea)->compare(*Decimal::parse(a.totalArea)) > 0)
        m_problem.fail(o.path("livingArea"), u"invalid_value"_s, u"living area exceeds the total area"_s);
    return a;
}

Contract EntityReader::contract() {
    Fields o(m_problem, m_tree, JsonTree::root, m_path);
    o.expectObject();
    Contract c;
    c.code = o.str("code", true, &entityKey, 64);
    c.account = o.str("account", true, &accountNumber, 15);
    c.provider = o.str("provider", true, &code, 32);
    c.subAccount = o.str("subAccount", true, &subAccount, 20);
    c.service = o.str("service", true, nullptr, 200);
    c.serviceKind = o.oneOf("serviceKind", serviceKinds);
    const QList<int> tariffs = o.array("tariffs");
    o.done();
    for (qsizetype i = 0; m_problem.ok() && i < tariffs.size(); ++i) {
        const QString p = o.path("tariffs") + u"[%1]"_s.arg(i);
        const bool isString = m_tree.node(tariffs[i]).type == JsonTree::Type::String;
        const QString t = isString ? m_tree.string(tariffs[i]) : QString();
        if (!isString || !tariffCode.matches(t))
            m_problem.fail(p, u"invalid_value"_s, u"expected a tariff code"_s);
        else if (c.tariffs.contains(t))
            m_problem.fail(p, u"duplicate_key"_s, u"tariff listed twice"_s);
        c.tariffs << t;
    }
    if (m_problem.ok() && c.tariffs.size() > 3)
        m_problem.fail(o.path("tariffs"), u"invalid_value"_s, u"at most three tariffs (one per zone)"_s);
    return c;
}

Meter EntityReader::meter() {
    Fields o(m_problem, m_tree, JsonTree::root, m_path);
    o.expectObject();
    Meter m;
    m.id = o.str("id", true, &entityKey, 64);
    m.number = o.str("number", true, nullptr, 32);
    m.contract = o.str("contract", true, &entityKey, 64);
    m.unit = o.str("unit", true, nullptr, 16);
    const QList<int> zones = o.array("zones");
    const int capacity = o.take("capacity", true);
    if (m_problem.ok()) {
        Fields cap(m_problem, m_tree, capacity, o.path("capacity"));
        cap.expectObject();
        m.capacityInteger = int(cap.integer("integer", true, 1, 9).value_or(0));
        m.capacityFraction = int(cap.integer("fraction", true, 0, 6).value_or(0));
        cap.done();
    }
    m.verifiedUntil = o.date("verifiedUntil");
    m.automatic = o.boolean("automatic");
    m.installedAt = o.date("installedAt", false);
    o.done();
    for (const int z : zones)
        m.zones << (m_tree.node(z).type == JsonTree::Type::String ? m_tree.string(z) : QString());
    // Zones are T1, or T1+T2, or T1+T2+T3: a tariff's zones are always the first ones.
    if (m_problem.ok() && (zones.isEmpty() || zones.size() > 3 || m.zones != zoneNames.mid(0, zones.size())))
        m_problem.fail(o.path("zones"), u"invalid_value"_s,
                       u"expected [\"T1\"], [\"T1\",\"T2\"] or [\"T1\",\"T2\",\"T3\"]"_s);
    return m;
}

Reading EntityReader::reading() {
    Fields o(m_problem, m_tree, JsonTree::root, m_path);
    o.expectObject();
    Reading r;
    r.meter = o.str("meter", true, &entityKey, 64);
    r.zone = o.oneOf("zone", zoneNames);
    r.date = o.date("date");
    r.period = o.period("period");
    r.value = o.decimal("value", true, 6, false);
    r.source = o.oneOf("source", readingSources);
    o.done();
    return r;
}

BillLine EntityReader::line(int node, const QString& path) {
    Fields o(m_problem, m_tree, node, path);
    o.expectObject();
    BillLine l;
    l.contract = o.str("contract", true, &entityKey, 64);
    l.zone = o.oneOf("zone", zoneNames, false);
    l.unit = o.str("unit", false, nullptr, 32);
    l.quantity = o.decimal("quantity", false, 6, true);
    l.factor = o.decimal("factor", false, 6, false, false);
    l.tariff = o.integer("tariff", false, 0, maxKopecks);
    l.pricePerUnit = o.integer("pricePerUnit", false, -maxKopecks, maxKopecks);
    l.amounts = readAmounts(o);
    o.done();
    return l;
}

Bill EntityReader::bill() {
    Fields o(m_problem, m_tree, JsonTree::root, m_path);
    o.expectObject();
    Bill b;
    b.account = o.str("account", true, &accountNumber, 15);
    b.period = o.period("period");
    b.totalToPay = o.kopecks("totalToPay");
    b.penalties = o.kopecks("penalties", 0, maxKopecks);
    const QList<int> blocks = o.array("providers");
    o.done();
    if (m_problem.ok() && blocks.isEmpty())
        m_problem.fail(o.path("providers"), u"invalid_value"_s, u"a bill needs at least one provider"_s);
    for (qsizetype i = 0; m_problem.ok() && i < blocks.size(); ++i) {
        Fields p(m_problem, m_tree, blocks[i], o.path("providers") + u"[%1]"_s.arg(i));
        p.expectObject();
        BillProvider bp;
        bp.provider = p.str("provider", true, &code, 32);
        bp.subAccount = p.str("subAccount", true, &subAccount, 20);
        bp.amounts = readAmounts(p);
        const QList<int> services = p.array("services");
        p.done();
        if (m_problem.ok() && services.isEmpty())
            m_problem.fail(p.path("services"), u"invalid_value"_s, u"a provider block needs at least one service"_s);
        for (qsizetype k = 0; m_problem.ok() && k < services.size(); ++k)
            bp.lines << line(services[k], p.path("services") + u"[%1]"_s.arg(k));
        b.providers << bp;
    }
    return b;
}

Payment EntityReader::payment() {
    Fields o(m_problem, m_tree, JsonTree::root, m_path);
    o.expectObject();
    Payment p;
    p.id = o.str("id", true, &paymentId, 64);
    p.date = o.date("date");
    p.account = o.str("account", true, &accountNumber, 15);
    p.provider = o.str("provider", true, &code, 32);
    p.subAccount = o.str("subAccount", true, &subAccount, 20);
    p.amount = o.integer("amount", true, 1, maxKopecks).value_or(0);
    p.status = o.oneOf("status", {u"processing"_s, u"credited"_s});
    const bool credited = p.status == u"credited";
    p.period = o.period("period", credited && m_problem.ok());
    o.done();
    if (m_problem.ok() && !credited && !p.period.isEmpty())
        m_problem.fail(o.path("period"), u"invalid_value"_s, u"a processing payment has no period yet"_s);
    return p;
}

} // namespace lkk::server::billing
