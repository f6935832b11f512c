#include "server/db/OfflineDatabase.h"

#include <QDir>
#include <QFileInfo>
#include <QSettings>

namespace lkk::server {

using namespace Qt::StringLiterals;

void OfflineDatabase::addOptions(QCommandLineParser& parser) {
    parser.addOptions({{u"db"_s, u"Database URL (as for the server)."_s, u"URL"_s},
                       {u"data-dir"_s, u"Data directory holding lkk.sqlite."_s, u"DIR"_s},
                       {u"config"_s, u"The server's INI configuration file."_s, u"FILE"_s}});
}

QString OfflineDatabase::usage() {
    return u" [--db URL | --data-dir DIR] [--config FILE]"_s;
}

OfflineDatabase::Choice OfflineDatabase::choose(const QCommandLineParser& parser,
                                                const QProcessEnvironment& environment) {
    Choice choice;
    QString db = parser.value(u"db"_s);
    QString dataDir = parser.value(u"data-dir"_s);
    const QString configFile =
        parser.isSet(u"config"_s) ? parser.value(u"config"_s) : environment.value(u"LKK_SERVER_CONFIG"_s);
    QString iniDb, iniDataDir;
    if (!configFile.isEmpty()) {
        if (!QFileInfo(configFile).isReadable()) {
            choice.error = u"cannot read configuration file "_s + configFile;
            choice.exitCode = 2;
            return choice;
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
            choice.error = u"say which database: --db URL or --data-dir DIR"_s;
            choice.exitCode = 2;
            return choice;
        }
        if (!QDir().mkpath(dataDir)) {
            choice.error = u"cannot create the data directory "_s + dataDir;
            choice.exitCode = 1;
            return choice;
        }
        db = u"sqlite://"_s + QDir(dataDir).absoluteFilePath(u"lkk.sqlite"_s);
    }
    QString error;
    choice.url = DatabaseUrl::parse(db, &error);
    if (!choice.url) {
        choice.error = u"db: "_s + error;
        choice.exitCode = 2;
    }
    return choice;
}

} // namespace lkk::server
