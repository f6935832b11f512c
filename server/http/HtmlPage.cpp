#include "server/http/HtmlPage.h"

namespace lkk::server {

using namespace Qt::StringLiterals;

namespace {

const QString kStyle =
    u"<style>body{font-family:sans-serif;background:#f2f4f7;margin:0;color:#1f2933}"
    u"main{max-width:440px;margin:40px auto;background:#fff;padding:24px 28px;border-radius:8px;"
    u"box-shadow:0 1px 4px rgba(0,0,0,.15)}h1{font-size:22px;margin:0 0 12px}"
    u".amount{font-size:26px;font-weight:bold;margin:8px 0 16px}.logos{color:#555;letter-spacing:1px}"
    u"label{display:block;margin:12px 0 4px}input{font-size:16px;padding:6px;width:100%;box-sizing:border-box}"
    u".row{display:flex;gap:12px}.error{color:#b00020;background:#fdecee;padding:8px;border-radius:4px}"
    u".field-error{color:#b00020;font-size:14px;margin:4px 0 0}.hint{color:#616e7c;font-size:14px}"
    u".ok{color:#2e7d32}button{font-size:16px;padding:8px 20px;margin:16px 12px 0 0}"
    u".cards{font-size:13px;color:#555;margin-top:20px}</style>"_s;

} // namespace

QByteArray HtmlPage::render(const QString& title, const QString& bodyHtml, Language language) {
    const QString lang = language == Language::Ru ? u"ru"_s : u"en"_s;
    return (u"<!DOCTYPE html><html lang=\""_s + lang +
            u"\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width\"><title>"_s +
            escape(title) + u"</title>"_s + kStyle + u"</head><body><main>"_s + bodyHtml + u"</main></body></html>"_s)
        .toUtf8();
}

ApiReply HtmlPage::reply(int status, const QByteArray& html) {
    ApiReply reply;
    reply.status = status;
    reply.body = html;
    reply.contentType = "text/html; charset=utf-8";
    // Forms post back to this server only; nothing else loads; no framing (clickjacking).
    reply.headers.append(QPair<QByteArray, QByteArray>{"Content-Security-Policy",
                                                       "default-src 'none'; style-src 'unsafe-inline'; "
                                                       "form-action 'self'; frame-ancestors 'none'; base-uri 'none'"});
    reply.headers.append(QPair<QByteArray, QByteArray>{"X-Frame-Options", "DENY"});
    reply.headers.append(QPair<QByteArray, QByteArray>{"X-Content-Type-Options", "nosniff"});
    reply.headers.append(QPair<QByteArray, QByteArray>{"Referrer-Policy", "no-referrer"});
    // The pages are opened from mail links: a browser that has seen one never tries plain HTTP
    // for this host again for a year (docs/security.md, "TLS").
    reply.headers.append(QPair<QByteArray, QByteArray>{"Strict-Transport-Security", "max-age=31536000"});
    return reply;
}

} // namespace lkk::server
