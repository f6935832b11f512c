#include "server/users/UserPages.h"

#include "server/http/HtmlPage.h"
#include "shared/InputRules.h"

namespace lkk::server::users {

using namespace Qt::StringLiterals;

namespace {

QString tr(Language language, const QString& ru, const QString& en) {
    return language == Language::Ru ? ru : en;
}

QByteArray simplePage(const QString& title, const QString& text, Language language, const char* id) {
    return HtmlPage::render(title,
                            u"<h1 id=\""_s + QLatin1StringView(id) + u"\">"_s + HtmlPage::escape(title) +
                                u"</h1><p>"_s + HtmlPage::escape(text) + u"</p>"_s,
                            language);
}

QString fieldError(const QString& id, const QString& error) {
    return error.isEmpty() ? QString()
                           : u"<p class=\"field-error\" id=\""_s + id + u"\" role=\"alert\">"_s +
                                 HtmlPage::escape(error) + u"</p>"_s;
}

} // namespace

QByteArray UserPages::confirmed(Confirmed what, const QString& email, Language language) {
    if (what == Confirmed::Registration)
        return simplePage(tr(language, u"Регистрация подтверждена"_s, u"Registration confirmed"_s),
                          tr(language, u"Адрес %1 подтверждён. Теперь вы можете войти в личный кабинет."_s,
                             u"The address %1 is confirmed. You can now sign in to the personal cabinet."_s)
                              .arg(email),
                          language, "confirmed");
    return simplePage(tr(language, u"Адрес электронной почты подтверждён"_s, u"E-mail address confirmed"_s),
                      tr(language, u"Теперь вы входите в личный кабинет с адресом %1."_s,
                         u"From now on you sign in to the personal cabinet with %1."_s)
                          .arg(email),
                      language, "confirmed");
}

QByteArray UserPages::linkInvalid(Language language) {
    return simplePage(
        tr(language, u"Ссылка недействительна"_s, u"Link not valid"_s),
        tr(language, u"Ссылка недействительна или устарела. Запросите новое письмо в приложении личного кабинета."_s,
           u"The link is not valid or has expired. Ask for a new e-mail in the personal cabinet "
           u"application."_s),
        language, "invalid");
}

QByteArray UserPages::confirmForm(const QString& token, const QString& email, Language language) {
    const QString title = tr(language, u"Подтверждение адреса"_s, u"Confirm the address"_s);
    QString body = u"<h1 id=\"confirm\">"_s + HtmlPage::escape(title) + u"</h1>"_s;
    body += u"<p>"_s +
            HtmlPage::escape(tr(language, u"Подтвердите адрес %1 для личного кабинета."_s,
                                u"Confirm %1 as the address of your personal cabinet."_s)
                                 .arg(email)) +
            u"</p>"_s;
    body += u"<form method=\"post\" action=\"/confirm\">"_s;
    body += u"<input type=\"hidden\" name=\"token\" value=\""_s + HtmlPage::escape(token) + u"\">"_s;
    body += u"<button type=\"submit\">"_s + HtmlPage::escape(tr(language, u"Подтвердить"_s, u"Confirm"_s)) +
            u"</button></form>"_s;
    return HtmlPage::render(title, body, language);
}

QByteArray UserPages::recoverForm(const QString& token, const QString& passwordError, const QString& repeatError,
                                  Language language) {
    const QString title = tr(language, u"Новый пароль"_s, u"New password"_s);
    QString body = u"<h1 id=\"recover\">"_s + HtmlPage::escape(title) + u"</h1>"_s;
    body += u"<p class=\"hint\">"_s +
            HtmlPage::escape(tr(language, u"Не короче %1 символов; латинские строчные и заглавные буквы и цифры."_s,
                                u"At least %1 characters: Latin lower- and upper-case letters and digits."_s)
                                 .arg(rules::minPasswordLength)) +
            u"</p>"_s;
    body += u"<form method=\"post\" action=\"/recover\">"_s;
    body += u"<input type=\"hidden\" name=\"token\" value=\""_s + HtmlPage::escape(token) + u"\">"_s;
    body += u"<label for=\"password\">"_s + HtmlPage::escape(tr(language, u"Новый пароль"_s, u"New password"_s)) +
            u"</label><input id=\"password\" name=\"password\" type=\"password\" autocomplete=\"new-password\" "
            u"required autofocus>"_s +
            fieldError(u"passwordError"_s, passwordError);
    body += u"<label for=\"repeat\">"_s +
            HtmlPage::escape(tr(language, u"Повторите пароль"_s, u"Repeat the password"_s)) +
            u"</label><input id=\"repeat\" name=\"repeat\" type=\"password\" autocomplete=\"new-password\" "
            u"required>"_s +
            fieldError(u"repeatError"_s, repeatError);
    body += u"<button type=\"submit\">"_s +
            HtmlPage::escape(tr(language, u"Сохранить пароль"_s, u"Save the password"_s)) + u"</button></form>"_s;
    return HtmlPage::render(title, body, language);
}

QByteArray UserPages::passwordChanged(Language language) {
    return simplePage(tr(language, u"Пароль изменён"_s, u"Password changed"_s),
                      tr(language, u"Войдите в личный кабинет с новым паролем. Все прежние сеансы входа завершены."_s,
                         u"Sign in to the personal cabinet with the new password. Every earlier session has been "
                         u"signed out."_s),
                      language, "changed");
}

QByteArray UserPages::formRejected(Language language) {
    return simplePage(tr(language, u"Форма не принята"_s, u"Form not accepted"_s),
                      tr(language, u"Пароль не изменён. Откройте ссылку из письма ещё раз и заполните форму."_s,
                         u"The password has not been changed. Open the link in the e-mail again and fill in the "
                         u"form."_s),
                      language, "rejected");
}

} // namespace lkk::server::users
