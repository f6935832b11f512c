// The authorization matrix: every route the server serves (`lkk-server --print-routes`, the same
// route table the router uses) has an entry here naming the roles it serves, and is called as
// anonymous, customer A, customer B, an operator, a supervisor and a disabled operator, with
// customer A's ids where the path takes ids. A route without an entry (or an entry without a
// route) fails the test, so a new route cannot ship without someone deciding who may call it.
// SQLite and PostgreSQL variants.
#include "tests/support/ApiTestServer.h"
#include "tests/support/OperatorFixture.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QMap>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTest>
#include <QUuid>

using namespace Qt::StringLiterals;
using lkk::test::ApiTestServer;
using lkk::test::HttpReply;
using lkk::test::OperatorFixture;
using lkk::test::ServerProcess;

namespace {

// Reviewed by hand: who may call each route. "public" needs no token; otherwise the roles.
// Operators act for callers only through routes of their own: none of the customers' money,
// linking, password or e-mail routes serves them.
const QMap<QString, QString> kMatrix = {
    {u"POST /api/v1/auth/login"_s, u"public"_s},
    {u"POST /api/v1/auth/login/second-factor"_s, u"public"_s},
    {u"POST /api/v1/auth/refresh"_s, u"public"_s},
    {u"POST /api/v1/auth/logout"_s, u"customer,operator,supervisor"_s},
    {u"GET /api/v1/profile"_s, u"customer,operator,supervisor"_s},
    {u"POST /api/v1/captcha"_s, u"public"_s},
    {u"GET /api/v1/health"_s, u"public"_s},
    {u"GET /api/v1/accounts"_s, u"customer"_s},
    {u"POST /api/v1/accounts/link"_s, u"customer"_s},
    {u"POST /api/v1/accounts/link/confirm"_s, u"customer"_s},
    {u"GET /api/v1/accounts/{id}"_s, u"customer"_s},
    {u"DELETE /api/v1/accounts/{id}"_s, u"customer"_s},
    {u"GET /api/v1/accounts/{id}/requisites"_s, u"customer"_s},
    {u"GET /api/v1/accounts/{id}/contracts/{contractId}/tariffs"_s, u"customer"_s},
    {u"GET /api/v1/accounts/{id}/meters"_s, u"customer"_s},
    {u"GET /api/v1/accounts/{id}/co-holders"_s, u"customer"_s},
    {u"DELETE /api/v1/accounts/{id}/co-holders/{linkId}"_s, u"customer"_s},
    {u"POST /api/v1/auth/register"_s, u"public"_s},
    {u"POST /api/v1/auth/register/confirm"_s, u"public"_s},
    {u"POST /api/v1/auth/register/resend"_s, u"public"_s},
    {u"POST /api/v1/auth/recover"_s, u"public"_s},
    {u"POST /api/v1/auth/recover/confirm"_s, u"public"_s},
    {u"GET /confirm"_s, u"public"_s},
    {u"POST /confirm"_s, u"public"_s},
    {u"GET /recover"_s, u"public"_s},
    {u"POST /recover"_s, u"public"_s},
    {u"POST /api/v1/profile/password"_s, u"customer,operator,supervisor"_s},
    {u"PATCH /api/v1/profile"_s, u"customer,operator,supervisor"_s},
    {u"POST /api/v1/profile/email"_s, u"customer"_s},
    {u"POST /api/v1/profile/email/confirm"_s, u"customer"_s},
    {u"GET /api/v1/accounts/{id}/bills"_s, u"customer"_s},
    {u"GET /api/v1/accounts/{id}/payments"_s, u"customer"_s},
    {u"GET /api/v1/accounts/{id}/payment-form"_s, u"customer"_s},
    {u"POST /api/v1/accounts/{id}/payment-orders"_s, u"customer"_s},
    {u"GET /api/v1/payment-orders/{id}"_s, u"customer"_s},
    {u"POST /api/v1/payment-orders/{id}/cancel"_s, u"customer"_s},
    {u"GET /payment-rules"_s, u"public"_s},
    {u"GET /sandbox/pay/{id}"_s, u"public"_s},
    {u"POST /sandbox/pay/{id}"_s, u"public"_s},
    {u"GET /api/v1/accounts/{id}/readings/form"_s, u"customer"_s},
    {u"GET /api/v1/accounts/{id}/readings"_s, u"customer"_s},
    {u"POST /api/v1/accounts/{id}/readings"_s, u"customer"_s},
    {u"GET /api/v1/accounts/{id}/appeal-form"_s, u"customer"_s},
    {u"GET /api/v1/accounts/{id}/appeals"_s, u"customer"_s},
    {u"POST /api/v1/accounts/{id}/appeals"_s, u"customer"_s},
    {u"GET /api/v1/appeals/{id}"_s, u"customer"_s},
    {u"POST /api/v1/appeals/{id}/messages"_s, u"customer"_s},
    {u"POST /api/v1/appeals/{id}/close"_s, u"customer"_s},
    {u"POST /api/v1/appeals/{id}/read"_s, u"customer"_s},
    {u"GET /api/v1/appeals/{id}/attachments/{attachmentId}"_s, u"customer,operator,supervisor"_s},
    {u"GET /api/v1/operator/appeal-topics"_s, u"operator,supervisor"_s},
    {u"GET /api/v1/operator/appeals"_s, u"operator,supervisor"_s},
    {u"GET /api/v1/operator/appeals/{id}"_s, u"operator,supervisor"_s},
    {u"POST /api/v1/operator/appeals/{id}/take"_s, u"operator,supervisor"_s},
    {u"POST /api/v1/operator/appeals/{id}/messages"_s, u"operator,supervisor"_s},
    {u"POST /api/v1/operator/appeals/{id}/status"_s, u"operator,supervisor"_s},
    {u"GET /api/v1/operator/customers"_s, u"operator,supervisor"_s},
    {u"GET /api/v1/operator/customers/{id}"_s, u"operator,supervisor"_s},
    {u"GET /api/v1/operator/customers/{id}/accounts/{accountId}/readings/form"_s, u"operator,supervisor"_s},
    {u"POST /api/v1/operator/customers/{id}/accounts/{accountId}/readings"_s, u"operator,supervisor"_s},
    {u"GET /api/v1/operator/customers/{id}/accounts/{accountId}"_s, u"operator,supervisor"_s},
    {u"GET /api/v1/operator/customers/{id}/accounts/{accountId}/requisites"_s, u"operator,supervisor"_s},
    {u"GET /api/v1/operator/customers/{id}/accounts/{accountId}/contracts/{contractId}/tariffs"_s,
     u"operator,supervisor"_s},
    {u"GET /api/v1/operator/customers/{id}/accounts/{accountId}/meters"_s, u"operator,supervisor"_s},
    {u"GET /api/v1/operator/customers/{id}/accounts/{accountId}/bills"_s, u"operator,supervisor"_s},
    {u"GET /api/v1/operator/customers/{id}/accounts/{accountId}/readings"_s, u"operator,supervisor"_s},
    {u"GET /api/v1/operator/customers/{id}/accounts/{accountId}/payments"_s, u"operator,supervisor"_s},
    {u"GET /api/v1/operator/customers/{id}/accounts/{accountId}/appeals"_s, u"operator,supervisor"_s},
    {u"GET /api/v1/operator/customers/{id}/appeals/{appealId}"_s, u"operator,supervisor"_s},
    {u"POST /api/v1/operator/customers/{id}/confirmation"_s, u"operator,supervisor"_s},
    {u"POST /api/v1/operator/customers/{id}/sign-in-lock/lift"_s, u"operator,supervisor"_s},
    {u"POST /api/v1/operator/customers/{id}/link-lock/lift"_s, u"operator,supervisor"_s},
    {u"POST /api/v1/operator/customers/{id}/appeals"_s, u"operator,supervisor"_s},
    {u"GET /api/v1/operator/audit"_s, u"supervisor"_s},
    {u"GET /api/v1/profile/access-journal"_s, u"customer"_s},
    {u"GET /api/v1/faq"_s, u"public"_s},
    {u"POST /api/v1/test/clock"_s, u"public"_s},
};

const QString kNoSuchId = u"999999999"_s;

struct Route {
    QString method;
    QString path;
    QString roles;
    QString key() const { return method + u' ' + path; }
};

} // namespace

