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
    // Why a message was not handed over: the mail server refused this very message for good (an
    // SMTP 5xx reply to it: trying it again cannot help), or anything else (unreachable, a
    // timeout, a temporary 4xx reply), after which the same message may well go through later.
    enum class Failure { Temporary, Permanent };

    virtual ~Mailer() = default;
    virtual bool send(const MailMessage& message, QString* error) = 0;
    // send() that also says which failure it was (for MailQueue's retries); by default every
    // failure is temporary.
    virtual bool deliver(const MailMessage& message, QString* error, Failure* failure) {
        *failure = Failure::Temporary;
        return send(message, error);
    }
};

} // namespace lkk::server::mail
