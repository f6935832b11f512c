// The operator's client core: a caller-scoped Session sends the customer's requests below
// /operator/customers/{id} with the operator's token (and shares its refresh); the caller search
// waits for the typing pause on the session's clock, drops stale answers and keeps '+' in phone
// numbers; the search and cabinet answers decode; reasons and copied figures follow their rules.
#include "app/api/ApiOperations.h"
#include "app/appeals/AppealsOperations.h"
#include "app/operator/CallerSearch.h"
#include "app/operator/CopyText.h"
#include "app/operator/OperatorCodec.h"
#include "app/operator/OperatorOperations.h"
#include "app/operator/OperatorReason.h"
#include "app/readings/ReadingsCodec.h"
#include "app/session/Session.h"
#include "tests/support/FakeNetwork.h"
#include "tests/support/ManualClock.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QSignalSpy>
#include <QTest>
#include <QUrlQuery>

using namespace Qt::StringLiterals;
using namespace lkk;
using lkk::test::FakeNetwork;
using lkk::test::ManualClock;
using Response = FakeNetwork::Response;

namespace {

const QByteArray searchAnswer = R"({"customers":[{"id":7,"surname":"Иванова","firstName":"Мария",
 "patronymic":"Петровна","email":"d***@lkk.example","phone":"+7 913 ***-**-67","matchedBy":"phone",
 "accounts":[{"id":1,"number":"100103492","address":"Ласточкина ул., д.13, кв.11"}]}],"truncated":false})";

struct Core {
    FakeNetwork net;
    ApiClient api{&net};
    ManualClock clock;
    Session session{&api, clock};
    QStringList queries; // what the search sent, decoded
    // The server's answer to a search for `q` (a test replaces it).
    std::function<Response(const QString& q)> answer = [](const QString&) {
        return Response::json(200, searchAnswer);
    };

    Core() {
        api.setServer(u"https://lkk.test"_s);
        net.route("GET", u"/api/v1/operator/customers"_s, [this](const FakeNetwork::Request& r) {
            queries << QUrlQuery(r.url).queryItemValue(u"q"_s, QUrl::FullyDecoded);
            return answer(queries.last());
        });
        LoginResult login;
        login.tokens.accessToken = u"OP"_s;
        login.tokens.accessExpiresIn = 900;
        login.user.id = 2;
        login.user.role = u"operator"_s;
        session.start(login);
    }
};

} // namespace

class TestOperator : public QObject {
    Q_OBJECT
private slots:
    void callerSessionSendsBelowTheCallersPrefix() {
        Core core;
        core.net.route("GET", u"/api/v1/operator/customers/7/accounts/1/requisites"_s, [](const FakeNetwork::Request&) {
            return Response::json(200, R"({"owner":"Иванова М. П.","registrationAddress":"","totalArea":null,
                "livingArea":null,"residents":2,"contracts":[]})");
        });
        Session caller(&core.session, callerPathPrefix(7));
        QVERIFY(caller.isSignedIn());
        QCOMPARE(caller.user().id, 2); // the operator's session, seen through the caller
        bool done = false;
        caller.authorized(GetRequisitesOperation{1}, &caller, [&](Result<Requisites> r) {
            done = true;
            QVERIFY2(r.ok(), r.ok() ? "" : qPrintable(r.error().message));
            QCOMPARE(r.value().owner, u"Иванова М. П."_s);
        });
        QTRY_VERIFY(done);
        const auto sent = core.net.requestsTo(u"/api/v1/operator/customers/7/accounts/1/requisites"_s);
        QCOMPARE(sent.size(), 1);
        QCOMPARE(sent.first().header("Authorization"), QByteArray("Bearer OP"));
        QCOMPARE(core.net.count(u"/api/v1/accounts/1/requisites"_s), 0);

