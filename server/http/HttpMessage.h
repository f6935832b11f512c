#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QPair>

namespace lkk::server {

// Header fields in the order received or to be sent; names compare case-insensitively.
class HttpHeaders {
public:
    using Field = QPair<QByteArray, QByteArray>;

    void append(QByteArray name, QByteArray value) { m_fields.append({std::move(name), std::move(value)}); }
    // Replaces every field of that name by one (appends when there is none).
    void set(QByteArrayView name, QByteArray value);
    void remove(QByteArrayView name);
    bool contains(QByteArrayView name) const { return indexOf(name) >= 0; }
    // The first field of that name; empty when there is none.
    QByteArray value(QByteArrayView name) const;
    int count(QByteArrayView name) const;
    // All fields of that name joined by ", " (the list form of a repeated field).
    QByteArray combined(QByteArrayView name) const;
    const QList<Field>& fields() const { return m_fields; }
    qsizetype size() const { return m_fields.size(); }

    static bool nameEquals(QByteArrayView a, QByteArrayView b);

private:
    qsizetype indexOf(QByteArrayView name) const;

    QList<Field> m_fields;
};

// The non-empty items of a comma-separated header value (Connection, Transfer-Encoding…), without
// the whitespace around them; views into `list`.
QList<QByteArrayView> httpListItems(QByteArrayView list);
// Whether such a list names `token` (case-insensitive; parameters after ';' are ignored).
bool httpListContains(QByteArrayView list, QByteArrayView token);
QByteArrayView httpTrimmed(QByteArrayView value); // without surrounding spaces and tabs

// The request line and header fields of one request, as the parser found them; available before
// the body is read so that the router can choose the body limit.
struct HttpRequestHead {
    QByteArray method;    // as sent: GET, POST… (the parser accepts only the methods it knows)
    QByteArray target;    // origin-form "/path?query", still percent-encoded; "*" for OPTIONS *
    int minorVersion = 1; // HTTP/1.<minorVersion>: 0 or 1
    HttpHeaders headers;
    qint64 contentLength = -1;   // -1 when not given (chunked, or no body)
    bool chunked = false;        // Transfer-Encoding: chunked
    bool keepAlive = true;       // HTTP/1.1 unless "Connection: close"; HTTP/1.0 only with keep-alive
    bool expectContinue = false; // HTTP/1.1 "Expect: 100-continue"

    QByteArrayView path() const;  // the target up to '?'
    QByteArrayView query() const; // after '?', empty when there is none
    bool hasBody() const { return chunked || contentLength > 0; }
};

// What a handler answers. The connection adds Date, Content-Length, Connection and X-Request-Id
// itself and drops any of those a handler sets; a body is never sent for HEAD, 204 or 304.
struct HttpResponse {
    int status = 200;
    HttpHeaders headers;
    QByteArray body;

    static HttpResponse withBody(int status, QByteArray contentType, QByteArray body);
    static QByteArray reasonPhrase(int status);
    static bool statusAllowsBody(int status) { return status >= 200 && status != 204 && status != 304; }
};

} // namespace lkk::server
