// JsonCodec for the accounts payloads: the contract's shapes parse into the DTOs, every
// required field missing or of the wrong type is a Protocol error naming it, the request bodies,
// the operations' requests, and the Error "details".
#include "app/api/ApiOperations.h"
#include "app/api/JsonCodec.h"
#include "tests/unit/AccountsFixtures.h"

#include <QStandardPaths>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace lkk;
using namespace lkk::test::accounts;

class TestAccountsCodec : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void accountList() {
        const auto r = json::parseAccountList(
            toJson(QJsonObject{{"accounts"_L1, QJsonArray{epd(), electricity(), expiredMeterAccount()}}}));
        QVERIFY2(r.ok(), qPrintable(r ? QString() : r.error().message));
        const QList<AccountSummary>& list = r.value();
        QCOMPARE(list.size(), 3);
        QCOMPARE(list.at(0).id, 1);
        QCOMPARE(list.at(0).number, u"100103492"_s);
        QCOMPARE(list.at(0).kind, AccountKind::Epd);
        QCOMPARE(list.at(0).address, u"Ласточкина ул., д.13, кв.11"_s);
        QCOMPARE(list.at(0).relation, Relation::Owner);
        QCOMPARE(list.at(0).period, u"2026-11"_s);
        QCOMPARE(list.at(0).toPay, Money::fromKopecks(12629498));
        QCOMPARE(list.at(0).penalties, Money::fromKopecks(1234));
        QCOMPARE(list.at(1).kind, AccountKind::Electricity);
        QCOMPARE(list.at(2).toPay.toDisplayString(), u"1\u00a0416,00\u00a0руб."_s);
    }

    void accountEmptyListAndNullPeriod() {
        QVERIFY(json::parseAccountList(R"({"accounts":[]})").value().isEmpty());
        QJsonObject a = epd();
        a.insert("period"_L1, QJsonValue::Null);
        a.insert("toPay"_L1, -213);
        a.remove("penalties"_L1);
        const auto r = json::parseAccountSummary(toJson(a));
        QVERIFY(r.ok());
        QVERIFY(r.value().period.isEmpty());
        QCOMPARE(r.value().toPay.kopecks(), -213);
        QCOMPARE(r.value().penalties.kopecks(), 0);
    }

    void accountBad_data() {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("mentions");
        auto without = [](const char* field) {
            QJsonObject a = epd();
            a.remove(QLatin1StringView(field));
            return toJson(QJsonObject{{"accounts"_L1, QJsonArray{a}}});
        };
        auto with = [](const char* field, const QJsonValue& v) {
            QJsonObject a = epd();
            a.insert(QLatin1StringView(field), v);
            return toJson(QJsonObject{{"accounts"_L1, QJsonArray{electricity(), a}}});
        };
        QTest::newRow("not json") << QByteArray("{") << u"invalid JSON"_s;
        QTest::newRow("no accounts") << QByteArray("{}") << u"\"accounts\" is missing"_s;
        QTest::newRow("accounts not array") << QByteArray(R"({"accounts":{}})") << u"\"accounts\" must be an array"_s;
        QTest::newRow("element not object") << QByteArray(R"({"accounts":[1]})") << u"accounts[0]"_s;
        QTest::newRow("no id") << without("id") << u"\"accounts[0].id\" is missing"_s;
        QTest::newRow("no number") << without("number") << u"accounts[0].number"_s;
        QTest::newRow("no toPay") << without("toPay") << u"accounts[0].toPay"_s;
        QTest::newRow("toPay fraction") << with("toPay", 12.5) << u"\"accounts[1].toPay\" must be an integer"_s;
        QTest::newRow("toPay string") << with("toPay", u"126294.98"_s) << u"accounts[1].toPay"_s;
        QTest::newRow("unknown kind") << with("kind", u"gas"_s) << u"accounts[1].kind"_s;
        QTest::newRow("unknown relation") << with("relation", u"friend"_s) << u"accounts[1].relation"_s;
        QTest::newRow("address number") << with("address", 5) << u"accounts[1].address"_s;
    }
    void accountBad() {
        QFETCH(QByteArray, body);
        QFETCH(QString, mentions);
        const auto r = json::parseAccountList(body);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().kind, ApiError::Kind::Protocol);
        QVERIFY2(r.error().message.contains(mentions), qPrintable(r.error().message));
    }

    void linkChallenge() {
        const auto r = json::parseLinkChallenge(toJson(challengeJson(u"opaque-1"_s, 4)));
        QVERIFY(r.ok());
        QCOMPARE(r.value().challengeId, u"opaque-1"_s);
        QCOMPARE(r.value().expiresIn, 900);
        QCOMPARE(r.value().attemptsLeft, 4);
        QCOMPARE(r.value().questions.size(), 2);
        QCOMPARE(r.value().questions.at(0).id, u"link_code"_s);
        QCOMPARE(r.value().questions.at(1).id, u"total_to_pay"_s);
        QVERIFY(r.value().questions.at(1).text.startsWith(u"Введите сумму «ИТОГО К ОПЛАТЕ»"_s));

        QJsonObject noQuestions = challengeJson();
        noQuestions.insert("questions"_L1, QJsonArray());
        QVERIFY(!json::parseLinkChallenge(toJson(noQuestions)).ok());
        QJsonObject badQuestion = challengeJson();
        badQuestion.insert("questions"_L1, QJsonArray{QJsonObject{{"id"_L1, u"link_code"_s}}});
        const auto bad = json::parseLinkChallenge(toJson(badQuestion));
        QVERIFY(!bad.ok());
        QVERIFY2(bad.error().message.contains(u"questions[0].text"_s), qPrintable(bad.error().message));
        QJsonObject emptyId = challengeJson(QString());
        QVERIFY(!json::parseLinkChallenge(toJson(emptyId)).ok());
    }

    void requisites() {
        const auto r = json::parseRequisites(toJson(requisitesJson()));
        QVERIFY2(r.ok(), qPrintable(r ? QString() : r.error().message));
        const Requisites& q = r.value();
        QCOMPARE(q.owner, u"Иванова Мария Петровна"_s);
        QVERIFY(q.registrationAddress.startsWith(u"634583, Томская обл."_s));
        QCOMPARE(q.totalArea, u"60.6"_s);
        QCOMPARE(q.livingArea, u"60.6"_s);
        QCOMPARE(q.residents, 1);
        QCOMPARE(q.contracts.size(), 2);
        const Contract& c = q.contracts.at(0);
        QCOMPARE(c.id, 11);
        QCOMPARE(c.provider.id, 5);
        QCOMPARE(c.provider.name, u"ООО «ЗТК»"_s);
        QCOMPARE(c.provider.inn, u"7017000000"_s);
        QCOMPARE(c.provider.kpp, u"701701001"_s);
        QCOMPARE(c.provider.bic, u"046902606"_s);
        QCOMPARE(c.provider.settlementAccount, u"40702810864000000001"_s);
        QCOMPARE(c.provider.correspondentAccount, u"30101810800000000606"_s);
        QCOMPARE(c.service, u"Отопление (Клов)"_s);
        QCOMPARE(c.subAccount, u"878100103492"_s);
        QCOMPARE(c.tariffs.size(), 1);
        QCOMPARE(c.tariffs.at(0).value, Money::fromKopecks(194769));
        QCOMPARE(c.tariffs.at(0).unit, u"Гкал"_s);
        QVERIFY(c.tariffs.at(0).zone.isEmpty());
        QCOMPARE(q.contracts.at(1).tariffs.at(1).zone, u"T1"_s);
    }

    void requisitesBad_data() {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("mentions");
        QJsonObject noContracts = requisitesJson();
        noContracts.remove("contracts"_L1);
        QTest::newRow("no contracts") << toJson(noContracts) << u"contracts"_s;
        auto editContract = [](auto edit) {
            QJsonObject r = requisitesJson();
            QJsonArray contracts = r.value("contracts"_L1).toArray();
            QJsonObject c = contracts.at(1).toObject();
            edit(c);
            contracts.replace(1, c);
            r.insert("contracts"_L1, contracts);
            return toJson(r);
        };
        QTest::newRow("no provider") << editContract([](QJsonObject& c) { c.remove("provider"_L1); })
                                     << u"contracts[1].provider"_s;
        QTest::newRow("provider no name") << editContract([](QJsonObject& c) {
            QJsonObject p = c.value("provider"_L1).toObject();
            p.remove("name"_L1);
            c.insert("provider"_L1, p);
        }) << u"contracts[1].provider.name"_s;
        QTest::newRow("tariff value text") << editContract([](QJsonObject& c) {
            QJsonArray t = c.value("tariffs"_L1).toArray();
            QJsonObject o = t.at(1).toObject();
            o.insert("value"_L1, u"99.00"_s);
            t.replace(1, o);
            c.insert("tariffs"_L1, t);
        }) << u"contracts[1].tariffs[1].value"_s;
        QTest::newRow("no subAccount") << editContract([](QJsonObject& c) { c.remove("subAccount"_L1); })
                                       << u"contracts[1].subAccount"_s;
    }
    void requisitesBad() {
        QFETCH(QByteArray, body);
        QFETCH(QString, mentions);
        const auto r = json::parseRequisites(body);
        QVERIFY(!r.ok());
        QVERIFY2(r.error().message.contains(mentions), qPrintable(r.error().message));
    }

    void tariffHistory() {
        const auto r = json::parseTariffHistory(toJson(tariffHistoryJson()));
        QVERIFY(r.ok());
        QCOMPARE(r.value().tariffs.size(), 1);
        const TariffHistorySeries& s = r.value().tariffs.at(0);
        QCOMPARE(s.name, u"Отопление (Клов)"_s);
        QCOMPARE(s.unit, u"Гкал"_s);
        QCOMPARE(s.history.size(), 3);
        QCOMPARE(s.history.at(0).validFrom, QDate(2026, 7, 1));
        QCOMPARE(s.history.at(0).value.kopecks(), 194769);
        QCOMPARE(s.history.at(0).period, u"month"_s);
        QCOMPARE(s.history.at(2).validFrom, QDate(2018, 7, 1));

        QJsonObject bad = tariffHistoryJson();
        QJsonArray t = bad.value("tariffs"_L1).toArray();
        QJsonObject series = t.at(0).toObject();
        QJsonArray h = series.value("history"_L1).toArray();
        QJsonObject e = h.at(1).toObject();
        e.insert("validFrom"_L1, u"2025-13-01"_s);
        h.replace(1, e);
        series.insert("history"_L1, h);
        t.replace(0, series);
        bad.insert("tariffs"_L1, t);
        const auto r2 = json::parseTariffHistory(toJson(bad));
        QVERIFY(!r2.ok());
        QVERIFY2(r2.error().message.contains(u"tariffs[0].history[1].validFrom"_s), qPrintable(r2.error().message));
        QVERIFY(!json::parseTariffHistory("{}").ok());
    }

    void meters() {
        const auto r = json::parseMeters(toJson(metersJson()));
        QVERIFY2(r.ok(), qPrintable(r ? QString() : r.error().message));
        QCOMPARE(r.value().size(), 2);
        const MeterInfo& m = r.value().at(0);
        QCOMPARE(m.id, 31);
        QCOMPARE(m.number, u"517480"_s);
        QCOMPARE(m.provider, u"МУП ЖКХ «Октябрьское»"_s);
        QCOMPARE(m.service, u"Горячая вода"_s);
        QCOMPARE(m.subAccount, u"887100103492"_s);
        QCOMPARE(m.contractId, 12);
        QCOMPARE(m.zones, QStringList{u"T1"_s});
        QCOMPARE(m.capacityInteger, 6);
        QCOMPARE(m.capacityFraction, 3);
        QCOMPARE(m.capacityText(), u"6.3"_s);
        QCOMPARE(m.verifiedUntil, QDate(2099, 1, 1));
        QVERIFY(!m.verificationExpired);
        QVERIFY(m.lastReading);
        QCOMPARE(m.lastReading->date, QDate(2026, 11, 6));
        QCOMPARE(m.lastReading->period, u"2026-11"_s);
        QCOMPARE(m.lastReading->values.value(u"T1"_s), u"74.000"_s);
        QCOMPARE(m.readingDateInPeriod, QDate(2026, 11, 6));
        const MeterInfo& expired = r.value().at(1);
        QVERIFY(expired.verificationExpired);
        QVERIFY(!expired.lastReading);
        QVERIFY(expired.readingDateInPeriod.isNull());
    }

    void metersBad_data() {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("mentions");
        auto edit = [](auto change) {
            QJsonObject m = meter(1, u"1"_s, u"Горячая вода"_s, u"2099-01-01"_s, false, u"2026-11-06"_s);
            change(m);
            return toJson(QJsonObject{{"meters"_L1, QJsonArray{m}}});
        };
        QTest::newRow("no meters") << QByteArray("{}") << u"meters"_s;
        QTest::newRow("no capacity") << edit([](QJsonObject& m) { m.remove("capacity"_L1); })
                                     << u"meters[0].capacity"_s;
        QTest::newRow("capacity no fraction") << edit([](QJsonObject& m) {
            m.insert("capacity"_L1, QJsonObject{{"integer"_L1, 6}});
        }) << u"meters[0].capacity.fraction"_s;
        QTest::newRow("expired not bool") << edit([](QJsonObject& m) { m.insert("verificationExpired"_L1, 1); })
                                          << u"meters[0].verificationExpired"_s;
        QTest::newRow("bad verifiedUntil")
            << edit([](QJsonObject& m) { m.insert("verifiedUntil"_L1, u"01.01.2099"_s); })
            << u"meters[0].verifiedUntil"_s;
        QTest::newRow("zones not strings")
            << edit([](QJsonObject& m) { m.insert("zones"_L1, QJsonArray{1}); }) << u"meters[0].zones"_s;
        QTest::newRow("reading value number") << edit([](QJsonObject& m) {
            m.insert("lastReading"_L1,
                     QJsonObject{{"date"_L1, u"2026-11-06"_s}, {"values"_L1, QJsonObject{{"T1"_L1, 74}}}});
        }) << u"meters[0].lastReading.values"_s;
        QTest::newRow("reading no date") << edit([](QJsonObject& m) {
            m.insert("lastReading"_L1, QJsonObject{{"values"_L1, QJsonObject{}}});
        }) << u"meters[0].lastReading.date"_s;
    }
    void metersBad() {
        QFETCH(QByteArray, body);
        QFETCH(QString, mentions);
        const auto r = json::parseMeters(body);
        QVERIFY(!r.ok());
        QVERIFY2(r.error().message.contains(mentions), qPrintable(r.error().message));
    }

    void encodeRequests() {
        QCOMPARE(QJsonDocument::fromJson(json::encodeStartLink(u"100207815"_s, Relation::Family)).object(),
                 (QJsonObject{{"number"_L1, u"100207815"_s}, {"relation"_L1, u"family"_s}}));
        QCOMPARE(QJsonDocument::fromJson(json::encodeConfirmLink(u"c1"_s, u"total_to_pay"_s, u"11991,49"_s)).object(),
                 (QJsonObject{
                     {"challengeId"_L1, u"c1"_s}, {"question"_L1, u"total_to_pay"_s}, {"answer"_L1, u"11991,49"_s}}));
        for (const Relation r : allRelations())
            QCOMPARE(relationFromWire(toWire(r)), std::optional(r));
        QCOMPARE(allRelations().size(), 5);
        QCOMPARE(toWire(Relation::Representative), u"representative"_s);
        QCOMPARE(relationFromWire(u"Owner"_s), std::nullopt);
        QCOMPARE(accountKindFromWire(u"electricity"_s), std::optional(AccountKind::Electricity));
    }

    void operations() {
        QCOMPARE(ListAccountsOperation{}.request().path, u"/accounts"_s);
        const ApiRequest get = GetAccountOperation{42}.request();
        QCOMPARE(get.method, QByteArray("GET"));
        QCOMPARE(get.path, u"/accounts/42"_s);
        const ApiRequest del = UnlinkAccountOperation{42}.request();
        QCOMPARE(del.method, QByteArray("DELETE"));
        QCOMPARE(del.path, u"/accounts/42"_s);
        const ApiRequest start = StartLinkOperation{u"100207815"_s, Relation::Owner}.request();
        QCOMPARE(start.method, QByteArray("POST"));
        QCOMPARE(start.path, u"/accounts/link"_s);
        QCOMPARE(ConfirmLinkOperation{}.request().path, u"/accounts/link/confirm"_s);
        QCOMPARE(GetRequisitesOperation{7}.request().path, u"/accounts/7/requisites"_s);
        QCOMPARE((GetTariffHistoryOperation{7, 11}.request().path), u"/accounts/7/contracts/11/tariffs"_s);
        GetMetersOperation meters;
        meters.accountId = 7;
        QCOMPARE(meters.request().path, u"/accounts/7/meters"_s);
        QVERIFY(meters.request().query.isEmpty());
        meters.from = QDate(2026, 9, 1);
        meters.to = QDate(2026, 11, 26);
        QCOMPARE(meters.request().query, u"from=2026-09-01&to=2026-11-26"_s);
        QCOMPARE(UnlinkAccountOperation::parse(ApiResponse{204, {}, {}}).ok(), true);
    }

    void errorDetails() {
        const QByteArray wrong =
            R"({"error":{"code":"wrong_answer","field":"answer","message":"Ответ неверный.","details":{"attemptsLeft":3}}})";
        ApiError e = json::parseApiError(422, wrong, {});
        QVERIFY(e.is(errc::wrongAnswer));
        QCOMPARE(e.field, u"answer"_s);
        QCOMPARE(e.attemptsLeft, std::optional(3));
        QVERIFY(!e.lockedUntil);
        QCOMPARE(e.details.value("attemptsLeft"_L1).toInt(), 3);

        const QByteArray locked =
            R"({"error":{"code":"link_locked","message":"Превышено число попыток.","details":{"lockedUntil":"2026-11-27T14:05:00Z"}}})";
        e = json::parseApiError(429, locked, {});
        QVERIFY(e.is(errc::linkLocked));
        QVERIFY(e.lockedUntil);
        QCOMPARE(*e.lockedUntil, QDateTime(QDate(2026, 11, 27), QTime(14, 5), Qt::UTC));
        QCOMPARE(e.lockedUntil->timeSpec(), Qt::UTC);

        // With an offset it is the same instant.
        e = json::parseApiError(
            429,
            R"({"error":{"code":"link_locked","message":"m","details":{"lockedUntil":"2026-11-27T21:05:00+07:00"}}})",
            {});
        QCOMPARE(*e.lockedUntil, QDateTime(QDate(2026, 11, 27), QTime(14, 5), Qt::UTC));

        // Malformed details are ignored, the error itself still reads.
        for (const QByteArray& details :
             {QByteArray(R"({"attemptsLeft":-1})"), QByteArray(R"({"attemptsLeft":"3"})"),
              QByteArray(R"({"attemptsLeft":2.5})"), QByteArray(R"({"lockedUntil":"soon"})"), QByteArray(R"([1,2])"),
              QByteArray("7")}) {
            const ApiError bad = json::parseApiError(
                422, R"({"error":{"code":"wrong_answer","message":"m","details":)" + details + "}}", {});
            QVERIFY(bad.is(errc::wrongAnswer));
            QVERIFY2(!bad.attemptsLeft && !bad.lockedUntil, details.constData());
        }
        // No details at all.
        e = json::parseApiError(404, R"({"error":{"code":"account_not_found","field":"number","message":"m"}})", {});
        QVERIFY(e.details.isEmpty());
        QVERIFY(!e.attemptsLeft);
        QCOMPARE(e.field, u"number"_s);
    }
};

QTEST_GUILESS_MAIN(TestAccountsCodec)
#include "tst_accountscodec.moc"
