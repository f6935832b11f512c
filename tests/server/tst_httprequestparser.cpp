// HttpRequestParser: requests fed whole, byte by byte and in random pieces; pipelined requests;
// every limit; the early 413 on an announced or streamed body; malformed input of every kind;
// randomized valid requests and random mutations of them.
#include "server/http/HttpRequestParser.h"
#include "tests/support/HttpParserDriver.h"

#include <QRandomGenerator>
#include <QTest>

using namespace lkk::server;
using Status = HttpRequestParser::Status;

namespace {

struct Message {
    HttpRequestHead head;
    QByteArray body;
};

struct Outcome {
    QList<Message> messages;
    int errorStatus = 0; // 0: no failure
    QByteArray errorCode;
    qsizetype consumed = 0;    // bytes the parser took in all
    bool midRequest = false;   // input ended inside a request
    qsizetype bufferedMax = 0; // the largest body the parser held
};

// Feeds `input` in pieces of `step` bytes (0: all at once), accepting every body up to `bodyLimit`.
Outcome parseAll(const QByteArray& input, qsizetype step = 0, qint64 bodyLimit = 1 << 20,
                 HttpRequestParser::Limits limits = {}) {
    HttpRequestParser parser(limits);
    Outcome out;
    lkk::test::feedInPieces(parser, input, step, [&](Status status, qsizetype used, qsizetype offered) {
        if (used < 0 || used > offered)
            qFatal("parser consumed %lld of %lld bytes", qint64(used), qint64(offered));
        if (status == Status::NeedMore && used != offered)
            qFatal("parser wants more but left input unconsumed");
        out.consumed += used;
        out.bufferedMax = std::max(out.bufferedMax, parser.body().size());
        if (status == Status::HeadComplete)
            status = parser.acceptBody(bodyLimit);
        if (status == Status::MessageComplete) {
            out.messages.append({parser.takeHead(), parser.takeBody()});
            parser.reset();
        } else if (status == Status::Failed) {
            out.errorStatus = parser.error().status;
            out.errorCode = parser.error().code;
            return false;
        }
        return true;
    });
    out.midRequest = out.errorStatus == 0 && parser.started();
    return out;
}

QByteArray get(const QByteArray& target = "/", const QByteArray& extra = {}) {
    return "GET " + target + " HTTP/1.1\r\nHost: lkk.example\r\n" + extra + "\r\n";
}

QByteArray post(const QByteArray& body, const QByteArray& extra = {}) {
    return "POST /api/v1/auth/login HTTP/1.1\r\nHost: lkk.example\r\nContent-Type: application/json\r\n"
           "Content-Length: " +
           QByteArray::number(body.size()) + "\r\n" + extra + "\r\n" + body;
}

QByteArray chunked(const QList<QByteArray>& chunks, const QByteArray& trailers = {}) {
    QByteArray out = "POST /upload HTTP/1.1\r\nHost: lkk.example\r\nTransfer-Encoding: chunked\r\n\r\n";
    for (const QByteArray& c : chunks)
        out += QByteArray::number(c.size(), 16) + "\r\n" + c + "\r\n";
    return out + "0\r\n" + trailers + "\r\n";
}

QByteArray randomBytes(QRandomGenerator& random, qsizetype size, bool printable) {
    QByteArray out(size, Qt::Uninitialized);
    for (char& c : out)
        c = printable ? char(0x20 + random.bounded(0x5f)) : char(random.bounded(256));
    return out;
}

} // namespace

class TestHttpRequestParser : public QObject {
    Q_OBJECT

private slots:
    void simpleGet() {
        const Outcome o = parseAll(get("/api/v1/health?x=1&y=%20", "Accept: */*\r\nX-Empty:\r\nX-Pad:  v a l  \r\n"));
        QCOMPARE(o.errorStatus, 0);
        QCOMPARE(o.messages.size(), 1);
        const HttpRequestHead& h = o.messages[0].head;
        QCOMPARE(h.method, QByteArray("GET"));
        QCOMPARE(h.target, QByteArray("/api/v1/health?x=1&y=%20"));
        QCOMPARE(h.path().toByteArray(), QByteArray("/api/v1/health"));
        QCOMPARE(h.query().toByteArray(), QByteArray("x=1&y=%20"));
        QCOMPARE(h.minorVersion, 1);
        QCOMPARE(h.headers.value("HOST"), QByteArray("lkk.example"));
        QCOMPARE(h.headers.value("accept"), QByteArray("*/*"));
        QVERIFY(h.headers.contains("x-empty"));
        QCOMPARE(h.headers.value("X-Empty"), QByteArray());
        QCOMPARE(h.headers.value("x-pad"), QByteArray("v a l"));
        QVERIFY(h.keepAlive);
        QVERIFY(!h.hasBody());
        QVERIFY(o.messages[0].body.isEmpty());
        QVERIFY(!o.midRequest);
    }

