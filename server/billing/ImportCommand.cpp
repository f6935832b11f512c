#include "server/billing/ImportCommand.h"

#include "server/CommandOutput.h"
#include "server/billing/BillingImporter.h"
#include "server/db/Database.h"
#include "server/db/Migrations.h"
#include "server/db/OfflineDatabase.h"

#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFile>

namespace lkk::server::billing {

using namespace Qt::StringLiterals;

namespace {

// "(12.3 s, peak memory 47 MiB)": what the import took. The peak is the kernel's high-water mark
// of this process (Linux only; elsewhere left out).
QString resourcesUsed(const QElapsedTimer& timer) {
    QString used = u"%1 s"_s.arg(double(timer.elapsed()) / 1000, 0, 'f', 1);
    QFile status(u"/proc/self/status"_s);
    if (status.open(QIODevice::ReadOnly)) {
        for (const QByteArray& line : status.readAll().split('\n')) {
            if (line.startsWith("VmHWM:"))
                used += u", peak memory %1 MiB"_s.arg(line.mid(6).trimmed().split(' ').value(0).toLongLong() / 1024);
        }
    }
    return u" ("_s + used + u')';
}

} // namespace

bool ImportCommand::isImportCommand(const QStringList& arguments) {
    return arguments.size() > 1 && arguments.at(1) == u"import";
}

int ImportCommand::run(const QStringList& arguments, const QProcessEnvironment& environment) {
    QCommandLineParser parser;
    parser.setApplicationDescription(u"Imports a billing data file (docs/billing-import.md) into the database."_s);
    parser.addHelpOption();
    parser.addPositionalArgument(u"import"_s, u"The subcommand."_s);
    parser.addPositionalArgument(u"FILE"_s, u"The lkk-billing JSON file."_s);
    OfflineDatabase::addOptions(parser);
    const QCommandLineOption recheckOption(
        u"recheck"_s, u"Check and compare every entity even if this very file was the last one imported."_s);
    parser.addOption(recheckOption);
    if (!parser.parse(arguments)) {
        printLine(stderr, u"lkk-server import: "_s + parser.errorText());
        return 2;
    }
    if (parser.isSet(u"help"_s)) {
        printLine(stdout, parser.helpText());
        return 0;
    }
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 2) {
        printLine(stderr, u"usage: lkk-server import FILE"_s + OfflineDatabase::usage() + u" [--recheck]"_s);
        return 2;
    }
    const QString path = positional.at(1);

    const OfflineDatabase::Choice choice = OfflineDatabase::choose(parser, environment);
    if (!choice.url) {
        printLine(stderr, u"lkk-server import: "_s + choice.error);
        return choice.exitCode;
    }
    const DatabaseUrl& url = *choice.url;
    QString error;
    Database database(url);
    QList<int> applied;
    if (!Migrations::apply(database, &error, &applied)) {
        printLine(stderr, u"lkk-server import: database %1: %2"_s.arg(url.redacted(), error));
        return 1;
    }
    QElapsedTimer timer;
    timer.start();
    BillingImporter importer(database);
    const BillingImporter::Result result = importer.importFile(
        path, parser.isSet(recheckOption) ? BillingImporter::Mode::Recheck : BillingImporter::Mode::SkipSameFile);
    if (result.rejection) {
        printLine(stderr, result.rejection->toString(path));
        printLine(stderr, u"lkk-server import: %1 rejected, nothing imported"_s.arg(path) + resourcesUsed(timer));
        return 2;
    }
    if (!result.ok) {
        printLine(stderr, u"lkk-server import: "_s + result.failure);
        return 1;
    }
    const auto total = result.total();
    printLine(stdout, u"lkk-server import: %1 into %2: %3 new, %4 updated, %5 unchanged"_s.arg(path, url.redacted())
                              .arg(total.inserted)
                              .arg(total.updated)
                              .arg(total.unchanged) +
                          resourcesUsed(timer));
    printLine(stdout, u"  "_s + result.summary());
    return 0;
}

} // namespace lkk::server::billing
