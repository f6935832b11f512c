#include "server/http/HttpNegotiation.h"

#include <QCryptographicHash>
#include <isa-l/igzip_lib.h>

#include <algorithm>
#include <limits>

namespace lkk::server {

namespace {

// The opaque part of an entity tag ("xyz" of W/"xyz"), for the weak comparison.
QByteArrayView opaqueTag(QByteArrayView tag) {
    tag = httpTrimmed(tag);
    return tag.startsWith("W/") ? tag.sliced(2) : tag;
}

// The q-value of a list item ("gzip;q=0.5"); 1 when absent, 0 when unreadable.
double qValue(QByteArrayView item) {
    for (qsizetype semicolon = item.indexOf(';'); semicolon >= 0;) {
        item = item.sliced(semicolon + 1);
        semicolon = item.indexOf(';');
        const QByteArrayView parameter = httpTrimmed(semicolon < 0 ? item : item.first(semicolon));
        if (parameter.size() >= 2 && (parameter[0] | 0x20) == 'q' && parameter[1] == '=') {
            bool ok = false;
            const double q = parameter.sliced(2).toByteArray().toDouble(&ok);
            return ok && q >= 0 && q <= 1 ? q : 0;
        }
    }
    return 1;
}

} // namespace

HttpNegotiation HttpNegotiation::forRequest(const HttpRequestHead& head) {
    HttpNegotiation n;
    n.m_conditional = head.method == "GET" || head.method == "HEAD";
    if (n.m_conditional)
        n.m_ifNoneMatch = head.headers.combined("If-None-Match");
    n.m_gzip = acceptsGzip(head.headers.combined("Accept-Encoding"));
    return n;
}

bool HttpNegotiation::acceptsGzip(QByteArrayView acceptEncoding) {
    double gzipQ = -1; // -1: not named
    double anyQ = -1;
    for (const QByteArrayView item : httpListItems(acceptEncoding)) {
        const qsizetype semicolon = item.indexOf(';');
        const QByteArrayView coding = httpTrimmed(semicolon < 0 ? item : item.first(semicolon));
        if (HttpHeaders::nameEquals(coding, "gzip") || HttpHeaders::nameEquals(coding, "x-gzip"))
            gzipQ = std::max(gzipQ, qValue(item));
        else if (coding == "*")
            anyQ = qValue(item);
    }
    return (gzipQ >= 0 ? gzipQ : anyQ) > 0;
}

bool HttpNegotiation::noneMatchHits(QByteArrayView ifNoneMatch, QByteArrayView etag) {
    if (etag.isEmpty())
        return false;
    if (httpTrimmed(ifNoneMatch) == "*")
        return true;
    const QByteArrayView wanted = opaqueTag(etag);
    // Entity tags may hold commas, so the list is read tag by tag, not split at commas.
    qsizetype i = 0;
    while (i < ifNoneMatch.size()) {
        const char c = ifNoneMatch[i];
        if (c == ' ' || c == '\t' || c == ',') {
            ++i;
            continue;
        }
        const qsizetype start = i;
        if (ifNoneMatch.sliced(i).startsWith("W/"))
            i += 2;
        if (i >= ifNoneMatch.size() || ifNoneMatch[i] != '"')
            return false; // not a list of entity tags
        const qsizetype close = ifNoneMatch.indexOf('"', i + 1);
        if (close < 0)
            return false;
        if (opaqueTag(ifNoneMatch.sliced(start, close + 1 - start)) == wanted)
            return true;
        i = close + 1;
    }
    return false;
}

bool HttpNegotiation::isCompressible(QByteArrayView contentType) {
    const qsizetype semicolon = contentType.indexOf(';');
    const QByteArray type =
        httpTrimmed(semicolon < 0 ? contentType : contentType.first(semicolon)).toByteArray().toLower();
    return type.startsWith("text/") || type == "application/json" || type.endsWith("+json") ||
           type == "application/xml" || type.endsWith("+xml") || type == "application/javascript";
}

QByteArray HttpNegotiation::entityTag(QByteArrayView body) {
    const QByteArray hash = QCryptographicHash::hash(body, QCryptographicHash::Blake2b_160);
    return '"' + hash.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals) + '"';
}