    void headCompleteComesBeforeTheBody() {
        const QByteArray request = post("{\"a\":1}");
        const qsizetype headLength = request.indexOf("\r\n\r\n") + 4;
        HttpRequestParser parser;
        qsizetype used = 0;
        QCOMPARE(parser.parse(request, &used), Status::HeadComplete);
        QCOMPARE(used, headLength); // not one body byte read before the limit is known
        QCOMPARE(parser.head().contentLength, 7);
        QCOMPARE(parser.parse(QByteArrayView(request).sliced(used), &used), Status::HeadComplete); // waits
        QCOMPARE(used, 0);
        QCOMPARE(parser.acceptBody(7), Status::NeedMore);
        QVERIFY(parser.readingBody());
        QCOMPARE(parser.parse(QByteArrayView(request).sliced(headLength), &used), Status::MessageComplete);
        QCOMPARE(used, 7);
        QCOMPARE(parser.body(), QByteArray("{\"a\":1}"));
    }

    void pieces_data() {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<int>("messages");
        QTest::newRow("get") << get() << 1;
        QTest::newRow("post") << post(QByteArray(3000, 'x')) << 1;
        QTest::newRow("chunked") << chunked({"hello", QByteArray(300, 'y'), "!"}, "X-Checksum: 1\r\n") << 1;
        QTest::newRow("chunked ext") << QByteArray("POST / HTTP/1.1\r\nHost: h\r\nTransfer-Encoding: chunked\r\n\r\n"
                                                   "5;name=value\r\nhello\r\n0005 ; x\r\nworld\r\n0\r\n\r\n")
                                     << 1;
        QTest::newRow("pipelined") << get("/1") + post("body") + chunked({"c1", "c2"}) + get("/4") << 4;
        QTest::newRow("leading empty lines") << "\r\n\r\n" + get() << 1;
        QTest::newRow("http/1.0") << QByteArray("GET / HTTP/1.0\r\n\r\n") << 1;
    }

    // Byte by byte, in odd pieces and all at once: the same requests.
    void pieces() {
        QFETCH(QByteArray, input);
        QFETCH(int, messages);
        const Outcome whole = parseAll(input);
        QCOMPARE(whole.errorStatus, 0);
        QCOMPARE(whole.messages.size(), messages);
        QCOMPARE(whole.consumed, input.size());
        for (const qsizetype step : {1, 2, 3, 7, 13, 64, 1000}) {
            const Outcome split = parseAll(input, step);
            QCOMPARE(split.errorStatus, 0);
            QCOMPARE(split.messages.size(), messages);
            QCOMPARE(split.consumed, input.size());
            for (int i = 0; i < messages; ++i) {
                QCOMPARE(split.messages[i].head.target, whole.messages[i].head.target);
                QCOMPARE(split.messages[i].head.headers.fields(), whole.messages[i].head.headers.fields());
                QCOMPARE(split.messages[i].body, whole.messages[i].body);
            }
        }
    }

    void pipelinedRequestsStopAtEachEnd() {
        const QByteArray first = post("{}");
        const QByteArray second = chunked({"abc"});
        const QByteArray third = get("/third");
        const QByteArray all = first + second + third;
        HttpRequestParser parser;
        qsizetype offset = 0;
        QList<QByteArray> bodies;
        QList<QByteArray> targets;
        while (offset < all.size()) {
            qsizetype used = 0;
            Status status = parser.parse(QByteArrayView(all).sliced(offset), &used);
            offset += used;
            if (status == Status::HeadComplete)
                status = parser.acceptBody(100);
            if (status == Status::MessageComplete) {
                targets << parser.head().target;
                bodies << parser.takeBody();
                QCOMPARE(offset, (QList<qsizetype>{first.size(), first.size() + second.size(),
                                                   all.size()}[targets.size() - 1]));
                parser.reset();
            }
            QVERIFY(status != Status::Failed);
        }
        QCOMPARE(targets, (QList<QByteArray>{"/api/v1/auth/login", "/upload", "/third"}));
        QCOMPARE(bodies, (QList<QByteArray>{"{}", "abc", ""}));
    }

