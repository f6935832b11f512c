// The committed demo billing file (resources/demo/billing.json) must add up: every invariant of
// docs/billing-import.md §4 on every bill, every reading within its meter, and the content the demo
// promises (docs/operations.md, "Demo data"). Deliberately independent of the server's importer, so
// the two implementations of the rules check each other.
#include "shared/Decimal.h"
#include "shared/Money.h"

#include <QCoreApplication>
#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QStandardPaths>
#include <QTest>

using lkk::Decimal;
using lkk::Money;
using namespace Qt::StringLiterals;

namespace {

const QStringList moneyColumns = {u"debtStart"_s,   u"paid"_s,    u"charged"_s,   u"socialSupport"_s,
                                  u"adjustments"_s, u"debtEnd"_s, u"penalties"_s, u"totalToPay"_s};

bool isInteger(const QJsonValue& v) {
    const int type = v.toVariant().typeId();
    return type == QMetaType::LongLong || type == QMetaType::Int;
}

QString previousPeriod(const QString& period) {
    int y = period.left(4).toInt();
    int m = period.mid(5, 2).toInt() - 1;
    if (m == 0) {
        m = 12;
        --y;
    }
    return u"%1-%2"_s.arg(y, 4, 10, QChar(u'0')).arg(m, 2, 10, QChar(u'0'));
}

// Collects failures with their JSON path so one run lists many, not just the first.
struct Problems {
    QStringList list;
    void add(const QString& path, const QString& what) { list << path + u": "_s + what; }
    QByteArray report() const { return list.mid(0, 25).join(u'\n').toUtf8(); }
};

} // namespace

class TstDemoData : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void header();
    void keysAreUnique();
    void moneyIsIntegerKopecks();
    void billBalancesAndSums();
    void chargesFollowTariffTimesQuantity();
    void linesReferenceTheirAccountAndProvider();
    void debtCarriesOverBetweenPeriods();
    void paymentsSumToPaid();
    void readingsFitCapacityAndNeverDecrease();
    void demoContentAsPromised();

private:
    QJsonObject m_root;
    QHash<QString, QJsonObject> m_contracts;
    QHash<QString, QJsonObject> m_meters;
    QHash<QString, QJsonObject> m_tariffs;
    QHash<QString, QJsonObject> m_accounts;
};

void TstDemoData::initTestCase() {
    QFile file(QStringLiteral(LKK_DEMO_BILLING_FILE));
    QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.fileName()));
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &error);
    QVERIFY2(doc.isObject(), qPrintable(error.errorString()));
    m_root = doc.object();
    for (const auto& v : m_root[u"contracts"].toArray())
        m_contracts.insert(v[u"code"].toString(), v.toObject());
    for (const auto& v : m_root[u"meters"].toArray())
        m_meters.insert(v[u"id"].toString(), v.toObject());
    for (const auto& v : m_root[u"tariffs"].toArray())
        m_tariffs.insert(v[u"code"].toString(), v.toObject());
    for (const auto& v : m_root[u"accounts"].toArray())
        m_accounts.insert(v[u"number"].toString(), v.toObject());
}

void TstDemoData::header() {
    QCOMPARE(m_root[u"format"].toString(), u"lkk-billing"_s);
    QCOMPARE(m_root[u"version"].toInteger(), 1);
    QCOMPARE(m_root[u"periodUpTo"].toString(), u"2026-11"_s);
    QVERIFY(m_root[u"generatedAt"].toString().startsWith(u"2026-11-"_s));
    for (const char16_t* key :
         {u"providers", u"tariffs", u"accounts", u"contracts", u"meters", u"readings", u"bills", u"payments"})
        QVERIFY2(m_root[QStringView(key)].isArray() && !m_root[QStringView(key)].toArray().isEmpty(),
                 qPrintable(QString::fromUtf16(key)));
}

