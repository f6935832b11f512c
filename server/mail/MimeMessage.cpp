#include "server/mail/MimeMessage.h"

#include <QDateTime>
#include <QLocale>
#include <QRandomGenerator>
#include <QRegularExpression>

namespace lkk::server::mail {

using namespace Qt::StringLiterals;

namespace {

QByteArray base64Lines(const QByteArray& data) {
    const QByteArray encoded = data.toBase64();
    QByteArray out;
    for (qsizetype i = 0; i < encoded.size(); i += 76)
        out += encoded.mid(i, 76) + "\r\n";
    return out;
}

bool plainAscii(const QString& text) {
    for (const QChar c : text) {
        if (c.unicode() < 0x20 || c.unicode() > 0x7e)
            return false;
    }
    return true;
}

// Header values never carry line breaks of their own (header injection).
QString oneLine(const QString& text) {
    QString s = text;
    s.replace(u'\r', u' ').replace(u'\n', u' ');
    return s;
}

QByteArray randomHex(int bytes) {
    QByteArray raw(bytes, Qt::Uninitialized);
    for (char& c : raw)
        c = char(QRandomGenerator::global()->bounded(256));
    return raw.toHex();
}

QByteArray part(const QByteArray& type, const QString& body) {
    QString text = body;
    text.replace(u"\r\n"_s, u"\n"_s).replace(u'\n', u"\r\n"_s);
    return "Content-Type: " + type + "; charset=utf-8\r\nContent-Transfer-Encoding: base64\r\n\r\n" +
           base64Lines(text.toUtf8());
}

} // namespace

QByteArray MimeMessage::encodeHeader(const QString& text) {
    const QString line = oneLine(text);
    if (plainAscii(line))
        return line.toLatin1();
    // Encoded-words of at most 75 characters: 45 bytes of UTF-8 each, never splitting a character.
    QByteArray out;
    QByteArray chunk;
    for (qsizetype i = 0; i < line.size(); ++i) {
        const qsizetype n = line.at(i).isHighSurrogate() && i + 1 < line.size() ? 2 : 1;
        const QByteArray bytes = line.mid(i, n).toUtf8();
        i += n - 1;
        if (chunk.size() + bytes.size() > 45) {
            out += (out.isEmpty() ? "" : "\r\n ") + QByteArray("=?UTF-8?B?") + chunk.toBase64() + "?=";
            chunk.clear();
        }
        chunk += bytes;
    }
    if (!chunk.isEmpty())
        out += (out.isEmpty() ? "" : "\r\n ") + QByteArray("=?UTF-8?B?") + chunk.toBase64() + "?=";
    return out;
}

QString MimeMessage::address(const QString& mailbox) {
    static const QRegularExpression angle(u"<([^<>]+)>\\s*$"_s);
    const QRegularExpressionMatch m = angle.match(mailbox);
    return (m.hasMatch() ? m.captured(1) : mailbox).trimmed();
}

QByteArray MimeMessage::build(const MailMessage& message, const QString& from, qint64 nowMs) {
    const QString fromAddress = address(from);
    const qsizetype lt = from.indexOf(u'<');
    const QString fromName = lt > 0 ? from.left(lt).trimmed().remove(u'"') : QString();
    const QByteArray fromHeader = fromName.isEmpty()
                                      ? oneLine(fromAddress).toLatin1()
                                      : encodeHeader(fromName) + " <" + oneLine(fromAddress).toLatin1() + ">";
    const QString host = fromAddress.section(u'@', 1).isEmpty() ? u"localhost"_s : fromAddress.section(u'@', 1);
    const QDateTime date = QDateTime::fromMSecsSinceEpoch(nowMs, Qt::UTC);

    QByteArray out;
    out += "From: " + fromHeader + "\r\n";
    out += "To: " + oneLine(message.to).toUtf8() + "\r\n";
    out += "Subject: " + encodeHeader(message.subject) + "\r\n";
    out += "Date: " + QLocale::c().toString(date, u"ddd, dd MMM yyyy HH:mm:ss"_s).toLatin1() + " +0000\r\n";
    out += "Message-ID: <" + randomHex(16) + "@" + oneLine(host).toLatin1() + ">\r\n";
    out += "MIME-Version: 1.0\r\n";
    if (message.htmlBody.isEmpty()) {
        out += part("text/plain", message.textBody);
        return out;
    }
    const QByteArray boundary = "lkk-" + randomHex(12);
    out += "Content-Type: multipart/alternative; boundary=\"" + boundary + "\"\r\n\r\n";
    out += "--" + boundary + "\r\n" + part("text/plain", message.textBody);
    out += "--" + boundary + "\r\n" + part("text/html", message.htmlBody);
    out += "--" + boundary + "--\r\n";
    return out;
}

} // namespace lkk::server::mail
