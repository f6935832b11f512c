#include "server/payments/SandboxPage.h"

#include "server/http/HtmlPage.h"
#include "shared/Money.h"

namespace lkk::server::payments {

using namespace Qt::StringLiterals;

namespace {

QByteArray page(const QString& title, const QString& body) {
    return HtmlPage::render(title, body, Language::Ru); // the sandbox bank speaks Russian
}

QString escape(const QString& text) {
    return HtmlPage::escape(text);
}

} // namespace

QByteArray SandboxPage::form(const QString& orderId, qint64 total, const QString& error) {
    // «112 994,24 RUB»: the bank shows the currency code, not «руб.».
    const QString amount = Money::fromKopecks(total).toDisplayNumber() + u"\u00A0RUB"_s;
    QString body = u"<h1>Оплата</h1><div>Получатель: <b>Томскэнергосбыт</b></div>"_s;
    body += u"<div class=\"amount\" id=\"amount\">"_s + escape(amount) + u"</div>"_s;
    body += u"<div class=\"logos\">МИР · VISA · Mastercard</div>"_s;
    if (!error.isEmpty())
        body += u"<p class=\"error\" id=\"error\">"_s + escape(error) + u"</p>"_s;
    body += u"<form method=\"post\" action=\"/sandbox/pay/"_s + escape(orderId) +
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
