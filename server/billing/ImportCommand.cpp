#include "server/billing/ImportCommand.h"

#include "server/billing/BillingImporter.h"
#include "server/db/Database.h"
#include "server/db/Migrations.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QSettings>

#include <cstdio>

namespace lkk::server::billing {

using namespace Qt::StringLiterals;

namespace {

void print(FILE* stream, const QString& text) {
    const QByteArray utf8 = text.toUtf8() + '\n';
    std::fwrite(utf8.constData(), 1, size_t(utf8.size()), stream);
    std::fflush(stream);
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
    const QCommandLineOption dbOption(u"db"_s, u"Database URL (as for the server)."_s, u"URL"_s);
    const QCommandLineOption dataDirOption(u"data-dir"_s, u"Data directory holding lkk.sqlite."_s, u"DIR"_s);
    const QCommandLineOption configOption(u"config"_s, u"The server's INI configuration file."_s, u"FILE"_s);
    parser.addOptions({dbOption, dataDirOption, configOption});
    if (!parser.parse(arguments)) {
        print(stderr, u"lkk-server import: "_s + parser.errorText());
        return 2;
    }
    if (parser.isSet(u"help"_s)) {
        print(stdout, parser.helpText());
        return 0;
    }
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 2) {
        print(stderr, u"usage: lkk-server import FILE [--db URL | --data-dir DIR] [--config FILE]"_s);
        return 2;
    }
    const QString path = positional.at(1);

    // The database, with the server's precedence: command line, environment, INI file.
    QString db = parser.value(dbOption);
    QString dataDir = parser.value(dataDirOption);
    const QString configFile =
        parser.isSet(configOption) ? parser.value(configOption) : environment.value(u"LKK_SERVER_CONFIG"_s);
    QString iniDb, iniDataDir;
    if (!configFile.isEmpty()) {
        if (!QFileInfo(configFile).isReadable()) {
            print(stderr, u"lkk-server import: cannot read configuration file "_s + configFile);
            return 2;
        }
        QSettings ini(configFile, QSettings::IniFormat);
        iniDb = ini.value(u"db"_s).toString();
        iniDataDir = ini.value(u"data-dir"_s).toString();
    }
    if (db.isEmpty())
        db = environment.value(u"LKK_SERVER_DB"_s, iniDb);
    if (dataDir.isEmpty())
        dataDir = environment.value(u"LKK_SERVER_DATA_DIR"_s, iniDataDir);
    if (db.isEmpty()) {
        if (dataDir.isEmpty()) {
            print(stderr, u"lkk-server import: say which database: --db URL or --data-dir DIR"_s);
            return 2;
        }
        if (!QDir().mkpath(dataDir)) {
            print(stderr, u"lkk-server import: cannot create the data directory "_s + dataDir);
            return 1;
        }
        db = u"sqlite://"_s + QDir(dataDir).absoluteFilePath(u"lkk.sqlite"_s);
    }
    QString error;
    const auto url = DatabaseUrl::parse(db, &error);
    if (!url) {
        print(stderr, u"lkk-server import: db: "_s + error);
        return 2;
    }

    Database database(*url);
    QList<int> applied;
    if (!Migrations::apply(database, &error, &applied)) {
        print(stderr, u"lkk-server import: database %1: %2"_s.arg(url->redacted(), error));
        return 1;
    }
    BillingImporter importer(database);
    const BillingImporter::Result result = importer.importFile(path);
    if (result.rejection) {
        print(stderr, result.rejection->toString(path));
        print(stderr, u"lkk-server import: %1 rejected, nothing imported"_s.arg(path));
        return 2;
    }
    if (!result.ok) {
        print(stderr, u"lkk-server import: "_s + result.failure);
        return 1;
    }
    const auto total = result.total();
    print(stdout, u"lkk-server import: %1 into %2: %3 new, %4 updated, %5 unchanged"_s.arg(path, url->redacted())
                      .arg(total.inserted)
                      .arg(total.updated)
                      .arg(total.unchanged));
    print(stdout, u"  "_s + result.summary());
    return 0;
}

} // namespace lkk::server::billing