class TestAuthMatrix : public QObject {
    Q_OBJECT

    ApiTestServer m_server;
    OperatorFixture m_operators{m_server};
    QList<Route> m_routes;
    // Customer A's things, the foreign ids of everyone else's calls.
    QString m_customer; // A's user id, the {id} of the operators' routes of a caller
    QString m_account;
    QString m_contract;
    QString m_appeal;
    QString m_order;

    struct Caller {
        QString name;
        QString token;
        QString role; // empty: anonymous
        bool disabled = false;
        bool customerA = false;
    };
    QList<Caller> m_callers;

    // The route's path with ids: customer A's (foreign = true) or ids of nothing.
    QString pathFor(const Route& route, bool foreign) const {
        QString path = route.path;
        QString id = kNoSuchId;
        if (foreign) {
            if (path.startsWith(u"/api/v1/accounts/{id}"_s))
                id = m_account;
            else if (path.startsWith(u"/api/v1/operator/customers/{id}"_s))
                id = m_customer;
            else if (path.contains(u"appeals/{id}"_s))
                id = m_appeal;
            else if (path.contains(u"payment-orders/{id}"_s) || path.startsWith(u"/sandbox/pay/"_s))
                id = m_order;
        }
        path.replace(u"{id}"_s, id);
        path.replace(u"{accountId}"_s, foreign ? m_account : kNoSuchId);
        path.replace(u"{contractId}"_s, foreign ? m_contract : kNoSuchId);
        path.replace(u"{appealId}"_s, foreign ? m_appeal : kNoSuchId);
        path.replace(u"{linkId}"_s, kNoSuchId);
        path.replace(u"{attachmentId}"_s, kNoSuchId);
        return path;
    }

