#pragma once

#include "server/http/HttpMessage.h"

#include <QByteArray>
#include <QByteArrayView>

namespace lkk::server {

// Outside the parser class: GCC cannot use a nested class's member initializers in a default
// argument of the enclosing class.
struct HttpParserLimits {
    qsizetype requestLine = 8 * 1024;  // request line without CRLF; longer: 414
    qsizetype headerBytes = 16 * 1024; // all header lines with their CRLFs; more: 431
    int headerCount = 100;             // more: 431
};

// An incremental HTTP/1.x request parser (RFC 9112), fed with bytes as they arrive. It stops at
// two events: the head is complete (before any body byte is read, so that the caller can choose
// the body limit for the route and refuse an announced body at once) and the message is complete
// (it consumes nothing beyond it, so a pipelined next request stays with the caller). Bodies are
// decoded as they stream (Content-Length or chunked) and never buffered beyond the limit. What is
// refused and why: docs/http-server.md.
class HttpRequestParser {
public:
    using Limits = HttpParserLimits;
    enum class Status {
        NeedMore,        // everything given was consumed; feed more
        HeadComplete,    // head() is ready; call acceptBody() before parsing on
        MessageComplete, // head() and body() are ready; reset() before the next request
        Failed,          // error() says why; the connection cannot be used any more
    };
    struct Error {
        int status = 0;          // 400, 413, 414, 417, 431, 501 or 505
        const char* reason = ""; // English, for logs
        const char* code = "";   // lkk::errc: bad_request, body_too_large, …
    };

    explicit HttpRequestParser(Limits limits = {});

    // Consumes the bytes of `data` up to the next event and sets *consumed to how many it used.
    Status parse(QByteArrayView data, qsizetype* consumed);
    // After HeadComplete: the body may carry at most `limit` bytes. Returns Failed (413) at once
    // when Content-Length announces more, MessageComplete when there is no body, else NeedMore.
    Status acceptBody(qint64 limit);
    void reset(); // for the next request on the connection

    Status status() const { return m_status; }
    const HttpRequestHead& head() const { return m_head; }
    HttpRequestHead takeHead() { return std::move(m_head); }
    const QByteArray& body() const { return m_body; }
    QByteArray takeBody() { return std::move(m_body); }
    const Error& error() const { return m_error; }
    // Whether any byte of the current request has arrived (leading empty lines included).
    bool started() const { return m_started; }
    bool readingBody() const;

private:
    enum class State { RequestLine, Headers, AwaitingLimit, Body, ChunkSize, ChunkData, ChunkDataEnd, Trailers, Done };

    Status fail(int status, const char* code, const char* reason);
    // Collects one CRLF-terminated line (without the CRLF) into *line; false while incomplete.
    bool takeLine(QByteArrayView data, qsizetype* pos, qsizetype maxLength, QByteArrayView* line, bool* tooLong);
    Status onRequestLine(QByteArrayView line);
    Status onHeaderLine(QByteArrayView line, bool trailer);
    Status onHeadEnd();
    Status onChunkSizeLine(QByteArrayView line);
    Status lineTooLong();
    qsizetype lineLimit() const;

    Limits m_limits;
    State m_state = State::RequestLine;
    Status m_status = Status::NeedMore;
    Error m_error;
    HttpRequestHead m_head;
    QByteArray m_body;
    QByteArray m_partialLine; // the start of a line whose CRLF has not arrived yet
    qsizetype m_headerBytes = 0;
    int m_headerCount = 0;
    qint64 m_bodyLimit = 0;
    qint64 m_remaining = 0;       // of the Content-Length body or of the current chunk
    qint64 m_framingBytes = 0;    // chunk-size lines and the CRLFs after chunk data
    qsizetype m_leadingBytes = 0; // empty lines before the request line
    bool m_started = false;
};

} // namespace lkk::server
