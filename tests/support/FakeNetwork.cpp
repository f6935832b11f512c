#include "tests/support/FakeNetwork.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace lkk::test {

FakeNetwork::Response FakeNetwork::Response::json(int status, const QByteArray& body) {
    Response r;
    r.status = status;
    r.body = body;
    r.headers = {{"Content-Type", "application/json; charset=utf-8"}};
    return r;
}

FakeNetwork::Response FakeNetwork::Response::apiError(int status, const QByteArray& code, const QString& message,
                                                      const QByteArray& field) {
    QJsonObject error{{"code"_L1, QString::fromLatin1(code)},
                      {"message"_L1, message.isEmpty() ? QString::fromLatin1(code) : message}};
    if (!field.isEmpty())
        error.insert("field"_L1, QString::fromLatin1(field));
    return json(status, QJsonDocument(QJsonObject{{"error"_L1, error}}).toJson(QJsonDocument::Compact));
}

FakeNetwork::Response FakeNetwork::Response::failure(QNetworkReply::NetworkError error, const QString& text) {
    Response r;
    r.status = 0;
    r.error = error;
    r.errorText = text;
    return r;
}

FakeNetwork::Response FakeNetwork::Response::hanging() {
    Response r;
    r.hang = true;
    return r;
}

FakeNetwork::FakeNetwork(QObject* parent)
    : QNetworkAccessManager(parent) {}

void FakeNetwork::route(const QByteArray& method, const QString& path, Handler handler) {
    m_routes.append({method, path, std::move(handler)});
}

QList<FakeNetwork::Request> FakeNetwork::requestsTo(const QString& path) const {
    QList<Request> out;
    for (const Request& r : m_requests) {
        if (r.url.path() == path)
            out.append(r);
    }
    return out;
}

QNetworkReply* FakeNetwork::createRequest(Operation op, const QNetworkRequest& request, QIODevice* outgoingData) {
    Request r;
    switch (op) {
    case GetOperation:
        r.method = "GET";
        break;
    case PostOperation:
        r.method = "POST";
        break;
    case PutOperation:
        r.method = "PUT";
        break;
    case DeleteOperation:
        r.method = "DELETE";
        break;
    case HeadOperation:
        r.method = "HEAD";
        break;
    default:
        r.method = request.attribute(QNetworkRequest::CustomVerbAttribute).toByteArray();
        break;
    }
    r.url = request.url();
    r.request = request;
    if (outgoingData)
        r.body = outgoingData->readAll();
    m_requests.append(r);

    Response response = Response::apiError(404, "not_found", u"no route in the fake"_s);
    for (const Route& route : std::as_const(m_routes)) {
        if (route.method == r.method && route.path == r.url.path()) {
            response = route.handler(r);
            break;
        }
    }
    return new FakeReply(this, r, response);
}

FakeReply::FakeReply(FakeNetwork* network, const FakeNetwork::Request& request, const FakeNetwork::Response& response)
    : QNetworkReply(network)
    , m_network(network)
    , m_response(response) {
    ++m_network->m_openReplies;
    setRequest(request.request);
    setUrl(request.url);
    setOperation(QNetworkAccessManager::CustomOperation);
    open(QIODevice::ReadOnly);
    if (response.held)
        connect(network, &FakeNetwork::heldReleased, this, &FakeReply::deliver, Qt::QueuedConnection);
    else if (!response.hang)
        QTimer::singleShot(response.delayMs, this, &FakeReply::deliver);
}

FakeReply::~FakeReply() {
    if (!m_done)
        --m_network->m_openReplies;
}

void FakeReply::deliver() {
    if (m_done)
        return;
    if (!m_response.sslErrors.isEmpty())
        emit sslErrors(m_response.sslErrors);
    if (m_response.error != QNetworkReply::NoError) {
        finishWith(m_response.error, m_response.errorText);
        return;
    }
    setAttribute(QNetworkRequest::HttpStatusCodeAttribute, m_response.status);
    for (const auto& [name, value] : std::as_const(m_response.headers))
        setRawHeader(name, value);
    m_data = m_response.body;
    emit metaDataChanged();
    if (!m_data.isEmpty())
        emit readyRead();
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    if (m_response.status >= 400)
        error = m_response.status == 401   ? QNetworkReply::AuthenticationRequiredError
                : m_response.status == 404 ? QNetworkReply::ContentNotFoundError
                : m_response.status >= 500 ? QNetworkReply::InternalServerError
                                           : QNetworkReply::UnknownContentError;
    finishWith(error, error == QNetworkReply::NoError ? QString() : u"HTTP error"_s);
}

void FakeReply::finishWith(QNetworkReply::NetworkError error, const QString& text) {
    m_done = true;
    --m_network->m_openReplies;
    if (error != QNetworkReply::NoError) {
        setError(error, text);
        emit errorOccurred(error);
    }
    setFinished(true);
    emit finished();
}

void FakeReply::abort() {
    if (m_done)
        return;
    finishWith(QNetworkReply::OperationCanceledError, u"Operation canceled"_s);
}

qint64 FakeReply::bytesAvailable() const {
    return m_data.size() - m_offset + QNetworkReply::bytesAvailable();
}

qint64 FakeReply::readData(char* data, qint64 maxSize) {
    if (m_offset >= m_data.size())
        return m_done ? -1 : 0;
    const qint64 n = std::min<qint64>(maxSize, m_data.size() - m_offset);
    memcpy(data, m_data.constData() + m_offset, static_cast<size_t>(n));
    m_offset += n;
    return n;
}

} // namespace lkk::test
