#include "server/mail/SmtpMailer.h"

#include "server/Clock.h"
#include "server/mail/MimeMessage.h"

#include <QLoggingCategory>
#include <QUrl>

#include <curl/curl.h>

#include <cstring>
#include <mutex>

Q_LOGGING_CATEGORY(lcSmtp, "lkk.server.mail.smtp")

namespace lkk::server::mail {

using namespace Qt::StringLiterals;

namespace {

struct Upload {
    QByteArray data;
    qsizetype offset = 0;
};

size_t readChunk(char* buffer, size_t size, size_t count, void* userData) {
    auto* upload = static_cast<Upload*>(userData);
    const qsizetype room = qsizetype(size) * qsizetype(count);
    const qsizetype n = qMin(room, upload->data.size() - upload->offset);
    if (n <= 0)
        return 0;
    std::memcpy(buffer, upload->data.constData() + upload->offset, size_t(n));
    upload->offset += n;
    return size_t(n);
}

} // namespace

void SmtpMailer::globalInit() {
    static std::once_flag once;
    std::call_once(once, [] { curl_global_init(CURL_GLOBAL_DEFAULT); });
}

SmtpMailer::SmtpMailer(Settings settings)
    : m_settings(std::move(settings)) {
    globalInit();
}

SmtpMailer::~SmtpMailer() = default;

bool SmtpMailer::send(const MailMessage& message, QString* error) {
    Failure failure = Failure::Temporary;
    return deliver(message, error, &failure);
}

bool SmtpMailer::deliver(const MailMessage& message, QString* error, Failure* failure) {
    *failure = Failure::Temporary;
    Upload upload{MimeMessage::build(message, m_settings.from, nowMs()), 0};
    CURL* curl = curl_easy_init();
    if (!curl) {
        if (error)
            *error = u"libcurl: cannot create a handle"_s;
        return false;
    }
    char curlError[CURL_ERROR_SIZE] = {};
    const QByteArray url = m_settings.url.toUtf8();
    const QByteArray from = "<" + MimeMessage::address(m_settings.from).toUtf8() + ">";
    const QByteArray to = "<" + MimeMessage::address(message.to).toUtf8() + ">";
    const QByteArray user = m_settings.user.toUtf8();
    const QByteArray password = m_settings.password.toUtf8();
    const QByteArray caFile = m_settings.caFile.toLocal8Bit();
    curl_slist* recipients = curl_slist_append(nullptr, to.constData());

    curl_easy_setopt(curl, CURLOPT_URL, url.constData());
    curl_easy_setopt(curl, CURLOPT_MAIL_FROM, from.constData());
    curl_easy_setopt(curl, CURLOPT_MAIL_RCPT, recipients);
    curl_easy_setopt(curl, CURLOPT_READFUNCTION, &readChunk);
    curl_easy_setopt(curl, CURLOPT_READDATA, &upload);
    curl_easy_setopt(curl, CURLOPT_UPLOAD, 1L);
    curl_easy_setopt(curl, CURLOPT_ERRORBUFFER, curlError);
    curl_easy_setopt(curl, CURLOPT_NOSIGNAL, 1L); // worker threads: no SIGALRM for timeouts
    curl_easy_setopt(curl, CURLOPT_CONNECTTIMEOUT, 10L);
    curl_easy_setopt(curl, CURLOPT_TIMEOUT, long(m_settings.timeoutSec));
    curl_easy_setopt(curl, CURLOPT_SSL_VERIFYPEER, 1L);
    curl_easy_setopt(curl, CURLOPT_SSL_VERIFYHOST, 2L);
    if (!caFile.isEmpty())
        curl_easy_setopt(curl, CURLOPT_CAINFO, caFile.constData());
    if (!m_settings.url.startsWith(u"smtps:"_s, Qt::CaseInsensitive)) {
        const long useSsl = m_settings.startTls == StartTls::Required   ? long(CURLUSESSL_ALL)
                            : m_settings.startTls == StartTls::Optional ? long(CURLUSESSL_TRY)
                                                                        : long(CURLUSESSL_NONE);
        curl_easy_setopt(curl, CURLOPT_USE_SSL, useSsl);
    }
    if (!user.isEmpty()) {
        curl_easy_setopt(curl, CURLOPT_USERNAME, user.constData());
        curl_easy_setopt(curl, CURLOPT_PASSWORD, password.constData());
    }

    const CURLcode rc = curl_easy_perform(curl);
    long reply = 0; // the mail server's last reply code, 0 if it never answered
    curl_easy_getinfo(curl, CURLINFO_RESPONSE_CODE, &reply);
    curl_slist_free_all(recipients);
    curl_easy_cleanup(curl);
    if (rc != CURLE_OK) {
        // A 5xx reply to MAIL FROM, RCPT TO or DATA (curl: a send error), or to the message once
        // all of it was sent (curl: a weird server reply, as for a refusing greeting; told apart
        // by the whole message having been read), refuses this message for good. Everything else
        // is the connection's, the server's or the configuration's (a refused login, a greeting
        // refusing service) and may pass later: temporary.
        const bool refused = reply >= 500 && reply < 600;
        const bool messageSent = upload.offset == upload.data.size();
        if (refused && (rc == CURLE_SEND_ERROR || (rc == CURLE_WEIRD_SERVER_REPLY && messageSent)))
            *failure = Failure::Permanent;
        // curl's text names the step (connect, STARTTLS, AUTH, RCPT); never the password. Not
        // always the mail server's reply code (not after the message): then it is added.
        QString text = QString::fromUtf8(*curlError ? curlError : curl_easy_strerror(rc));
        if (reply != 0 && !text.contains(QString::number(reply)))
            text += u" (reply %1)"_s.arg(reply);
        if (error)
            *error = u"SMTP "_s + QUrl(m_settings.url).host() + u": "_s + text;
        qCWarning(lcSmtp).noquote() << "SMTP delivery failed:" << text;
        return false;
    }
    qCInfo(lcSmtp) << "mail handed to" << QUrl(m_settings.url).host();
    return true;
}

} // namespace lkk::server::mail
