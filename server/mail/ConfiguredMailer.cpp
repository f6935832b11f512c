#include "server/mail/ConfiguredMailer.h"

#include "server/ServerConfig.h"
#include "server/mail/MailDropMailer.h"
#include "server/mail/SmtpMailer.h"

namespace lkk::server::mail {

using namespace Qt::StringLiterals;

std::unique_ptr<Mailer> configuredMailer(const ServerConfig& config) {
    if (config.smtpUrl.isEmpty())
        return std::make_unique<MailDropMailer>(config.mailDrop, config.mailFrom);
    SmtpMailer::Settings smtp;
    smtp.url = config.smtpUrl;
    smtp.startTls = config.smtpStartTls == u"off"        ? SmtpMailer::StartTls::Off
                    : config.smtpStartTls == u"optional" ? SmtpMailer::StartTls::Optional
                                                         : SmtpMailer::StartTls::Required;
    smtp.user = config.smtpUser;
    smtp.password = config.smtpPassword;
    smtp.from = config.mailFrom;
    smtp.caFile = config.smtpCaFile;
    return std::make_unique<SmtpMailer>(smtp);
}

} // namespace lkk::server::mail