QByteArray HttpNegotiation::versionTag(QByteArrayView version) {
    return "W/" + entityTag(version);
}

QByteArray HttpNegotiation::gzip(QByteArrayView data) {
    // ISA-L's igzip compresses a whole buffer at once (stateless), which is all a response needs:
    // at its fastest level the 12 bills of the ЕПД demo account (66 KB of JSON) take about a third
    // of libdeflate's fastest level's time and come out the same size (6.0 KB); see bench/RESULTS.md.
    // The stream's state is 80 KB: one per thread rather than on a worker's stack.
    thread_local isal_zstream stream;
    if (data.size() > std::numeric_limits<uint32_t>::max() / 2)
        return {};
    isal_deflate_stateless_init(&stream);
    stream.level = 1;
    stream.gzip_flag = IGZIP_GZIP;
    stream.end_of_stream = 1;
    stream.flush = NO_FLUSH;
    // At worst the data is stored: its size, a block header per 64 KiB, and the gzip framing.
    QByteArray out(data.size() + data.size() / 1024 + 1024, Qt::Uninitialized);
    stream.next_in = reinterpret_cast<uint8_t*>(const_cast<char*>(data.data()));
    stream.avail_in = uint32_t(data.size());
    stream.next_out = reinterpret_cast<uint8_t*>(out.data());
    stream.avail_out = uint32_t(out.size());
    if (isal_deflate_stateless(&stream) != COMP_OK)
        return {};
    out.truncate(qsizetype(stream.total_out));
    // The buffer was sized for the input; the response cache counts a body by its size, so the
    // bytes it keeps must be no more than that.
    out.squeeze();
    return out;
}

bool HttpNegotiation::encodingMatters(const HttpResponse& response) {
    return response.body.size() > kCompressAbove && HttpResponse::statusAllowsBody(response.status) &&
           !response.headers.contains("Content-Encoding") && isCompressible(response.headers.value("Content-Type"));
}

QByteArray HttpNegotiation::compressed(const HttpResponse& response) {
    if (!encodingMatters(response))
        return {};
    QByteArray compressed = gzip(response.body);
    return compressed.size() < response.body.size() ? compressed : QByteArray();
}

void HttpNegotiation::apply(HttpResponse& response) const {
    const bool varies = encodingMatters(response);
    if (varies && !httpListContains(response.headers.combined("Vary"), "Accept-Encoding")) {
        QByteArray vary = response.headers.combined("Vary");
        response.headers.set("Vary", vary.isEmpty() ? QByteArray("Accept-Encoding") : vary + ", Accept-Encoding");
    }

    if (m_conditional && response.status == 200 && !m_ifNoneMatch.isEmpty() &&
        noneMatchHits(m_ifNoneMatch, response.headers.value("ETag"))) {
        // RFC 9110 §15.4.5: keep what a cache needs (ETag, Cache-Control, Vary…), drop the
        // representation's own metadata and the body.
        response.status = 304;
        response.body.clear();
        for (const char* name : {"Content-Type", "Content-Language", "Content-Encoding", "Content-Disposition"})
            response.headers.remove(name);
        return;
    }
    if (!varies || !m_gzip)
        return;
    QByteArray body = compressed(response);
    if (body.isEmpty())
        return;
    response.body = std::move(body);
    response.headers.append("Content-Encoding", "gzip");
    // The gzip bytes differ from the identity ones: a strong tag would claim they are the same.
    const QByteArray etag = response.headers.value("ETag");
    if (etag.startsWith('"'))
        response.headers.set("ETag", "W/" + etag);
}

} // namespace lkk::server