    HttpReply call(const Route& route, const QString& token, bool foreign) {
        const QString path = pathFor(route, foreign);
        if (route.method == u"GET")
            return m_server.get(path, token);
        return m_server.send(route.method.toLatin1(), path, token, "{}",
                             {{"Content-Type", "application/json"},
                              {"Idempotency-Key", QUuid::createUuid().toString(QUuid::WithoutBraces).toLatin1()}});
    }

    // One route as one caller: allowed callers get past the gate (never 401 or 403 forbidden),
    // others get 401 (no or a dead session) or 403 forbidden; nobody gets a 5xx. Customer B and
    // the staff call with customer A's ids, which never answer them A's data.
    void check(const Route& route, const Caller& caller) {
        const bool isPublic = route.roles == u"public";
        const bool served = isPublic || (!caller.role.isEmpty() && route.roles.split(u',').contains(caller.role));
        const bool foreign = !caller.customerA;
        // Customer A's own calls change nothing (ids of nothing) unless they only read.
        const HttpReply r = call(route, caller.token, foreign || route.method == u"GET");
        const QString where = route.key() + u" as "_s + caller.name + u": "_s + QString::number(r.status) + u' ' +
                              QString::fromUtf8(r.body.left(200));
        QVERIFY2(r.status > 0 && r.status < 500, qPrintable(where));
        if (!isPublic && (caller.role.isEmpty() || caller.disabled)) {
            QVERIFY2(r.status == 401, qPrintable(where));
            return;
        }
        if (!served) {
            QVERIFY2(r.status == 403 && r.errorCode() == u"forbidden"_s, qPrintable(where));
            return;
        }
        QVERIFY2(r.status != 401 && r.errorCode() != u"forbidden"_s, qPrintable(where));
        if (isPublic)
            return;
        if (caller.customerA && route.method == u"GET")
            QVERIFY2(r.status == 200 || r.status == 404, qPrintable(where)); // 404: the made-up attachment
        if (caller.role == u"customer" && foreign && route.path.contains(u"{id}"_s)) {
            // Customer B with A's ids: nothing of A's, whatever the body.
            QVERIFY2(r.status >= 400, qPrintable(where));
            if (route.method == u"GET" || route.method == u"DELETE")
                QVERIFY2(r.status == 404, qPrintable(where));
        }
    }

private slots:
    void initTestCase() {
        LKK_REQUIRE_TEST_BACKEND();
        ApiTestServer::Options options;
        options.scratchPrefix = u"lkk_matrix"_s;
        options.testClock = QDateTime(QDate(2026, 11, 24), QTime(5, 0), Qt::UTC); // the test-only routes too
        QString error;
        QVERIFY2(m_server.start(options, &error), qPrintable(error));

        QProcess printer;
        printer.start(ServerProcess::binaryPath(), {u"--print-routes"_s});
        QVERIFY(printer.waitForFinished(60000));
        QCOMPARE(printer.exitCode(), 0);
        const QStringList lines = QString::fromUtf8(printer.readAllStandardOutput()).split(u'\n', Qt::SkipEmptyParts);
        for (const QString& line : lines) {
            const QStringList parts = line.split(u' ');
            QVERIFY2(parts.size() >= 3, qPrintable(line));
            m_routes.append({parts.at(0), parts.at(1), parts.at(2)});
        }
        QVERIFY(m_routes.size() >= kMatrix.size());

        const QString a = m_server.login(u"demo@lkk.example"_s, u"Demo1234"_s);
        const QString b = m_server.login(u"second@lkk.example"_s, u"Second1234"_s);
        QVERIFY(!a.isEmpty() && !b.isEmpty());
        m_customer = QString::number(m_server.scalar(u"SELECT id FROM users WHERE email = 'demo@lkk.example'"_s));
        m_account = QString::number(m_server.accountId(a, u"100103492"_s));
        const HttpReply requisites = m_server.get(u"/api/v1/accounts/%1/requisites"_s.arg(m_account), a);
        m_contract = QString::number(requisites.json[u"contracts"_s][0][u"id"_s].toInteger());
        const HttpReply appeals = m_server.get(u"/api/v1/accounts/%1/appeals"_s.arg(m_account), a);
        m_appeal = QString::number(appeals.json[u"appeals"_s][0][u"id"_s].toInteger());
        const HttpReply form = m_server.get(u"/api/v1/accounts/%1/payment-form"_s.arg(m_account), a);
        const QJsonObject orderBody{
            {u"items"_s, QJsonArray{QJsonObject{{u"subAccount"_s, form.json[u"items"_s][0][u"subAccount"_s]},
                                                {u"amount"_s, 12000}}}},
            {u"receiptEmail"_s, u"demo@lkk.example"_s},
            {u"consent"_s, true}};
        const HttpReply order = m_server.post(u"/api/v1/accounts/%1/payment-orders"_s.arg(m_account), a, orderBody,
                                              {{"Idempotency-Key", "matrix-order"}});
        m_order = order.json.value(u"id"_s).toString();
        QVERIFY2(m_customer != u"0"_s && m_account != u"0"_s && m_contract != u"0"_s && m_appeal != u"0"_s &&
                     !m_order.isEmpty(),
                 order.body.constData());

        const QString operatorToken = m_server.loginDemoOperator();
        const OperatorFixture::Enrolled supervisor = m_operators.enrol(true);
        const OperatorFixture::Enrolled disabled = m_operators.enrol(false);
        QVERIFY(!operatorToken.isEmpty() && !supervisor.email.isEmpty() && !disabled.email.isEmpty());
        QCOMPARE(m_operators.run({u"disable"_s, disabled.email}).exitCode, 0);
        m_callers = {{u"anonymous"_s, {}, {}},
                     {u"customer A"_s, a, u"customer"_s, false, true},
                     {u"customer B"_s, b, u"customer"_s},
                     {u"operator"_s, operatorToken, u"operator"_s},
                     {u"supervisor"_s, supervisor.accessToken, u"supervisor"_s},
                     {u"disabled operator"_s, disabled.accessToken, u"operator"_s, true}};
    }

