#include "server/http/HttpConnection.h"

#include "shared/ErrorCodes.h"

#include <QDateTime>
#include <QLocale>
#include <QLoggingCategory>
#include <QRandomGenerator>
#include <QSslSocket>
#include <QUrl>
#include <algorithm>
#include <utility>

Q_LOGGING_CATEGORY(lcConnection, "lkk.server.http")

namespace lkk::server {

using namespace Qt::StringLiterals;

namespace {

constexpr qint64 kReadChunk = 16 * 1024;
// What the socket may buffer while a request is being answered (a pipelining client waits).
constexpr qint64 kSocketReadBuffer = 64 * 1024;
// The next request is read once no more than this of the previous response is left to send.
constexpr qint64 kSendHighWater = 64 * 1024;
// Bodies up to this size are written together with the head.
constexpr qsizetype kCoalesceMax = 16 * 1024;

QByteArray newRequestId() {
    return QByteArray::number(QRandomGenerator::global()->generate64(), 16).rightJustified(16, '0');
}

// RFC 9110 §5.6.7 IMF-fixdate, formatted once a second.
QByteArray httpDate() {
    thread_local qint64 cachedSecond = -1;
    thread_local QByteArray cached;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (now.toSecsSinceEpoch() != cachedSecond) {
        cachedSecond = now.toSecsSinceEpoch();
        cached = QLocale::c().toString(now, u"ddd, dd MMM yyyy hh:mm:ss 'GMT'"_s).toLatin1();
    }
    return cached;
}

// The layer writes these itself; a handler's own copy is dropped.
bool isLayerField(QByteArrayView name) {
    static constexpr const char* fields[] = {"Content-Length", "Transfer-Encoding", "Connection", "Keep-Alive",
                                             "Date",           "X-Request-Id"};
    return std::any_of(std::begin(fields), std::end(fields),
                       [name](const char* f) { return HttpHeaders::nameEquals(name, f); });
}

// No response splitting: a name or value that could end the line is never written.
bool isWritableField(const HttpHeaders::Field& field) {
    const auto clean = [](const QByteArray& v) {
        return !v.contains('\r') && !v.contains('\n') && !v.contains('\0');
    };
    return !field.first.isEmpty() && !field.first.contains(':') && !field.first.contains(' ') && clean(field.first) &&
           clean(field.second);
}

} // namespace

QHostAddress HttpConnection::clientAddress(const QHostAddress& address) {
    bool isV4 = false;
    const quint32 v4 = address.toIPv4Address(&isV4); // also unwraps ::ffff:a.b.c.d
    return isV4 ? QHostAddress(v4) : address;
}

HttpConnection::HttpConnection(QSslSocket* socket, HttpRequestHandler& handler, const Options& options, QObject* parent)
    : QObject(parent)
    , m_socket(socket)
    , m_handler(handler)
    , m_options(options)
    , m_peer(clientAddress(socket->peerAddress()))
    , m_parser(options.limits)
    , m_link(std::make_shared<detail::ConnectionLink>(this)) {
    m_socket->setParent(this);
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &HttpConnection::onTimer);
}

HttpConnection::~HttpConnection() {
    m_link->detach();
    m_socket->disconnect(this);
}

void HttpConnection::start(std::optional<HttpRefusal> refusal, int retryAfterSeconds) {
    m_refusalAfterHandshake = refusal;
    m_retryAfterSeconds = retryAfterSeconds;
    connect(m_socket, &QSslSocket::encrypted, this, &HttpConnection::onEncrypted);
    connect(m_socket, &QSslSocket::readyRead, this, &HttpConnection::onReadyRead);
    connect(m_socket, &QSslSocket::bytesWritten, this, &HttpConnection::onWritten);
    connect(m_socket, &QSslSocket::encryptedBytesWritten, this, &HttpConnection::onWritten);
    connect(m_socket, &QSslSocket::errorOccurred, this, &HttpConnection::onError);
    connect(m_socket, &QSslSocket::disconnected, this, &HttpConnection::onDisconnected);
    m_socket->setReadBufferSize(kSocketReadBuffer);
    arm(Deadline::Handshake, m_options.handshakeTimeoutMs);
    m_socket->startServerEncryption();
}

void HttpConnection::arm(Deadline deadline, int ms) {
    m_deadline = deadline;
    m_timer.start(std::max(ms, 0));
}

