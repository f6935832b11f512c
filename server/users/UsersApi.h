#pragma once

#include "server/Result.h"
#include "server/auth/CaptchaService.h"
#include "server/auth/TokenService.h"
#include "server/http/ApiReply.h"
#include "server/http/RequestContext.h"
#include "server/users/UserMails.h"

#include <QSqlDatabase>
#include <QUrl>

namespace lkk::server {
class PasswordCheck;
namespace mail {
class Mailer;
}
} // namespace lkk::server

namespace lkk::server::users {

// Registration, e-mail confirmation and password recovery, by code (the API) and by the links in
// the mails (the pages), routes: UserRoutes.cpp. The codes and links are ConfirmationCodes, the
// mails UserMails, the limits per address and IP RateLimiter. Thread-safe (worker threads).
class UsersApi {
public:
    struct Options {
        qint64 captchaTtl = 300;
        int registerIpMax = 10; // registrations per IP and hour
        int recoverEmailMax = 3;
        int recoverIpMax = 20;
        int mailDailyMax = 10; // mails per address and day (dailyMailRule)
    };
    // publicUrl: the server's own URL, for the links in the mails.
    UsersApi(const PasswordCheck& passwords, mail::Mailer& mailer, Options options, QUrl publicUrl);

    Result<ApiReply> registerUser(RequestContext& context) const;
    Result<ApiReply> confirm(RequestContext& context) const;
    Result<ApiReply> resend(RequestContext& context) const;

    // A mail made inside a transaction, to send once it has committed.
    struct PendingMail {
        QString to;
        UserMails::Mail mail;
    };
    // The resend of an unconfirmed user's registration code inside the caller's transaction (an
    // operator's, on the caller's behalf): the address's resend limits (429) are checked and
    // counted as for POST /auth/register/resend, and a new code stands for the newest pending
    // registration. The caller sends the mail with send() after committing.
    Result<PendingMail> resendInTransaction(QSqlDatabase& db, qint64 userId, const QString& email,
                                            Language language) const;
    void send(const PendingMail& pending) const;
    static constexpr qint64 resendSpacingMs = 60 * 1000LL; // one resend a minute per address
    Result<ApiReply> recover(RequestContext& context) const;
    Result<ApiReply> recoverConfirm(RequestContext& context) const;

    // The browser pages behind the links in the mails (HTML): GET /confirm?token= shows a button
    // whose POST /confirm (form-encoded token) confirms a registration or a new e-mail address —
    // mail scanners follow links, so a GET changes nothing; GET /recover?token= shows the
    // new-password form and POST /recover (form-encoded token, password, repeat) sets it. A link
    // works once, until the code of the same mail expires; using either one uses both.
    Result<ApiReply> confirmPage(RequestContext& context) const;
    Result<ApiReply> confirmPageSubmit(RequestContext& context) const;
    Result<ApiReply> recoverPage(RequestContext& context) const;
    Result<ApiReply> recoverPageSubmit(RequestContext& context) const;

private:
    // What a confirmed registration code or link does, the same for the API and the pages: the
    // details of the registration that code came with become the account's; false on a database
    // error.
    bool applyRegistration(QSqlDatabase& db, qint64 userId, qint64 codeId) const;
    Result<Done> setRecoveredPassword(QSqlDatabase& db, qint64 userId, const QString& password) const;
    // A new registration code of the unconfirmed user, standing for their newest pending
    // registration, and its mail.
    Result<PendingMail> reissueRegistration(QSqlDatabase& db, qint64 userId, const QString& email,
                                            Language language) const;

    const PasswordCheck& m_passwords;
    UserMailer m_mailer;
    Options m_options;
    CaptchaService m_captcha;
    TokenService m_tokens; // revocation only
};

} // namespace lkk::server::users
