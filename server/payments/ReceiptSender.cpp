#include "server/payments/ReceiptSender.h"

#include "server/payments/OrderStore.h"

#include "server/accounts/TomskTime.h"
#include "server/mail/Mailer.h"
#include "server/payments/PaymentsApi.h"
#include "shared/Money.h"

#include <QDateTime>
#include <QDir>
#include <QSaveFile>
#include <QSqlQuery>
#include <QTimeZone>

namespace lkk::server::payments {

using namespace Qt::StringLiterals;

namespace {
// The payment agent that takes the money for all providers of the ЕПД.
constexpr QStringView kSeller = u"ПАО «Томскэнергосбыт», ИНН 7033992723, 634034, г. Томск, ул. Котовского, д. 19";
} // namespace

QString ReceiptSender::text(const Receipt& r) {
    QString t = u"КАССОВЫЙ ЧЕК\nПриход\n\n"_s;
    t += u"Продавец: "_s + kSeller.toString() + u'\n';
    t += u"Дата: "_s + accounts::TomskTime::display(r.paidAtMs) + u" (время томское)\n"_s;
    t += u"Платёж № "_s + r.orderId + u'\n';
    t += u"Лицевой счёт: "_s + r.accountNumber + u"\n\n"_s;
    for (const Line& line : r.lines) {
        if (line.amount <= 0)
            continue;
        t += u"Услуга по сбору ДС за ЖКУ "_s + line.provider + u", ЛС № "_s + line.subAccount + u'\n';
        t += u"    1 × "_s + Money::fromKopecks(line.amount).toDisplayString() + u'\n';
    }
    t += u"\nИТОГО: "_s + Money::fromKopecks(r.total).toDisplayString() + u'\n';
    t += u"Безналичными (банковская карта): "_s + Money::fromKopecks(r.total).toDisplayString() + u'\n';
    t += u"НДС не облагается\n"_s;
    return t;
}

QString ReceiptSender::smsText(const Receipt& r) {
    return u"Томскэнергосбыт: оплата "_s + Money::fromKopecks(r.total).toDisplayString() + u" по ЛС "_s +
           r.accountNumber + u" принята, платёж № "_s + r.orderId + u", "_s + accounts::TomskTime::display(r.paidAtMs) +
           u"."_s;
}

void ReceiptSender::send(const Receipt& r, mail::Mailer* mailer, const QString& smsDir) {
    if (!r.email.isEmpty()) {
        if (!mailer) {
            qCWarning(lcPayments) << "no mailer configured: receipt e-mail of order" << r.orderId << "skipped";
        } else {
            mail::MailMessage m;
            m.to = r.email;
            m.subject = u"Кассовый чек: оплата по лицевому счёту "_s + r.accountNumber;
            m.textBody = text(r);
            QString error;
            if (!mailer->send(m, &error))
                qCWarning(lcPayments) << "receipt e-mail of order" << r.orderId << "not sent:" << error;
        }
    }
    if (!r.phone.isEmpty()) {
        if (smsDir.isEmpty()) {
            qCInfo(lcPayments) << "no SMS gateway: receipt SMS of order" << r.orderId << "skipped";
            return;
        }
        QDir().mkpath(smsDir);
        const QString stamp =
            QDateTime::fromMSecsSinceEpoch(r.paidAtMs, QTimeZone::utc()).toString(u"yyyyMMdd-HHmmss"_s);
        QSaveFile file(smsDir + u'/' + stamp + u'-' + r.orderId + u".txt"_s);
        const QByteArray content = (u"To: "_s + r.phone + u"\n\n"_s + smsText(r) + u'\n').toUtf8();
        if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size() || !file.commit())
            qCWarning(lcPayments) << "receipt SMS of order" << r.orderId << "not written to" << smsDir;
    }
}

void ReceiptSender::sendOnce(QSqlDatabase& db, const Order& order, mail::Mailer* mailer, const QString& smsDir) {
    QSqlQuery claim(db); // once, even if two paths reach here
    claim.prepare(u"UPDATE payment_orders SET receipt_sent = 1 WHERE id = ? AND receipt_sent = 0"_s);
    claim.addBindValue(order.id);
    if (!claim.exec() || claim.numRowsAffected() != 1)
        return;
    Receipt r;
    r.orderId = order.id;
    r.total = order.total;
    r.paidAtMs = order.paidAt.value_or(0);
    r.email = order.receiptEmail;
    r.phone = order.receiptPhone;
    for (const OrderItem& item : order.items)
        r.lines << Line{item.provider, item.subAccount, item.amount};
    QSqlQuery a(db);
    a.prepare(u"SELECT number FROM billing_accounts WHERE id = ?"_s);
    a.addBindValue(order.accountId);
    if (a.exec() && a.next())
        r.accountNumber = a.value(0).toString();
    send(r, mailer, smsDir);
}

} // namespace lkk::server::payments