void HttpConnection::onEncrypted() {
    if (m_refusalAfterHandshake) {
        refuse(*m_refusalAfterHandshake, m_retryAfterSeconds);
        return;
    }
    m_phase = Phase::ReadingHead;
    arm(Deadline::Header, m_options.headerTimeoutMs);
    readRequests();
}

void HttpConnection::onReadyRead() {
    if (m_phase == Phase::ReadingHead || m_phase == Phase::ReadingBody)
        readRequests();
    else if (m_phase == Phase::Lingering)
        discardInput();
    // Otherwise the bytes wait in the socket (bounded by its read buffer) for the next request.
}

void HttpConnection::readRequests() {
    if (m_reading) // a response was written from inside the loop below, which goes on by itself
        return;
    m_reading = true;
    while (m_phase == Phase::ReadingHead || m_phase == Phase::ReadingBody) {
        if (m_inPos >= m_in.size()) {
            // Exactly what is there: a 16 KiB buffer for a 100-byte request costs more than it saves.
            const qint64 available = std::min(m_socket->bytesAvailable(), kReadChunk);
            m_in = available > 0 ? m_socket->read(available) : QByteArray();
            m_inPos = 0;
            if (m_in.isEmpty())
                break;
        }
        const bool started = m_parser.started();
        qsizetype used = 0;
        const auto status = m_parser.parse(QByteArrayView(m_in).sliced(m_inPos), &used);
        m_inPos += used;
        if (!started && m_parser.started())
            beginRequest();
        if (m_phase == Phase::ReadingBody && used > 0)
            m_progress.restart();
        onParserStatus(status);
    }
    m_reading = false;
}

void HttpConnection::beginRequest() {
    m_requestTimer.start();
    m_requestId = newRequestId();
    // The first request's head is due from the handshake on; a later one's from its first byte.
    if (m_deadline == Deadline::Idle)
        arm(Deadline::Header, m_options.headerTimeoutMs);
}

void HttpConnection::onParserStatus(HttpRequestParser::Status status) {
    using Status = HttpRequestParser::Status;
    switch (status) {
    case Status::NeedMore:
        break;
    case Status::HeadComplete:
        onHeadComplete();
        break;
    case Status::MessageComplete:
        dispatch();
        break;
    case Status::Failed: {
        const HttpRequestParser::Error& e = m_parser.error();
        refuse({e.status, e.code, e.reason, &m_parser.head()});
        break;
    }
    }
}

void HttpConnection::onHeadComplete() {
    const auto status = m_parser.acceptBody(m_handler.bodyLimit(m_parser.head()));
    if (status != HttpRequestParser::Status::NeedMore) {
        onParserStatus(status);
        return;
    }
    m_phase = Phase::ReadingBody;
    m_progress.restart();
    arm(Deadline::Body, m_options.bodyTimeoutMs);
    if (m_parser.head().expectContinue) // only now: the route's limit allows the announced body
        m_socket->write("HTTP/1.1 100 Continue\r\n\r\n");
}

void HttpConnection::dispatch() {
    m_timer.stop();
    m_deadline = Deadline::None;
    m_phase = Phase::Dispatched;
    HttpRequest request;
    request.head = m_parser.takeHead();
    request.body = m_parser.takeBody();
    request.peer = m_peer;
    request.id = m_requestId;
    request.timer = m_requestTimer;
    m_parser.reset();
    m_method = request.head.method;
    m_target = request.head.target;
    m_keepAlive = request.head.keepAlive;
    m_headRequest = request.head.method == "HEAD";
    m_minorVersion = request.head.minorVersion;
    auto state =
        std::make_shared<detail::ResponderState>(m_link, ++m_sequence, HttpNegotiation::forRequest(request.head));
    m_inHandler = true;
    m_handler.handle(std::move(request), HttpResponder(std::move(state)));
    m_inHandler = false;
    if (m_answeredInHandler) {
        m_answeredInHandler = false;
        answer(std::exchange(m_answerFromHandler, std::nullopt));
    }
}

void HttpConnection::receiveResponse(quint64 sequence, std::optional<HttpResponse> response) {
    if (sequence != m_sequence || m_phase != Phase::Dispatched)
        return;
    if (m_inHandler) { // answered on this thread before handle() returned: written right after
        m_answeredInHandler = true;
        m_answerFromHandler = std::move(response);
        return;
    }
    answer(std::move(response));
}

