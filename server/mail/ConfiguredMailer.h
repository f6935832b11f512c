#pragma once

#include "server/mail/Mailer.h"

#include <memory>

namespace lkk::server {
struct ServerConfig;
}

namespace lkk::server::mail {

// The mailer the configuration names, delivering at once: SMTP when smtp-url is set, else the
// mail drop directory (which must exist). The server queues in front of it (MailQueue); an
// offline command (lkk-server operator add) sends through it directly.
std::unique_ptr<Mailer> configuredMailer(const ServerConfig& config);

} // namespace lkk::server::mail
