// libFuzzer target for HttpRequestParser (docs/http-server.md, "Fuzzing"). The first two bytes
// choose how the rest is fed (piece size) and the limits; the rest is the request stream. The
// parser is driven like HttpConnection drives it, and its promises are checked on every step.
#include "server/http/HttpRequestParser.h"
#include "tests/support/HttpParserDriver.h"

#include <QList>
#include <cstdint>
#include <cstdio>
#include <cstdlib>

using lkk::server::HttpRequestParser;
using Status = HttpRequestParser::Status;

namespace {

void check(bool condition, const char* what) {
    if (!condition) {
        std::fprintf(stderr, "HttpRequestParser broke a promise: %s\n", what);
        std::abort();
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    if (size < 2)
        return 0;
    const qsizetype step = data[0] == 0 ? 0 : data[0] % 32 + 1; // 0: all at once
    // Small limits in half of the runs, so that short inputs reach them too.
    HttpRequestParser::Limits limits;
    if (data[1] & 0x80) {
        limits.requestLine = 64;
        limits.headerBytes = 256;
        limits.headerCount = 4;
    }
    const qint64 bodyLimit = (data[1] & 0x40) ? (data[1] & 0x3f) : (qint64(data[1] & 0x3f) << 10);
    const QByteArrayView input(reinterpret_cast<const char*>(data) + 2, qsizetype(size) - 2);

    HttpRequestParser parser(limits);
    lkk::test::feedInPieces(parser, input, step, [&](Status status, qsizetype used, qsizetype offered) {
        check(used >= 0 && used <= offered, "consumed within what it was given");
        check(status != Status::NeedMore || used == offered, "NeedMore consumes everything");
        if (status == Status::HeadComplete) {
            const auto& head = parser.head();
            check(!head.method.isEmpty(), "a complete head has a method");
            check(head.target.startsWith('/') || head.target == "*", "the target is origin-form or *");
            check(head.minorVersion == 0 || head.minorVersion == 1, "HTTP/1.0 or HTTP/1.1");
            check(!(head.chunked && head.contentLength >= 0), "never both framings");
            status = parser.acceptBody(bodyLimit);
        }
        check(parser.body().size() <= bodyLimit, "the body never exceeds its limit");
        if (status == Status::MessageComplete) {
            check(parser.head().contentLength < 0 || parser.body().size() == parser.head().contentLength,
                  "a Content-Length body is complete");
            parser.reset();
        } else if (status == Status::Failed) {
            static const QList<int> statuses{400, 413, 414, 417, 431, 501, 505};
            check(statuses.contains(parser.error().status), "a documented error status");
            qsizetype after = -1;
            check(parser.parse("GET / HTTP/1.1\r\n", &after) == Status::Failed && after == 0, "failure is final");
            return false;
        }
        return true;
    });
    return 0;
}
