// HttpNegotiation: Accept-Encoding and If-None-Match as clients send them, gzip that any gzip
// reader (zlib's inflate in gzip mode here) gives back byte for byte, and what a response becomes:
// 304, gzip, Vary, a weakened ETag — or nothing at all.
#include "server/http/HttpNegotiation.h"

#include <QRandomGenerator>
#include <QTest>

#include <zlib.h>

using namespace lkk::server;

namespace {

QByteArray gunzip(const QByteArray& data) {
    z_stream stream{};
    if (inflateInit2(&stream, 15 + 16) != Z_OK)
        return {};
    QByteArray out;
    char buffer[16384];
    stream.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(data.constData()));
    stream.avail_in = uInt(data.size());
    int result = Z_OK;
    while (result == Z_OK) {
        stream.next_out = reinterpret_cast<Bytef*>(buffer);
        stream.avail_out = sizeof buffer;
        result = inflate(&stream, Z_NO_FLUSH);
        out.append(buffer, qsizetype(sizeof buffer - stream.avail_out));
    }
    inflateEnd(&stream);
    return result == Z_STREAM_END ? out : QByteArray("<corrupt>");
}

HttpRequestHead head(const QByteArray& method, const QList<QPair<QByteArray, QByteArray>>& fields) {
    HttpRequestHead h;
    h.method = method;
    h.target = "/";
    for (const auto& f : fields)
        h.headers.append(f.first, f.second);
    return h;
}

QByteArray json(qsizetype size) {
    QByteArray body = "{\"items\":[";
    while (body.size() < size - 2)
        body += "{\"n\":1},";
    body.truncate(size - 2);
    return body + "]}";
}

} // namespace

class TestHttpNegotiation : public QObject {
    Q_OBJECT

private slots:
    void acceptsGzip_data() {
        QTest::addColumn<QByteArray>("acceptEncoding");
        QTest::addColumn<bool>("accepted");
        QTest::newRow("none") << QByteArray() << false;
        QTest::newRow("gzip") << QByteArray("gzip") << true;
        QTest::newRow("browser") << QByteArray("gzip, deflate, br") << true;
        QTest::newRow("x-gzip") << QByteArray("x-gzip") << true;
        QTest::newRow("case") << QByteArray("GZip") << true;
        QTest::newRow("q=0") << QByteArray("gzip;q=0") << false;
        QTest::newRow("q=0.000") << QByteArray("gzip; q=0.000, deflate") << false;
        QTest::newRow("q=0.5") << QByteArray("deflate, gzip;q=0.5") << true;
        QTest::newRow("Q=1") << QByteArray("gzip;Q=1") << true;
        QTest::newRow("star") << QByteArray("*") << true;
        QTest::newRow("star q=0") << QByteArray("*;q=0") << false;
        QTest::newRow("gzip beats star") << QByteArray("gzip;q=0, *") << false;
        QTest::newRow("identity only") << QByteArray("identity") << false;
        QTest::newRow("deflate only") << QByteArray("deflate, br") << false;
        QTest::newRow("bad q") << QByteArray("gzip;q=x") << false;
        QTest::newRow("q above 1") << QByteArray("gzip;q=2") << false;
        QTest::newRow("gzipped is not gzip") << QByteArray("gzipped") << false;
    }

    void acceptsGzip() {
        QFETCH(QByteArray, acceptEncoding);
        QFETCH(bool, accepted);
        QCOMPARE(HttpNegotiation::acceptsGzip(acceptEncoding), accepted);
    }

    void noneMatchHits_data() {
        QTest::addColumn<QByteArray>("ifNoneMatch");
        QTest::addColumn<QByteArray>("etag");
        QTest::addColumn<bool>("hits");
        QTest::newRow("same") << QByteArray("\"v1\"") << QByteArray("\"v1\"") << true;
        QTest::newRow("other") << QByteArray("\"v2\"") << QByteArray("\"v1\"") << false;
        QTest::newRow("weak request") << QByteArray("W/\"v1\"") << QByteArray("\"v1\"") << true;
        QTest::newRow("weak response") << QByteArray("\"v1\"") << QByteArray("W/\"v1\"") << true;
        QTest::newRow("list") << QByteArray("\"a\", W/\"b\" ,\"v1\"") << QByteArray("\"v1\"") << true;
        QTest::newRow("comma inside") << QByteArray("\"a,b\"") << QByteArray("\"a,b\"") << true;
        QTest::newRow("comma inside, part") << QByteArray("\"a,b\"") << QByteArray("\"a\"") << false;
        QTest::newRow("star") << QByteArray(" * ") << QByteArray("\"anything\"") << true;
        QTest::newRow("star, no etag") << QByteArray("*") << QByteArray() << false;
        QTest::newRow("unquoted") << QByteArray("v1") << QByteArray("\"v1\"") << false;
        QTest::newRow("unterminated") << QByteArray("\"v1") << QByteArray("\"v1\"") << false;
        QTest::newRow("empty") << QByteArray() << QByteArray("\"v1\"") << false;
    }

