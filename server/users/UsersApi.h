#pragma once

#include "server/Result.h"
#include "server/auth/CaptchaService.h"
#include "server/auth/TokenService.h"
#include "server/http/ApiReply.h"
#include "server/http/RequestContext.h"
#include "server/users/UserStore.h"

#include <QSqlDatabase>
#include <QStringList>
#include <QUrl>
#include <optional>

namespace lkk::server {
class PasswordHasher;
namespace mail {
class Mailer;
}
} // namespace lkk::server

namespace lkk::server::users {

// Registration, e-mail confirmation, password recovery and change, the profile, and the pages
// behind the links in the mails (routes: UserRoutes.cpp). Thread-safe (worker threads).
class UsersApi {
public:
    struct Options {
        qint64 captchaTtl = 300;
        int registerIpMax = 10; // registrations per IP and hour
        int recoverEmailMax = 3;
        int recoverIpMax = 20;
    };
    // publicUrl: the server's own URL, for the links in the mails.
    UsersApi(const PasswordHasher& hasher, mail::Mailer& mailer, Options options, QUrl publicUrl);

    Result<ApiReply> registerUser(RequestContext& context) const;
    Result<ApiReply> confirm(RequestContext& context) const;
    Result<ApiReply> resend(RequestContext& context) const;
    Result<ApiReply> recover(RequestContext& context) const;
    Result<ApiReply> recoverConfirm(RequestContext& context) const;
    Result<ApiReply> changePassword(RequestContext& context) const;
    // PATCH /profile: any of the personal fields, the phone (not cleared once set) and marketing.
    // POST /profile/email and /profile/email/confirm: a code to the NEW address, then the switch.
    Result<ApiReply> requestEmailChange(RequestContext& context) const;
    Result<ApiReply> confirmEmailChange(RequestContext& context) const;
    Result<ApiReply> updateProfile(RequestContext& context) const;

    // The browser pages behind the links in the mails (HTML): GET /confirm?token= confirms a
    // registration or a new e-mail address; GET /recover?token= shows the new-password form and
    // POST /recover (form-encoded token, password, repeat) sets it. A link works once, until the
    // code of the same mail expires; using either one uses both.
    Result<ApiReply> confirmLink(RequestContext& context) const;
    Result<ApiReply> recoverPage(RequestContext& context) const;
    Result<ApiReply> recoverPageSubmit(RequestContext& context) const;

private:
    struct Code {
        QString code;
        QString token;
    };
    struct CodeCheck {
        enum class Outcome { Ok, Wrong, Expired };
        Outcome outcome = Outcome::Expired; // Expired also when there is no live code
        qint64 userId = 0;
        int attemptsLeft = 0; // after a wrong code
        QString sentTo;       // the address the code went to
    };
    // The mail a link came in: its user_codes row, when the link is still good.
    struct Link {
        qint64 codeId = 0;
        qint64 userId = 0;
        QString purpose;
        QString email; // the address the mail went to
    };

    std::optional<Code> issueCode(QSqlDatabase& db, qint64 userId, const QString& purpose, const QString& email,
                                  qint64 ttlMs) const;
    // The newest live code of `purpose` for an e-mail (register, recover) or, with byUserId, for
    // a user (e-mail change); a right code is used up.
    Result<CodeCheck> checkCode(QSqlDatabase& db, const QString& purpose, const QString& email, const QString& code,
                                qint64 byUserId = 0) const;
    Result<std::optional<Link>> findLink(QSqlDatabase& db, const QString& token) const;
    // The live link of `token` for one of `purposes`; nullopt: the «link invalid» page (410).
    Result<std::optional<Link>> openLink(QSqlDatabase& db, const QString& token, const QStringList& purposes) const;
    // Marks a code row used; false when another request used it first.
    Result<bool> useCode(QSqlDatabase& db, qint64 codeId) const;
    // A user known to exist (its session or code was just found).
    Result<User> existingUser(QSqlDatabase& db, qint64 userId) const;
    // What a confirmed code or link does, the same for the API and the pages.
    bool confirmAddress(QSqlDatabase& db, qint64 userId) const;
    // False when the address was taken meanwhile.
    Result<bool> switchEmail(QSqlDatabase& db, qint64 userId, const QString& newEmail) const;
    bool setRecoveredPassword(QSqlDatabase& db, qint64 userId, const QString& password) const;
    std::optional<int> countEvents(QSqlDatabase& db, const char* kind, const QString& subject, qint64 since,
                                   qint64* oldest) const;
    bool recordEvent(QSqlDatabase& db, const char* kind, const QString& subject) const;
    void send(const QString& to, const QString& subject, const QString& text) const;
    QString link(const QString& path, const QString& token) const;

    const PasswordHasher& m_hasher;
    mail::Mailer& m_mailer;
    Options m_options;
    CaptchaService m_captcha;
    TokenService m_tokens; // revocation only
    QUrl m_publicUrl;
};

} // namespace lkk::server::users