    void noBodyWithoutLength() {
        // GET, HEAD, DELETE and even POST without Content-Length or chunked have no body: what
        // follows is the next request.
        const QByteArray input = "DELETE /api/v1/accounts/1 HTTP/1.1\r\nHost: h\r\n\r\n"
                                 "HEAD / HTTP/1.1\r\nHost: h\r\n\r\nPOST /x HTTP/1.1\r\nHost: h\r\n\r\n" +
                                 get("/next");
        const Outcome o = parseAll(input, 5);
        QCOMPARE(o.errorStatus, 0);
        QCOMPARE(o.messages.size(), 4);
        QCOMPARE(o.messages[1].head.method, QByteArray("HEAD"));
        QCOMPARE(o.messages[3].head.target, QByteArray("/next"));
        for (const Message& m : o.messages)
            QVERIFY(m.body.isEmpty());
    }

    void getWithContentLengthHasABody() {
        const Outcome o = parseAll(get("/", "Content-Length: 3\r\n") + "abc" + get("/2"));
        QCOMPARE(o.messages.size(), 2);
        QCOMPARE(o.messages[0].body, QByteArray("abc"));
    }

    void requestLineLimit() {
        const QByteArray fits = "GET /" + QByteArray(8192 - 14, 'a') + " HTTP/1.1"; // 8192 bytes
        QCOMPARE(fits.size(), 8192);
        QCOMPARE(parseAll(fits + "\r\nHost: h\r\n\r\n").errorStatus, 0);
        const QByteArray tooLong = "GET /" + QByteArray(8192 - 13, 'a') + " HTTP/1.1\r\nHost: h\r\n\r\n";
        const Outcome o = parseAll(tooLong, 1);
        QCOMPARE(o.errorStatus, 414);
        QCOMPARE(o.errorCode, QByteArray("uri_too_long"));
        // Refused while the line was still arriving: no more than the limit (+ its CR) was taken.
        QVERIFY2(o.consumed <= 8192 + 2, QByteArray::number(o.consumed));
        const Outcome endless = parseAll(QByteArray(100000, 'x'), 4096);
        QCOMPARE(endless.errorStatus, 414);
        QVERIFY(endless.consumed <= 8192 + 4096);
    }

    void headerBytesLimit() {
        // Header section = header lines with CRLF + the final CRLF; "Host: h\r\n" is 9 bytes.
        const auto withFiller = [](qsizetype fillerValue) -> QByteArray {
            return "GET / HTTP/1.1\r\nHost: h\r\nX: " + QByteArray(fillerValue, 'v') + "\r\n\r\n";
        };
        const qsizetype exact = 16 * 1024 - 9 - 2 - 5; // "X: " + value + CRLF = value + 5
        QCOMPARE(parseAll(withFiller(exact)).errorStatus, 0);
        const Outcome over = parseAll(withFiller(exact + 1), 1);
        QCOMPARE(over.errorStatus, 431);
        QCOMPARE(over.errorCode, QByteArray("headers_too_large"));
        QVERIFY(over.consumed <= 16 + 16 * 1024 + 2);
        const Outcome endless = parseAll("GET / HTTP/1.1\r\nX: " + QByteArray(1 << 20, 'v'), 4096);
        QCOMPARE(endless.errorStatus, 431);
        QVERIFY(endless.consumed < 16 * 1024 + 4096 + 64);
    }