void TstDemoData::keysAreUnique() {
    Problems p;
    auto unique = [&](const QString& array, auto keyOf) {
        QSet<QString> seen;
        const QJsonArray items = m_root[array].toArray();
        for (qsizetype i = 0; i < items.size(); ++i) {
            const QString key = keyOf(items[i].toObject());
            if (seen.contains(key))
                p.add(u"$.%1[%2]"_s.arg(array).arg(i), u"duplicate key "_s + key);
            seen.insert(key);
        }
    };
    unique(u"providers"_s, [](const QJsonObject& o) -> QString { return o[u"code"].toString(); });
    unique(u"tariffs"_s, [](const QJsonObject& o) -> QString { return o[u"code"].toString(); });
    unique(u"accounts"_s, [](const QJsonObject& o) -> QString { return o[u"number"].toString(); });
    unique(u"contracts"_s, [](const QJsonObject& o) -> QString { return o[u"code"].toString(); });
    unique(u"meters"_s, [](const QJsonObject& o) -> QString { return o[u"id"].toString(); });
    unique(u"readings"_s, [](const QJsonObject& o) -> QString {
        return o[u"meter"].toString() + u'|' + o[u"zone"].toString() + u'|' + o[u"date"].toString();
    });
    unique(u"bills"_s,
           [](const QJsonObject& o) -> QString { return o[u"account"].toString() + u'|' + o[u"period"].toString(); });
    unique(u"payments"_s, [](const QJsonObject& o) -> QString { return o[u"id"].toString(); });
    QVERIFY2(p.list.isEmpty(), p.report());
}

void TstDemoData::moneyIsIntegerKopecks() {
    Problems p;
    const QJsonArray bills = m_root[u"bills"].toArray();
    for (qsizetype b = 0; b < bills.size(); ++b) {
        const QJsonArray blocks = bills[b][u"providers"].toArray();
        for (qsizetype k = 0; k < blocks.size(); ++k) {
            QList<QPair<QString, QJsonObject>> objects{
                {u"$.bills[%1].providers[%2]"_s.arg(b).arg(k), blocks[k].toObject()}};
            const QJsonArray lines = blocks[k][u"services"].toArray();
            for (qsizetype l = 0; l < lines.size(); ++l)
                objects.append({u"$.bills[%1].providers[%2].services[%3]"_s.arg(b).arg(k).arg(l), lines[l].toObject()});
            for (const auto& [path, o] : objects) {
                for (const QString& c : moneyColumns) {
                    if (!isInteger(o[c]))
                        p.add(path + u'.' + c, u"not an integer"_s);
                }
                if (o.contains(u"tariff") && !isInteger(o[u"tariff"]))
                    p.add(path + u".tariff"_s, u"not an integer"_s);
                if (o[u"socialSupport"].toInteger() > 0)
                    p.add(path + u".socialSupport"_s, u"positive"_s);
                if (o[u"penalties"].toInteger() < 0)
                    p.add(path + u".penalties"_s, u"negative"_s);
            }
        }
    }
    for (const auto& v : m_root[u"payments"].toArray()) {
        if (!isInteger(v[u"amount"]) || v[u"amount"].toInteger() <= 0)
            p.add(v[u"id"].toString(), u"amount not a positive integer"_s);
    }
    QVERIFY2(p.list.isEmpty(), p.report());
}

void TstDemoData::billBalancesAndSums() {
    Problems p;
    auto balance = [&](const QString& path, const QJsonObject& o) {
        const qint64 end = o[u"debtStart"].toInteger() - o[u"paid"].toInteger() + o[u"charged"].toInteger() +
                           o[u"socialSupport"].toInteger() + o[u"adjustments"].toInteger();
        if (end != o[u"debtEnd"].toInteger())
            p.add(path, u"debtStart − paid + charged + social + adjustments = %1 ≠ debtEnd %2"_s.arg(end).arg(
                            o[u"debtEnd"].toInteger()));
        if (o[u"debtEnd"].toInteger() + o[u"penalties"].toInteger() != o[u"totalToPay"].toInteger())
            p.add(path, u"totalToPay ≠ debtEnd + penalties"_s);
    };
    const QJsonArray bills = m_root[u"bills"].toArray();
    int lines = 0;
    for (qsizetype b = 0; b < bills.size(); ++b) {
        const QJsonObject bill = bills[b].toObject();
        const QJsonArray blocks = bill[u"providers"].toArray();
        qint64 total = 0, penalties = 0;
        for (qsizetype k = 0; k < blocks.size(); ++k) {
            const QString path = u"$.bills[%1].providers[%2]"_s.arg(b).arg(k);
            const QJsonObject block = blocks[k].toObject();
            balance(path, block);
            QHash<QString, qint64> sums;
            const QJsonArray services = block[u"services"].toArray();
            QVERIFY(!services.isEmpty());
            for (qsizetype l = 0; l < services.size(); ++l) {
                balance(path + u".services[%1]"_s.arg(l), services[l].toObject());
                for (const QString& c : moneyColumns)
                    sums[c] += services[l][c].toInteger();
                ++lines;
            }
            for (const QString& c : moneyColumns) {
                if (sums[c] != block[c].toInteger())
                    p.add(path + u'.' + c, u"%1 ≠ Σ services %2"_s.arg(block[c].toInteger()).arg(sums[c]));
            }
            total += block[u"totalToPay"].toInteger();
            penalties += block[u"penalties"].toInteger();
        }
        if (total != bill[u"totalToPay"].toInteger())
            p.add(u"$.bills[%1].totalToPay"_s.arg(b), u"≠ Σ providers"_s);
        if (penalties != bill[u"penalties"].toInteger())
            p.add(u"$.bills[%1].penalties"_s.arg(b), u"≠ Σ providers"_s);
    }
    QVERIFY2(p.list.isEmpty(), p.report());
    QVERIFY(lines > 500);
}

