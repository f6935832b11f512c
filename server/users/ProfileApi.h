#pragma once

#include "server/Result.h"
#include "server/auth/TokenService.h"
#include "server/http/ApiReply.h"
#include "server/http/RequestContext.h"
#include "server/users/UserMails.h"
#include "server/users/UserStore.h"

namespace lkk::server {
class PasswordCheck;
}

namespace lkk::server::users {

// The signed-in user's profile (routes: UserRoutes.cpp): PATCH /profile (the personal fields, the
// phone — not cleared once set — and the marketing lists), the password change, and the e-mail
// change: a code to the NEW address, then the switch. Thread-safe.
class ProfileApi {
public:
    // publicUrl: the server's own URL, for the links in the mails.
    ProfileApi(const PasswordCheck& passwords, mail::Mailer& mailer, QUrl publicUrl, int mailDailyMax);

    Result<ApiReply> updateProfile(RequestContext& context) const;
    Result<ApiReply> changePassword(RequestContext& context) const;
    Result<ApiReply> requestEmailChange(RequestContext& context) const;
    Result<ApiReply> confirmEmailChange(RequestContext& context) const;

    // What a confirmed e-mail change does, by code or by the link page: false when the address was
    // taken meanwhile; the old address is told.
    static Result<bool> switchEmail(QSqlDatabase& db, qint64 userId, const QString& newEmail, const UserMailer& mailer,
                                    Language language);
    // A user known to exist (its session or its code was just found).
    static Result<User> existingUser(QSqlDatabase& db, qint64 userId);

private:
    const PasswordCheck& m_passwords;
    UserMailer m_mailer;
    int m_mailDailyMax;    // mails per user and day (dailyMailRule)
    TokenService m_tokens; // revocation only
};

} // namespace lkk::server::users
