#pragma once

#include "server/http/ApiReply.h"
#include "server/http/Messages.h"

#include <QByteArray>
#include <QString>

namespace lkk::server {

// The few pages the server shows in a browser: the links in the cabinet's mails (confirm an
// address, set a new password) and the sandbox bank. One look, self-contained (no scripts, no
// external files), and headers that keep them out of frames and caches and keep their URL (it may
// hold a token) out of Referer headers.
class HtmlPage {
public:
    // A whole document: <title> and <h1>-led body inside the page's card. bodyHtml is trusted
    // markup: escape every piece of text that goes into it.
    static QByteArray render(const QString& title, const QString& bodyHtml, Language language);
    static ApiReply reply(int status, const QByteArray& html);
    static QString escape(const QString& text) { return text.toHtmlEscaped(); }
};

} // namespace lkk::server