void TstDemoData::chargesFollowTariffTimesQuantity() {
    Problems p;
    int checked = 0;
    const QJsonArray bills = m_root[u"bills"].toArray();
    for (qsizetype b = 0; b < bills.size(); ++b) {
        const QString period = bills[b][u"period"].toString();
        const QJsonArray blocks = bills[b][u"providers"].toArray();
        for (qsizetype k = 0; k < blocks.size(); ++k) {
            const QJsonArray services = blocks[k][u"services"].toArray();
            for (qsizetype l = 0; l < services.size(); ++l) {
                const QJsonObject line = services[l].toObject();
                const QString path = u"$.bills[%1].providers[%2].services[%3]"_s.arg(b).arg(k).arg(l);
                if (!line.contains(u"quantity")) {
                    if (line.contains(u"tariff") || line.contains(u"factor") || line.contains(u"pricePerUnit"))
                        p.add(path, u"tariff/factor/price without a quantity"_s);
                    continue;
                }
                const auto quantity = Decimal::parse(line[u"quantity"].toString());
                const auto factor = line.contains(u"factor") ? Decimal::parse(line[u"factor"].toString())
                                                             : std::optional<Decimal>(Decimal::fromInteger(1));
                if (!quantity || !factor || !line.contains(u"tariff")) {
                    p.add(path, u"bad quantity, factor or tariff"_s);
                    continue;
                }
                const Money tariff = Money::fromKopecks(line[u"tariff"].toInteger());
                const auto expected = Money::multiply(tariff, *quantity, *factor);
                if (!expected || expected->kopecks() != line[u"charged"].toInteger())
                    p.add(path + u".charged"_s,
                          u"%1 ≠ round(%2 × %3 × %4)"_s.arg(line[u"charged"].toInteger())
                              .arg(quantity->toString(), tariff.toMachineString(), factor->toString()));
                if (line.contains(u"factor")) {
                    const auto price = Money::multiply(tariff, *quantity);
                    if (!line.contains(u"pricePerUnit") || price->kopecks() != line[u"pricePerUnit"].toInteger())
                        p.add(path + u".pricePerUnit"_s, u"≠ round(quantity × tariff)"_s);
                } else if (line.contains(u"pricePerUnit") && line[u"pricePerUnit"] != line[u"tariff"]) {
                    p.add(path + u".pricePerUnit"_s, u"≠ tariff"_s);
                }
                // The line's tariff is the one in force on the period's first day (for its zone).
                const QJsonObject contract = m_contracts.value(line[u"contract"].toString());
                bool found = false;
                for (const auto& code : contract[u"tariffs"].toArray()) {
                    const QJsonObject t = m_tariffs.value(code.toString());
                    if (t[u"zone"].toString() != line[u"zone"].toString())
                        continue;
                    QString bestFrom;
                    qint64 value = -1;
                    for (const auto& h : t[u"history"].toArray()) {
                        const QString from = h[u"from"].toString();
                        if (from <= period + u"-01"_s && from > bestFrom) {
                            bestFrom = from;
                            value = h[u"value"].toInteger();
                        }
                    }
                    found = value == tariff.kopecks();
                }
                if (!found)
                    p.add(path + u".tariff"_s, u"not the contract's tariff in force in "_s + period);
                ++checked;
            }
        }
    }
    QVERIFY2(p.list.isEmpty(), p.report());
    QVERIFY(checked > 400);
}

