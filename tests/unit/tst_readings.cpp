// Readings core without a server: the codec on payloads in the contract's shapes, the
// submission rules with the server's wording (capacity, below the last, rollover, high
// consumption, closed window, refused meters), the display formats, the history tree model (with
// QAbstractItemModelTester) and the chart series.
#include "app/readings/ConsumptionSeries.h"
#include "app/readings/ReadingRules.h"
#include "app/readings/ReadingsCodec.h"
#include "app/readings/ReadingsFormat.h"
#include "app/readings/ReadingsHistoryModel.h"
#include "app/readings/ReadingsOperations.h"
#include "shared/MonthText.h"
#include "tests/support/FixtureCheck.h"
#include "tests/unit/ModelAlignment.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace lkk;

namespace {

QByteArray toJson(const QJsonObject& o) {
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

QJsonObject waterMeter() {
    return QJsonObject{{"id"_L1, 41},
                       {"number"_L1, u"517480"_s},
                       {"service"_L1, u"Горячая вода"_s},
                       {"provider"_L1, u"МУП ЖКХ «Октябрьское»"_s},
                       {"subAccount"_L1, u"887100103492"_s},
                       {"unit"_L1, u"м3"_s},
                       {"zones"_L1, QJsonArray{u"T1"_s}},
                       {"capacity"_L1, QJsonObject{{"integer"_L1, 6}, {"fraction"_L1, 3}}},
                       {"verifiedUntil"_L1, u"2099-01-01"_s},
                       {"accepts"_L1, true},
                       {"refusal"_L1, QJsonValue::Null},
                       {"lastReading"_L1, QJsonObject{{"date"_L1, u"2026-11-06"_s},
                                                      {"period"_L1, u"2026-11"_s},
                                                      {"values"_L1, QJsonObject{{"T1"_L1, u"74.000"_s}}}}},
                       {"averageConsumption"_L1, QJsonObject{{"T1"_L1, u"12.500"_s}}},
                       {"currentSubmission"_L1, QJsonValue::Null}};
}

QJsonObject dayNightMeter() {
    return QJsonObject{
        {"id"_L1, 52},
        {"number"_L1, u"09871234"_s},
        {"service"_L1, u"Электроэнергия"_s},
        {"provider"_L1, u"АО «Томскэнергосбыт»"_s},
        {"subAccount"_L1, u"7012045318"_s},
        {"unit"_L1, u"кВт·ч"_s},
        {"zones"_L1, QJsonArray{u"T1"_s, u"T2"_s}},
        {"capacity"_L1, QJsonObject{{"integer"_L1, 5}, {"fraction"_L1, 1}}},
        {"verifiedUntil"_L1, u"2030-06-30"_s},
        {"accepts"_L1, true},
        {"refusal"_L1, QJsonValue::Null},
        {"lastReading"_L1, QJsonObject{{"date"_L1, u"2026-10-20"_s},
                                       {"period"_L1, u"2026-10"_s},
                                       {"values"_L1, QJsonObject{{"T1"_L1, u"99990.0"_s}, {"T2"_L1, u"1200.5"_s}}}}},
        {"averageConsumption"_L1, QJsonValue::Null},
        {"currentSubmission"_L1, QJsonObject{{"submissionId"_L1, u"6b3f0c1e-0000-4000-8000-000000000001"_s},
                                             {"submittedAt"_L1, u"2026-11-20T03:15:00Z"_s},
                                             {"values"_L1, QJsonObject{{"T1"_L1, u"5.0"_s}, {"T2"_L1, u"1210.0"_s}}}}}};
}

QJsonObject formJson(bool open = true) {
    QJsonObject window{
        {"open"_L1, open},
        {"fromDay"_L1, 15},
        {"toDay"_L1, 25},
        {"timeZone"_L1, u"Asia/Tomsk"_s},
        {"opensAt"_L1, open ? QJsonValue(QJsonValue::Null) : QJsonValue(u"2026-12-15T00:00:00+07:00"_s)},
        {"closesAt"_L1, open ? QJsonValue(u"2026-11-25T23:59:59+07:00"_s) : QJsonValue(QJsonValue::Null)},
        {"message"_L1, open ? u"Показания принимаются с 15 по 25 число месяца (по томскому времени)."_s
                            : u"Показания принимаются с 15 по 25 число месяца (по томскому времени). "
                              u"Приём откроется 15.12.2026."_s}};
    return QJsonObject{{"period"_L1, u"2026-11"_s},
                       {"today"_L1, u"2026-11-20"_s},
                       {"window"_L1, window},
                       {"meters"_L1, QJsonArray{waterMeter(), dayNightMeter()}}};
}

QJsonObject historyJson() {
    const QJsonObject water{
        {"id"_L1, 41},
        {"number"_L1, u"517480"_s},
        {"service"_L1, u"Горячая вода"_s},
        {"provider"_L1, u"МУП ЖКХ «Октябрьское»"_s},
        {"subAccount"_L1, u"887100103492"_s},
        {"unit"_L1, u"м3"_s},
        {"zones"_L1, QJsonArray{u"T1"_s}},
        {"readings"_L1, QJsonArray{QJsonObject{{"date"_L1, u"2026-11-06"_s},
                                               {"period"_L1, u"2026-11"_s},
                                               {"values"_L1, QJsonObject{{"T1"_L1, u"74.000"_s}}},
                                               {"source"_L1, u"customer"_s}},
                                   QJsonObject{{"date"_L1, u"2026-10-07"_s},
                                               {"period"_L1, u"2026-10"_s},
                                               {"values"_L1, QJsonObject{{"T1"_L1, u"61.500"_s}}},
                                               {"source"_L1, u"operator"_s}}}},
        {"consumption"_L1,
         QJsonArray{QJsonObject{{"period"_L1, u"2026-11"_s}, {"values"_L1, QJsonObject{{"T1"_L1, u"12.500"_s}}}}}}};
    const QJsonObject dayNight{
        {"id"_L1, 52},
        {"number"_L1, u"09871234"_s},
        {"service"_L1, u"Электроэнергия"_s},
        {"provider"_L1, u"АО «Томскэнергосбыт»"_s},
        {"subAccount"_L1, u"7012045318"_s},
        {"unit"_L1, u"кВт·ч"_s},
        {"zones"_L1, QJsonArray{u"T1"_s, u"T2"_s}},
        {"readings"_L1, QJsonArray{QJsonObject{{"date"_L1, u"2026-10-20"_s},
                                               {"period"_L1, u"2026-10"_s},
                                               {"values"_L1, QJsonObject{{"T2"_L1, u"1200.5"_s}}},
                                               {"source"_L1, u"customer"_s},
                                               {"submittedBy"_L1, u"other"_s}}}},
        {"consumption"_L1,
         QJsonArray{QJsonObject{{"period"_L1, u"2026-09"_s},
                                {"values"_L1, QJsonObject{{"T1"_L1, u"150.0"_s}, {"T2"_L1, u"80.5"_s}}}},
                    QJsonObject{{"period"_L1, u"2026-10"_s}, {"values"_L1, QJsonObject{{"T1"_L1, u"15.0"_s}}}}}}};
    const QJsonObject empty{{"id"_L1, 53},
                            {"number"_L1, u"777"_s},
                            {"service"_L1, u"Холодная вода"_s},
                            {"provider"_L1, u"ООО «Водоканал»"_s},
                            {"subAccount"_L1, u"1"_s},
                            {"unit"_L1, u"м3"_s},
                            {"zones"_L1, QJsonArray{u"T1"_s}},
                            {"readings"_L1, QJsonArray{}},
                            {"consumption"_L1, QJsonArray{}}};
    return QJsonObject{{"meters"_L1, QJsonArray{water, dayNight, empty}}};
}

ReadingsForm form(bool open = true) {
    auto parsed = json::parseReadingsForm(toJson(formJson(open)));
    LKK_FIXTURE_CHECK(parsed.ok());
    return parsed.value();
}

const QChar nbsp(0x00A0);

} // namespace

class TestReadings : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() {
        QStandardPaths::setTestModeEnabled(true);
        QLocale::setDefault(QLocale(QLocale::Russian, QLocale::Russia));
    }

