#pragma once

#include "server/mail/Mailer.h"

#include <QByteArray>
#include <QString>

namespace lkk::server::mail {

// Turns a MailMessage into RFC 5322 bytes (CRLF line ends): UTF-8 everywhere, headers as RFC 2047
// base64 encoded-words, bodies base64 (lines of 76), multipart/alternative when there is HTML.
// The same bytes go into the mail drop and over SMTP.
class MimeMessage {
public:
    // from: "Name <addr@host>" or "addr@host"; nowMs: the Date header; messageIdHost: right of '@'.
    static QByteArray build(const MailMessage& message, const QString& from, qint64 nowMs);
    // "=?UTF-8?B?…?=" words (folded) when the text is not plain ASCII, else the text itself.
    static QByteArray encodeHeader(const QString& text);
    // The bare address of "Name <addr>" (or the whole text trimmed).
    static QString address(const QString& mailbox);
};

} // namespace lkk::server::mail
