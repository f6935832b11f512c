// A call-centre operator with the client core against the real lkk-server over HTTPS (SQLite or
// PostgreSQL, the server's test clock inside the readings window): the demo operator signs in
// with the password and the TOTP code of the server's time, finds the demo customer by phone,
// opens the caller's cabinet and readings form with the client's own operations behind the prefix
// /operator/customers/{id} (docs/openapi.yaml, tag operator), and submits the reading the caller
// dictates with a reason. The demo customer, signed in on a client of their own, then sees that
// reading with source `operator` in the readings history and the contact centre's entry in the
// access journal, without the operator's name.
#include "app/api/ApiClient.h"
#include "app/api/ApiOperations.h"
#include "app/readings/ReadingsOperations.h"
#include "app/session/Session.h"
#include "tests/support/RunOperation.h"
#include "tests/support/SignedInClient.h"
#include "tests/support/TotpCode.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>
#include <QUuid>
#include <algorithm>
#include <optional>

using namespace Qt::StringLiterals;
using namespace lkk;
using lkk::test::ManualClock;
using lkk::test::runOp;
using lkk::test::TotpCode;

namespace {

const QString kOperator = u"operator@lkk.example"_s;
const QString kOperatorPassword = u"Operator1234"_s;
const QString kOperatorSecret = u"JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP"_s; // the demo operator's, published
const QString kReason = u"клиент продиктовал по телефону"_s;

// An operation's request sent for a caller: the same path behind /operator/customers/{id}.
template <typename Op> ApiRequest forCaller(const Op& op, qint64 customerId) {
    ApiRequest request = op.request();
    request.path = u"/operator/customers/%1"_s.arg(customerId) + request.path;
    return request;
}

} // namespace

class TestOperatorIntegration : public QObject {
    Q_OBJECT

    lkk::test::SignedInClient m_customer; // the server and the demo customer's client
    ManualClock m_clock;
    QNetworkAccessManager m_network;
    ApiClient m_api{&m_network};
    Session m_operator{&m_api, m_clock};
    QTemporaryDir m_home;

    // One raw exchange of the operator's session (its bearer token, one refresh if due).
    Result<ApiResponse> send(ApiRequest request) {
        std::optional<Result<ApiResponse>> out;
        QObject context;
        m_api.send(request, &context, [&out](Result<ApiResponse> r) { out.emplace(std::move(r)); });
        if (!QTest::qWaitFor([&] { return out.has_value(); }, lkk::test::operationTimeoutMs)) {
            ApiError timeout;
            timeout.kind = ApiError::Kind::Timeout;
            return timeout;
        }
        return std::move(*out);
    }
    Result<ApiResponse> asOperator(ApiRequest request) {
        request.bearerToken = m_operator.tokens().accessToken;
        return send(std::move(request));
    }
    static QJsonObject json(const Result<ApiResponse>& r) {
        return r ? QJsonDocument::fromJson(r.value().body).object() : QJsonObject();
    }

private slots:
    void initTestCase() {
        LKK_REQUIRE_TEST_BACKEND();
        QVERIFY(m_home.isValid());
        qputenv("HOME", QFile::encodeName(m_home.path()));
        QStandardPaths::setTestModeEnabled(true);
        lkk::test::ApiTestServer::Options options;
        options.scratchPrefix = u"lkk_operator_i"_s;
        options.testClock = ManualClock::defaultStart(); // 20.11.2026, inside the window
        options.extraArgs = {u"--readings-window"_s, u"15-25"_s};
        QString error;
        QVERIFY2(m_customer.start(options, &error), qPrintable(error));
        m_api.setEndpoint(m_customer.api.endpoint()); // the same server, trusting only its CA
    }

    void cleanupTestCase() { m_customer.server.stop(); }