    void headerCountLimit() {
        QByteArray hundred;
        for (int i = 0; i < 99; ++i)
            hundred += "X-" + QByteArray::number(i) + ": v\r\n";
        QCOMPARE(parseAll(get("/", hundred)).errorStatus, 0); // Host + 99
        const Outcome o = parseAll(get("/", hundred + "One-More: v\r\n"));
        QCOMPARE(o.errorStatus, 431);
        HttpRequestParser::Limits small;
        small.headerCount = 2;
        QCOMPARE(parseAll(get("/", "A: 1\r\n"), 0, 100, small).errorStatus, 0);
        QCOMPARE(parseAll(get("/", "A: 1\r\nB: 2\r\n"), 0, 100, small).errorStatus, 431);
    }

    void announcedBodyOverTheLimitIsRefusedAtOnce() {
        const QByteArray head = "POST /api/v1/auth/login HTTP/1.1\r\nHost: h\r\nContent-Length: 4000000000\r\n\r\n";
        HttpRequestParser parser;
        qsizetype used = 0;
        QCOMPARE(parser.parse(QByteArray(head + QByteArray(1000, 'x')), &used), Status::HeadComplete);
        QCOMPARE(used, head.size());
        QCOMPARE(parser.head().contentLength, 4000000000LL);
        QCOMPARE(parser.acceptBody(64 * 1024), Status::Failed);
        QCOMPARE(parser.error().status, 413);
        QCOMPARE(parser.error().code, "body_too_large");
        QVERIFY(parser.body().capacity() < 64 * 1024); // nothing reserved for the announced size
        QCOMPARE(parser.parse("more", &used), Status::Failed);
        QCOMPARE(used, 0);

        QCOMPARE(parseAll(post(QByteArray(100, 'x')), 0, 100).errorStatus, 0); // exactly the limit
        QCOMPARE(parseAll(post(QByteArray(101, 'x')), 0, 100).errorStatus, 413);
        QCOMPARE(parseAll(post("x", "Content-Length: 99999999999999999999999999\r\n")).errorStatus, 400); // two CLs
        const QByteArray huge = "POST / HTTP/1.1\r\nHost: h\r\nContent-Length: 99999999999999999999999999\r\n\r\n";
        QCOMPARE(parseAll(huge).errorStatus, 413);
        QCOMPARE(parseAll(post({}), 0, 0).errorStatus, 0); // Content-Length: 0 with limit 0
    }

    void bodyNeverBufferedBeyondTheLimit() {
        // Content-Length: refused before the body; chunked: at the size line that would exceed.
        const Outcome cl = parseAll(post(QByteArray(5000, 'x')), 100, 1000);
        QCOMPARE(cl.errorStatus, 413);
        QCOMPARE(cl.bufferedMax, 0);
        const Outcome ch =
            parseAll(chunked({QByteArray(400, 'a'), QByteArray(400, 'b'), QByteArray(400, 'c')}), 50, 1000);
        QCOMPARE(ch.errorStatus, 413);
        QVERIFY(ch.bufferedMax <= 800);
    }

    void chunkedBodyCountedAsItStreams() {
        const QByteArray head = "POST /upload HTTP/1.1\r\nHost: h\r\nTransfer-Encoding: chunked\r\n\r\n";
        HttpRequestParser parser;
        qsizetype used = 0;
        QCOMPARE(parser.parse(head, &used), Status::HeadComplete);
        QCOMPARE(parser.acceptBody(10), Status::NeedMore);
        QCOMPARE(parser.parse("5\r\nhello\r\n", &used), Status::NeedMore);
        QCOMPARE(parser.body(), QByteArray("hello"));
        // The next chunk's size alone takes it over the limit: refused before its data.
        QCOMPARE(parser.parse("6\r\n", &used), Status::Failed);
        QCOMPARE(parser.error().status, 413);
        QCOMPARE(parseAll(chunked({"hello", "world"}), 1, 10).errorStatus, 0); // exactly the limit
        QCOMPARE(parseAll(chunked({"hello", "world!"}), 1, 10).errorStatus, 413);
        QCOMPARE(parseAll(chunked({"x"}), 0, 0).errorStatus, 413);
        const QByteArray giant = head + "fffffffffffffffffffff\r\n";
        QCOMPARE(parseAll(giant).errorStatus, 413);
        const QByteArray zeros = head + QByteArray(40, '0') + "5\r\nhello\r\n0\r\n\r\n";
        const Outcome leading = parseAll(zeros);
        QCOMPARE(leading.errorStatus, 0);
        QCOMPARE(leading.messages[0].body, QByteArray("hello"));
    }