    // ---- codec ----
    void parsesTheForm() {
        const ReadingsForm f = form();
        QCOMPARE(f.period, u"2026-11"_s);
        QCOMPARE(f.today, QDate(2026, 11, 20));
        QVERIFY(f.window.open);
        QCOMPARE(f.window.fromDay, 15);
        QCOMPARE(f.window.toDay, 25);
        QVERIFY(!f.window.opensAt.isValid());
        QCOMPARE(f.window.closesAt.toUTC(), QDateTime(QDate(2026, 11, 25), QTime(16, 59, 59), Qt::UTC));
        QCOMPARE(f.meters.size(), 2);
        const ReadingsFormMeter& w = f.meters.at(0);
        QCOMPARE(w.id, 41);
        QCOMPARE(w.zones, QStringList{u"T1"_s});
        QCOMPARE(w.capacityInteger, 6);
        QCOMPARE(w.capacityFraction, 3);
        QCOMPARE(w.verifiedUntil, QDate(2099, 1, 1));
        QVERIFY(w.accepts);
        QVERIFY(!w.refusal);
        QCOMPARE(w.lastReading->date, QDate(2026, 11, 6));
        QCOMPARE(w.lastReading->values.value(u"T1"_s), u"74.000"_s);
        QCOMPARE(w.averageConsumption->value(u"T1"_s), u"12.500"_s);
        QVERIFY(!w.currentSubmission);
        const ReadingsFormMeter& e = f.meters.at(1);
        QCOMPARE(e.zones, (QStringList{u"T1"_s, u"T2"_s}));
        QVERIFY(!e.averageConsumption);
        QCOMPARE(e.currentSubmission->values.value(u"T2"_s), u"1210.0"_s);
        QCOMPARE(e.currentSubmission->submittedAt, QDateTime(QDate(2026, 11, 20), QTime(3, 15), Qt::UTC));
    }