    void operatorSubmitsAReadingTheCustomerSees() {
        // The password, then the authenticator's code for the server's time.
        const auto first = runOp(m_api, LoginOperation{{kOperator, kOperatorPassword, false, {}, {}}});
        QVERIFY2(first, qPrintable(first ? QString() : first.error().message));
        QVERIFY(first.value().secondFactor.has_value());
        QVERIFY(!first.value().secondFactor->enrolling()); // the demo operator is enrolled
        const qint64 step = TotpCode::stepAt(m_customer.server.serverNowMs());
        const QByteArray secret = TotpCode::secretFromBase32(kOperatorSecret);
        CompleteSignInOperation complete;
        complete.challenge = first.value().secondFactor->challenge;
        complete.code = TotpCode::at(secret, step);
        const auto signedIn = runOp(m_api, complete);
        QVERIFY2(signedIn, qPrintable(signedIn ? QString() : signedIn.error().message));
        m_operator.start(signedIn.value());
        QCOMPARE(m_operator.user().role, u"operator"_s);

        // The caller by phone, as the call centre's telephony gives it.
        ApiRequest search;
        search.path = u"/operator/customers"_s;
        search.query = u"q="_s + QString::fromLatin1(QUrl::toPercentEncoding(u"+7 913 123-45-67"_s));
        const auto found = asOperator(search);
        QVERIFY(found);
        QCOMPARE(found.value().httpStatus, 200);
        const QJsonArray customers = json(found).value(u"customers"_s).toArray();
        QCOMPARE(customers.size(), 1);
        const QJsonObject caller = customers.at(0).toObject();
        QCOMPARE(caller.value(u"surname"_s).toString(), u"Иванова"_s);
        QCOMPARE(caller.value(u"phone"_s).toString(), u"+7 913 ***-**-67"_s);
        const qint64 customerId = caller.value(u"id"_s).toInteger();

        // The caller's cabinet and the account's readings form, read with the client's own
        // operations behind the prefix.
        ApiRequest cabinet;
        cabinet.path = u"/operator/customers/%1"_s.arg(customerId);
        const auto opened = asOperator(cabinet);
        QVERIFY(opened);
        qint64 epd = 0;
        for (const auto& a : json(opened).value(u"accounts"_s).toArray()) {
            if (a.toObject().value(u"number"_s).toString() == u"100103492")
                epd = a.toObject().value(u"id"_s).toInteger();
        }
        QVERIFY(epd > 0);
        QCOMPARE(epd, m_customer.accountId(u"100103492"_s));
        const auto formReply = asOperator(forCaller(GetReadingsFormOperation{epd}, customerId));
        QVERIFY(formReply);
        const auto form = GetReadingsFormOperation::parse(formReply.value());
        QVERIFY2(form, qPrintable(form ? QString() : form.error().message));
        const auto meter = std::find_if(form.value().meters.cbegin(), form.value().meters.cend(),
                                        [](const ReadingsFormMeter& m) { return m.number == u"517480"; });
        QVERIFY(meter != form.value().meters.cend());
        QVERIFY(meter->accepts);

        // The figures the caller dictates: the customer's submission plus the operator's reason.
        SubmitReadingOperation submit;
        submit.submission.submissionId = QUuid::createUuid().toString(QUuid::WithoutBraces);
        submit.submission.accountId = epd;
        submit.submission.meterId = meter->id;
        submit.submission.values = {{u"T1"_s, u"233.500"_s}};
        submit.submission.confirmHighConsumption = true;
        ApiRequest onBehalf = forCaller(submit, customerId);
        QJsonObject body = QJsonDocument::fromJson(onBehalf.body).object();
        body.insert(u"reason"_s, kReason);
        onBehalf.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
        const auto submitted = asOperator(onBehalf);
        QVERIFY(submitted);
        QVERIFY2(submitted.value().httpStatus == 201, submitted.value().body.constData());
        const auto accepted = SubmitReadingOperation::parse(submitted.value());
        QVERIFY(accepted);
        QCOMPARE(accepted.value().values.value(u"T1"_s), u"233.500"_s);

        // The customer, on their own client: the reading, submitted by the operator…
        const auto history = runOp(m_customer.session, GetReadingsHistoryOperation{epd, {}, {}});
        QVERIFY2(history, qPrintable(history ? QString() : history.error().message));
        bool seen = false;
        for (const HistoryMeter& m : history.value().meters) {
            if (m.number == u"517480" && !m.readings.isEmpty()) {
                seen =
                    m.readings.first().source == u"operator" && m.readings.first().values.value(u"T1"_s) == u"233.500";
            }
        }
        QVERIFY(seen);
        // …and the contact centre's entry in the access journal, with the reason and no name.
        ApiRequest journal;
        journal.path = u"/profile/access-journal"_s;
        journal.bearerToken = m_customer.session.tokens().accessToken;
        const auto entries = send(journal);
        QVERIFY(entries);
        QCOMPARE(entries.value().httpStatus, 200);
        const QJsonObject newest = json(entries).value(u"entries"_s).toArray().at(0).toObject();
        QCOMPARE(newest.value(u"action"_s).toString(), u"reading_submit"_s);
        QCOMPARE(newest.value(u"text"_s).toString(),
                 u"Оператор контакт-центра передал показания по счётчику № 517480"_s);
        QCOMPARE(newest.value(u"reason"_s).toString(), kReason);
        QVERIFY(!entries.value().body.contains("Смирнов"));
        QVERIFY(!entries.value().body.contains(kOperator.toUtf8()));
    }
};

QTEST_GUILESS_MAIN(TestOperatorIntegration)
#include "tst_operator.moc"
