#include "server/accounts/AccountMessages.h"

namespace lkk::server::accounts {

namespace {

struct Pair {
    const char* ru;
    const char* en;
};

QString pick(const Pair& pair, Language language) {
    return QString::fromUtf8(language == Language::En ? pair.en : pair.ru);
}

Pair pairFor(AccountMessages::Text text) {
    using T = AccountMessages::Text;
    switch (text) {
    case T::NumberNotFound:
        return {"Лицевой счёт с таким номером не найден. Проверьте номер по квитанции и попробуйте ещё раз.",
                "No account with this number was found. Check the number on your bill and try again."};
    case T::AccountNotFound:
        return {"Лицевой счёт не найден.", "The account was not found."};
    case T::AlreadyLinked:
        return {"Этот лицевой счёт уже добавлен в ваш личный кабинет.",
                "This account is already linked to your cabinet."};
    case T::ChallengeNotFound:
        return {"Время на ответ истекло. Начните добавление лицевого счёта заново.",
                "The time to answer has run out. Please start adding the account again."};
    case T::RelationInvalid:
        return {"Выберите статус отношения к лицевому счёту.", "Choose your relation to the account."};
    case T::QuestionInvalid:
        return {"Выберите контрольный вопрос.", "Choose a control question."};
    case T::CodeNotDigits:
        return {"Код должен состоять только из цифр.", "The code may contain only digits."};
    case T::AmountInvalid:
        return {"Введите сумму с точностью до копеек, например 1234,56.",
                "Enter the amount to the kopeck, for example 1234.56."};
    case T::DateInvalid:
        return {"Введите дату в формате ГГГГ-ММ-ДД.", "Enter the date as YYYY-MM-DD."};
    case T::PeriodReversed:
        return {"Начало периода не может быть позже его окончания.",
                "The start of the period cannot be after its end."};
    case T::ContractNotFound:
        return {"Договор не найден.", "The contract was not found."};
    }
    return {"Запрос не выполнен.", "Request failed."};
}

} // namespace

QString AccountMessages::text(Text text, Language language) {
    return pick(pairFor(text), language);
}

QString AccountMessages::dateRange(DateRange::Problem problem, Language language) {
    return text(problem == DateRange::Problem::Reversed ? Text::PeriodReversed : Text::DateInvalid, language);
}

QString AccountMessages::wrongAnswer(int attemptsLeft, Language language) {
    return language == Language::En ? QStringLiteral("The answer is wrong. Attempts left: %1.").arg(attemptsLeft)
                                    : QStringLiteral("Ответ неверный. Осталось попыток: %1.").arg(attemptsLeft);
}

QString AccountMessages::locked(const QString& tomskTime, Language language) {
    return language == Language::En
               ? QStringLiteral("Too many wrong answers. Try again after %1 (Tomsk time).").arg(tomskTime)
               : QStringLiteral("Превышено число попыток. Попробуйте снова после %1").arg(tomskTime);
}

QString AccountMessages::linkCodeQuestion(Language language) {
    return pick({"Введите код для добавления договора в ЛКК, указанный в квитанции",
                 "Enter the code for adding the contract to the cabinet printed on the bill"},
                language);
}

QString AccountMessages::totalQuestion(Language language) {
    return pick({"Введите сумму «ИТОГО К ОПЛАТЕ» / «ВСЕГО К ОПЛАТЕ» из квитанции с точностью до копеек",
                 "Enter the «TOTAL TO PAY» amount from the bill to the kopeck"},
                language);
}

} // namespace lkk::server::accounts
