#include "server/payments/PaymentMessages.h"

namespace lkk::server::payments {

using namespace Qt::StringLiterals;

QString PaymentMessages::text(Text text, Language language) {
    const bool ru = language == Language::Ru;
    switch (text) {
    case Text::PeriodInvalid:
        return ru ? u"Укажите месяц в виде ГГГГ-ММ."_s : u"Give the month as YYYY-MM."_s;
    case Text::DateInvalid:
        return ru ? u"Укажите дату в виде ГГГГ-ММ-ДД."_s : u"Give the date as YYYY-MM-DD."_s;
    case Text::RangeReversed:
        return ru ? u"Начало периода позже его конца."_s : u"The period starts after it ends."_s;
    case Text::ConsentRequired:
        return ru ? u"Подтвердите согласие с правилами оплаты."_s : u"Accept the payment rules."_s;
    case Text::ReceiptRequired:
        return ru ? u"Укажите e-mail или телефон для получения чека."_s
                  : u"Give an e-mail address or a phone number for the receipt."_s;
    case Text::EmailInvalid:
        return ru ? u"Неверный формат e-mail."_s : u"Not a valid e-mail address."_s;
    case Text::PhoneInvalid:
        return ru ? u"Укажите номер мобильного телефона в формате +7XXXXXXXXXX."_s
                  : u"Give a mobile phone number as +7XXXXXXXXXX."_s;
    case Text::ItemsEmpty:
        return ru ? u"Укажите сумму оплаты хотя бы по одной услуге."_s : u"Give an amount for at least one service."_s;
    case Text::AmountNegative:
        return ru ? u"Сумма не может быть отрицательной."_s : u"The amount cannot be negative."_s;
    case Text::AmountTooLarge:
        return ru ? u"Сумма больше допустимой для одного платежа."_s : u"The amount exceeds the payment limit."_s;
    case Text::TotalTooLarge:
        return ru ? u"Общая сумма больше допустимой для одного платежа (500 000,00 руб.)."_s
                  : u"The total exceeds the payment limit (500,000.00 RUB)."_s;
    case Text::SubAccountUnknown:
        return ru ? u"Такого лицевого счёта поставщика нет в этом лицевом счёте."_s
                  : u"This account has no such provider sub-account."_s;
    case Text::SubAccountRepeated:
        return ru ? u"Лицевой счёт поставщика указан дважды."_s : u"The sub-account is given twice."_s;
    case Text::IdempotencyKey:
        return ru ? u"Нужен заголовок Idempotency-Key: 8–64 символа A–Z, a–z, 0–9, «-»."_s
                  : u"An Idempotency-Key header of 8–64 characters A–Z, a–z, 0–9, '-' is required."_s;
    case Text::IdempotencyConflict:
        return ru ? u"Этот ключ уже использован для другого платежа."_s
                  : u"This key was already used for another payment."_s;
    case Text::NotCancellable:
        return ru ? u"Платёж уже нельзя отменить."_s : u"The payment can no longer be cancelled."_s;
    case Text::OrderNotFound:
        return ru ? u"Платёж не найден."_s : u"Payment not found."_s;
    }
    return {};
}

QString PaymentMessages::dateRange(DateRange::Problem problem, Language language) {
    return text(problem == DateRange::Problem::Reversed ? Text::RangeReversed : Text::DateInvalid, language);
}

} // namespace lkk::server::payments