    void parsesAClosedWindowAndRefusals() {
        QJsonObject o = formJson(false);
        QJsonArray meters = o.value("meters"_L1).toArray();
        QJsonObject m = meters.at(0).toObject();
        m.insert("accepts"_L1, false);
        m.insert("refusal"_L1, QJsonObject{{"code"_L1, u"meter_verification_expired"_s},
                                           {"message"_L1, u"Истёк срок поверки счётчика (МПИ 31.08.2025)."_s}});
        meters.replace(0, m);
        o.insert("meters"_L1, meters);
        const auto f = json::parseReadingsForm(toJson(o));
        QVERIFY(f.ok());
        QVERIFY(!f.value().window.open);
        QCOMPARE(f.value().window.opensAt.toUTC(), QDateTime(QDate(2026, 12, 14), QTime(17, 0), Qt::UTC));
        QCOMPARE(f.value().meters.at(0).refusal->code, u"meter_verification_expired"_s);
    }

    void refusesBrokenForms_data() {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("mentions");
        QJsonObject noZones = formJson();
        QJsonArray meters = noZones.value("meters"_L1).toArray();
        QJsonObject m = meters.at(1).toObject();
        m.insert("zones"_L1, QJsonArray{});
        meters.replace(1, m);
        noZones.insert("meters"_L1, meters);
        QTest::newRow("no zones") << toJson(noZones) << u"meters[1].zones"_s;
        QJsonObject badValue = formJson();
        meters = badValue.value("meters"_L1).toArray();
        m = meters.at(0).toObject();
        m.insert("lastReading"_L1,
                 QJsonObject{{"date"_L1, u"2026-11-06"_s}, {"values"_L1, QJsonObject{{"T1"_L1, 74.0}}}});
        meters.replace(0, m);
        badValue.insert("meters"_L1, meters);
        QTest::newRow("number instead of decimal text") << toJson(badValue) << u"meters[0].lastReading.values"_s;
        QJsonObject noWindow = formJson();
        noWindow.remove("window"_L1);
        QTest::newRow("no window") << toJson(noWindow) << u"window"_s;
        QTest::newRow("not json") << QByteArray("{") << u"invalid JSON"_s;
    }
    void refusesBrokenForms() {
        QFETCH(QByteArray, body);
        QFETCH(QString, mentions);
        const auto f = json::parseReadingsForm(body);
        QVERIFY(!f.ok());
        QCOMPARE(f.error().kind, ApiError::Kind::Protocol);
        QVERIFY2(f.error().message.contains(mentions), qPrintable(f.error().message));
    }

