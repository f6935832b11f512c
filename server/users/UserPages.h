#pragma once

#include "server/http/Messages.h"

#include <QByteArray>
#include <QString>

namespace lkk::server::users {

// The HTML of the pages behind the links in the cabinet's mails: «address confirmed»,
// «link invalid or expired», and the new-password form of password recovery. Russian or English
// by Accept-Language; every piece of text is escaped (HtmlPage).
class UserPages {
public:
    enum class Confirmed { Registration, EmailChange };
    static QByteArray confirmed(Confirmed what, const QString& email, Language language);
    static QByteArray linkInvalid(Language language);
    // The page of a confirmation link: one button that posts the token to /confirm.
    static QByteArray confirmForm(const QString& token, const QString& email, Language language);
    // The form; the errors (already in the page's language) show under their fields.
    static QByteArray recoverForm(const QString& token, const QString& passwordError, const QString& repeatError,
                                  Language language);
    static QByteArray passwordChanged(Language language);
    // A POST that is not the form (another content type, too large): nothing was changed.
    static QByteArray formRejected(Language language);
};

} // namespace lkk::server::users
