#pragma once

#include "server/http/HttpMessage.h"
#include "server/http/HttpResponder.h"

#include <QByteArray>
#include <QElapsedTimer>
#include <QHostAddress>

namespace lkk::server {

// One complete request, handed to the router on the server thread.
struct HttpRequest {
    HttpRequestHead head;
    QByteArray body;
    QHostAddress peer;   // the client; IPv4-mapped IPv6 addresses are given as IPv4
    QByteArray id;       // 16 hex digits; the layer sends it as X-Request-Id with the response
    QElapsedTimer timer; // started when the request's first byte arrived
};

// A response the layer sends itself: the request was refused before it reached a handler (or
// its handler dropped it). The router may dress it (JSON error body in the client's language).
struct HttpRefusal {
    int status = 400;                      // 400, 408, 413, 414, 417, 431, 500, 501, 503 or 505
    const char* code = "";                 // lkk::errc: bad_request, request_timeout, …
    const char* reason = "";               // English, for logs
    const HttpRequestHead* head = nullptr; // what had been parsed (may be partial); null if nothing
};

// What the HTTP layer needs from the router. All calls come on the server thread.
class HttpRequestHandler {
public:
    virtual ~HttpRequestHandler() = default;
    // The head of a request is complete and no body byte has been read: the most body bytes this
    // request may carry (the route's limit, or the default for unknown routes). More is refused
    // with 413 — at once when Content-Length announces it, else as soon as the chunks exceed it.
    virtual qint64 bodyLimit(const HttpRequestHead& head) = 0;
    // The complete request. Answer through `responder` exactly once, from any thread, now or later.
    virtual void handle(HttpRequest request, HttpResponder responder) = 0;
    // The response for a refusal. By default {"error":{"code","message"}} with the English reason.
    virtual HttpResponse refusal(const HttpRefusal& refusal);
};

} // namespace lkk::server