void TstDemoData::linesReferenceTheirAccountAndProvider() {
    Problems p;
    QSet<QString> providers;
    for (const auto& v : m_root[u"providers"].toArray())
        providers.insert(v[u"code"].toString());
    for (const auto& c : std::as_const(m_contracts)) {
        if (!m_accounts.contains(c[u"account"].toString()) || !providers.contains(c[u"provider"].toString()))
            p.add(c[u"code"].toString(), u"unknown account or provider"_s);
        for (const auto& t : c[u"tariffs"].toArray()) {
            if (!m_tariffs.contains(t.toString()))
                p.add(c[u"code"].toString(), u"unknown tariff "_s + t.toString());
        }
    }
    const QJsonArray bills = m_root[u"bills"].toArray();
    for (qsizetype b = 0; b < bills.size(); ++b) {
        const QString account = bills[b][u"account"].toString();
        if (!m_accounts.contains(account))
            p.add(u"$.bills[%1]"_s.arg(b), u"unknown account"_s);
        QSet<QString> seenProviders, seenLines;
        const QJsonArray blocks = bills[b][u"providers"].toArray();
        for (qsizetype k = 0; k < blocks.size(); ++k) {
            const QString provider = blocks[k][u"provider"].toString();
            if (seenProviders.contains(provider))
                p.add(u"$.bills[%1].providers[%2]"_s.arg(b).arg(k), u"provider twice"_s);
            seenProviders.insert(provider);
            for (const auto& line : blocks[k][u"services"].toArray()) {
                const QJsonObject c = m_contracts.value(line[u"contract"].toString());
                if (c[u"account"].toString() != account || c[u"provider"].toString() != provider ||
                    c[u"subAccount"] != blocks[k][u"subAccount"])
                    p.add(u"$.bills[%1].providers[%2]"_s.arg(b).arg(k),
                          u"line of contract %1 does not belong here"_s.arg(line[u"contract"].toString()));
                const QString key = line[u"contract"].toString() + u'|' + line[u"zone"].toString();
                if (seenLines.contains(key))
                    p.add(u"$.bills[%1]"_s.arg(b), u"line twice: "_s + key);
                seenLines.insert(key);
            }
        }
    }
    QVERIFY2(p.list.isEmpty(), p.report());
}

void TstDemoData::debtCarriesOverBetweenPeriods() {
    Problems p;
    QHash<QString, qint64> debtEnd; // account|period|contract|zone
    const QJsonArray bills = m_root[u"bills"].toArray();
    for (const auto& bill : bills) {
        for (const auto& block : bill[u"providers"].toArray()) {
            for (const auto& line : block[u"services"].toArray())
                debtEnd.insert(bill[u"account"].toString() + u'|' + bill[u"period"].toString() + u'|' +
                                   line[u"contract"].toString() + u'|' + line[u"zone"].toString(),
                               line[u"debtEnd"].toInteger());
        }
    }
    int carried = 0;
    for (qsizetype b = 0; b < bills.size(); ++b) {
        const QString prev = previousPeriod(bills[b][u"period"].toString());
        for (const auto& block : bills[b][u"providers"].toArray()) {
            for (const auto& line : block[u"services"].toArray()) {
                const QString key = bills[b][u"account"].toString() + u'|' + prev + u'|' +
                                    line[u"contract"].toString() + u'|' + line[u"zone"].toString();
                if (!debtEnd.contains(key))
                    continue;
                ++carried;
                if (debtEnd.value(key) != line[u"debtStart"].toInteger())
                    p.add(u"$.bills[%1]"_s.arg(b), u"debtStart ≠ previous debtEnd for "_s + key);
            }
        }
    }
    QVERIFY2(p.list.isEmpty(), p.report());
    QVERIFY(carried > 400);
}

