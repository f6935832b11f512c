#include "SandboxPage.h"

#include "shared/Money.h"

namespace lkk::server::payments {

using namespace Qt::StringLiterals;

namespace {

const QString kStyle =
    u"<style>body{font-family:sans-serif;background:#f2f4f7;margin:0}"
    u"main{max-width:420px;margin:40px auto;background:#fff;padding:24px 28px;border-radius:8px;"
    u"box-shadow:0 1px 4px rgba(0,0,0,.15)}h1{font-size:22px;margin:0 0 12px}"
    u".amount{font-size:26px;font-weight:bold;margin:8px 0 16px}.logos{color:#555;letter-spacing:1px}"
    u"label{display:block;margin:12px 0 4px}input{font-size:16px;padding:6px;width:100%;box-sizing:border-box}"
    u".row{display:flex;gap:12px}.error{color:#b00020;background:#fdecee;padding:8px;border-radius:4px}"
    u"button{font-size:16px;padding:8px 20px;margin:16px 12px 0 0}"
    u".cards{font-size:13px;color:#555;margin-top:20px}</style>"_s;

QByteArray page(const QString& title, const QString& body) {
    return (u"<!DOCTYPE html><html lang=\"ru\"><head><meta charset=\"utf-8\"><title>"_s + SandboxPage::escape(title) +
            u"</title>"_s + kStyle + u"</head><body><main>"_s + body + u"</main></body></html>"_s)
        .toUtf8();
}

} // namespace

QString SandboxPage::escape(const QString& text) {
    return text.toHtmlEscaped();
}

QByteArray SandboxPage::form(const QString& orderId, qint64 total, const QString& error) {
    // «112 994,24 RUB»: the bank shows the currency code, not «руб.».
    const QString amount = Money::fromKopecks(total).toDisplayNumber() + u"\u00A0RUB"_s;
    QString body = u"<h1>Оплата</h1><div>Получатель: <b>Томскэнергосбыт</b></div>"_s;
    body += u"<div class=\"amount\" id=\"amount\">"_s + escape(amount) + u"</div>"_s;
    body += u"<div class=\"logos\">МИР · VISA · Mastercard</div>"_s;
    if (!error.isEmpty())
        body += u"<p class=\"error\" id=\"error\">"_s + escape(error) + u"</p>"_s;
    body += u"<form method=\"post\" action=\"/api/v1/sandbox/pay/"_s + escape(orderId) +
            u"\">"
            u"<label for=\"card\">Номер карты</label>"
            u"<input id=\"card\" name=\"card\" inputmode=\"numeric\" autocomplete=\"cc-number\" "
            u"placeholder=\"0000 0000 0000 0000\" required>"
            u"<div class=\"row\"><div><label for=\"expiry\">Месяц/Год</label>"
            u"<input id=\"expiry\" name=\"expiry\" placeholder=\"ММ/ГГ\" autocomplete=\"cc-exp\" required></div>"
            u"<div><label for=\"cvc\">CVC2/CVV2</label>"
            u"<input id=\"cvc\" name=\"cvc\" type=\"password\" inputmode=\"numeric\" maxlength=\"3\" "
            u"autocomplete=\"cc-csc\" required></div></div>"
            u"<button type=\"submit\" name=\"action\" value=\"pay\">Оплатить</button>"
            u"<button type=\"submit\" name=\"action\" value=\"cancel\" formnovalidate>Отмена</button>"
            u"</form>"
            u"<div class=\"cards\"><b>Тестовая среда — деньги не списываются.</b> Тестовые карты "
            u"(любой будущий срок, любой CVC из 3 цифр):<br>"
            u"4111 1111 1111 1111 — успешная оплата<br>"
            u"2200 0000 0000 0004 — МИР, успешная оплата<br>"
            u"4000 0000 0000 0002 — отказ «Недостаточно средств»<br>"
            u"4000 0000 0000 3220 — долгая обработка, затем успешная оплата<br>"
            u"другие карты — отказ «Карта не поддерживается в тестовой среде»</div>"_s;
    return page(u"Оплата"_s, body);
}

QByteArray SandboxPage::result(const QString& title, const QString& text) {
    return page(title, u"<h1 id=\"result\">"_s + escape(title) + u"</h1><p>"_s + escape(text) +
                           u"</p><p>Вернитесь в приложение ЛКК: оно покажет состояние платежа.</p>"_s);
}

QByteArray SandboxPage::rules() {
    return page(u"Правила оплаты"_s,
                u"<h1>Правила оплаты</h1>"
                u"<p>Оплата услуг ЖКХ и электроэнергии в личном кабинете производится банковскими картами "
                u"платёжных систем МИР, VISA Inc, MasterCard WorldWide. Комиссия с плательщика не взимается.</p>"
                u"<p>Максимальная сумма одного платежа — 500 000,00 руб. Платёж распределяется по лицевым счетам "
                u"поставщиков в указанных суммах и зачисляется в течение трёх рабочих дней.</p>"
                u"<p>После оплаты кассовый чек направляется на указанный адрес электронной почты и (или) "
                u"номер телефона в соответствии с Федеральным законом № 54-ФЗ.</p>"
                u"<p>Данные карты вводятся на странице банка и не передаются в ПАО «Томскэнергосбыт». "
                u"Ошибочно внесённая сумма учитывается в счёт будущих начислений или возвращается по "
                u"заявлению плательщика.</p>"_s);
}

} // namespace lkk::server::payments
