#include "tests/support/SignedInClient.h"

#include "app/api/ApiOperations.h"
#include "tests/support/RunOperation.h"

namespace lkk::test {

bool SignedInClient::start(const ApiTestServer::Options& options, QString* error) {
    if (!server.start(options, error))
        return false;
    if (const auto refused = api.setServer(server.process().url().toString(), server.process().caFile())) {
        *error = refused->message;
        return false;
    }
    LoginOperation login;
    login.login = {demoEmail(), demoPassword(), false, {}, {}};
    const auto signedIn = runOp(api, login);
    if (!signedIn) {
        *error = QStringLiteral("signing in as %1 failed: %2").arg(demoEmail(), signedIn.error().message);
        return false;
    }
    session.start(signedIn.value());
    return true;
}

qint64 SignedInClient::accountId(const QString& number) {
    const auto accounts = runOp(session, ListAccountsOperation{});
    if (!accounts) {
        qWarning().noquote() << "GET /accounts failed:" << accounts.error().message;
        return 0;
    }
    for (const AccountSummary& a : accounts.value()) {
        if (a.number == number)
            return a.id;
    }
    qWarning().noquote() << "the signed-in customer has no account" << number;
    return 0;
}

} // namespace lkk::test