    // The table the router serves and the reviewed matrix name the same routes with the same roles.
    void everyRouteIsInTheMatrix() {
        QStringList missing;
        QStringList differ;
        QSet<QString> served;
        for (const Route& route : std::as_const(m_routes)) {
            served.insert(route.key());
            if (!kMatrix.contains(route.key()))
                missing << route.key() + u" (" + route.roles + u')';
            else if (kMatrix.value(route.key()) != route.roles)
                differ << route.key() + u": the matrix says " + kMatrix.value(route.key()) + u", the server serves " +
                              route.roles;
        }
        QVERIFY2(missing.isEmpty(), qPrintable(u"routes without a matrix entry (add one after deciding who may "
                                               u"call them): "_s +
                                               missing.join(u", "_s)));
        QVERIFY2(differ.isEmpty(), qPrintable(differ.join(u"; "_s)));
        QStringList stale;
        for (auto it = kMatrix.cbegin(); it != kMatrix.cend(); ++it) {
            if (!served.contains(it.key()))
                stale << it.key();
        }
        QVERIFY2(stale.isEmpty(), qPrintable(u"matrix entries of no route: "_s + stale.join(u", "_s)));
    }

    // Staff act for callers only through their own routes: the customers' money, linking and
    // e-mail routes serve customers alone, whatever the matrix above is edited to. (A caller's
    // payments history, /operator/customers/{id}/accounts/{accountId}/payments, is a read.)
    void staffHaveNoMoneyLinkOrEmailRoutes() {
        static const QRegularExpression customersOnly(
            u"payment-form|payment-orders|/sandbox/|^/api/v1/accounts/link|/co-holders|/profile/email"_s);
        int seen = 0;
        for (const Route& route : std::as_const(m_routes)) {
            if (route.roles == u"public" || !customersOnly.match(route.path).hasMatch())
                continue;
            ++seen;
            QVERIFY2(route.roles == u"customer"_s, qPrintable(route.key() + u" serves "_s + route.roles));
        }
        QVERIFY(seen >= 10);
    }

