#pragma once

#include "server/auth/RateLimiter.h"

#include "server/http/Messages.h"

#include <QString>
#include <QUrl>

namespace lkk::server::mail {
class Mailer;
}

namespace lkk::server::users {

// The cabinet's mails about a person's account, Russian or English like the answer to the request
// that sends them (Accept-Language). The codes and links come from ConfirmationCodes.
class UserMails {
public:
    struct Mail {
        QString subject;
        QString text;
    };

    static Mail registrationCode(const QString& code, const QString& link, Language language);
    static Mail registrationCodeAgain(const QString& code, const QString& link, Language language);
    // To an address that already has a confirmed account: nothing was registered.
    static Mail alreadyRegistered(Language language);
    static Mail recoveryCode(const QString& code, const QString& link, Language language);
    // To the new address of an e-mail change.
    static Mail newAddressCode(const QString& code, const QString& link, Language language);
    // To the new address of an e-mail change when another account already uses it.
    static Mail addressTaken(Language language);
    // To the old address once the change is done.
    static Mail addressChanged(const QString& newEmail, Language language);
    // To a new operator (lkk-server operator add): the link sets the first password.
    static Mail operatorInvitation(const QString& name, const QString& link, int validHours, Language language);
};

// Hands a UserMails mail to the server's Mailer and makes the links in it.
// The daily cap of the mails one person can cause (mail-daily-max): subject "user:<id>" for a
// signed-in user's mails (e-mail change), "to:<address>" for the mails of an address
// (registration, resend, recovery), taken whether or not the address has an account.
inline RateLimiter::Rule dailyMailRule(int max) {
    return {"mail_daily", max, 24 * 3600 * 1000LL};
}

class UserMailer {
public:
    // publicUrl: the server's own URL, the base of the links.
    UserMailer(mail::Mailer& mailer, QUrl publicUrl);

    // A failed hand-over is logged, not answered: the answers must not depend on the address (the
    // person can ask for the mail again).
    void send(const QString& to, const UserMails::Mail& mail) const;
    // publicUrl + path + ?token=
    QString link(const QString& path, const QString& token) const;

private:
    mail::Mailer& m_mailer;
    QUrl m_publicUrl;
};

} // namespace lkk::server::users
