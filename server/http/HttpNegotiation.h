#pragma once

#include "server/http/HttpMessage.h"

#include <QByteArray>
#include <QByteArrayView>

namespace lkk::server {

// What a handler's response becomes for the request it answers: 304 Not Modified when the
// request's If-None-Match names the response's ETag (GET and HEAD), and gzip when the body is over
// 1 KB, of a textual type and the client accepts gzip (with Vary: Accept-Encoding whenever the
// body's encoding depended on it). Taken from the head when the request is dispatched and applied
// where the handler answers, so the compression runs on the handler's thread, not the server's.
class HttpNegotiation {
public:
    static constexpr qsizetype kCompressAbove = 1024;

    static HttpNegotiation forRequest(const HttpRequestHead& head);
    void apply(HttpResponse& response) const;

    // Accept-Encoding allows gzip (or x-gzip, or *) with a q-value above 0.
    static bool acceptsGzip(QByteArrayView acceptEncoding);
    // If-None-Match (a list of entity tags, or *) matches `etag` by the weak comparison.
    static bool noneMatchHits(QByteArrayView ifNoneMatch, QByteArrayView etag);
    static bool isCompressible(QByteArrayView contentType);
    // The weak entity tag of what an answer was made from (the route, the request, the version of
    // the data it shows): W/ and a quoted 160-bit hash of `version`. Weak, since it names the data,
    // not the bytes: the identity and the gzip answers share it.
    static QByteArray versionTag(QByteArrayView version);
    // The strong entity tag of a body, for a tagged route whose stamp had nothing to read (an
    // operator's view of a caller's cabinet): a quoted 160-bit hash of its bytes.
    static QByteArray entityTag(QByteArrayView body);
    // RFC 1952 gzip of `data` (ISA-L; Qt's qCompress writes the zlib format, not gzip).
    static QByteArray gzip(QByteArrayView data);
    // Whether a body's encoding depends on Accept-Encoding: over 1 KB, of a textual type, not
    // encoded yet, of a status that has a body. Such a response carries Vary: Accept-Encoding.
    static bool encodingMatters(const HttpResponse& response);
    // The gzip of such a body when it is smaller than the body; empty otherwise. What apply()
    // sends a client that accepts gzip; the router's cache keeps it (server/http/ResponseCache.h).
    static QByteArray compressed(const HttpResponse& response);

private:
    bool m_gzip = false;
    bool m_conditional = false; // GET or HEAD
    QByteArray m_ifNoneMatch;
};

} // namespace lkk::server
