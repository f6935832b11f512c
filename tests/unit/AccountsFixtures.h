#pragma once

// Shared by the accounts unit tests: payloads in the shapes of the contract (docs/openapi.yaml)
// and a fake server for the account endpoints with a signed-in session.
#include "app/api/ApiClient.h"
#include "app/api/Dtos.h"
#include "app/session/Session.h"
#include "shared/ErrorCodes.h"
#include "tests/support/FakeNetwork.h"
#include "tests/support/FixtureCheck.h"
#include "tests/support/ManualClock.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace lkk::test::accounts {

using namespace Qt::StringLiterals;
using Response = FakeNetwork::Response;

inline QJsonObject summary(qint64 id, const QString& number, const QString& kind, const QString& address, qint64 toPay,
                           const QString& relation = u"owner"_s) {
    return QJsonObject{{"id"_L1, id},           {"number"_L1, number},     {"kind"_L1, kind},
                       {"address"_L1, address}, {"relation"_L1, relation}, {"period"_L1, u"2026-11"_s},
                       {"toPay"_L1, toPay},     {"penalties"_L1, 1234}};
}

inline QJsonObject epd() {
    return summary(1, u"100103492"_s, u"epd"_s, u"Ласточкина ул., д.13, кв.11"_s, 12629498);
}
inline QJsonObject electricity() {
    return summary(2, u"7012045318"_s, u"electricity"_s, u"Кольцевой пр., д.5, кв.27"_s, 371960);
}
inline QJsonObject expiredMeterAccount() {
    return summary(3, u"7012077104"_s, u"electricity"_s, u"с. Октябрьское, ул. Лесная, д.8"_s, 141600);
}
inline QJsonObject unlinkedEpd() {
    return summary(4, u"100207815"_s, u"epd"_s, u"Иркутский тракт, д.110, кв.45"_s, 1199149, u"tenant"_s);
}