void HttpConnection::answer(std::optional<HttpResponse> response) {
    if (!response) {
        qCWarning(lcConnection) << "a request handler dropped its responder without answering; sent 500";
        logRequest(500, errc::internalError);
        refuse({500, errc::internalError, "the request was not answered", nullptr});
        return;
    }
    send(*response, m_keepAlive, false);
}

void HttpConnection::refuse(const HttpRefusal& refusal, int retryAfterSeconds) {
    const bool unreadInput = m_phase != Phase::Dispatched;
    if (unreadInput && m_parser.started())
        logRequest(refusal.status, refusal.code);
    if (m_requestId.isEmpty())
        m_requestId = newRequestId();
    HttpResponse response = m_handler.refusal(refusal);
    if (retryAfterSeconds > 0)
        response.headers.set("Retry-After", QByteArray::number(retryAfterSeconds));
    m_headRequest = refusal.head && refusal.head->method == "HEAD";
    send(response, false, unreadInput);
}

void HttpConnection::send(const HttpResponse& response, bool keepAlive, bool linger) {
    const bool withBody = HttpResponse::statusAllowsBody(response.status);
    QByteArray head;
    head.reserve(160 + response.headers.size() * 48);
    head += "HTTP/1.1 " + QByteArray::number(response.status) + ' ' + HttpResponse::reasonPhrase(response.status) +
            "\r\nDate: " + httpDate() + "\r\n";
    if (!keepAlive)
        head += "Connection: close\r\n";
    else if (m_minorVersion == 0)
        head += "Connection: keep-alive\r\n";
    if (withBody)
        head += "Content-Length: " + QByteArray::number(response.body.size()) + "\r\n";
    head += "X-Request-Id: " + m_requestId + "\r\n";
    for (const HttpHeaders::Field& field : response.headers.fields()) {
        if (isLayerField(field.first))
            continue;
        if (!isWritableField(field)) {
            qCWarning(lcConnection) << "dropped a response header field that could split the response:"
                                    << field.first.left(64);
            continue;
        }
        head += field.first + ": " + field.second + "\r\n";
    }
    head += "\r\n";
    const bool writeBody = withBody && !m_headRequest && !response.body.isEmpty();
    if (writeBody && response.body.size() <= kCoalesceMax) { // one TLS record instead of two
        head += response.body;
        m_socket->write(head);
    } else {
        m_socket->write(head);
        if (writeBody)
            m_socket->write(response.body);
    }
    m_phase = Phase::Sending;
    m_closeAfterSend = !keepAlive;
    m_lingerAfterSend = linger;
    m_progress.restart();
    arm(Deadline::Send, m_options.sendTimeoutMs);
    m_socket->flush(); // now rather than on the next pass of the event loop; may call onWritten()
    onWritten();
}

void HttpConnection::onWritten() {
    if (m_phase != Phase::Sending)
        return;
    m_progress.restart();
    const qint64 pending = m_socket->bytesToWrite() + m_socket->encryptedBytesToWrite();
    if (m_closeAfterSend) {
        if (pending > 0)
            return;
        if (m_lingerAfterSend)
            startLinger();
        else
            closeGracefully();
        return;
    }
    if (pending <= kSendHighWater)
        nextRequest();
}

void HttpConnection::nextRequest() {
    m_phase = Phase::ReadingHead;
    arm(Deadline::Idle, m_options.idleTimeoutMs);
    readRequests(); // a pipelined request may be waiting already
}

// After a refusal the client may still be sending the body we did not want. Closing with unread
// input makes the kernel answer with a reset, which can destroy our response before the client
// reads it; and many clients (QNetworkAccessManager among them) read the response only once their
// upload is complete. So what arrives is read and dropped (never kept) until the client closes,
// bounded in time and bytes so that a refused client cannot keep the server thread decrypting.
void HttpConnection::startLinger() {
    m_phase = Phase::Lingering;
    m_discarded = 0;
    arm(Deadline::Linger, m_refusalAfterHandshake ? m_options.fullLingerMs : m_options.lingerMs);
    discardInput();
}

