#include "server/http/Messages.h"

#include "shared/ErrorCodes.h"

#include <QList>
#include <cstring>

namespace lkk::server {

namespace {

struct Entry {
    const char* code;
    const char* ru;
    const char* en;
};

const Entry kErrors[] = {
    {errc::validationFailed, "Проверьте введённые данные.", "Please check the data you entered."},
    {errc::malformedJson, "Запрос повреждён: это не корректный JSON.", "The request is not valid JSON."},
    {errc::unknownField, "Запрос содержит неизвестное поле.", "The request contains an unknown field."},
    {errc::wrongType, "Поле запроса имеет неверный тип.", "A request field has the wrong type."},
    {errc::bodyTooLarge, "Запрос слишком большой.", "The request is too large."},
    {errc::unsupportedMediaType, "Запрос должен быть в формате JSON (application/json).",
     "The request must be JSON (application/json)."},
    {errc::notFound, "Запрошенный ресурс не найден.", "The requested resource was not found."},
    {errc::invalidCredentials, "Неверный адрес электронной почты или пароль.", "Wrong e-mail address or password."},
    {errc::captchaRequired, "Слишком много неудачных попыток входа. Введите код с картинки.",
     "Too many failed sign-in attempts. Enter the code from the picture."},
    {errc::captchaInvalid, "Код с картинки введён неверно или устарел. Попробуйте новый.",
     "The code from the picture is wrong or has expired. Try a new one."},
    {errc::tooManyAttempts, "Слишком много попыток. Повторите позже.", "Too many attempts. Please try again later."},
    {errc::unauthorized, "Требуется вход в личный кабинет.", "Please sign in."},
    {errc::tokenExpired, "Сеанс истёк. Войдите снова.", "The session has expired. Please sign in again."},
    {errc::invalidRefreshToken, "Сохранённый вход больше недействителен. Войдите снова.",
     "The saved sign-in is no longer valid. Please sign in again."},
    {errc::forbidden, "Это действие недоступно для вашей учётной записи.",
     "This action is not available to your account."},
    {errc::internalError, "Внутренняя ошибка сервера. Повторите позже.",
     "Internal server error. Please try again later."},
    {errc::serviceUnavailable, "Сервис временно недоступен. Повторите позже.",
     "The service is temporarily unavailable. Please try again later."},
    // Refused by the HTTP layer: what a client program gets wrong, or a connection too slow.
    {errc::badRequest, "Запрос повреждён.", "The request is malformed."},
    {errc::requestTimeout, "Запрос не получен полностью вовремя. Повторите его.",
     "The request did not arrive in time. Please send it again."},
    {errc::expectationFailed, "Сервер не поддерживает указанное в запросе ожидание (Expect).",
     "The server does not support the request's expectation (Expect)."},
    {errc::uriTooLong, "Адрес запроса слишком длинный.", "The request address is too long."},
    {errc::headersTooLarge, "Заголовки запроса слишком большие.", "The request's header fields are too large."},
    {errc::notImplemented, "Сервер не поддерживает этот вид запроса.",
     "The server does not support this kind of request."},
    {errc::httpVersionNotSupported, "Версия HTTP не поддерживается: используйте HTTP/1.1.",
     "The HTTP version is not supported: use HTTP/1.1."},
    {errc::accountNotFound, "Лицевой счёт с таким номером не найден.", "No account with this number was found."},
    {errc::accountAlreadyLinked, "Этот лицевой счёт уже добавлен в личный кабинет.",
     "This account is already linked to your cabinet."},
    {errc::linkChallengeNotFound, "Проверка устарела. Начните добавление счёта заново.",
     "The check has expired. Please start linking the account again."},
    {errc::wrongAnswer, "Ответ неверный.", "The answer is wrong."},
    {errc::linkLocked, "Слишком много неверных ответов. Повторите позже.",
     "Too many wrong answers. Please try again later."},
    // Registration and profile.
    {errc::emailNotConfirmed,
     "Адрес электронной почты не подтверждён. Введите код из письма или отправьте письмо ещё раз.",
     "The e-mail address is not confirmed. Enter the code from the e-mail or send the e-mail again."},
    {errc::confirmationCodeInvalid, "Неверный код подтверждения.", "Wrong confirmation code."},
    {errc::confirmationExpired, "Код подтверждения недействителен или устарел. Отправьте письмо ещё раз.",
     "The confirmation code is no longer valid. Please send the e-mail again."},
    {errc::recoveryCodeInvalid, "Неверный код восстановления.", "Wrong recovery code."},
    {errc::recoveryExpired, "Код восстановления недействителен или устарел. Запросите новый.",
     "The recovery code is no longer valid. Please request a new one."},
    {errc::wrongPassword, "Текущий пароль введён неверно.", "The current password is wrong."},
    {errc::accountDisabled, "Учётная запись отключена. Обратитесь к руководителю.",
     "The account is disabled. Please contact your supervisor."},
    {errc::signInExpired, "Вход не завершён вовремя. Войдите ещё раз с паролем.",
     "The sign-in was not completed in time. Please sign in with your password again."},
    {errc::secondFactorInvalid, "Неверный код подтверждения входа.", "Wrong sign-in confirmation code."},
    // The operators' workspace.
    {errc::customerNotFound, "Клиент не найден.", "The customer was not found."},
    {errc::emailAlreadyConfirmed, "Адрес электронной почты клиента уже подтверждён.",
     "The customer's e-mail address is already confirmed."},
    {errc::operatorLimitReached, "Превышен предел обращений к данным клиентов. Повторите позже.",
     "Too many look-ups of customers' data. Please try again later."},
};

} // namespace

Language Messages::choose(const QByteArray& acceptLanguage) {
    // Highest q wins among the languages we have; ties keep the header's order.
    double bestQ = 0.0;
    Language best = Language::Ru;
    const QList<QByteArray> parts = acceptLanguage.split(',');
    for (const QByteArray& part : parts) {
        const QList<QByteArray> fields = part.split(';');
        const QByteArray tag = fields.value(0).trimmed().toLower();
        double q = 1.0;
        for (qsizetype i = 1; i < fields.size(); ++i) {
            const QByteArray param = fields.at(i).trimmed();
            if (param.startsWith("q=")) {
                bool ok = false;
                q = param.mid(2).toDouble(&ok);
                if (!ok || q < 0.0 || q > 1.0)
                    q = 0.0;
            }
        }
        std::optional<Language> language;
        if (tag == "ru" || tag.startsWith("ru-"))
            language = Language::Ru;
        else if (tag == "en" || tag.startsWith("en-"))
            language = Language::En;
        if (language && q > bestQ) {
            bestQ = q;
            best = *language;
        }
    }
    return best;
}

QByteArray Messages::languageTag(Language language) {
    return language == Language::En ? QByteArrayLiteral("en") : QByteArrayLiteral("ru");
}

QString Messages::text(const char* code, Language language) {
    for (const Entry& e : kErrors) {
        if (std::strcmp(e.code, code) == 0)
            return QString::fromUtf8(language == Language::En ? e.en : e.ru);
    }
    return language == Language::En ? QStringLiteral("Request failed.") : QStringLiteral("Запрос не выполнен.");
}

QString Messages::violation(rules::Violation violation, Language language) {
    const bool en = language == Language::En;
    switch (violation) {
    case rules::Violation::Required:
        return en ? QStringLiteral("This field is required.") : QStringLiteral("Заполните это поле.");
    case rules::Violation::TooLong:
        return en ? QStringLiteral("The value is too long.") : QStringLiteral("Слишком длинное значение.");
    case rules::Violation::EmailFormat:
        return en ? QStringLiteral("Enter a valid e-mail address.")
                  : QStringLiteral("Введите корректный адрес электронной почты.");
    case rules::Violation::PasswordTooShort:
        return en ? QStringLiteral("The password must be at least 8 characters long.")
                  : QStringLiteral("Пароль должен содержать не менее 8 символов.");
    case rules::Violation::PasswordNeedsDigit:
        return en ? QStringLiteral("The password must contain a digit.")
                  : QStringLiteral("Пароль должен содержать цифру.");
    case rules::Violation::PasswordNeedsLower:
        return en ? QStringLiteral("The password must contain a lower-case Latin letter.")
                  : QStringLiteral("Пароль должен содержать строчную латинскую букву.");
    case rules::Violation::PasswordNeedsUpper:
        return en ? QStringLiteral("The password must contain an upper-case Latin letter.")
                  : QStringLiteral("Пароль должен содержать заглавную латинскую букву.");
    case rules::Violation::PasswordNonLatin:
        return en ? QStringLiteral("The password may contain only Latin letters, digits and symbols.")
                  : QStringLiteral("Пароль может содержать только латинские буквы, цифры и символы.");
    case rules::Violation::AccountNumberNotDigits:
        return en ? QStringLiteral("The account number may contain only digits.")
                  : QStringLiteral("Номер лицевого счёта может содержать только цифры.");
    case rules::Violation::AccountNumberLength:
        return en ? QStringLiteral("The account number must have %1 to %2 digits.")
                        .arg(rules::minAccountNumberDigits)
                        .arg(rules::maxAccountNumberDigits)
                  : QStringLiteral("Номер лицевого счёта должен содержать от %1 до %2 цифр.")
                        .arg(rules::minAccountNumberDigits)
                        .arg(rules::maxAccountNumberDigits);
    // Registration and profile.
    case rules::Violation::PhoneFormat:
        return en ? QStringLiteral("Enter a mobile phone number as +7 XXX XXX-XX-XX.")
                  : QStringLiteral("Введите номер мобильного телефона в формате +7 XXX XXX-XX-XX");
    case rules::Violation::NameCharacters:
        return en ? QStringLiteral("Use only letters, spaces, hyphens and apostrophes.")
                  : QStringLiteral("Допустимы только буквы, пробел, дефис и апостроф.");
    case rules::Violation::BirthDate:
        return en ? QStringLiteral("Enter your real date of birth.")
                  : QStringLiteral("Укажите настоящую дату рождения");
    case rules::Violation::SexValue:
        return en ? QStringLiteral("Choose male, female or not given.")
                  : QStringLiteral("Выберите пол: мужской, женский или не указан.");
    }
    return text(errc::validationFailed, language);
}

} // namespace lkk::server
