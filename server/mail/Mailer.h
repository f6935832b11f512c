#pragma once

#include <QString>

namespace lkk::server::mail {

// One outgoing e-mail. Plain text is always sent; the HTML part is optional.
struct MailMessage {
    QString to;
    QString subject;
    QString textBody;
    QString htmlBody; // empty = text only
};

// Sends mail: over SMTP in production, into the mail drop directory (.eml files) in demo and test
// runs (ServerApp picks the implementation from the configuration). Called from worker threads:
// implementations are thread-safe. Returns false and sets *error when the message was not handed
// over; callers decide whether that fails their request.
class Mailer {
public:
    virtual ~Mailer() = default;
    virtual bool send(const MailMessage& message, QString* error) = 0;
};

} // namespace lkk::server::mail