    void encodesASubmission() {
        ReadingSubmission s;
        s.submissionId = u"0d2c7f6e-1111-4222-8333-944455556666"_s;
        s.accountId = 7;
        s.meterId = 41;
        s.values = {{u"T1"_s, u"80.500"_s}};
        s.confirmHighConsumption = true;
        const SubmitReadingOperation op{s};
        const ApiRequest request = op.request();
        QCOMPARE(request.method, QByteArray("POST"));
        QCOMPARE(request.path, u"/accounts/7/readings"_s);
        const QJsonObject body = QJsonDocument::fromJson(request.body).object();
        QCOMPARE(body.value("submissionId"_L1).toString(), s.submissionId);
        QCOMPARE(body.value("meterId"_L1).toInteger(), 41);
        QCOMPARE(body.value("values"_L1).toObject().value("T1"_L1).toString(), u"80.500"_s);
        QCOMPARE(body.value("confirmRollover"_L1).toBool(true), false);
        QCOMPARE(body.value("confirmHighConsumption"_L1).toBool(), true);
        QVERIFY(!body.contains("accountId"_L1)); // in the path only
    }

    void parsesTheAnswerAndAReplay() {
        const QJsonObject answer{{"submissionId"_L1, u"abc-12345"_s},
                                 {"meterId"_L1, 41},
                                 {"period"_L1, u"2026-11"_s},
                                 {"submittedAt"_L1, u"2026-11-26T10:15:00Z"_s},
                                 {"values"_L1, QJsonObject{{"T1"_L1, u"80.500"_s}}},
                                 {"consumption"_L1, QJsonObject{{"T1"_L1, u"6.500"_s}}},
                                 {"replaced"_L1, true},
                                 {"message"_L1, u"Показания за ноябрь 2026 заменены новыми."_s}};
        auto created = SubmitReadingOperation::parse({201, toJson(answer), {}});
        QVERIFY(created.ok());
        QVERIFY(!created.value().replay);
        QVERIFY(created.value().replaced);
        QCOMPARE(created.value().consumption.value(u"T1"_s), u"6.500"_s);
        auto replay = SubmitReadingOperation::parse({200, toJson(answer), {}});
        QVERIFY(replay.ok());
        QVERIFY(replay.value().replay);
        QVERIFY(!SubmitReadingOperation::parse({201, "{\"submissionId\":1}", {}}).ok());
    }

    void historyRequestCarriesTheRange() {
        const GetReadingsHistoryOperation op{7, QDate(2025, 12, 1), QDate(2026, 11, 26)};
        QCOMPARE(op.request().path, u"/accounts/7/readings"_s);
        QCOMPARE(op.request().query, u"from=2025-12-01&to=2026-11-26"_s);
        QCOMPARE((GetReadingsHistoryOperation{7, {}, {}}.request().query), QString());
        QCOMPARE((GetReadingsFormOperation{7}.request().path), u"/accounts/7/readings/form"_s);
    }

    void parsesTheHistory() {
        const auto h = json::parseReadingsHistory(toJson(historyJson()));
        QVERIFY2(h.ok(), qPrintable(h.ok() ? QString() : h.error().message));
        QCOMPARE(h.value().meters.size(), 3);
        QCOMPARE(h.value().meters.at(0).readings.at(1).source, u"operator"_s);
        QCOMPARE(h.value().meters.at(1).consumption.at(0).values.value(u"T2"_s), u"80.5"_s);
        QVERIFY(!h.value().meters.at(1).readings.at(0).values.contains(u"T1"_s));
        QVERIFY(
            !json::parseReadingsHistory(
                 R"({"meters":[{"id":1,"number":"1","zones":["T1"],"readings":[{"date":"2026-13-01","values":{}}],"consumption":[]}]})")
                 .ok());
    }

