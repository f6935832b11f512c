#include "app/core/SingleInstance.h"

#include "app/core/Logging.h"
#include "app/core/Sha256Hex.h"

#include <QDir>
#include <QFile>
#include <QLocalServer>
#include <QLocalSocket>
#include <QTimer>

#ifdef Q_OS_UNIX
#include <sys/stat.h>
#include <unistd.h>
#endif

using namespace Qt::StringLiterals;

namespace lkk {

namespace {

constexpr qsizetype maxMessageBytes = 4096;
const QByteArray acknowledged = "ok\n"_ba;
const QByteArray refusedReply = "refused\n"_ba;

QString userKey() {
#ifdef Q_OS_UNIX
    return QString::number(::getuid());
#else
    // The named pipe's namespace is shared by the machine's sessions: the user name keeps it apart.
    return sha256Hex(qEnvironmentVariable("USERNAME").toUtf8()).left(16);
#endif
}

// Whether a client listens on `name` (connecting to nothing fails at once).
bool answers(const QString& name) {
    QLocalSocket probe;
    probe.connectToServer(name);
    return probe.waitForConnected(1000);
}

} // namespace

SingleInstance::SingleInstance(const QString& name, QObject* parent)
    : QObject(parent)
    , m_name(name.isEmpty() ? defaultName() : name)
    , m_server(new QLocalServer(this)) {
#ifndef Q_OS_UNIX
    m_server->setSocketOptions(QLocalServer::UserAccessOption); // the pipe's ACL: this user only
#endif
    connect(m_server, &QLocalServer::newConnection, this, &SingleInstance::onNewConnection);
}

SingleInstance::~SingleInstance() = default;

QString SingleInstance::defaultName() {
    const QString given = qEnvironmentVariable("LKK_INSTANCE_NAME");
    if (!given.isEmpty())
        return given;
    const QString file = u"lkk-"_s + userKey() + u".sock"_s;
#ifdef Q_OS_UNIX
    const QString runtime = qEnvironmentVariable("XDG_RUNTIME_DIR");
    if (!runtime.isEmpty() && QDir(runtime).exists())
        return QDir(runtime).filePath(file);
#endif
    return file;
}

bool SingleInstance::handOver(const QByteArray& message, std::chrono::milliseconds timeout) const {
    QLocalSocket socket;
    socket.connectToServer(m_name);
    const int ms = int(timeout.count());
    if (!socket.waitForConnected(ms))
        return false;
    socket.write(message + '\n');
    if (!socket.waitForBytesWritten(ms))
        return false;
    QByteArray reply;
    while (!reply.endsWith('\n')) {
        if (!socket.waitForReadyRead(ms))
            return false;
        reply += socket.readAll();
    }
    if (reply != acknowledged)
        qCWarning(lcSession) << "the running client refused the request:" << reply.trimmed();
    return reply == acknowledged;
}

bool SingleInstance::listen() {
    if (answers(m_name)) {
        m_server->close();
        return false; // another client runs
    }
    if (m_server->listen(m_name))
        return restrictToUser();
    if (m_server->serverError() != QAbstractSocket::AddressInUseError || answers(m_name))
        return false;
    // Nobody answers there: a crashed client's leftover socket.
    QLocalServer::removeServer(m_name);
    return m_server->listen(m_name) && restrictToUser();
}

bool SingleInstance::restrictToUser() {
#ifdef Q_OS_UNIX
    // Bound directly (QLocalServer's access options would rename over a running client's
    // socket), then made the user's alone; in XDG_RUNTIME_DIR it is private anyway.
    const QString path = m_server->fullServerName();
    if (::chmod(QFile::encodeName(path).constData(), S_IRUSR | S_IWUSR) != 0) {
        qCWarning(lcSession) << "cannot restrict the single-instance socket" << path;
        m_server->close();
        return false;
    }
#endif
    return true;
}

bool SingleInstance::isListening() const {
    return m_server->isListening();
}

QString SingleInstance::errorString() const {
    return m_server->errorString();
}

void SingleInstance::onNewConnection() {
    while (QLocalSocket* socket = m_server->nextPendingConnection()) {
        connect(socket, &QLocalSocket::disconnected, socket, &QObject::deleteLater);
        connect(socket, &QLocalSocket::readyRead, this, [this, socket] {
            if (socket->bytesAvailable() > maxMessageBytes) {
                socket->abort();
                return;
            }
            if (!socket->canReadLine())
                return;
            const QByteArray line = socket->readLine().trimmed();
            const bool accepted = m_handler && m_handler(line);
            socket->write(accepted ? acknowledged : refusedReply);
            socket->disconnectFromServer();
        });
        // A peer that never finishes its line does not keep the connection open.
        QTimer::singleShot(std::chrono::seconds(10), socket, [socket] { socket->abort(); });
    }
}

} // namespace lkk