    void noneMatchHits() {
        QFETCH(QByteArray, ifNoneMatch);
        QFETCH(QByteArray, etag);
        QFETCH(bool, hits);
        QCOMPARE(HttpNegotiation::noneMatchHits(ifNoneMatch, etag), hits);
    }

    // A weak tag of a version: the same for the same version, another for another, and one that
    // If-None-Match finds whether the client kept it weak or not.
    void versionTagOfAVersion() {
        const QByteArray version = "5:/api/v1/accounts;2026-11-24;1:3:7:0";
        const QByteArray tag = HttpNegotiation::versionTag(version);
        QVERIFY2(tag.size() > 20 && tag.startsWith("W/\"") && tag.endsWith('"') && !tag.mid(3).chopped(1).contains('"'),
                 tag.constData());
        QCOMPARE(HttpNegotiation::versionTag(QByteArray(version)), tag);
        QVERIFY(HttpNegotiation::versionTag(QByteArray(version).replace("1:3:7", "1:4:7")) != tag);
        QVERIFY(HttpNegotiation::versionTag({}) != tag);
        QVERIFY(HttpNegotiation::noneMatchHits(tag, tag));
        QVERIFY(HttpNegotiation::noneMatchHits(tag.sliced(2), tag));
        // The body's own tag (an operator's view): strong, the version tag without W/.
        QCOMPARE(QByteArray("W/" + HttpNegotiation::entityTag(version)), tag);
    }

    void compressibleTypes() {
        for (const char* type : {"application/json; charset=utf-8", "text/html", "TEXT/PLAIN", "image/svg+xml",
                                 "application/problem+json", "application/xml", "application/javascript"})
            QVERIFY2(HttpNegotiation::isCompressible(type), type);
        for (const char* type : {"image/png", "application/pdf", "application/zip", "application/octet-stream", ""})
            QVERIFY2(!HttpNegotiation::isCompressible(type), type);
    }

    void gzipRoundTrip() {
        QRandomGenerator random(3);
        for (const qsizetype size : {0, 1, 1025, 100000}) {
            QByteArray data(size, Qt::Uninitialized);
            for (char& c : data)
                c = char(random.bounded(256));
            const QByteArray packed = HttpNegotiation::gzip(data);
            QVERIFY(packed.startsWith("\x1f\x8b")); // the gzip magic
            QCOMPARE(gunzip(packed), data);
        }
    }

    void gzipShrinksText() {
        // JSON-like text of several deflate blocks: back byte for byte and much smaller.
        QByteArray data;
        for (int i = 0; data.size() < 300000; ++i)
            data += QByteArray("{\"period\":\"2026-") + QByteArray::number(i % 12 + 1) +
                    "\",\"paid\":" + QByteArray::number(i * 7919 % 100000) + "},";
        const QByteArray packed = HttpNegotiation::gzip(data);
        QCOMPARE(gunzip(packed), data);
        QVERIFY2(packed.size() < data.size() / 5, QByteArray::number(packed.size()));
        // It holds no more memory than its bytes (the response cache counts a body by its size).
        QVERIFY2(packed.capacity() <= packed.size() + 16, QByteArray::number(packed.capacity()));
    }

    void compressesWhenAcceptedAndLarger() {
        const auto n = HttpNegotiation::forRequest(head("GET", {{"Accept-Encoding", "gzip, deflate"}}));
        HttpResponse r = HttpResponse::withBody(200, "application/json; charset=utf-8", json(5000));
        n.apply(r);
        QCOMPARE(r.headers.value("Content-Encoding"), QByteArray("gzip"));
        QCOMPARE(r.headers.value("Vary"), QByteArray("Accept-Encoding"));
        QVERIFY(r.body.size() < 1000);
        QCOMPARE(gunzip(r.body), json(5000));
    }

    void identityWhenNotAccepted() {
        const auto n = HttpNegotiation::forRequest(head("GET", {}));
        HttpResponse r = HttpResponse::withBody(200, "application/json", json(5000));
        n.apply(r);
        QVERIFY(!r.headers.contains("Content-Encoding"));
        QCOMPARE(r.headers.value("Vary"), QByteArray("Accept-Encoding")); // it would have been gzip
        QCOMPARE(r.body, json(5000));
    }

