#pragma once

#include <QProcessEnvironment>
#include <QStringList>

namespace lkk::server {

// `lkk-server operator add EMAIL --name "Surname First Patronymic" [--supervisor]`,
// `lkk-server operator disable EMAIL`, `lkk-server operator reset-2fa EMAIL`,
// `lkk-server operator list`, followed by the server's own options (--config FILE, --db URL,
// --data-dir DIR, the mail options, public-url …): the command reads the configuration as the
// server does, applies the migrations and works on the same database (docs/operations.md,
// «Operator accounts»). `add` mails the new operator a link that sets the password, through the
// configured SMTP server or mail drop. Exit status 0 = done, 2 = bad usage or refused
// (nothing changed), 1 = the database or the mail failed.
class OperatorCommand {
public:
    static bool isOperatorCommand(const QStringList& arguments);
    static int run(const QStringList& arguments, const QProcessEnvironment& environment);
};

} // namespace lkk::server
