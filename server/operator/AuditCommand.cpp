#include "server/operator/AuditCommand.h"

#include "server/CommandOutput.h"
#include "server/db/Migrations.h"
#include "server/db/OfflineDatabase.h"
#include "server/operator/AuditTrail.h"
#include "server/operator/OperatorRules.h"

#include <QCommandLineParser>
#include <QFile>
#include <QSaveFile>

namespace lkk::server::operators {

using namespace Qt::StringLiterals;

bool AuditCommand::isAuditCommand(const QStringList& arguments) {
    return arguments.size() > 1 && arguments.at(1) == u"audit";
}

int AuditCommand::run(const QStringList& arguments, const QProcessEnvironment& environment) {
    QCommandLineParser parser;
    parser.setApplicationDescription(u"Writes the operator audit trail of a period as CSV."_s);
    parser.addHelpOption();
    parser.addPositionalArgument(u"audit"_s, u"The subcommand."_s);
    parser.addPositionalArgument(u"export"_s, u"The action."_s);
    const QCommandLineOption from(u"from"_s, u"The first day (Tomsk time) or instant (ISO 8601)."_s, u"WHEN"_s);
    const QCommandLineOption to(u"to"_s, u"The last day (included) or the instant it ends."_s, u"WHEN"_s);
    const QCommandLineOption out(u"out"_s, u"The CSV file to write (default: stdout)."_s, u"FILE"_s);
    parser.addOptions({from, to, out});
    OfflineDatabase::addOptions(parser);
    const QString usage =
        u"usage: lkk-server audit export --from WHEN --to WHEN [--out FILE]"_s + OfflineDatabase::usage();
    if (!parser.parse(arguments)) {
        printLine(stderr, u"lkk-server audit: "_s + parser.errorText());
        return 2;
    }
    if (parser.isSet(u"help"_s)) {
        printLine(stdout, parser.helpText());
        return 0;
    }
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 2 || positional.at(1) != u"export" || !parser.isSet(from) || !parser.isSet(to)) {
        printLine(stderr, usage);
        return 2;
    }
    const auto fromMs = auditTime(parser.value(from), false);
    const auto toMs = auditTime(parser.value(to), true);
    if (!fromMs || !toMs || *fromMs > *toMs) {
        printLine(stderr, u"lkk-server audit export: --from and --to must be days (2026-12-06) or instants "
                          u"(2026-12-06T10:15:00Z), --from not after --to"_s);
        return 2;
    }
    const OfflineDatabase::Choice choice = OfflineDatabase::choose(parser, environment);
    if (!choice.url) {
        printLine(stderr, u"lkk-server audit export: "_s + choice.error);
        return choice.exitCode;
    }
    Database database(*choice.url);
    QString error;
    if (!Migrations::apply(database, &error)) {
        printLine(stderr, u"lkk-server audit export: database %1: %2"_s.arg(choice.url->redacted(), error));
        return 1;
    }
    QSqlDatabase db = database.connection();
    qint64 written = -1;
    if (parser.isSet(out)) {
        // Written whole or not at all: a half-written export would look complete.
        QSaveFile file(parser.value(out));
        if (!file.open(QIODevice::WriteOnly)) {
            printLine(stderr, u"lkk-server audit export: cannot write "_s + parser.value(out));
            return 1;
        }
        written = AuditTrail::exportCsv(db, *fromMs, *toMs, file);
        if (written >= 0 && !file.commit())
            written = -1;
    } else {
        QFile stdoutFile;
        if (!stdoutFile.open(stdout, QIODevice::WriteOnly)) {
            printLine(stderr, u"lkk-server audit export: cannot write to stdout"_s);
            return 1;
        }
        written = AuditTrail::exportCsv(db, *fromMs, *toMs, stdoutFile);
    }
    if (written < 0) {
        printLine(stderr, u"lkk-server audit export: the database or the file failed; nothing complete written"_s);
        return 1;
    }
    printLine(stderr, u"lkk-server audit export: %1 entries"_s.arg(written));
    return 0;
}

} // namespace lkk::server::operators
