#include "server/faq/FaqCommand.h"

#include "server/Clock.h"
#include "server/CommandOutput.h"
#include "server/db/Migrations.h"
#include "server/db/OfflineDatabase.h"
#include "server/faq/FaqImporter.h"

#include <QCommandLineParser>

namespace lkk::server::faq {

using namespace Qt::StringLiterals;

bool FaqCommand::isFaqCommand(const QStringList& arguments) {
    return arguments.size() > 1 && arguments.at(1) == u"faq";
}

int FaqCommand::run(const QStringList& arguments, const QProcessEnvironment& environment) {
    QCommandLineParser parser;
    parser.setApplicationDescription(
        u"Replaces the questions and answers with those of an lkk-faq file (docs/faq-import.md)."_s);
    parser.addHelpOption();
    parser.addPositionalArgument(u"faq"_s, u"The subcommand."_s);
    parser.addPositionalArgument(u"import"_s, u"The action."_s);
    parser.addPositionalArgument(u"FILE"_s, u"The lkk-faq JSON file."_s);
    OfflineDatabase::addOptions(parser);
    const QString usage = u"usage: lkk-server faq import FILE"_s + OfflineDatabase::usage();
    if (!parser.parse(arguments)) {
        printLine(stderr, u"lkk-server faq: "_s + parser.errorText());
        return 2;
    }
    if (parser.isSet(u"help"_s)) {
        printLine(stdout, parser.helpText());
        return 0;
    }
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 3 || positional.at(1) != u"import") {
        printLine(stderr, usage);
        return 2;
    }
    const QString path = positional.at(2);
    const OfflineDatabase::Choice choice = OfflineDatabase::choose(parser, environment);
    if (!choice.url) {
        printLine(stderr, u"lkk-server faq import: "_s + choice.error);
        return choice.exitCode;
    }
    Database database(*choice.url);
    QString error;
    if (!Migrations::apply(database, &error)) {
        printLine(stderr, u"lkk-server faq import: database %1: %2"_s.arg(choice.url->redacted(), error));
        return 1;
    }
    const FaqImporter::Result result = FaqImporter(database).importFile(path, nowMs());
    if (result.rejection) {
        printLine(stderr, result.rejection->toString(path));
        printLine(stderr, u"lkk-server faq import: %1 rejected, nothing imported"_s.arg(path));
        return 2;
    }
    if (!result.ok) {
        printLine(stderr, u"lkk-server faq import: "_s + result.failure);
        return 1;
    }
    printLine(stdout,
              u"lkk-server faq import: %1 into %2: %3 companies, %4 questions"_s.arg(path, choice.url->redacted())
                  .arg(result.companies)
                  .arg(result.questions));
    return 0;
}

} // namespace lkk::server::faq
