#include "server/http/HttpRequestParser.h"

#include "shared/ErrorCodes.h"

#include <algorithm>
#include <cstring>
#include <limits>

namespace lkk::server {

namespace {

constexpr qsizetype kChunkSizeLineMax = 1024;
constexpr qint64 kBodyReserveMax = 64 * 1024; // an announced length is not trusted with more

// RFC 9110 token characters (method and field names).
bool isTokenChar(uchar c) {
    if (c >= '0' && c <= '9')
        return true;
    if ((c | 0x20) >= 'a' && (c | 0x20) <= 'z')
        return true;
    return c != 0 && std::strchr("!#$%&'*+-.^_`|~", c) != nullptr;
}

bool isToken(QByteArrayView v) {
    return !v.isEmpty() && std::all_of(v.begin(), v.end(), [](char c) { return isTokenChar(uchar(c)); });
}

int hexValue(char c) {
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

// Field values (and chunk extensions) may hold HTAB, SP, visible ASCII and obs-text, no other
// control character.
bool isFieldText(QByteArrayView v) {
    return std::all_of(v.begin(), v.end(), [](char ch) {
        const uchar c = uchar(ch);
        return c == '\t' || (c >= 0x20 && c != 0x7f);
    });
}

bool isKnownMethod(QByteArrayView method) {
    static constexpr const char* known[] = {"GET", "HEAD", "POST", "PUT", "DELETE", "PATCH", "OPTIONS"};
    return std::any_of(std::begin(known), std::end(known), [method](const char* m) { return method == m; });
}

bool startsWithIgnoringCase(QByteArrayView v, QByteArrayView prefix) {
    return v.size() >= prefix.size() && HttpHeaders::nameEquals(v.first(prefix.size()), prefix);
}

} // namespace

HttpRequestParser::HttpRequestParser(Limits limits)
    : m_limits(limits) {}

void HttpRequestParser::reset() {
    m_state = State::RequestLine;
    m_status = Status::NeedMore;
    m_error = {};
    m_head = {};
    m_body = {};
    m_partialLine.clear();
    m_headerBytes = 0;
    m_headerCount = 0;
    m_bodyLimit = 0;
    m_remaining = 0;
    m_framingBytes = 0;
    m_leadingBytes = 0;
    m_started = false;
}

bool HttpRequestParser::readingBody() const {
    switch (m_state) {
    case State::Body:
    case State::ChunkSize:
    case State::ChunkData:
    case State::ChunkDataEnd:
    case State::Trailers:
        return true;
    default:
        return false;
    }
}

HttpRequestParser::Status HttpRequestParser::fail(int status, const char* code, const char* reason) {
    m_error = {status, reason, code};
    m_partialLine.clear();
    m_body.clear();
    return m_status = Status::Failed;
}

qsizetype HttpRequestParser::lineLimit() const {
    switch (m_state) {
    case State::RequestLine:
        return m_limits.requestLine;
    case State::Headers:
    case State::Trailers:
        return std::max<qsizetype>(0, m_limits.headerBytes - m_headerBytes - 2);
    case State::ChunkSize:
        return kChunkSizeLineMax;
    default: // ChunkDataEnd: nothing but the CRLF
        return 0;
    }
}

HttpRequestParser::Status HttpRequestParser::lineTooLong() {
    switch (m_state) {
    case State::RequestLine:
        return fail(414, errc::uriTooLong, "request line too long");
    case State::Headers:
    case State::Trailers:
        return fail(431, errc::headersTooLarge, "header fields too large");
    case State::ChunkSize:
        return fail(400, errc::badRequest, "chunk-size line too long");
    default:
        return fail(400, errc::badRequest, "chunk data longer than its chunk size");
    }
}

bool HttpRequestParser::takeLine(QByteArrayView data, qsizetype* pos, qsizetype maxLength, QByteArrayView* line,
                                 bool* tooLong) {
    const char* begin = data.data() + *pos;
    const qsizetype available = data.size() - *pos;
    const auto* newline = static_cast<const char*>(std::memchr(begin, '\n', size_t(available)));
    const qsizetype length = newline ? newline - begin : available;
    // maxLength + 1: the line's CR may be the last byte seen so far.
    if (m_partialLine.size() + length > maxLength + 1) {
        *tooLong = true;
        return false;
    }
    if (!newline) {
        m_partialLine.append(begin, length);
        *pos = data.size();
        return false;
    }
    *pos += length + 1;
    if (m_partialLine.isEmpty()) {
        *line = QByteArrayView(begin, length);
    } else {
        m_partialLine.append(begin, length);
        *line = m_partialLine;
    }
    return true;
}

HttpRequestParser::Status HttpRequestParser::parse(QByteArrayView data, qsizetype* consumed) {
    *consumed = 0;
    if (m_status != Status::NeedMore)
        return m_status;
    if (m_state == State::RequestLine && !data.isEmpty())
        m_started = true;
    qsizetype pos = 0;
    while (pos < data.size()) {
        if (m_state == State::Body || m_state == State::ChunkData) {
            const qint64 n = std::min<qint64>(m_remaining, data.size() - pos);
            m_body.append(data.data() + pos, qsizetype(n));
            pos += qsizetype(n);
            m_remaining -= n;
            if (m_remaining > 0)
                continue;
            if (m_state == State::ChunkData) {
                m_state = State::ChunkDataEnd;
                continue;
            }
            m_state = State::Done;
            *consumed = pos;
            return m_status = Status::MessageComplete;
        }

        QByteArrayView line;
        bool tooLong = false;
        if (!takeLine(data, &pos, lineLimit(), &line, &tooLong)) {
            *consumed = pos;
            if (tooLong)
                return lineTooLong();
            continue; // pos is at the end: wait for the rest of the line
        }
        *consumed = pos;
        if (line.isEmpty() || line.back() != '\r')
            return fail(400, errc::badRequest, "line not terminated by CRLF");
        line.chop(1);
        if (line.contains('\r'))
            return fail(400, errc::badRequest, "stray CR in a line");
        if (line.size() > lineLimit())
            return lineTooLong();

        Status status = Status::NeedMore;
        switch (m_state) {
        case State::RequestLine:
            status = onRequestLine(line);
            break;
        case State::Headers:
            status = onHeaderLine(line, false);
            break;
        case State::Trailers:
            status = onHeaderLine(line, true);
            break;
        case State::ChunkSize:
            status = onChunkSizeLine(line);
            break;
        case State::ChunkDataEnd: // lineLimit() 0: the line is empty
            m_framingBytes += 2;
            m_state = State::ChunkSize;
            break;
        default:
            Q_UNREACHABLE();
        }
        m_partialLine.clear();
        if (status != Status::NeedMore)
            return status;
    }
    *consumed = pos;
    return m_status;
}

HttpRequestParser::Status HttpRequestParser::onRequestLine(QByteArrayView line) {
    if (line.isEmpty()) { // RFC 9112 §2.2: empty lines before the request line are ignored
        m_leadingBytes += 2;
        if (m_leadingBytes > m_limits.requestLine)
            return fail(400, errc::badRequest, "too many empty lines before the request line");
        return Status::NeedMore;
    }
    const qsizetype sp1 = line.indexOf(' ');
    const qsizetype sp2 = sp1 < 0 ? -1 : line.indexOf(' ', sp1 + 1);
    if (sp1 <= 0 || sp2 <= sp1 + 1)
        return fail(400, errc::badRequest, "malformed request line");
    const QByteArrayView method = line.first(sp1);
    QByteArrayView target = line.sliced(sp1 + 1, sp2 - sp1 - 1);
    const QByteArrayView version = line.sliced(sp2 + 1);
    if (!isToken(method))
        return fail(400, errc::badRequest, "malformed method");
    const auto isDigit = [](char c) {
        return c >= '0' && c <= '9';
    };
    if (version.size() != 8 || !version.startsWith("HTTP/") || !isDigit(version[5]) || version[6] != '.' ||
        !isDigit(version[7]))
        return fail(400, errc::badRequest, "malformed HTTP version");
    if (version[5] != '1' || version[7] > '1')
        return fail(505, errc::httpVersionNotSupported, "HTTP version not supported");
    if (!isKnownMethod(method))
        return fail(501, errc::notImplemented, "method not implemented");
    if (!std::all_of(target.begin(), target.end(), [](char c) { return uchar(c) > 0x20 && uchar(c) < 0x7f; }))
        return fail(400, errc::badRequest, "invalid character in the request target");

    QByteArray origin;
    if (target.front() == '/') {
        origin = target.toByteArray();
    } else if (target == "*") {
        if (method != "OPTIONS")
            return fail(400, errc::badRequest, "asterisk target outside OPTIONS");
        origin = "*";
    } else if (startsWithIgnoringCase(target, "http://") || startsWithIgnoringCase(target, "https://")) {
        // Absolute form (RFC 9112 §3.2.2): keep the path and query, the authority is not ours to check.
        target = target.sliced(target.indexOf("//") + 2);
        const qsizetype end = std::min(target.indexOf('/') < 0 ? target.size() : target.indexOf('/'),
                                       target.indexOf('?') < 0 ? target.size() : target.indexOf('?'));
        if (end == 0)
            return fail(400, errc::badRequest, "absolute target without authority");
        const QByteArrayView rest = target.sliced(end);
        origin = rest.startsWith('/') ? rest.toByteArray() : '/' + rest.toByteArray();
    } else {
        return fail(400, errc::badRequest, "unsupported request target form");
    }
    m_head.method = method.toByteArray();
    m_head.target = std::move(origin);
    m_head.minorVersion = version[7] - '0';
    m_state = State::Headers;
    return Status::NeedMore;
}

HttpRequestParser::Status HttpRequestParser::onHeaderLine(QByteArrayView line, bool trailer) {
    m_headerBytes += line.size() + 2;
    if (m_headerBytes > m_limits.headerBytes)
        return fail(431, errc::headersTooLarge, "header fields too large");
    if (line.isEmpty()) {
        if (!trailer)
            return onHeadEnd();
        m_state = State::Done;
        return m_status = Status::MessageComplete;
    }
    if (++m_headerCount > m_limits.headerCount)
        return fail(431, errc::headersTooLarge, "too many header fields");
    if (line.front() == ' ' || line.front() == '\t')
        return fail(400, errc::badRequest, "obsolete line folding");
    const qsizetype colon = line.indexOf(':');
    if (colon <= 0 || !isToken(line.first(colon)))
        return fail(400, errc::badRequest, "malformed header field name");
    const QByteArrayView value = httpTrimmed(line.sliced(colon + 1));
    if (!isFieldText(value))
        return fail(400, errc::badRequest, "control character in a header field value");
    if (!trailer) // trailer fields are checked and dropped: nothing reads them
        m_head.headers.append(line.first(colon).toByteArray(), value.toByteArray());
    return Status::NeedMore;
}

HttpRequestParser::Status HttpRequestParser::onHeadEnd() {
    const HttpHeaders& headers = m_head.headers;
    const bool http11 = m_head.minorVersion == 1;
    const int hosts = headers.count("Host");
    if (hosts > 1 || (http11 && hosts == 0))
        return fail(400, errc::badRequest, http11 && hosts == 0 ? "missing Host" : "more than one Host");

    if (headers.contains("Transfer-Encoding")) {
        if (!http11)
            return fail(400, errc::badRequest, "Transfer-Encoding in an HTTP/1.0 request");
        if (headers.contains("Content-Length"))
            return fail(400, errc::badRequest, "both Content-Length and Transfer-Encoding");
        const QByteArray list = headers.combined("Transfer-Encoding");
        const QList<QByteArrayView> codings = httpListItems(list);
        const auto chunked = std::count_if(codings.begin(), codings.end(),
                                           [](QByteArrayView c) { return HttpHeaders::nameEquals(c, "chunked"); });
        if (codings.isEmpty() || chunked != 1 || !HttpHeaders::nameEquals(codings.back(), "chunked"))
            return fail(400, errc::badRequest, "chunked is not the final transfer coding");
        if (codings.size() > 1)
            return fail(501, errc::notImplemented, "transfer coding not implemented");
        m_head.chunked = true;
    } else if (const int lengths = headers.count("Content-Length"); lengths > 0) {
        const QByteArray value = headers.value("Content-Length");
        if (lengths > 1 || value.isEmpty() ||
            !std::all_of(value.begin(), value.end(), [](char c) { return c >= '0' && c <= '9'; }))
            return fail(400, errc::badRequest, "invalid Content-Length");
        qint64 length = 0;
        for (const char c : value) { // saturates: anything this large exceeds every limit
            length = length > (std::numeric_limits<qint64>::max() - 9) / 10 ? std::numeric_limits<qint64>::max()
                                                                            : length * 10 + (c - '0');
        }
        m_head.contentLength = length;
    }

    const QByteArray connection = headers.combined("Connection");
    const bool close = httpListContains(connection, "close");
    m_head.keepAlive = http11 ? !close : (!close && httpListContains(connection, "keep-alive"));
    if (http11 && headers.contains("Expect")) { // HTTP/1.0 expectations are ignored (RFC 9110 §10.1.1)
        if (!HttpHeaders::nameEquals(httpTrimmed(headers.combined("Expect")), "100-continue"))
            return fail(417, errc::expectationFailed, "unsupported expectation");
        m_head.expectContinue = true;
    }
    m_state = State::AwaitingLimit;
    return m_status = Status::HeadComplete;
}

HttpRequestParser::Status HttpRequestParser::acceptBody(qint64 limit) {
    Q_ASSERT(m_state == State::AwaitingLimit);
    if (m_state != State::AwaitingLimit)
        return m_status;
    m_bodyLimit = std::max<qint64>(0, limit);
    if (m_head.chunked) {
        m_state = State::ChunkSize;
        return m_status = Status::NeedMore;
    }
    if (m_head.contentLength > m_bodyLimit)
        return fail(413, errc::bodyTooLarge, "Content-Length exceeds the body limit");
    if (m_head.contentLength > 0) {
        m_state = State::Body;
        m_remaining = m_head.contentLength;
        m_body.reserve(qsizetype(std::min(m_remaining, kBodyReserveMax)));
        return m_status = Status::NeedMore;
    }
    m_state = State::Done;
    return m_status = Status::MessageComplete;
}

HttpRequestParser::Status HttpRequestParser::onChunkSizeLine(QByteArrayView line) {
    m_framingBytes += line.size() + 2;
    qsizetype i = 0;
    while (i < line.size() && line[i] == '0')
        ++i;
    const qsizetype firstSignificant = i;
    qint64 size = 0;
    for (; i < line.size() && hexValue(line[i]) >= 0; ++i) {
        if (i - firstSignificant >= 15) // 2^60 and more: beyond every limit
            return fail(413, errc::bodyTooLarge, "chunk exceeds the body limit");
        size = size * 16 + hexValue(line[i]);
    }
    if (i == 0)
        return fail(400, errc::badRequest, "malformed chunk size");
    QByteArrayView extension = httpTrimmed(line.sliced(i));
    if (!extension.isEmpty() && (extension.front() != ';' || !isFieldText(extension)))
        return fail(400, errc::badRequest, "malformed chunk extension");
    if (size == 0) { // the last chunk; trailer fields follow, under the header limits
        m_state = State::Trailers;
        m_headerBytes = 0;
        m_headerCount = 0;
        return Status::NeedMore;
    }
    if (m_body.size() + size > m_bodyLimit)
        return fail(413, errc::bodyTooLarge, "chunked body exceeds the body limit");
    // Tiny chunks with long size lines must not cost far more than the body they carry.
    if (m_framingBytes > m_limits.headerBytes + m_body.size() + size)
        return fail(400, errc::badRequest, "chunk framing out of proportion to the body");
    m_remaining = size;
    m_state = State::ChunkData;
    return Status::NeedMore;
}

} // namespace lkk::server
