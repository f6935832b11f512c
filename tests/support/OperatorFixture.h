#pragma once

#include "tests/support/ApiTestServer.h"

#include <QByteArray>
#include <QSet>
#include <QString>
#include <QStringList>

namespace lkk::test {

// Operators made the way production makes them, for the tests of an ApiTestServer: the real
// `lkk-server operator …` command on the server's database, the invitation read from the mail
// drop, the password set through its link, and the first sign-in with its TOTP enrolment.
class OperatorFixture {
public:
    explicit OperatorFixture(ApiTestServer& server)
        : m_server(server) {}

    struct Command {
        int exitCode = -1; // -1: did not end normally
        QString out;
        QString err;
    };
    // `lkk-server operator ARGUMENTS…` with the server's options (ApiTestServer::commandOptions).
    Command run(const QStringList& arguments) const;

    // The decoded body of the next mail to `to` not read yet (waits up to 10 s for it).
    QString nextMailTo(const QString& to);

    struct Enrolled {
        QString email; // empty when something failed (logged)
        QString password;
        QByteArray secret;
        QStringList recoveryCodes;
        QString accessToken;
        QString refreshToken; // the first sign-in remembers
        qint64 step = 0;      // of the code that enrolled
    };
    // A new operator (or supervisor) with a fresh address, through the whole path.
    Enrolled enrol(bool supervisor = false);

private:
    ApiTestServer& m_server;
    QSet<QString> m_read;
    int m_made = 0;
};

} // namespace lkk::test