    void trailersAreCheckedAndDropped() {
        const Outcome ok = parseAll(chunked({"abc"}, "X-Sum: 1\r\nX-Other: 2\r\n") + get("/next"));
        QCOMPARE(ok.errorStatus, 0);
        QCOMPARE(ok.messages.size(), 2);
        QVERIFY(!ok.messages[0].head.headers.contains("X-Sum"));
        QCOMPARE(parseAll(chunked({"abc"}, "Bad Trailer\r\n")).errorStatus, 400);
        QCOMPARE(parseAll(chunked({"abc"}, "X: " + QByteArray(17000, 'v') + "\r\n")).errorStatus, 431);
    }

    void chunkFramingOutOfProportion() {
        QByteArray input = "POST / HTTP/1.1\r\nHost: h\r\nTransfer-Encoding: chunked\r\n\r\n";
        for (int i = 0; i < 100; ++i)
            input += "1;" + QByteArray(1000, 'e') + "\r\nx\r\n";
        const Outcome o = parseAll(input, 0, 1 << 20);
        QCOMPARE(o.errorStatus, 400);
        QVERIFY(o.consumed < 20 * 1024);
    }

    void badInput_data() {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<int>("status");
        const QByteArray h = "Host: h\r\n";
        // Request line.
        QTest::newRow("double space") << QByteArray("GET  / HTTP/1.1\r\n") + h + "\r\n" << 400;
        QTest::newRow("trailing space") << QByteArray("GET / HTTP/1.1 \r\n") + h + "\r\n" << 400;
        QTest::newRow("no version") << QByteArray("GET /\r\n") + h + "\r\n" << 400;
        QTest::newRow("lowercase version") << QByteArray("GET / http/1.1\r\n") + h + "\r\n" << 400;
        QTest::newRow("version letters") << QByteArray("GET / HTTP/x.y\r\n") + h + "\r\n" << 400;
        QTest::newRow("http/2") << QByteArray("GET / HTTP/2.0\r\n") + h + "\r\n" << 505;
        QTest::newRow("http/1.2") << QByteArray("GET / HTTP/1.2\r\n") + h + "\r\n" << 505;
        QTest::newRow("http/0.9") << QByteArray("GET / HTTP/0.9\r\n") + h + "\r\n" << 505;
        QTest::newRow("unknown method") << QByteArray("BREW / HTTP/1.1\r\n") + h + "\r\n" << 501;
        QTest::newRow("lowercase method") << QByteArray("get / HTTP/1.1\r\n") + h + "\r\n" << 501;
        QTest::newRow("connect") << QByteArray("CONNECT h:443 HTTP/1.1\r\n") + h + "\r\n" << 501;
        QTest::newRow("method not a token") << QByteArray("G@T / HTTP/1.1\r\n") + h + "\r\n" << 400;
        QTest::newRow("non-ascii target") << QByteArray("GET /\xd0\xb0 HTTP/1.1\r\n") + h + "\r\n" << 400;
        QTest::newRow("control in target") << QByteArray("GET /\x01 HTTP/1.1\r\n") + h + "\r\n" << 400;
        QTest::newRow("nul in target") << QByteArray("GET /\0a HTTP/1.1\r\n", 18) + h + "\r\n" << 400;
        QTest::newRow("relative target") << QByteArray("GET x HTTP/1.1\r\n") + h + "\r\n" << 400;
        QTest::newRow("asterisk with GET") << QByteArray("GET * HTTP/1.1\r\n") + h + "\r\n" << 400;
        QTest::newRow("absolute without host") << QByteArray("GET http:///a HTTP/1.1\r\n") + h + "\r\n" << 400;
        QTest::newRow("bare LF") << QByteArray("GET / HTTP/1.1\nHost: h\n\n") << 400;
        QTest::newRow("bare LF in headers") << QByteArray("GET / HTTP/1.1\r\nHost: h\n\r\n") << 400;
        QTest::newRow("stray CR") << QByteArray("GET / HTTP/1.1\r\nHost: h\r\nX: a\rb\r\n\r\n") << 400;
        QTest::newRow("binary") << QByteArray("\x16\x03\x01\x02\x00\x01\x00\x01\xfc\x03\x03\r\n", 13) << 400;
        // Header fields.
        QTest::newRow("obs-fold") << QByteArray("GET / HTTP/1.1\r\n") + h + "X: a\r\n  b\r\n\r\n" << 400;
        QTest::newRow("fold first") << QByteArray("GET / HTTP/1.1\r\n Host: h\r\n\r\n") << 400;
        QTest::newRow("space before colon") << QByteArray("GET / HTTP/1.1\r\n") + h + "X : v\r\n\r\n" << 400;
        QTest::newRow("empty name") << QByteArray("GET / HTTP/1.1\r\n") + h + ": v\r\n\r\n" << 400;
        QTest::newRow("space in name") << QByteArray("GET / HTTP/1.1\r\n") + h + "X Y: v\r\n\r\n" << 400;
        QTest::newRow("no colon") << QByteArray("GET / HTTP/1.1\r\n") + h + "Xv\r\n\r\n" << 400;
        QTest::newRow("control in value") << QByteArray("GET / HTTP/1.1\r\n") + h + "X: a\x01z\r\n\r\n" << 400;
        QTest::newRow("DEL in value") << QByteArray("GET / HTTP/1.1\r\n") + h + "X: a\x7f\r\n\r\n" << 400;
        QTest::newRow("nul in value") << QByteArray("GET / HTTP/1.1\r\nHost: h\r\nX: a\0b\r\n\r\n", 35) << 400;
        QTest::newRow("missing host") << QByteArray("GET / HTTP/1.1\r\nX: v\r\n\r\n") << 400;
        QTest::newRow("two hosts") << QByteArray("GET / HTTP/1.1\r\n") + h + h + "\r\n" << 400;
        QTest::newRow("expectation") << QByteArray("POST / HTTP/1.1\r\n") + h + "Expect: magic\r\n\r\n" << 417;
        // Framing.
        const QByteArray p = "POST / HTTP/1.1\r\n" + h;
        for (const char* cl : {"", "abc", "+5", "-1", "5 5", "0x10", "1,1", "1.0"})
            QTest::addRow("content-length '%s'", cl) << p + "Content-Length: " + cl + "\r\n\r\n" << 400;
        QTest::newRow("two content-lengths") << p + "Content-Length: 1\r\nContent-Length: 1\r\n\r\nx" << 400;
        QTest::newRow("cl and te") << p + "Content-Length: 1\r\nTransfer-Encoding: chunked\r\n\r\n" << 400;
        QTest::newRow("te gzip") << p + "Transfer-Encoding: gzip\r\n\r\n" << 400;
        QTest::newRow("te chunked, gzip") << p + "Transfer-Encoding: chunked, gzip\r\n\r\n" << 400;
        QTest::newRow("te chunked twice") << p + "Transfer-Encoding: chunked, chunked\r\n\r\n" << 400;
        QTest::newRow("te gzip, chunked") << p + "Transfer-Encoding: gzip, chunked\r\n\r\n" << 501;
        QTest::newRow("te split lines") << p + "Transfer-Encoding: gzip\r\nTransfer-Encoding: chunked\r\n\r\n" << 501;
        QTest::newRow("te empty") << p + "Transfer-Encoding: \r\n\r\n" << 400;
        QTest::newRow("te in 1.0") << QByteArray("POST / HTTP/1.0\r\nTransfer-Encoding: chunked\r\n\r\n") << 400;
        const QByteArray c = p + "Transfer-Encoding: chunked\r\n\r\n";
        QTest::newRow("chunk size not hex") << c + "zz\r\n" << 400;
        QTest::newRow("chunk size empty") << c + "\r\n" << 400;
        QTest::newRow("chunk size junk") << c + "5 x\r\nhello\r\n0\r\n\r\n" << 400;
        QTest::newRow("chunk longer than size") << c + "5\r\nhelloX\r\n0\r\n\r\n" << 400;
        QTest::newRow("chunk without CRLF") << c + "5\r\nhello0\r\n\r\n" << 400;
        QTest::newRow("chunk line too long") << c + "5;" + QByteArray(2000, 'e') + "\r\n" << 400;
        QTest::newRow("control in extension") << c + "5;\x01\r\nhello\r\n0\r\n\r\n" << 400;
    }

