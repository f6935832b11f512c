#pragma once

#include "server/mail/Mailer.h"

#include <QString>

namespace lkk::server::mail {

// Sends over SMTP with libcurl: smtp://host:587 with STARTTLS (required, optional or off) or
// implicit TLS with smtps://host:465. Certificates are always verified (the system's CAs, or
// caFile instead). One curl handle per message, so concurrent worker threads never share one.
class SmtpMailer : public Mailer {
public:
    enum class StartTls { Required, Optional, Off };
    struct Settings {
        QString url; // smtp://host:port or smtps://host:port
        StartTls startTls = StartTls::Required;
        QString user;
        QString password; // never logged
        QString from;     // "Name <addr>" or "addr"
        QString caFile;   // empty = the system's CA bundle
        int timeoutSec = 30;
    };

    explicit SmtpMailer(Settings settings);
    ~SmtpMailer() override;
    bool send(const MailMessage& message, QString* error) override;
    bool deliver(const MailMessage& message, QString* error, Failure* failure) override;

    // Initialises libcurl once per process; call from the main thread before any worker sends.
    static void globalInit();

private:
    Settings m_settings;
};

} // namespace lkk::server::mail
