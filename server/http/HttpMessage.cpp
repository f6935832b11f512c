#include "server/http/HttpMessage.h"

#include <algorithm>

namespace lkk::server {

QByteArrayView httpTrimmed(QByteArrayView v) {
    while (!v.isEmpty() && (v.front() == ' ' || v.front() == '\t'))
        v = v.sliced(1);
    while (!v.isEmpty() && (v.back() == ' ' || v.back() == '\t'))
        v.chop(1);
    return v;
}

bool HttpHeaders::nameEquals(QByteArrayView a, QByteArrayView b) {
    return a.size() == b.size() && qstrnicmp(a.data(), a.size(), b.data(), b.size()) == 0;
}

qsizetype HttpHeaders::indexOf(QByteArrayView name) const {
    for (qsizetype i = 0; i < m_fields.size(); ++i) {
        if (nameEquals(m_fields.at(i).first, name))
            return i;
    }
    return -1;
}

void HttpHeaders::set(QByteArrayView name, QByteArray value) {
    remove(name);
    append(name.toByteArray(), std::move(value));
}

void HttpHeaders::remove(QByteArrayView name) {
    m_fields.removeIf([name](const Field& f) { return nameEquals(f.first, name); });
}

QByteArray HttpHeaders::value(QByteArrayView name) const {
    const qsizetype i = indexOf(name);
    return i < 0 ? QByteArray() : m_fields.at(i).second;
}

int HttpHeaders::count(QByteArrayView name) const {
    int n = 0;
    for (const Field& f : m_fields)
        n += nameEquals(f.first, name) ? 1 : 0;
    return n;
}

QByteArray HttpHeaders::combined(QByteArrayView name) const {
    QByteArray result;
    for (const Field& f : m_fields) {
        if (!nameEquals(f.first, name))
            continue;
        if (!result.isEmpty())
            result += ", ";
        result += f.second;
    }
    return result;
}

QList<QByteArrayView> httpListItems(QByteArrayView list) {
    QList<QByteArrayView> items;
    while (!list.isEmpty()) {
        const qsizetype comma = list.indexOf(',');
        const QByteArrayView item = httpTrimmed(comma < 0 ? list : list.first(comma));
        list = comma < 0 ? QByteArrayView() : list.sliced(comma + 1);
        if (!item.isEmpty())
            items.append(item);
    }
    return items;
}

bool httpListContains(QByteArrayView list, QByteArrayView token) {
    const QList<QByteArrayView> items = httpListItems(list);
    return std::any_of(items.begin(), items.end(), [token](QByteArrayView item) {
        const qsizetype semicolon = item.indexOf(';');
        return HttpHeaders::nameEquals(httpTrimmed(semicolon < 0 ? item : item.first(semicolon)), token);
    });
}

QByteArrayView HttpRequestHead::path() const {
    const qsizetype q = target.indexOf('?');
    return q < 0 ? QByteArrayView(target) : QByteArrayView(target).first(q);
}

QByteArrayView HttpRequestHead::query() const {
    const qsizetype q = target.indexOf('?');
    return q < 0 ? QByteArrayView() : QByteArrayView(target).sliced(q + 1);
}

HttpResponse HttpResponse::withBody(int status, QByteArray contentType, QByteArray body) {
    HttpResponse response;
    response.status = status;
    response.headers.append("Content-Type", std::move(contentType));
    response.body = std::move(body);
    return response;
}

QByteArray HttpResponse::reasonPhrase(int status) {
    switch (status) {
    case 100:
        return "Continue";
    case 200:
        return "OK";
    case 201:
        return "Created";
    case 202:
        return "Accepted";
    case 204:
        return "No Content";
    case 301:
        return "Moved Permanently";
    case 302:
        return "Found";
    case 303:
        return "See Other";
    case 304:
        return "Not Modified";
    case 307:
        return "Temporary Redirect";
    case 400:
        return "Bad Request";
    case 401:
        return "Unauthorized";
    case 403:
        return "Forbidden";
    case 404:
        return "Not Found";
    case 405:
        return "Method Not Allowed";
    case 408:
        return "Request Timeout";
    case 409:
        return "Conflict";
    case 410:
        return "Gone";
    case 411:
        return "Length Required";
    case 412:
        return "Precondition Failed";
    case 413:
        return "Content Too Large";
    case 414:
        return "URI Too Long";
    case 415:
        return "Unsupported Media Type";
    case 417:
        return "Expectation Failed";
    case 422:
        return "Unprocessable Content";
    case 429:
        return "Too Many Requests";
    case 431:
        return "Request Header Fields Too Large";
    case 500:
        return "Internal Server Error";
    case 501:
        return "Not Implemented";
    case 502:
        return "Bad Gateway";
    case 503:
        return "Service Unavailable";
    case 505:
        return "HTTP Version Not Supported";
    default:
        return "Status";
    }
}

} // namespace lkk::server