    void badInput() {
        QFETCH(QByteArray, input);
        QFETCH(int, status);
        for (const qsizetype step : {0, 1, 5}) {
            const Outcome o = parseAll(input, step);
            QCOMPARE(o.errorStatus, status);
            QVERIFY(o.messages.isEmpty());
        }
    }

    void targetForms() {
        const Outcome o = parseAll("OPTIONS * HTTP/1.1\r\nHost: h\r\n\r\n" + get("http://lkk.example:8443/a/b?c=d") +
                                   get("HTTPS://lkk.example") + get("http://lkk.example?q") + get("//double"));
        QCOMPARE(o.errorStatus, 0);
        QCOMPARE(o.messages.size(), 5);
        QCOMPARE(o.messages[0].head.target, QByteArray("*"));
        QCOMPARE(o.messages[1].head.target, QByteArray("/a/b?c=d"));
        QCOMPARE(o.messages[2].head.target, QByteArray("/"));
        QCOMPARE(o.messages[3].head.target, QByteArray("/?q"));
        QCOMPARE(o.messages[4].head.target, QByteArray("//double"));
    }

    void obsTextInValuesIsKept() {
        const Outcome o = parseAll(get("/", "X-Name: \xd0\x98\xd0\xb2\xd0\xb0\xd0\xbd\tok\r\n"));
        QCOMPARE(o.errorStatus, 0);
        QCOMPARE(o.messages[0].head.headers.value("x-name"), QByteArray("\xd0\x98\xd0\xb2\xd0\xb0\xd0\xbd\tok"));
    }