void TstDemoData::paymentsSumToPaid() {
    Problems p;
    QHash<QString, qint64> credited; // account|subAccount|period
    QHash<QString, QString> providerOfSub;
    for (const auto& c : std::as_const(m_contracts))
        providerOfSub.insert(c[u"account"].toString() + u'|' + c[u"subAccount"].toString(), c[u"provider"].toString());
    int processing = 0;
    for (const auto& v : m_root[u"payments"].toArray()) {
        const QJsonObject pay = v.toObject();
        const QString sub = pay[u"account"].toString() + u'|' + pay[u"subAccount"].toString();
        if (providerOfSub.value(sub) != pay[u"provider"].toString())
            p.add(pay[u"id"].toString(), u"sub-account is not the provider's"_s);
        const QString status = pay[u"status"].toString();
        if (status == u"credited") {
            if (!pay[u"period"].isString() || pay[u"date"].toString().left(7) > pay[u"period"].toString())
                p.add(pay[u"id"].toString(), u"credited without a period, or paid after it"_s);
            credited[sub + u'|' + pay[u"period"].toString()] += pay[u"amount"].toInteger();
        } else if (status == u"processing") {
            ++processing;
            if (pay.contains(u"period"))
                p.add(pay[u"id"].toString(), u"processing payment with a period"_s);
        } else {
            p.add(pay[u"id"].toString(), u"unknown status"_s);
        }
    }
    QSet<QString> billed;
    const QJsonArray bills = m_root[u"bills"].toArray();
    for (qsizetype b = 0; b < bills.size(); ++b) {
        const QJsonArray blocks = bills[b][u"providers"].toArray();
        for (qsizetype k = 0; k < blocks.size(); ++k) {
            const QString key = bills[b][u"account"].toString() + u'|' + blocks[k][u"subAccount"].toString() + u'|' +
                                bills[b][u"period"].toString();
            billed.insert(key);
            if (credited.value(key) != blocks[k][u"paid"].toInteger())
                p.add(u"$.bills[%1].providers[%2].paid"_s.arg(b).arg(k),
                      u"%1 ≠ credited payments %2"_s.arg(blocks[k][u"paid"].toInteger()).arg(credited.value(key)));
        }
    }
    for (auto it = credited.cbegin(); it != credited.cend(); ++it) {
        if (!billed.contains(it.key()))
            p.add(it.key(), u"credited payments in a period without a bill"_s);
    }
    QVERIFY2(p.list.isEmpty(), p.report());
    QVERIFY(processing > 0);
}

void TstDemoData::readingsFitCapacityAndNeverDecrease() {
    Problems p;
    QHash<QString, Decimal> last; // meter|zone -> value
    QHash<QString, QString> lastDate;
    const QJsonArray readings = m_root[u"readings"].toArray();
    // The file lists readings by meter, zone and date; the check relies on it and verifies it.
    for (qsizetype i = 0; i < readings.size(); ++i) {
        const QJsonObject r = readings[i].toObject();
        const QString path = u"$.readings[%1]"_s.arg(i);
        const QJsonObject meter = m_meters.value(r[u"meter"].toString());
        if (meter.isEmpty()) {
            p.add(path, u"unknown meter"_s);
            continue;
        }
        if (!meter[u"zones"].toArray().contains(r[u"zone"]))
            p.add(path, u"zone not on the meter"_s);
        const int intDigits = meter[u"capacity"][u"integer"].toInt();
        const int fracDigits = meter[u"capacity"][u"fraction"].toInt();
        const auto value = Decimal::parse(r[u"value"].toString(), fracDigits);
        if (!value || value->isNegative() || value->integerDigits() > intDigits) {
            p.add(path + u".value"_s,
                  u"%1 does not fit %2.%3"_s.arg(r[u"value"].toString()).arg(intDigits).arg(fracDigits));
            continue;
        }
        if (r[u"date"].toString() > meter[u"verifiedUntil"].toString())
            p.add(path, u"reading after the verification expired"_s);
        if (r[u"period"].toString() > m_root[u"periodUpTo"].toString() ||
            r[u"date"].toString().left(7) > r[u"period"].toString())
            p.add(path, u"period after periodUpTo or before the date"_s);
        const QString key = r[u"meter"].toString() + u'|' + r[u"zone"].toString();
        if (last.contains(key)) {
            if (r[u"date"].toString() <= lastDate.value(key))
                p.add(path, u"not in date order"_s);
            if (*value->compare(last.value(key)) < 0)
                p.add(path + u".value"_s, u"below the previous reading "_s + last.value(key).toString());
        }
        last.insert(key, *value);
        lastDate.insert(key, r[u"date"].toString());
    }
    QVERIFY2(p.list.isEmpty(), p.report());
    QVERIFY(readings.size() > 300);
}

