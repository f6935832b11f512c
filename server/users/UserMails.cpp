#include "server/users/UserMails.h"

#include "server/mail/Mailer.h"

#include <QLoggingCategory>
#include <QUrlQuery>

Q_LOGGING_CATEGORY(lcUserMail, "lkk.server.users")

namespace lkk::server::users {

using namespace Qt::StringLiterals;

namespace {

UserMails::Mail mail(Language language, const QString& ruSubject, const QString& ruText, const QString& enSubject,
                     const QString& enText) {
    return language == Language::Ru ? UserMails::Mail{ruSubject, ruText} : UserMails::Mail{enSubject, enText};
}

} // namespace

UserMails::Mail UserMails::registrationCode(const QString& code, const QString& link, Language language) {
    return mail(language, u"Подтверждение регистрации в личном кабинете"_s,
                u"Здравствуйте!\n\nДля завершения регистрации в личном кабинете АО «Томскэнергосбыт» введите код "
                u"подтверждения: "_s +
                    code + u"\n\nили перейдите по ссылке:\n"_s + link +
                    u"\n\nКод и ссылка действуют 24 часа. Если вы не регистрировались, просто проигнорируйте это "
                    u"письмо.\n"_s,
                u"Confirm your registration in the personal cabinet"_s,
                u"Hello!\n\nTo complete your registration in the personal cabinet of JSC Tomskenergosbyt, enter the "
                u"confirmation code: "_s +
                    code + u"\n\nor follow the link:\n"_s + link +
                    u"\n\nThe code and the link are valid for 24 hours. If you did not register, simply ignore this "
                    u"e-mail.\n"_s);
}

UserMails::Mail UserMails::registrationCodeAgain(const QString& code, const QString& link, Language language) {
    return mail(language, u"Подтверждение регистрации в личном кабинете"_s,
                u"Здравствуйте!\n\nКод подтверждения регистрации в личном кабинете АО «Томскэнергосбыт»: "_s + code +
                    u"\n\nили перейдите по ссылке:\n"_s + link +
                    u"\n\nКод и ссылка действуют 24 часа. Прежние коды больше не действуют.\n"_s,
                u"Confirm your registration in the personal cabinet"_s,
                u"Hello!\n\nYour registration code for the personal cabinet of JSC Tomskenergosbyt: "_s + code +
                    u"\n\nor follow the link:\n"_s + link +
                    u"\n\nThe code and the link are valid for 24 hours. Earlier codes no longer work.\n"_s);
}

UserMails::Mail UserMails::alreadyRegistered(Language language) {
    return mail(language, u"Регистрация в личном кабинете"_s,
                u"Здравствуйте!\n\nКто-то (возможно, вы) пытался зарегистрироваться в личном кабинете "
                u"АО «Томскэнергосбыт» с этим адресом электронной почты. У вас уже есть учётная запись.\n\n"
                u"Если вы не помните пароль, воспользуйтесь восстановлением пароля на странице входа "
                u"(«Восстановить пароль»).\n\nЕсли это были не вы, просто проигнорируйте это письмо.\n"_s,
                u"Registration in the personal cabinet"_s,
                u"Hello!\n\nSomeone (perhaps you) tried to register in the personal cabinet of JSC Tomskenergosbyt "
                u"with this e-mail address. You already have an account.\n\n"
                u"If you do not remember the password, use password recovery on the sign-in page "
                u"(\"Recover password\").\n\nIf it was not you, simply ignore this e-mail.\n"_s);
}

UserMails::Mail UserMails::recoveryCode(const QString& code, const QString& link, Language language) {
    return mail(language, u"Восстановление пароля"_s,
                u"Здравствуйте!\n\nДля восстановления пароля в личном кабинете АО «Томскэнергосбыт» введите код: "_s +
                    code + u"\n\nили перейдите по ссылке:\n"_s + link +
                    u"\n\nКод и ссылка действуют 1 час. Если вы не запрашивали восстановление, просто "
                    u"проигнорируйте это письмо: пароль останется прежним.\n"_s,
                u"Password recovery"_s,
                u"Hello!\n\nTo recover your password in the personal cabinet of JSC Tomskenergosbyt, enter the "
                u"code: "_s +
                    code + u"\n\nor follow the link:\n"_s + link +
                    u"\n\nThe code and the link are valid for 1 hour. If you did not ask for recovery, simply ignore "
                    u"this e-mail: your password stays as it is.\n"_s);
}

UserMails::Mail UserMails::newAddressCode(const QString& code, const QString& link, Language language) {
    return mail(language, u"Подтверждение адреса электронной почты"_s,
                u"Здравствуйте!\n\nЧтобы указать этот адрес в личном кабинете АО «Томскэнергосбыт», введите код: "_s +
                    code + u"\n\nили перейдите по ссылке:\n"_s + link + u"\n\nКод и ссылка действуют 24 часа.\n"_s,
                u"Confirm your e-mail address"_s,
                u"Hello!\n\nTo use this address in the personal cabinet of JSC Tomskenergosbyt, enter the code: "_s +
                    code + u"\n\nor follow the link:\n"_s + link +
                    u"\n\nThe code and the link are valid for 24 hours.\n"_s);
}

UserMails::Mail UserMails::addressTaken(Language language) {
    return mail(language, u"Смена адреса электронной почты"_s,
                u"Здравствуйте!\n\nКто-то пытался указать этот адрес электронной почты в другой учётной записи "
                u"личного кабинета АО «Томскэнергосбыт». Этот адрес уже используется вашей учётной записью, поэтому "
                u"ничего не изменено.\n"_s,
                u"E-mail address change"_s,
                u"Hello!\n\nSomeone tried to use this e-mail address for another account in the personal cabinet of "
                u"JSC Tomskenergosbyt. Your account already uses this address, so nothing was changed.\n"_s);
}

UserMails::Mail UserMails::addressChanged(const QString& newEmail, Language language) {
    return mail(language, u"Адрес электронной почты изменён"_s,
                u"Здравствуйте!\n\nАдрес электронной почты вашей учётной записи в личном кабинете "
                u"АО «Томскэнергосбыт» изменён на "_s +
                    newEmail + u". Если это сделали не вы, обратитесь в АО «Томскэнергосбыт».\n"_s,
                u"Your e-mail address was changed"_s,
                u"Hello!\n\nThe e-mail address of your account in the personal cabinet of JSC Tomskenergosbyt was "
                u"changed to "_s +
                    newEmail + u". If it was not you, please contact JSC Tomskenergosbyt.\n"_s);
}

UserMailer::UserMailer(mail::Mailer& mailer, QUrl publicUrl)
    : m_mailer(mailer)
    , m_publicUrl(std::move(publicUrl)) {}

UserMails::Mail UserMails::operatorInvitation(const QString& name, const QString& link, int validHours,
                                              Language language) {
    const QString hours = QString::number(validHours);
    return mail(language, u"Учётная запись оператора контакт-центра"_s,
                u"Здравствуйте, "_s + name +
                    u"!\n\nДля вас создана учётная запись оператора контакт-центра в личном кабинете "
                    u"АО «Томскэнергосбыт». Задайте пароль по ссылке:\n"_s +
                    link + u"\n\nСсылка действует "_s + hours +
                    u" ч. При первом входе программа покажет QR-код для приложения-аутентификатора: "
                    u"без кода из него вход оператора невозможен.\n"_s,
                u"Your contact centre operator account"_s,
                u"Hello, "_s + name +
                    u"!\n\nAn operator account of the contact centre was created for you in the personal cabinet "
                    u"of JSC Tomskenergosbyt. Set your password at:\n"_s +
                    link + u"\n\nThe link is valid for "_s + hours +
                    u" hours. At the first sign-in the program shows a QR code for an authenticator app: "
                    u"operators cannot sign in without its codes.\n"_s);
}

void UserMailer::send(const QString& to, const UserMails::Mail& mail) const {
    QString error;
    if (!m_mailer.send({to, mail.subject, mail.text, {}}, &error))
        qCWarning(lcUserMail).noquote() << "mail not sent:" << error;
}

QString UserMailer::link(const QString& path, const QString& token) const {
    QUrl url = m_publicUrl;
    url.setPath(url.path().endsWith(u'/') ? url.path().chopped(1) + path : url.path() + path);
    url.setQuery(QUrlQuery{{u"token"_s, token}});
    return url.toString(QUrl::FullyEncoded);
}

} // namespace lkk::server::users
