#include "generated/branding.h"
#include "server/ServerApp.h"
#include "server/ServerConfig.h"
#include "server/ServerRoutes.h"
#include "server/ShutdownSignals.h"
#include "server/auth/OperatorCommand.h"
#include "server/billing/ImportCommand.h"
#include "server/db/SqliteLibrary.h"
#include "server/faq/FaqCommand.h"
#include "server/operator/AuditCommand.h"

#include <QCoreApplication>
#include <QProcessEnvironment>

#include <cstdio>
#include <sys/stat.h>

using namespace lkk::server;

namespace {
void print(FILE* stream, const QString& text) {
    const QByteArray utf8 = text.toUtf8();
    std::fwrite(utf8.constData(), 1, size_t(utf8.size()), stream);
    std::fflush(stream);
}
} // namespace

int main(int argc, char* argv[]) {
    // Everything the server writes (database, mail drop, keys, logs) is its owner's alone.
    ::umask(077);
    // Before any command opens SQLite: afterwards the library refuses its process-wide settings.
    SqliteLibrary::configure();
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("lkk-server"));
    QCoreApplication::setOrganizationName(QLatin1StringView(lkk::branding::orgName));
    QCoreApplication::setApplicationVersion(QLatin1StringView(lkk::branding::version));

    if (lkk::server::billing::ImportCommand::isImportCommand(app.arguments())) // lkk-server import FILE …
        return lkk::server::billing::ImportCommand::run(app.arguments(), QProcessEnvironment::systemEnvironment());
    if (lkk::server::faq::FaqCommand::isFaqCommand(app.arguments())) // lkk-server faq import FILE …
        return lkk::server::faq::FaqCommand::run(app.arguments(), QProcessEnvironment::systemEnvironment());
    if (OperatorCommand::isOperatorCommand(app.arguments())) // lkk-server operator add EMAIL …
        return OperatorCommand::run(app.arguments(), QProcessEnvironment::systemEnvironment());
    if (lkk::server::operators::AuditCommand::isAuditCommand(app.arguments())) // lkk-server audit export …
        return lkk::server::operators::AuditCommand::run(app.arguments(), QProcessEnvironment::systemEnvironment());
    const ConfigLoadResult loaded = ConfigLoader::load(app.arguments(), QProcessEnvironment::systemEnvironment());
    if (loaded.exitNow) {
        print(stdout, loaded.output);
        return 0;
    }
    if (loaded.exitCode != 0) {
        print(stderr, QStringLiteral("lkk-server: %1\n").arg(loaded.error));
        return loaded.exitCode;
    }
    if (loaded.config.printRoutes) {
        print(stdout, serverRouteLines().join(u'\n') + u'\n');
        return 0;
    }

    ShutdownSignals shutdownSignals;
    QObject::connect(&shutdownSignals, &ShutdownSignals::requested, &app, [](int) { QCoreApplication::quit(); });
    ServerApp server(loaded.config);
    if (const int code = server.start(); code != 0)
        return code;
    const int code = QCoreApplication::exec();
    server.stop();
    print(stdout, QStringLiteral("lkk-server: stopped\n"));
    return code;
}