void HttpConnection::discardInput() {
    m_discarded += m_in.size() - m_inPos;
    m_in.clear();
    m_inPos = 0;
    while (m_phase == Phase::Lingering && m_socket->bytesAvailable() > 0) {
        const qint64 skipped = m_socket->skip(kReadChunk);
        if (skipped <= 0)
            break;
        m_discarded += skipped;
        if (m_discarded >= m_options.lingerBytes)
            closeGracefully();
    }
}

void HttpConnection::closeGracefully() {
    if (m_phase == Phase::Closing || m_phase == Phase::Closed)
        return;
    m_phase = Phase::Closing;
    arm(Deadline::Send, m_options.sendTimeoutMs); // if the close_notify cannot leave either
    m_socket->disconnectFromHost();
}

void HttpConnection::closeNow(std::optional<QuietClose> reason) {
    if (m_phase == Phase::Closed)
        return;
    m_phase = Phase::Closing;
    if (reason)
        emit closedQuietly(*reason);
    m_socket->abort();
    finish();
}

void HttpConnection::finish() {
    if (m_phase == Phase::Closed)
        return;
    m_phase = Phase::Closed;
    m_timer.stop();
    m_link->detach(); // answers still being computed are dropped from here on
    emit finished();
}

void HttpConnection::onError() {
    // Not acted on inside the socket's own error handling: queued, and only if still relevant.
    QMetaObject::invokeMethod(
        this,
        [this] {
            if (m_phase == Phase::Closed)
                return;
            if (m_phase == Phase::Handshake)
                closeNow(QuietClose::HandshakeFailed);
            else if (m_socket->state() == QAbstractSocket::ConnectedState)
                m_socket->abort(); // → onDisconnected()
            else
                onDisconnected();
        },
        Qt::QueuedConnection);
}

void HttpConnection::onDisconnected() {
    if (m_phase == Phase::Handshake) {
        m_phase = Phase::Closing;
        emit closedQuietly(QuietClose::HandshakeFailed);
    }
    if ((m_phase == Phase::ReadingHead && m_parser.started()) || m_phase == Phase::ReadingBody)
        logRequest(499, "client_closed"); // the access log's own code: nobody is left to answer
    finish();
}

void HttpConnection::onTimer() {
    switch (m_deadline) {
    case Deadline::None:
        break;
    case Deadline::Handshake:
        closeNow(QuietClose::HandshakeFailed);
        break;
    case Deadline::Header:
        if (m_phase == Phase::ReadingHead && m_parser.started())
            refuse({408, errc::requestTimeout, "request head not complete in time", &m_parser.head()});
        else
            closeNow(QuietClose::NoRequestInTime);
        break;
    case Deadline::Idle:
        closeGracefully(); // an ordinary end of a keep-alive connection
        break;
    case Deadline::Body:
        if (const qint64 left = m_options.bodyTimeoutMs - m_progress.elapsed(); left > 0)
            arm(Deadline::Body, int(left));
        else
            refuse({408, errc::requestTimeout, "no request body data in time", &m_parser.head()});
        break;
    case Deadline::Send:
        if (const qint64 left = m_options.sendTimeoutMs - m_progress.elapsed(); left > 0 && m_phase == Phase::Sending)
            arm(Deadline::Send, int(left));
        else
            closeNow(QuietClose::ClientNotReading);
        break;
    case Deadline::Linger:
        closeGracefully();
        break;
    }
}

void HttpConnection::logRequest(int status, const char* code) {
    if (!m_options.accessLog)
        return;
    // A dispatched request's head went to its handler; what the log needs of it was kept.
    const bool dispatched = m_phase == Phase::Dispatched;
    HttpRequestHead head;
    head.method = dispatched ? m_method : m_parser.head().method;
    head.target = dispatched ? m_target : m_parser.head().target;
    AccessLog::Record record;
    record.time = QDateTime::currentDateTimeUtc();
    record.requestId = QString::fromLatin1(m_requestId);
    record.ip = m_peer.toString();
    record.method = QString::fromLatin1(head.method);
    record.path = QUrl::fromEncoded(head.path().toByteArray()).path();
    record.status = status;
    record.durationMs = m_requestTimer.isValid() ? m_requestTimer.elapsed() : 0;
    record.errorCode = QString::fromLatin1(code);
    m_options.accessLog(record);
}

} // namespace lkk::server