    void connectionSemantics_data() {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<bool>("keepAlive");
        QTest::newRow("1.1") << get() << true;
        QTest::newRow("1.1 close") << get("/", "Connection: close\r\n") << false;
        QTest::newRow("1.1 list close") << get("/", "Connection: keep-alive, Close\r\n") << false;
        QTest::newRow("1.1 two lines") << get("/", "Connection: upgrade\r\nConnection: close\r\n") << false;
        QTest::newRow("1.0") << QByteArray("GET / HTTP/1.0\r\n\r\n") << false;
        QTest::newRow("1.0 keep-alive") << QByteArray("GET / HTTP/1.0\r\nConnection: Keep-Alive\r\n\r\n") << true;
        QTest::newRow("1.0 both") << QByteArray("GET / HTTP/1.0\r\nConnection: keep-alive, close\r\n\r\n") << false;
    }

    void connectionSemantics() {
        QFETCH(QByteArray, input);
        QFETCH(bool, keepAlive);
        const Outcome o = parseAll(input);
        QCOMPARE(o.errorStatus, 0);
        QCOMPARE(o.messages[0].head.keepAlive, keepAlive);
    }

    void expectContinue() {
        QVERIFY(parseAll(post("x", "Expect: 100-continue\r\n")).messages[0].head.expectContinue);
        QVERIFY(parseAll(post("x", "Expect: 100-Continue\r\n")).messages[0].head.expectContinue);
        QVERIFY(!parseAll(post("x")).messages[0].head.expectContinue);
        // HTTP/1.0 expectations are ignored.
        const Outcome old = parseAll("POST / HTTP/1.0\r\nExpect: magic\r\nContent-Length: 1\r\n\r\nx");
        QCOMPARE(old.errorStatus, 0);
        QVERIFY(!old.messages[0].head.expectContinue);
    }

    void tooManyLeadingEmptyLines() {
        QCOMPARE(parseAll(QByteArray(20000, '\n').replace("\n", "\r\n")).errorStatus, 400);
    }

    void failedParserStaysFailedUntilReset() {
        HttpRequestParser parser;
        qsizetype used = 0;
        QCOMPARE(parser.parse("BAD\r\n", &used), Status::Failed);
        QCOMPARE(parser.parse(get(), &used), Status::Failed);
        QCOMPARE(used, 0);
        parser.reset();
        QVERIFY(!parser.started());
        QCOMPARE(parser.parse(get(), &used), Status::HeadComplete);
        QVERIFY(parser.started());
    }

