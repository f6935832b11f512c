#pragma once

#include "tests/support/ApiTestServer.h"

#include <QString>
#include <QStringList>

namespace lkk::test {

// The set-up of the suites about the customers' data over HTTP: starts `server` with `options` and
// signs in the two demo customers through the API, demo@lkk.example (three linked accounts) into
// `demo` and second@lkk.example (a customer with none; --environment test) into `second`. False,
// with `error` saying why, when the server did not start or either could not sign in.
inline bool startWithDemoCustomers(ApiTestServer& server, const ApiTestServer::Options& options, QString* demo,
                                   QString* second, QString* error) {
    if (!server.start(options, error))
        return false;
    *demo = server.login(QStringLiteral("demo@lkk.example"), QStringLiteral("Demo1234"));
    *second = server.login(QStringLiteral("second@lkk.example"), QStringLiteral("Second1234"));
    if (demo->isEmpty() || second->isEmpty()) {
        *error = QStringLiteral("a demo customer could not sign in (see the warnings above)");
        return false;
    }
    return true;
}

// A second instance on `first`'s database (several instances share one, docs/operations.md), with
// `extraArgs`, and the demo customer signed in through it into `demo`. False, with `error`, when it
// did not start or the customer could not sign in.
inline bool startSecondInstance(ApiTestServer& second, const ApiTestServer& first, const QStringList& extraArgs,
                                QString* demo, QString* error) {
    ApiTestServer::Options options;
    options.databaseUrl = first.databaseUrl();
    options.extraArgs = extraArgs;
    if (!second.start(options, error))
        return false;
    *demo = second.login(QStringLiteral("demo@lkk.example"), QStringLiteral("Demo1234"));
    if (demo->isEmpty()) {
        *error = QStringLiteral("the demo customer could not sign in through the second instance");
        return false;
    }
    return true;
}

} // namespace lkk::test