    // ---- rules ----
    void formatAndCapacity_data() {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("normalized"); // empty: refused
        QTest::addColumn<QString>("error");
        const QString capacity = ReadingRules::capacityText(6, 3);
        QTest::newRow("comma") << u"80,5"_s << u"80.500"_s << QString();
        QTest::newRow("dot") << u"80.5"_s << u"80.500"_s << QString();
        QTest::newRow("spaces") << u" 1 080,25 "_s << u"1080.250"_s << QString();
        QTest::newRow("max") << u"999999.999"_s << u"999999.999"_s << QString();
        QTest::newRow("leading zeros") << u"0000074"_s << u"74.000"_s << QString();
        QTest::newRow("too many integer digits") << u"1000000"_s << QString() << capacity;
        QTest::newRow("too many fraction digits") << u"1.2345"_s << QString() << capacity;
        QTest::newRow("empty") << u"  "_s << QString() << ReadingRules::emptyText();
        QTest::newRow("negative") << u"-5"_s << QString() << ReadingRules::syntaxText();
        QTest::newRow("two separators") << u"1,2.3"_s << QString() << ReadingRules::syntaxText();
        QTest::newRow("letters") << u"12a"_s << QString() << ReadingRules::syntaxText();
        QTest::newRow("exponent") << u"1e3"_s << QString() << ReadingRules::syntaxText();
        QTest::newRow("lone separator") << u","_s << QString() << ReadingRules::syntaxText();
        QTest::newRow("arabic-indic digits") << u"٣"_s << QString() << ReadingRules::syntaxText();
    }
    void formatAndCapacity() {
        QFETCH(QString, input);
        QFETCH(QString, normalized);
        QFETCH(QString, error);
        const ReadingsFormMeter meter = form().meters.at(0);
        QString message;
        const auto value = ReadingRules::parseValue(input, meter, &message);
        QCOMPARE(value ? value->toString() : QString(), normalized);
        QCOMPARE(message, error);
    }

    void capacityTextIsTheServers() {
        QCOMPARE(ReadingRules::capacityText(6, 3), u"At most 6 digits before the decimal point and 3 after it"_s);
        QCOMPARE(ReadingRules::capacityText(5, 0), u"At most 5 digits, without a fraction"_s);
    }

    void consumptionAndAllZonesRequired() {
        const ReadingsForm f = form();
        const ReadingCheck ok = ReadingRules::check(f.window, f.meters.at(0), {{u"T1"_s, u"80,5"_s}}, false, false);
        QVERIFY(ok.canSend());
        QCOMPARE(ok.zones.at(0).consumption->toString(), u"6.500"_s);
        QCOMPARE(ok.normalizedValues(), (ZoneValues{{u"T1"_s, u"80.500"_s}}));
        // Equal to the last one is fine (no consumption).
        QVERIFY(ReadingRules::check(f.window, f.meters.at(0), {{u"T1"_s, u"74"_s}}, false, false).canSend());
        // Two zones: both must be filled.
        const ReadingCheck missing =
            ReadingRules::check(f.window, f.meters.at(1), {{u"T1"_s, u"99995"_s}}, false, false);
        QVERIFY(!missing.canSend());
        QVERIFY(missing.zones.at(0).error.isEmpty());
        QCOMPARE(missing.zones.at(1).error, ReadingRules::emptyText());
    }

    void belowTheLastNeedsARolloverConfirmation() {
        const ReadingsForm f = form();
        const ReadingsFormMeter& meter = f.meters.at(1); // 5.1, last T1 99990.0
        const ZoneValues input{{u"T1"_s, u"5,0"_s}, {u"T2"_s, u"1210"_s}};
        const ReadingCheck asked = ReadingRules::check(f.window, meter, input, false, false);
        QVERIFY(!asked.canSend());
        QVERIFY(asked.needsRolloverConfirmation());
        QVERIFY(!asked.hasFormatErrors());
        // Two zones: the warning names its zone and both figures.
        QCOMPARE(asked.zones.at(0).warning, u"T1 (day): The reading 5,0 is below the previous one, 99"_s + nbsp +
                                                u"990,0. If it is a typo, correct it; confirm only if the meter has "
                                                u"run past its largest value and started again from zero."_s);
        QVERIFY(!asked.zones.at(1).belowPrevious);
        const ReadingCheck confirmed = ReadingRules::check(f.window, meter, input, true, false);
        QVERIFY(confirmed.canSend());
        // (10^5 − 99990.0) + 5.0 = 15.0, exactly as the server counts it.
        QCOMPARE(confirmed.zones.at(0).consumption->toString(), u"15.0"_s);
        QCOMPARE(confirmed.zones.at(1).consumption->toString(), u"9.5"_s);
    }