    void smallOrBinaryBodiesAreLeftAlone() {
        const auto n = HttpNegotiation::forRequest(head("GET", {{"Accept-Encoding", "gzip"}}));
        HttpResponse small = HttpResponse::withBody(200, "application/json", json(1024)); // not over 1 KB
        n.apply(small);
        QVERIFY(!small.headers.contains("Content-Encoding"));
        QVERIFY(!small.headers.contains("Vary"));
        HttpResponse image = HttpResponse::withBody(200, "image/png", QByteArray(5000, 'x'));
        n.apply(image);
        QVERIFY(!image.headers.contains("Content-Encoding"));
        QVERIFY(!image.headers.contains("Vary"));
        HttpResponse encoded = HttpResponse::withBody(200, "text/plain", QByteArray(5000, 'x'));
        encoded.headers.append("Content-Encoding", "br");
        n.apply(encoded);
        QCOMPARE(encoded.headers.value("Content-Encoding"), QByteArray("br"));
        QCOMPARE(encoded.body.size(), 5000);
    }

    void varyIsMerged() {
        const auto n = HttpNegotiation::forRequest(head("GET", {{"Accept-Encoding", "gzip"}}));
        HttpResponse r = HttpResponse::withBody(200, "text/html", QByteArray(3000, 'a'));
        r.headers.append("Vary", "Accept-Language");
        n.apply(r);
        QCOMPARE(r.headers.value("Vary"), QByteArray("Accept-Language, Accept-Encoding"));
        HttpResponse already = HttpResponse::withBody(200, "text/html", QByteArray(3000, 'a'));
        already.headers.append("Vary", "accept-encoding");
        n.apply(already);
        QCOMPARE(already.headers.count("Vary"), 1);
        QCOMPARE(already.headers.value("Vary"), QByteArray("accept-encoding"));
    }

    void notModified() {
        const auto n =
            HttpNegotiation::forRequest(head("GET", {{"If-None-Match", "W/\"v7\""}, {"Accept-Encoding", "gzip"}}));
        HttpResponse r = HttpResponse::withBody(200, "application/json", json(4000));
        r.headers.append("ETag", "\"v7\"");
        r.headers.append("Cache-Control", "private, no-cache");
        r.headers.append("Content-Language", "ru");
        n.apply(r);
        QCOMPARE(r.status, 304);
        QVERIFY(r.body.isEmpty());
        QCOMPARE(r.headers.value("ETag"), QByteArray("\"v7\""));
        QCOMPARE(r.headers.value("Cache-Control"), QByteArray("private, no-cache"));
        QCOMPARE(r.headers.value("Vary"), QByteArray("Accept-Encoding")); // as the 200 would have had
        QVERIFY(!r.headers.contains("Content-Type"));
        QVERIFY(!r.headers.contains("Content-Language"));
        QVERIFY(!r.headers.contains("Content-Encoding"));
    }

    void modifiedOrNotConditional() {
        HttpResponse changed = HttpResponse::withBody(200, "application/json", "{}");
        changed.headers.append("ETag", "\"v8\"");
        HttpNegotiation::forRequest(head("GET", {{"If-None-Match", "\"v7\""}})).apply(changed);
        QCOMPARE(changed.status, 200);
        QCOMPARE(changed.body, QByteArray("{}"));
        // Only GET and HEAD are answered with 304; an error is never turned into one.
        HttpResponse posted = HttpResponse::withBody(200, "application/json", "{}");
        posted.headers.append("ETag", "\"v7\"");
        HttpNegotiation::forRequest(head("POST", {{"If-None-Match", "\"v7\""}})).apply(posted);
        QCOMPARE(posted.status, 200);
        HttpResponse failed = HttpResponse::withBody(404, "application/json", "{}");
        failed.headers.append("ETag", "\"v7\"");
        HttpNegotiation::forRequest(head("HEAD", {{"If-None-Match", "\"v7\""}})).apply(failed);
        QCOMPARE(failed.status, 404);
    }

    void compressionWeakensAStrongETag() {
        const auto n = HttpNegotiation::forRequest(head("GET", {{"Accept-Encoding", "gzip"}}));
        HttpResponse r = HttpResponse::withBody(200, "application/json", json(4000));
        r.headers.append("ETag", "\"v9\"");
        n.apply(r);
        QCOMPARE(r.headers.value("ETag"), QByteArray("W/\"v9\""));
        // …and that weak tag still matches next time.
        const auto again = HttpNegotiation::forRequest(
            head("GET", {{"Accept-Encoding", "gzip"}, {"If-None-Match", r.headers.value("ETag")}}));
        HttpResponse second = HttpResponse::withBody(200, "application/json", json(4000));
        second.headers.append("ETag", "\"v9\"");
        again.apply(second);
        QCOMPARE(second.status, 304);
    }
};

QTEST_GUILESS_MAIN(TestHttpNegotiation)

#include "tst_httpnegotiation.moc"