        // The operator's sign-out ends the caller's cabinet too.
        QSignalSpy ended(&caller, &Session::signedOut);
        core.session.signOut();
        QCOMPARE(ended.size(), 1);
        QVERIFY(!caller.isSignedIn());
    }

    void callerSessionDownloadsAttachmentsFromTheirOwnRoute() {
        Core core;
        core.net.route("GET", u"/api/v1/appeals/9/attachments/4"_s,
                       [](const FakeNetwork::Request&) { return Response::json(200, "%PDF-1.4"); });
        Session caller(&core.session, callerPathPrefix(7));
        bool done = false;
        caller.authorized(DownloadAppealAttachmentOperation{9, 4}, &caller, [&](Result<QByteArray> r) {
            done = true;
            QVERIFY2(r.ok(), r.ok() ? "" : qPrintable(r.error().message));
            QCOMPARE(r.value(), QByteArray("%PDF-1.4"));
        });
        QTRY_VERIFY(done);
        QCOMPARE(core.net.count(u"/api/v1/appeals/9/attachments/4"_s), 1);
        QCOMPARE(core.net.count(u"/api/v1/operator/customers/7/appeals/9/attachments/4"_s), 0);
    }

    void searchWaitsForThePause() {
        Core core;
        CallerSearch search(&core.session);
        QSignalSpy changed(&search, &CallerSearch::resultChanged);
        search.setQuery(u"+7 913"_s);
        core.clock.advance(CallerSearch::typingPause / 2);
        search.setQuery(u"+7 913 123-45-67"_s);
        core.clock.advance(CallerSearch::typingPause - std::chrono::milliseconds(1));
        QVERIFY(search.isWaiting());
        QVERIFY(core.queries.isEmpty());
        core.clock.advance(std::chrono::milliseconds(1));
        QTRY_COMPARE(changed.size(), 1);
        QCOMPARE(core.queries, QStringList{u"+7 913 123-45-67"_s}); // the plus sign arrives as one
        QCOMPARE(search.result().customers.size(), 1);
        const CallerSummary& found = search.result().customers.first();
        QCOMPARE(found.card.fullName(), u"Иванова Мария Петровна"_s);
        QCOMPARE(found.accounts.first().number, u"100103492"_s);

        // searchNow(): no pause; the same answered query is not asked again; one letter is no query.
        search.setQuery(u"Иванова"_s);
        search.searchNow();
        QVERIFY(!search.isWaiting());
        QTRY_VERIFY(search.isSettled());
        QCOMPARE(core.queries.size(), 2);
        search.searchNow();
        QCOMPARE(core.queries.size(), 2);
        search.setQuery(u"И"_s);
        QVERIFY(!search.isWaiting());
        QVERIFY(search.result().customers.isEmpty());
        core.clock.advance(CallerSearch::typingPause * 2);
        QCOMPARE(core.queries.size(), 2);
    }

    void searchDropsAStaleAnswer() {
        Core core;
        core.answer = [](const QString& q) {
            Response answer =
                Response::json(200, q == u"old"_s ? QByteArray(R"({"customers":[],"truncated":true})") : searchAnswer);
            answer.held = q == u"old"_s; // the first answer comes last
            return answer;
        };
        CallerSearch search(&core.session);
        search.setQuery(u"old"_s);
        search.searchNow();
        search.setQuery(u"new"_s);
        search.searchNow();
        QTRY_VERIFY(search.isSettled());
        QCOMPARE(search.resultQuery(), u"new"_s);
        core.net.releaseHeld();
        QTRY_COMPARE(core.net.openReplies(), 0);
        QCOMPARE(search.resultQuery(), u"new"_s);
        QCOMPARE(search.result().customers.size(), 1);
    }

    void searchReportsTheLimit() {
        Core core;
        core.answer = [](const QString&) {
            Response r = Response::apiError(429, "operator_limit_reached", u"Слишком много поисков"_s);
            r.headers.append(std::pair<QByteArray, QByteArray>("Retry-After", "42"));
            return r;
        };
        CallerSearch search(&core.session);
        QSignalSpy failed(&search, &CallerSearch::failed);
        search.setQuery(u"Иванова"_s);
        search.searchNow();
        QTRY_COMPARE(failed.size(), 1);
        const ApiError error = failed.first().first().value<ApiError>();
        QVERIFY(error.is("operator_limit_reached"));
        QCOMPARE(error.retryAfterSeconds.value_or(0), 42);
        QVERIFY(search.isSettled());
    }

    void cabinetAndActionsFollowTheContract() {
        const QByteArray cabinet = R"({"customer":{"id":7,"surname":"Иванова","firstName":"Мария","patronymic":"",
            "email":"d***@lkk.example","phone":""},"accounts":[{"id":1,"number":"100103492","kind":"epd",
            "address":"Ласточкина ул., д.13, кв.11","relation":"owner","period":"2026-11","toPay":123456,
            "penalties":0,"unreadAppeals":0}]})";
        const auto parsed = json::parseCallerCabinet(cabinet);
        QVERIFY2(parsed.ok(), parsed.ok() ? "" : qPrintable(parsed.error().message));
        QCOMPARE(parsed.value().customer.fullName(), u"Иванова Мария"_s);
        QCOMPARE(parsed.value().accounts.first().toPay.kopecks(), 123456);
        QVERIFY(!json::parseCallerCabinet(R"({"customer":{"id":7}})").ok());

        const ApiRequest lift =
            CallerActionOperation{7, CallerAction::LiftLinkLock, u"клиент просил"_s, u"100103492"_s}.request();
        QCOMPARE(lift.method, QByteArray("POST"));
        QCOMPARE(lift.path, u"/operator/customers/7/link-lock/lift"_s);
        const QJsonObject body = QJsonDocument::fromJson(lift.body).object();
        QCOMPARE(body.value(u"reason"_s).toString(), u"клиент просил"_s);
        QCOMPARE(body.value(u"accountNumber"_s).toString(), u"100103492"_s);
        const CallerActionOperation resend{7, CallerAction::ResendConfirmation, u"r"_s, {}};
        QCOMPARE(resend.request().path, u"/operator/customers/7/confirmation"_s);
        const CallerActionOperation signIn{7, CallerAction::LiftSignInLock, u"r"_s, {}};
        QCOMPARE(signIn.request().path, u"/operator/customers/7/sign-in-lock/lift"_s);

        const RegisterAppealOperation appeal{
            7, u"key-1234"_s, 1, 3, u"recalculation"_s, u"Прошу пересчитать"_s, u"клиент позвонил"_s};
        const ApiRequest appealRequest = appeal.request();
        QCOMPARE(appealRequest.path, u"/operator/customers/7/appeals"_s);
        QVERIFY(appealRequest.headers.contains(std::pair<QByteArray, QByteArray>("Idempotency-Key", "key-1234")));
        QCOMPARE(QJsonDocument::fromJson(appealRequest.body).object(),
                 QJsonObject({{u"accountId"_s, 1},
                              {u"providerId"_s, 3},
                              {u"topic"_s, u"recalculation"_s},
                              {u"text"_s, u"Прошу пересчитать"_s},
                              {u"reason"_s, u"клиент позвонил"_s}}));
        const auto topics = json::parseActiveAppealTopics(
            R"({"topics":[{"code":"a","name":"Перерасчёт","active":true},{"code":"b","name":"Старая","active":false}]})");
        QVERIFY(topics.ok());
        QCOMPARE(topics.value().size(), 1); // a retired topic is not offered
        QCOMPARE(topics.value().first().code, u"a"_s);

        // A reading taken for the caller carries the reason; the customer's own does not.
        ReadingSubmission reading;
        reading.submissionId = u"abcdefgh"_s;
        reading.meterId = 3;
        QVERIFY(!QJsonDocument::fromJson(json::encodeReadingSubmission(reading)).object().contains(u"reason"_s));
        reading.reason = u"клиент продиктовал"_s;
        QCOMPARE(QJsonDocument::fromJson(json::encodeReadingSubmission(reading)).object().value(u"reason"_s).toString(),
                 reading.reason);
    }

    void reasonRules() {
        QVERIFY(!OperatorReason::problem({}).isEmpty());
        QVERIFY(!OperatorReason::problem(u"  короткая "_s).isEmpty()); // 8 characters once trimmed
        QVERIFY(OperatorReason::problem(u"ровно10сим"_s).isEmpty());
        QVERIFY(OperatorReason::problem(QString(500, u'я')).isEmpty());
        QVERIFY(!OperatorReason::problem(QString(501, u'я')).isEmpty());
    }

    void copiedFiguresArePlain() {
        QCOMPARE(copytext::amount(Money::fromKopecks(123456)), u"1234.56"_s);
        QCOMPARE(copytext::amount(Money::fromKopecks(-1200)), u"-12.00"_s);
        QCOMPARE(copytext::amount(Money::fromKopecks(100000000)), u"1000000.00"_s);
        QCOMPARE(copytext::number(u"100 103 492"_s), u"100103492"_s);
        QCOMPARE(copytext::date(QDate(2026, 12, 6)), u"06.12.2026"_s);
        QCOMPARE(copytext::month(QDate(2026, 11, 1)), u"11.2026"_s);

        // From what the views show, in either language.
        QCOMPARE(copytext::amountFromShown(Money::fromKopecks(6291845).toDisplayString()), u"62918.45"_s);
        QCOMPARE(copytext::amountFromShown(Money::fromKopecks(6291845).toText(QLocale(QLocale::English))),
                 u"62918.45"_s);
        QCOMPARE(copytext::amountFromShown(Money::fromKopecks(-120000).toDisplayString()), u"-1200.00"_s);
        QCOMPARE(copytext::amountFromShown(u"1 000 руб."_s), u"1000.00"_s);
        QCOMPARE(copytext::amountFromShown(u"2 платежа"_s), QString());
        QCOMPARE(copytext::dateFromShown(u"12.11.2026"_s), u"12.11.2026"_s);
        QCOMPARE(copytext::dateFromShown(u"ноябрь 2026"_s), QString());
        QCOMPARE(copytext::numberFromShown(u"517 480"_s), u"517480"_s);
        QCOMPARE(copytext::numberFromShown(u"Отопление"_s), QString());
    }
};

QTEST_GUILESS_MAIN(TestOperator)
#include "tst_operator.moc"
