#pragma once

#include "server/appeals/Appeal.h"
#include "server/http/Messages.h"

#include <QString>

namespace lkk::server {
struct User;
namespace mail {
class Mailer;
}
} // namespace lkk::server

namespace lkk::server::appeals {

// The mail that tells a customer their appeal has an answer, in the language they last used for
// the appeal (appeals.language). Plain text: the answer is quoted as it was written, attachments
// only named (they are read in the cabinet).
class AnswerMail {
public:
    struct Mail {
        QString subject;
        QString text;
    };
    static Mail compose(const Appeal& appeal, const User& customer, const Message& answer);
    // Hands the mail to the server's mail queue; a failure is logged, not answered (the answer is
    // stored and shown in the cabinet either way).
    static void send(mail::Mailer& mailer, const Appeal& appeal, const User& customer, const Message& answer);
};

} // namespace lkk::server::appeals