    void highConsumptionNeedsAConfirmation() {
        const ReadingsForm f = form();
        const ReadingsFormMeter& meter = f.meters.at(0); // last 74.000, average 12.500
        // 3 × 12.5 = 37.5: 74 + 37.5 = 111.5 is still fine, 111.501 is not.
        QVERIFY(ReadingRules::check(f.window, meter, {{u"T1"_s, u"111.5"_s}}, false, false).canSend());
        const ReadingCheck high = ReadingRules::check(f.window, meter, {{u"T1"_s, u"1274"_s}}, false, false);
        QVERIFY(high.needsHighConsumptionConfirmation());
        QCOMPARE(high.highConsumptionText(), u"Consumption of 1"_s + nbsp +
                                                 u"200,000 м3 is much higher than usual (12,500 a month on average). "
                                                 u"Check the reading and confirm."_s);
        QVERIFY(!ReadingRules::check(f.window, meter, {{u"T1"_s, u"111.501"_s}}, false, false).canSend());
        QVERIFY(ReadingRules::check(f.window, meter, {{u"T1"_s, u"1274"_s}}, false, true).canSend());
        // Without an average (not enough history) there is no such warning.
        QVERIFY(
            ReadingRules::check(f.window, f.meters.at(1), {{u"T1"_s, u"99999"_s}, {u"T2"_s, u"9999"_s}}, false, false)
                .canSend());
    }

    void closedWindowAndRefusedMeterBlockSending() {
        const ReadingsForm closed = form(false);
        const ReadingCheck c =
            ReadingRules::check(closed.window, closed.meters.at(0), {{u"T1"_s, u"80"_s}}, false, false);
        QVERIFY(!c.canSend());
        QCOMPARE(c.refusal, closed.window.message);
        ReadingsForm open = form();
        ReadingsFormMeter expired = open.meters.at(0);
        expired.accepts = false;
        expired.refusal = ReadingRefusal{u"meter_verification_expired"_s, u"Истёк срок поверки счётчика."_s};
        const ReadingCheck r = ReadingRules::check(open.window, expired, {{u"T1"_s, u"80"_s}}, false, false);
        QVERIFY(!r.canSend());
        QCOMPARE(r.refusal, u"Истёк срок поверки счётчика."_s);
        expired.refusal.reset();
        QCOMPARE(ReadingRules::check(open.window, expired, {{u"T1"_s, u"80"_s}}, false, false).refusal,
                 ReadingRules::notAcceptedText());
    }

    // ---- formats ----
    void formats() {
        QCOMPARE(readingsformat::grouped(u"99990.000"_s), u"99"_s + nbsp + u"990,000"_s);
        QCOMPARE(readingsformat::grouped(u"1234567.5"_s), u"1"_s + nbsp + u"234"_s + nbsp + u"567,5"_s);
        QCOMPARE(readingsformat::grouped(u"74"_s), u"74"_s);
        QCOMPARE(readingsformat::withUnit(u"74.000"_s, u"м3"_s), u"74,000"_s + nbsp + u"м3"_s);
        QCOMPARE(readingsformat::monthYear(u"2026-11"_s), u"ноябрь 2026"_s);
        QCOMPARE(readingsformat::shortMonthYear(u"2026-11"_s), u"ноя 2026"_s);
        QCOMPARE(readingsformat::shortMonthYear(u"2026-05"_s), u"май 2026"_s);
        QCOMPARE(readingsformat::shortMonthYear(u"bad"_s), u"bad"_s);
        QCOMPARE(readingsformat::zoneLabel(u"T2"_s), u"T2 (night)"_s); // untranslated in this test
    }

    // In an English sentence a month keeps its capital: «To pay for November 2026».
    void monthsInEnglish() {
        const QLocale before;
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        const QString month = readingsformat::monthYear(u"2026-11"_s);
        const QString shortMonth = readingsformat::shortMonthYear(u"2026-05"_s);
        const QString inText = monthInText(11);
        QLocale::setDefault(before);
        QCOMPARE(month, u"November 2026"_s);
        QCOMPARE(shortMonth, u"May 2026"_s);
        QCOMPARE(inText, u"November"_s);
        QCOMPARE(monthInText(11), u"ноябрь"_s);
    }

