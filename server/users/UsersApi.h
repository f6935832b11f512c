#pragma once

#include "server/auth/CaptchaService.h"
#include "server/auth/TokenService.h"
#include "server/http/ApiReply.h"

#include <QJsonObject>
#include <QSqlDatabase>
#include <QStringList>
#include <QUrl>
#include <optional>

namespace lkk::server {
class Database;
class PasswordHasher;
namespace mail {
class Mailer;
}
} // namespace lkk::server

namespace lkk::server::users {

// Registration, e-mail confirmation, password recovery and password change (issue 5). Bodies
// are parsed by HttpApi (UserRoutes.cpp); every method is thread-safe (worker threads).
class UsersApi {
public:
    struct Options {
        qint64 captchaTtl = 300;
        int registerIpMax = 10; // registrations per IP and hour
        int recoverEmailMax = 3;
        int recoverIpMax = 20;
    };
    UsersApi(Database& database, const PasswordHasher& hasher, mail::Mailer& mailer, Options options);
    // Links in mails; set before requests are served.
    void setPublicUrl(const QUrl& url) { m_publicUrl = url; }

    ApiReply registerUser(const QJsonObject& body, const QString& ip, Language language) const;
    ApiReply confirm(const QJsonObject& body, Language language) const;
    ApiReply resend(const QJsonObject& body, Language language) const;
    ApiReply recover(const QJsonObject& body, const QString& ip, Language language) const;
    ApiReply recoverConfirm(const QJsonObject& body, Language language) const;
    ApiReply changePassword(const QString& token, const QJsonObject& body, Language language) const;
    // PATCH /profile: any of the personal fields, the phone (not cleared once set) and marketing.
    // POST /profile/email and /profile/email/confirm: a code to the NEW address, then the switch.
    ApiReply requestEmailChange(const QString& token, const QJsonObject& body, Language language) const;
    ApiReply confirmEmailChange(const QString& token, const QJsonObject& body, Language language) const;
    ApiReply updateProfile(const QString& token, const QJsonObject& body, Language language) const;

    // The browser pages behind the links in the mails (HTML): GET /confirm?token= confirms a
    // registration or a new e-mail address; GET /recover?token= shows the new-password form and
    // POST /recover (form-encoded token, password, repeat) sets it. A link works once, until the
    // code of the same mail expires; using either one uses both.
    ApiReply confirmLink(const QString& query, Language language) const;
    ApiReply recoverPage(const QString& query, Language language) const;
    ApiReply recoverPageSubmit(const QByteArray& contentType, const QByteArray& body, Language language) const;

private:
    struct Code {
        QString code;
        QString token;
    };
    enum class Check { Ok, Wrong, Expired, DatabaseError };
    // The mail a link came in: its user_codes row, when the link is still good.
    struct Link {
        qint64 codeId = 0;
        qint64 userId = 0;
        QString purpose;
        QString email; // the address the mail went to
    };
    enum class LinkState { Live, Dead, DatabaseError };
    enum class EmailSwitch { Done, Taken, DatabaseError };

    ApiReply databaseDown(Language language) const;
    // nullopt and *access filled for a valid access token; otherwise the 401/503 answer.
    std::optional<ApiReply> authenticate(QSqlDatabase& db, const QString& token, Language language,
                                         TokenService::Access* access) const;
    std::optional<Code> issueCode(QSqlDatabase& db, qint64 userId, const QString& purpose, const QString& email,
                                  qint64 ttlMs) const;
    // The newest live code of `purpose` for an e-mail (register, recover) or, with byUserId, for
    // a user (e-mail change; *sentTo = the address it went to).
    Check checkCode(QSqlDatabase& db, const QString& purpose, const QString& email, const QString& code, qint64* userId,
                    int* attemptsLeft, qint64 byUserId = 0, QString* sentTo = nullptr) const;
    LinkState findLink(QSqlDatabase& db, const QString& token, Link* link) const;
    // The live link of `token` for one of `purposes` (filled into *link); otherwise the page to
    // answer: «link invalid» (410) or «service unavailable» (503).
    std::optional<ApiReply> openLink(QSqlDatabase& db, const QString& token, const QStringList& purposes,
                                     Language language, Link* link) const;
    // Marks a code row used; false when another request used it first (or on a database error).
    bool useCode(QSqlDatabase& db, qint64 codeId, bool* databaseError) const;
    // What a confirmed code or link does, the same for the API and the pages.
    bool confirmAddress(QSqlDatabase& db, qint64 userId) const;
    EmailSwitch switchEmail(QSqlDatabase& db, qint64 userId, const QString& newEmail) const;
    bool setRecoveredPassword(QSqlDatabase& db, qint64 userId, const QString& password) const;
    std::optional<int> countEvents(QSqlDatabase& db, const char* kind, const QString& subject, qint64 since,
                                   qint64* oldest) const;
    bool recordEvent(QSqlDatabase& db, const char* kind, const QString& subject) const;
    void send(const QString& to, const QString& subject, const QString& text) const;
    QString link(const QString& path, const QString& token) const;

    Database& m_database;
    const PasswordHasher& m_hasher;
    mail::Mailer& m_mailer;
    Options m_options;
    CaptchaService m_captcha;
    TokenService m_tokens; // checkAccess and revocation only
    QUrl m_publicUrl;
};

} // namespace lkk::server::users