    // Random valid requests, pipelined, in random pieces: each comes out as it went in.
    void randomizedValidRequests() {
        QRandomGenerator random(20240607);
        for (int round = 0; round < 300; ++round) {
            QByteArray input;
            QList<Message> expected;
            const int count = 1 + random.bounded(4);
            for (int i = 0; i < count; ++i) {
                Message m;
                static const QByteArray methods[] = {"GET", "POST", "PUT", "PATCH", "DELETE", "HEAD", "OPTIONS"};
                m.head.method = methods[random.bounded(7)];
                m.head.target =
                    '/' + randomBytes(random, random.bounded(200), true).replace(' ', '_').replace('\x7f', '~');
                m.head.headers.append("Host", "lkk.example");
                for (int f = random.bounded(10); f > 0; --f)
                    m.head.headers.append("X-" + QByteArray::number(random.bounded(1000)),
                                          randomBytes(random, random.bounded(100), true).trimmed());
                const int framing = random.bounded(3); // none, Content-Length, chunked
                if (framing > 0)
                    m.body = randomBytes(random, random.bounded(5000), false);
                QByteArray text = m.head.method + ' ' + m.head.target + " HTTP/1.1\r\n";
                for (const auto& f : m.head.headers.fields())
                    text += f.first + ": " + f.second + "\r\n";
                if (framing == 1) {
                    text += "Content-Length: " + QByteArray::number(m.body.size()) + "\r\n\r\n" + m.body;
                } else if (framing == 2) {
                    text += "Transfer-Encoding: chunked\r\n\r\n";
                    for (qsizetype at = 0; at < m.body.size();) {
                        const qsizetype n = std::min<qsizetype>(1 + random.bounded(700), m.body.size() - at);
                        text += QByteArray::number(n, 16) + "\r\n" + m.body.mid(at, n) + "\r\n";
                        at += n;
                    }
                    text += "0\r\n\r\n";
                } else {
                    text += "\r\n";
                }
                input += text;
                expected.append(m);
            }
            const Outcome o = parseAll(input, 1 + random.bounded(300), 1 << 20);
            QCOMPARE(o.errorStatus, 0);
            QCOMPARE(o.messages.size(), expected.size());
            for (int i = 0; i < expected.size(); ++i) {
                QCOMPARE(o.messages[i].head.method, expected[i].head.method);
                QCOMPARE(o.messages[i].head.target, expected[i].head.target);
                for (const auto& f : expected[i].head.headers.fields())
                    QVERIFY(o.messages[i].head.headers.fields().contains(f));
                QCOMPARE(o.messages[i].body, expected[i].body);
            }
        }
    }

    // Random mutations of valid requests: never a crash, never more consumed than given, and a
    // failure always carries one of the documented statuses.
    void randomizedMutations() {
        QRandomGenerator random(7);
        const QList<QByteArray> seeds{get("/a?b", "Connection: close\r\n"),
                                      post("{\"x\":1}", "Expect: 100-continue\r\n"),
                                      chunked({"abc", "defg"}, "T: 1\r\n")};
        for (int round = 0; round < 5000; ++round) {
            QByteArray input = seeds[random.bounded(seeds.size())] + seeds[random.bounded(seeds.size())];
            for (int edits = 1 + random.bounded(4); edits > 0; --edits) {
                const qsizetype at = random.bounded(input.size());
                switch (random.bounded(4)) {
                case 0:
                    input[at] = char(random.bounded(256));
                    break;
                case 1:
                    input.remove(at, 1 + random.bounded(5));
                    break;
                case 2:
                    input.insert(at, randomBytes(random, 1 + random.bounded(4), random.bounded(2)));
                    break;
                default:
                    input.insert(at, input.mid(random.bounded(input.size()), random.bounded(40)));
                }
            }
            const Outcome o = parseAll(input, 1 + random.bounded(20), random.bounded(50));
            QVERIFY(o.consumed <= input.size());
            if (o.errorStatus != 0)
                QVERIFY2((QList<int>{400, 413, 414, 417, 431, 501, 505}.contains(o.errorStatus)),
                         QByteArray::number(o.errorStatus));
            for (const Message& m : o.messages)
                QVERIFY(m.body.size() < 50);
        }
    }
};

QTEST_GUILESS_MAIN(TestHttpRequestParser)

#include "tst_httprequestparser.moc"