void TstDemoData::demoContentAsPromised() {
    const QString upTo = m_root[u"periodUpTo"].toString();
    // (1) the manual's ЕПД account.
    const QJsonObject epd = m_accounts.value(u"100103492"_s);
    QCOMPARE(epd[u"kind"].toString(), u"epd"_s);
    QCOMPARE(epd[u"address"][u"full"].toString(),
             u"634583, Томская обл., Томский р-н, Октябрьское с., Ласточкина ул., д.13, кв.11"_s);
    QCOMPARE(epd[u"totalArea"].toString(), u"60.6"_s);
    QCOMPARE(epd[u"residents"].toInt(), 1);
    QSet<QString> subAccounts;
    int hot = 0, cold = 0;
    for (const auto& c : std::as_const(m_contracts)) {
        if (c[u"account"] == epd[u"number"])
            subAccounts.insert(c[u"provider"].toString() + u'|' + c[u"subAccount"].toString());
    }
    QCOMPARE(subAccounts.size(), 6);
    QVERIFY(subAccounts.contains(u"ztk|878100103492"_s));
    for (const auto& m : std::as_const(m_meters)) {
        const QJsonObject c = m_contracts.value(m[u"contract"].toString());
        if (c[u"account"] != epd[u"number"])
            continue;
        QCOMPARE(m[u"capacity"][u"integer"].toInt(), 6);
        QCOMPARE(m[u"capacity"][u"fraction"].toInt(), 3);
        hot += c[u"serviceKind"] == u"hot_water"_s;
        cold += c[u"serviceKind"] == u"cold_water"_s;
    }
    QCOMPARE(hot, 2);
    QCOMPARE(cold, 2);

    // At least three years of monthly bills, without gaps, up to periodUpTo, for every account.
    QHash<QString, QStringList> periods;
    bool penalties = false, partial = false, social = false, adjusted = false;
    for (const auto& bill : m_root[u"bills"].toArray()) {
        periods[bill[u"account"].toString()] << bill[u"period"].toString();
        for (const auto& block : bill[u"providers"].toArray()) {
            penalties = penalties || (bill[u"account"] == epd[u"number"] && block[u"penalties"].toInteger() > 0);
            partial = partial || (bill[u"account"] == epd[u"number"] && block[u"paid"].toInteger() > 0 &&
                                  block[u"paid"].toInteger() < block[u"debtStart"].toInteger());
            social = social || block[u"socialSupport"].toInteger() < 0;
            adjusted = adjusted || block[u"adjustments"].toInteger() != 0;
        }
    }
    QVERIFY(penalties);
    QVERIFY(partial);
    QVERIFY(social);
    QVERIFY(adjusted);
    QCOMPARE(periods.size(), m_accounts.size());
    for (auto it = periods.begin(); it != periods.end(); ++it) {
        QStringList& list = it.value();
        std::sort(list.begin(), list.end());
        QVERIFY2(list.size() >= 36, qPrintable(it.key()));
        QCOMPARE(list.last(), upTo);
        for (qsizetype i = 1; i < list.size(); ++i)
            QCOMPARE(previousPeriod(list[i]), list[i - 1]);
    }

    // (2) an electricity account with a day/night meter, (3) an expired verification,
    // (4) accounts nobody is expected to own yet: here at least five accounts with link codes.
    bool twoZone = false, expired = false, automatic = false;
    for (const auto& m : std::as_const(m_meters)) {
        const QJsonObject c = m_contracts.value(m[u"contract"].toString());
        const QString kind = m_accounts.value(c[u"account"].toString())[u"kind"].toString();
        twoZone = twoZone || (kind == u"electricity" && m[u"zones"].toArray().size() == 2);
        expired = expired || m[u"verifiedUntil"].toString() < upTo + u"-01"_s;
        automatic = automatic || m[u"automatic"].toBool();
    }
    QVERIFY(twoZone);
    QVERIFY(expired);
    QVERIFY(automatic);
    QVERIFY(m_accounts.size() >= 5);
    QSet<QString> codes;
    for (const auto& a : std::as_const(m_accounts))
        codes.insert(a[u"linkCode"].toString());
    QCOMPARE(codes.size(), m_accounts.size());
}

int main(int argc, char** argv) {
    QCoreApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    TstDemoData test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_demo_data.moc"