inline QByteArray toJson(const QJsonObject& o) {
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

inline QJsonObject provider(qint64 id, const QString& name) {
    return QJsonObject{{"id"_L1, id},
                       {"name"_L1, name},
                       {"inn"_L1, u"7017000000"_s},
                       {"kpp"_L1, u"701701001"_s},
                       {"bank"_L1, u"Томское отделение № 8616 ПАО Сбербанк"_s},
                       {"bic"_L1, u"046902606"_s},
                       {"settlementAccount"_L1, u"40702810864000000001"_s},
                       {"correspondentAccount"_L1, u"30101810800000000606"_s}};
}

inline QJsonObject requisitesJson() {
    const QJsonObject heating{
        {"id"_L1, 11},
        {"provider"_L1, provider(5, u"ООО «ЗТК»"_s)},
        {"service"_L1, u"Отопление (Клов)"_s},
        {"subAccount"_L1, u"878100103492"_s},
        {"tariffs"_L1,
         QJsonArray{QJsonObject{{"id"_L1, 21},
                                {"name"_L1, u"Октябрьское с., Отопление (Клов), 0,028 Гкал. на м2 (Томский)"_s},
                                {"value"_L1, 194769},
                                {"unit"_L1, u"Гкал"_s},
                                {"zone"_L1, QJsonValue::Null}}}}};
    const QJsonObject hotWater{{"id"_L1, 12},
                               {"provider"_L1, provider(6, u"МУП ЖКХ «Октябрьское»"_s)},
                               {"service"_L1, u"Горячая вода"_s},
                               {"subAccount"_L1, u"887100103492"_s},
                               {"tariffs"_L1, QJsonArray{QJsonObject{{"id"_L1, 22},
                                                                     {"name"_L1, u"Горячая вода (Томский)"_s},
                                                                     {"value"_L1, 21350},
                                                                     {"unit"_L1, u"м3"_s},
                                                                     {"zone"_L1, QJsonValue::Null}},
                                                         QJsonObject{{"id"_L1, 23},
                                                                     {"name"_L1, u"Подогрев воды"_s},
                                                                     {"value"_L1, 9900},
                                                                     {"unit"_L1, u""_s},
                                                                     {"zone"_L1, u"T1"_s}}}}};
    return QJsonObject{
        {"owner"_L1, u"Иванова Мария Петровна"_s},
        {"registrationAddress"_L1, u"634583, Томская обл., Томский р-н, с. Октябрьское, Ласточкина ул., д.13, кв.11"_s},
        {"totalArea"_L1, u"60.6"_s},
        {"livingArea"_L1, u"60.6"_s},
        {"residents"_L1, 1},
        {"contracts"_L1, QJsonArray{heating, hotWater}}};
}

inline QJsonObject tariffHistoryJson() {
    return QJsonObject{
        {"tariffs"_L1,
         QJsonArray{QJsonObject{
             {"name"_L1, u"Отопление (Клов)"_s},
             {"unit"_L1, u"Гкал"_s},
             {"zone"_L1, QJsonValue::Null},
             {"history"_L1,
              QJsonArray{
                  QJsonObject{{"validFrom"_L1, u"2026-07-01"_s}, {"value"_L1, 194769}, {"period"_L1, u"month"_s}},
                  QJsonObject{{"validFrom"_L1, u"2025-07-01"_s}, {"value"_L1, 180512}, {"period"_L1, u"month"_s}},
                  QJsonObject{{"validFrom"_L1, u"2018-07-01"_s}, {"value"_L1, 150000}, {"period"_L1, u"year"_s}}}}}}}};
}

inline QJsonObject meter(qint64 id, const QString& number, const QString& service, const QString& verifiedUntil,
                         bool expired, const QString& readingDate) {
    QJsonObject o{{"id"_L1, id},
                  {"number"_L1, number},
                  {"provider"_L1, u"МУП ЖКХ «Октябрьское»"_s},
                  {"service"_L1, service},
                  {"subAccount"_L1, u"887100103492"_s},
                  {"contractId"_L1, 12},
                  {"zones"_L1, QJsonArray{u"T1"_s}},
                  {"capacity"_L1, QJsonObject{{"integer"_L1, 6}, {"fraction"_L1, 3}}},
                  {"verifiedUntil"_L1, verifiedUntil},
                  {"verificationExpired"_L1, expired},
                  {"automatic"_L1, false},
                  {"lastReading"_L1, QJsonValue::Null},
                  {"readingDateInPeriod"_L1, QJsonValue::Null}};
    if (!readingDate.isEmpty()) {
        o.insert("lastReading"_L1, QJsonObject{{"date"_L1, readingDate},
                                               {"period"_L1, readingDate.left(7)},
                                               {"values"_L1, QJsonObject{{"T1"_L1, u"74.000"_s}}}});
        o.insert("readingDateInPeriod"_L1, readingDate);
    }
    return o;
}

inline QJsonObject metersJson() {
    return QJsonObject{
        {"meters"_L1, QJsonArray{meter(31, u"517480"_s, u"Горячая вода"_s, u"2099-01-01"_s, false, u"2026-11-06"_s),
                                 meter(32, u"517481"_s, u"Холодная вода"_s, u"2025-08-31"_s, true, {})}}};
}

inline QJsonObject challengeJson(const QString& id = u"ch-1"_s, int attemptsLeft = 5) {
    return QJsonObject{
        {"challengeId"_L1, id},
        {"expiresIn"_L1, 900},
        {"questions"_L1,
         QJsonArray{QJsonObject{{"id"_L1, u"link_code"_s},
                                {"text"_L1, u"Введите код для добавления договора в ЛКК, указанный в квитанции"_s}},
                    QJsonObject{{"id"_L1, u"total_to_pay"_s},
                                {"text"_L1, u"Введите сумму «ИТОГО К ОПЛАТЕ» / «ВСЕГО К ОПЛАТЕ» из квитанции с "
                                            u"точностью до копеек"_s}}}},
        {"attemptsLeft"_L1, attemptsLeft}};
}

// An error body with "details".
inline Response errorWithDetails(int status, const QByteArray& code, const QString& message, const QByteArray& field,
                                 const QJsonObject& details) {
    QJsonObject error{{"code"_L1, QString::fromLatin1(code)}, {"message"_L1, message}, {"details"_L1, details}};
    if (!field.isEmpty())
        error.insert("field"_L1, QString::fromLatin1(field));
    return Response::json(status, toJson(QJsonObject{{"error"_L1, error}}));
}

// The account endpoints of a server where the user has `linked` accounts; every handler can be
// overridden by replacing the matching member before the request is made.
struct FakeAccountsServer {
    FakeNetwork net;
    QList<QJsonObject> linked{epd(), electricity(), expiredMeterAccount()};
    int delayMs = 0; // applied to every answer
    bool listFails = false;
    bool requisitesFail = false;
    qint64 requisitesCalls = 0;

    FakeAccountsServer() {
        net.route("GET", u"/api/v1/accounts"_s, [this](const FakeNetwork::Request&) {
            if (listFails)
                return delayed(Response::failure(QNetworkReply::ConnectionRefusedError, u"Connection refused"_s));
            QJsonArray list;
            for (const QJsonObject& a : std::as_const(linked))
                list.append(a);
            return delayed(Response::json(200, toJson(QJsonObject{{"accounts"_L1, list}})));
        });
    }

    Response delayed(Response r) const {
        r.delayMs = delayMs;
        return r;
    }
    const QJsonObject* find(qint64 id) const {
        for (const QJsonObject& a : linked) {
            if (a.value("id"_L1).toInteger() == id)
                return &a;
        }
        return nullptr;
    }
    static Response notFound() { return Response::apiError(404, errc::accountNotFound, u"Лицевой счёт не найден."_s); }

    // Routes for one account id (FakeNetwork matches exact paths).
    void routeAccount(qint64 id) {
        const QString base = u"/api/v1/accounts/"_s + QString::number(id);
        net.route("GET", base, [this, id](const FakeNetwork::Request&) {
            const QJsonObject* a = find(id);
            return delayed(a ? Response::json(200, toJson(*a)) : notFound());
        });
        net.route("DELETE", base, [this, id](const FakeNetwork::Request&) {
            for (qsizetype i = 0; i < linked.size(); ++i) {
                if (linked.at(i).value("id"_L1).toInteger() == id) {
                    linked.removeAt(i);
                    return delayed(Response::json(204, {}));
                }
            }
            return delayed(notFound());
        });
        net.route("GET", base + u"/requisites"_s, [this, id](const FakeNetwork::Request&) {
            ++requisitesCalls;
            if (!find(id))
                return delayed(notFound());
            if (requisitesFail)
                return delayed(Response::apiError(503, errc::serviceUnavailable, u"Сервис недоступен"_s));
            QJsonObject r = requisitesJson();
            r.insert("owner"_L1, QString(u"Владелец "_s + QString::number(id) + u" (вызов "_s +
                                         QString::number(requisitesCalls) + u')'));
            return delayed(Response::json(200, toJson(r)));
        });
        net.route("GET", base + u"/meters"_s, [this, id](const FakeNetwork::Request&) {
            return delayed(find(id) ? Response::json(200, toJson(metersJson())) : notFound());
        });
        net.route("GET", base + u"/contracts/11/tariffs"_s, [this, id](const FakeNetwork::Request&) {
            return delayed(find(id) ? Response::json(200, toJson(tariffHistoryJson())) : notFound());
        });
    }
};

// A signed-in session on top of a fake network, on a clock that moves only when the test says.
struct SignedIn {
    ManualClock clock;
    ApiClient api;
    Session session;
    explicit SignedIn(FakeNetwork* net)
        : api(net)
        , session(&api, clock) {
        LKK_FIXTURE_CHECK(!api.setServer(u"https://lkk.example"_s));
        LoginResult login;
        login.tokens.accessToken = u"A0"_s;
        login.tokens.accessExpiresIn = 900;
        login.user.id = 1;
        login.user.email = u"demo@lkk.example"_s;
        login.user.role = u"customer"_s;
        session.start(login);
    }
};

} // namespace lkk::test::accounts