    // ---- history model ----
    void historyModel() {
        ReadingsHistoryModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setHistory(json::parseReadingsHistory(toJson(historyJson())).value());
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.columnCount(), 4); // date, period, T1, T2
        QCOMPARE(model.headerData(0, Qt::Horizontal).toString(), u"Date"_s);
        QCOMPARE(model.headerData(1, Qt::Horizontal).toString(), u"Counted in the bill for"_s);
        QCOMPARE(model.headerData(3, Qt::Horizontal).toString(), u"T2 (night)"_s);
        // The readings' headers stand right-aligned over their right-aligned figures.
        QCOMPARE(lkk::test::horizontalAlignment(model.headerData(2, Qt::Horizontal, Qt::TextAlignmentRole)),
                 Qt::AlignRight);
        QCOMPARE(lkk::test::horizontalAlignment(model.headerData(0, Qt::Horizontal, Qt::TextAlignmentRole)),
                 Qt::AlignLeft);
        const QModelIndex water = model.index(0, 0);
        QCOMPARE(water.data().toString(),
                 u"Горячая вода - meter № 517480\nМУП ЖКХ «Октябрьское» - account № 887100103492"_s);
        QVERIFY(water.data(ReadingsHistoryModel::IsMeterRole).toBool());
        QCOMPARE(water.data(ReadingsHistoryModel::MeterIdRole).toLongLong(), 41);
        QCOMPARE(model.rowCount(water), 2);
        QCOMPARE(model.index(0, 0, water).data().toString(), u"06.11.2026"_s);
        QCOMPARE(model.index(0, 1, water).data().toString(), u"ноябрь 2026"_s);
        QCOMPARE(model.index(0, 2, water).data().toString(), u"74,000"_s + nbsp + u"м3"_s);
        QVERIFY(!model.index(0, 3, water).data().isValid()); // a one-zone meter has no T2
        QCOMPARE(model.index(1, 2, water).data(Qt::ToolTipRole).toString(), u"Taken by an operator"_s);
        QCOMPARE(model.parent(model.index(1, 2, water)), water);
        const QModelIndex dayNight = model.index(1, 0);
        // T1 not read that day: empty cell; T2 in its column.
        QVERIFY(!model.index(0, 2, dayNight).data().isValid());
        QCOMPARE(model.index(0, 3, dayNight).data(ReadingsHistoryModel::MachineValueRole).toString(), u"1200.5"_s);
        // Another customer linked to the account submitted it: the owner sees that it is not theirs.
        QCOMPARE(model.index(0, 3, dayNight).data(Qt::ToolTipRole).toString(),
                 u"Submitted by another customer linked to this account"_s);
        QCOMPARE(model.index(0, 2, water).data(Qt::ToolTipRole).toString(), u"Submitted by the customer"_s);
        QCOMPARE(model.rowCount(model.index(2, 0)), 0);
        QVERIFY(!model.index(2, 0).data(Qt::ToolTipRole).toString().isEmpty());
        // One-zone meters only: the zone column is «Reading».
        ReadingsHistory single = model.history();
        single.meters.removeAt(1);
        model.setHistory(single);
        QCOMPARE(model.columnCount(), 3);
        QCOMPARE(model.headerData(2, Qt::Horizontal).toString(), u"Reading"_s);
        model.clear();
        QCOMPARE(model.rowCount(), 0);
    }

    void consumptionSeries() {
        const ReadingsHistory h = json::parseReadingsHistory(toJson(historyJson())).value();
        const ConsumptionSeries s = ConsumptionSeries::fromMeter(h.meters.at(1));
        QCOMPARE(s.meterId, 52);
        QCOMPARE(s.zones, (QStringList{u"T1"_s, u"T2"_s}));
        QCOMPARE(s.periods, (QStringList{u"2026-09"_s, u"2026-10"_s}));
        QCOMPARE(s.labels, (QStringList{u"сен 2026"_s, u"окт 2026"_s}));
        QCOMPARE(s.values.at(0).at(0).toString(), u"150.0"_s);
        QCOMPARE(s.values.at(1).at(1).units(), 0); // T2 missing in October
        QCOMPARE(ConsumptionSeries::chartValue(s.values.at(1).at(0)), 80.5);
        QVERIFY(ConsumptionSeries::fromMeter(h.meters.at(2)).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestReadings)
#include "tst_readings.moc"
