#pragma once

#include "app/api/ApiClient.h"
#include "app/session/Session.h"
#include "tests/support/ApiTestServer.h"
#include "tests/support/ManualClock.h"

#include <QNetworkAccessManager>

namespace lkk::test {

// The fixture of the client-core integration tests: a real lkk-server (ApiTestServer: SQLite, or a
// scratch PostgreSQL database with LKK_TEST_BACKEND=postgres; call LKK_REQUIRE_TEST_BACKEND() in
// initTestCase()), an ApiClient that trusts only the server's CA, and a Session on a ManualClock
// signed in as the demo customer. The client's clock moves only with clock.advance(); the
// server's, when it runs with Options::testClock, with server.advanceClock().
class SignedInClient {
public:
    static QString demoEmail() { return QStringLiteral("demo@lkk.example"); }
    static QString demoPassword() { return QStringLiteral("Demo1234"); }

    // Starts the server and signs in; false with the reason in *error.
    bool start(const ApiTestServer::Options& options, QString* error);
    bool start(QString* error) { return start(ApiTestServer::Options{}, error); }

    // The id of the signed-in customer's account with this number (GET /accounts), 0 with a
    // warning when there is none.
    qint64 accountId(const QString& number);

    ApiTestServer server;
    ManualClock clock;
    QNetworkAccessManager network;
    ApiClient api{&network};
    Session session{&api, clock};
};

} // namespace lkk::test