    // What staff may change is their own account and the reviewed actions on a caller's behalf
    // (a reading, the registration mail, two lock lifts, an appeal) and in the appeals queue: no
    // route of theirs pays, sets a customer's password or e-mail, or links an account.
    void staffWritesAreTheReviewedActions() {
        static const QSet<QString> reviewed = {u"POST /api/v1/auth/logout"_s,
                                               u"POST /api/v1/profile/password"_s, // the operator's own
                                               u"PATCH /api/v1/profile"_s,         // the operator's own
                                               u"POST /api/v1/operator/customers/{id}/accounts/{accountId}/readings"_s,
                                               u"POST /api/v1/operator/customers/{id}/confirmation"_s,
                                               u"POST /api/v1/operator/customers/{id}/sign-in-lock/lift"_s,
                                               u"POST /api/v1/operator/customers/{id}/link-lock/lift"_s,
                                               u"POST /api/v1/operator/customers/{id}/appeals"_s,
                                               u"POST /api/v1/operator/appeals/{id}/take"_s,
                                               u"POST /api/v1/operator/appeals/{id}/messages"_s,
                                               u"POST /api/v1/operator/appeals/{id}/status"_s};
        QStringList others;
        for (const Route& route : std::as_const(m_routes)) {
            const QStringList roles = route.roles.split(u',');
            const bool staff = roles.contains(u"operator"_s) || roles.contains(u"supervisor"_s);
            if (staff && route.method != u"GET" && !reviewed.contains(route.key()))
                others << route.key();
        }
        QVERIFY2(others.isEmpty(), qPrintable(u"staff routes that write, not reviewed: "_s + others.join(u", "_s)));
    }

    void everyRouteAsEveryCaller() {
        // Signing out ends a caller's session: those routes go last.
        QList<Route> ordered;
        for (const Route& route : std::as_const(m_routes)) {
            if (route.path == u"/api/v1/auth/logout")
                ordered.append(route);
            else
                ordered.prepend(route);
        }
        for (const Route& route : std::as_const(ordered)) {
            for (const Caller& caller : std::as_const(m_callers)) {
                check(route, caller);
                if (QTest::currentTestFailed())
                    return;
            }
        }
        // Nothing of customer A's changed hands: the account is still theirs and B still has none of it.
        const QString a = m_callers.at(1).token;
        QCOMPARE(m_server.get(u"/api/v1/accounts/"_s + m_account, m_server.login(u"demo@lkk.example"_s, u"Demo1234"_s))
                     .status,
                 200);
        QCOMPARE(m_server.get(u"/api/v1/accounts/"_s + m_account, a).status, 401); // signed out above
    }
};

QTEST_GUILESS_MAIN(TestAuthMatrix)
#include "tst_authmatrix.moc"
