#pragma once

#include "server/db/Database.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QProcessEnvironment>
#include <QString>
#include <optional>

namespace lkk::server {

// The database of an offline subcommand (`lkk-server import`, `lkk-server faq import`), chosen
// as the server would choose it: --db, else LKK_SERVER_DB, else "db" in the INI file (--config or
// LKK_SERVER_CONFIG), else DATA_DIR/lkk.sqlite with DATA_DIR from --data-dir, LKK_SERVER_DATA_DIR
// or the INI file's "data-dir".
class OfflineDatabase {
public:
    // Adds --db URL, --data-dir DIR and --config FILE.
    static void addOptions(QCommandLineParser& parser);
    // " [--db URL | --data-dir DIR] [--config FILE]", for usage lines.
    static QString usage();

    struct Choice {
        std::optional<DatabaseUrl> url;
        QString error;    // when there is no url
        int exitCode = 0; // then: 2 bad usage or configuration, 1 the data directory cannot be made
    };
    static Choice choose(const QCommandLineParser& parser, const QProcessEnvironment& environment);
};

} // namespace lkk::server
