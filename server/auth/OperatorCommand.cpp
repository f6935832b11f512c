#include "server/auth/OperatorCommand.h"

#include "server/Clock.h"
#include "server/CommandOutput.h"
#include "server/DemoSetup.h"
#include "server/ServerConfig.h"
#include "server/auth/OperatorAccounts.h"
#include "server/db/Migrations.h"
#include "server/mail/ConfiguredMailer.h"
#include "server/users/UserMails.h"
#include "shared/InputRules.h"

#include <QUrl>

namespace lkk::server {

using namespace Qt::StringLiterals;

namespace {

const QString kUsage = u"usage: lkk-server operator add EMAIL --name \"Surname First Patronymic\" [--supervisor]\n"
                       u"       lkk-server operator disable EMAIL\n"
                       u"       lkk-server operator reset-2fa EMAIL\n"
                       u"       lkk-server operator list\n"
                       u"followed by the server's options: [--config FILE] [--db URL] [--data-dir DIR] …"_s;

struct Request {
    QString action;
    QString email;
    QString name;
    bool supervisor = false;
    QStringList serverArguments; // argv[0] and the server's options
};

// The command's own words and options; the rest are the server's options (ConfigLoader).
std::optional<Request> parse(const QStringList& arguments, QString* error) {
    Request request;
    request.serverArguments << arguments.value(0);
    request.action = arguments.value(2);
    const bool needsEmail = request.action != u"list";
    qsizetype i = 3;
    if (needsEmail) {
        request.email = arguments.value(3);
        if (request.email.isEmpty() || request.email.startsWith(u"--"_s)) {
            *error = u"an EMAIL is required"_s;
            return std::nullopt;
        }
        i = 4;
    }
    for (; i < arguments.size(); ++i) {
        const QString& argument = arguments.at(i);
        if (request.action == u"add" && argument == u"--supervisor") {
            request.supervisor = true;
        } else if (request.action == u"add" && argument == u"--name" && i + 1 < arguments.size()) {
            request.name = arguments.at(++i).simplified();
        } else if (request.action == u"add" && argument.startsWith(u"--name="_s)) {
            request.name = argument.mid(7).simplified();
        } else {
            request.serverArguments << argument;
        }
    }
    return request;
}

// Where the links of the mail lead: public-url, else the server's own URL (as ServerApp makes it).
std::optional<QUrl> linkBase(const ServerConfig& config) {
    if (!config.publicUrl.isEmpty())
        return QUrl(config.publicUrl);
    if (config.port == 0)
        return std::nullopt;
    QUrl url;
    url.setScheme(u"https"_s);
    const bool any = config.listen == u"0.0.0.0" || config.listen == u"::";
    url.setHost(any ? u"127.0.0.1"_s : config.listen);
    url.setPort(config.port);
    return url;
}

int add(OperatorAccounts& accounts, const Request& request, const ServerConfig& config) {
    const QString prefix = u"lkk-server operator add: "_s;
    const QStringList words = request.name.split(u' ', Qt::SkipEmptyParts);
    if (words.size() < 2 || words.size() > 3 ||
        std::any_of(words.begin(), words.end(), [](const QString& w) { return rules::checkPersonName(w, true); })) {
        printLine(stderr, prefix + u"--name needs the surname and first name (and patronymic), in letters"_s);
        return 2;
    }
    if (config.smtpUrl.isEmpty() && config.mailDrop.isEmpty()) {
        printLine(stderr, prefix + u"set smtp-url (or mail-drop): the new operator gets the link by mail"_s);
        return 2;
    }
    const std::optional<QUrl> base = linkBase(config);
    if (!base) {
        printLine(stderr, prefix + u"set public-url: the address where the operator opens the link"_s);
        return 2;
    }
    const QString email = rules::normalizedEmail(request.email);
    const auto added = accounts.add(email, request.name, request.supervisor, nowMs());
    if (!added) {
        printLine(stderr, prefix + u"the database failed"_s);
        return 1;
    }
    if (added->outcome == OperatorAccounts::AddOutcome::Taken) {
        printLine(stderr, prefix + email +
                              u" already has an account (a customer's, or an operator's with a password or "
                              u"disabled); operators need an address of their own"_s);
        return 2;
    }
    if (config.smtpUrl.isEmpty()) {
        QString error;
        if (!DemoSetup::ensureDir(config.mailDrop, &error)) {
            printLine(stderr, prefix + error);
            return 1;
        }
    }
    const auto mailer = mail::configuredMailer(config);
    const users::UserMailer links(*mailer, *base);
    const users::UserMails::Mail mail =
        users::UserMails::operatorInvitation(request.name, links.link(u"/recover"_s, added->linkToken),
                                             int(OperatorAccounts::invitationTtlMs / 3600000), Language::Ru);
    QString error;
    if (!mailer->send({email, mail.subject, mail.text, {}}, &error)) {
        printLine(stderr, prefix + u"the account of %1 is there, but the mail with the link was not sent (%2); "
                                   u"run the same command again to send a new link"_s.arg(email, error));
        return 1;
    }
    const QString role = request.supervisor ? u"supervisor"_s : u"operator"_s;
    printLine(stdout, prefix +
                          (added->outcome == OperatorAccounts::AddOutcome::Added ? u"%1 %2 (%3) added"_s
                                                                                 : u"%1 %2 (%3) invited again"_s)
                              .arg(role, email, request.name) +
                          u"; the link to set the password was mailed (valid %1 hours)"_s.arg(
                              OperatorAccounts::invitationTtlMs / 3600000));
    return 0;
}

int list(OperatorAccounts& accounts) {
    const auto listed = accounts.list();
    if (!listed) {
        printLine(stderr, u"lkk-server operator list: the database failed"_s);
        return 1;
    }
    printLine(stdout, u"EMAIL\tROLE\tSTATE\tSECOND FACTOR\tNAME"_s);
    for (const OperatorAccounts::Account& a : *listed) {
        const QString state = a.disabled ? u"disabled"_s : a.passwordSet ? u"active"_s : u"invited"_s;
        printLine(stdout,
                  QStringList{a.email, a.role, state, a.secondFactorEnrolled ? u"enrolled"_s : u"none"_s, a.name}.join(
                      u'\t'));
    }
    return 0;
}

} // namespace

bool OperatorCommand::isOperatorCommand(const QStringList& arguments) {
    return arguments.size() > 1 && arguments.at(1) == u"operator";
}

int OperatorCommand::run(const QStringList& arguments, const QProcessEnvironment& environment) {
    const QString action = arguments.value(2);
    if (action == u"--help" || action == u"-h") {
        printLine(stdout, kUsage);
        return 0;
    }
    if (action != u"add" && action != u"disable" && action != u"reset-2fa" && action != u"list") {
        printLine(stderr, kUsage);
        return 2;
    }
    QString error;
    const auto request = parse(arguments, &error);
    if (!request) {
        printLine(stderr, u"lkk-server operator %1: %2\n"_s.arg(action, error) + kUsage);
        return 2;
    }
    const ConfigLoadResult loaded =
        ConfigLoader::load(request->serverArguments, environment, ConfigLoader::Use::Command);
    if (loaded.exitCode != 0 || loaded.exitNow) {
        printLine(stderr, u"lkk-server operator %1: %2"_s.arg(action, loaded.exitNow ? kUsage : loaded.error));
        return 2;
    }
    const ServerConfig& config = loaded.config;
    const auto url = DatabaseUrl::parse(databaseUrlOf(config), &error);
    if (!url) {
        printLine(stderr, u"lkk-server operator %1: db: %2"_s.arg(action, error));
        return 2;
    }
    if (config.testClock) // the test environment's clock, as the server under test reads it
        setTestClock(config.testClockMs);
    if (!config.dataDir.isEmpty() && !DemoSetup::ensureDir(config.dataDir, &error)) {
        printLine(stderr, u"lkk-server operator %1: %2"_s.arg(action, error));
        return 1;
    }
    Database database(*url);
    if (!Migrations::apply(database, &error)) {
        printLine(stderr, u"lkk-server operator %1: database %2: %3"_s.arg(action, url->redacted(), error));
        return 1;
    }
    OperatorAccounts accounts(database);
    if (action == u"add")
        return add(accounts, *request, config);
    if (action == u"list")
        return list(accounts);
    const auto done = action == u"disable" ? accounts.disable(rules::normalizedEmail(request->email))
                                           : accounts.resetSecondFactor(rules::normalizedEmail(request->email));
    if (!done) {
        printLine(stderr, u"lkk-server operator %1: the database failed"_s.arg(action));
        return 1;
    }
    if (!*done) {
        printLine(stderr,
                  u"lkk-server operator %1: %2 is no operator's or supervisor's address"_s.arg(action, request->email));
        return 2;
    }
    printLine(stdout, action == u"disable"
                          ? u"lkk-server operator disable: %1 disabled; their sessions ended"_s.arg(request->email)
                          : u"lkk-server operator reset-2fa: %1 enrols a new second factor at the next sign-in"_s.arg(
                                request->email));
    return 0;
}

} // namespace lkk::server
