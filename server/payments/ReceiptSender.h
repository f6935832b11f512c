#pragma once

#include <QList>
#include <QSqlDatabase>
#include <QString>

namespace lkk::server::mail {
class Mailer;
}

namespace lkk::server::payments {

struct Order;

// The кассовый чек of a paid order: to the receipt e-mail through the Mailer and to the receipt
// phone as an SMS. Without a Mailer (not configured) the e-mail is logged and skipped; without an
// SMS directory (production has no SMS gateway) the SMS is logged and skipped. Demo and test
// write each SMS to <smsDir>/<yyyyMMdd-HHmmss>-<order>.txt.
class ReceiptSender {
public:
    struct Line {
        QString provider;
        QString subAccount;
        qint64 amount = 0;
    };
    struct Receipt {
        QString orderId;
        QString accountNumber;
        qint64 total = 0;
        qint64 paidAtMs = 0;
        QList<Line> lines;
        QString email; // empty = none
        QString phone; // empty = none
    };

    static QString text(const Receipt& receipt);
    static QString smsText(const Receipt& receipt);
    static void send(const Receipt& receipt, mail::Mailer* mailer, const QString& smsDir);
    // The receipt of a paid order, once: the order's receipt_sent flag is claimed first, so two
    // paths that see the payment do not both send it.
    static void sendOnce(QSqlDatabase& db, const Order& order, mail::Mailer* mailer, const QString& smsDir);
};

} // namespace lkk::server::payments
