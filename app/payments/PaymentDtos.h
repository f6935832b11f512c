#pragma once

#include "shared/Money.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QUrl>
#include <optional>

// Payments: the shapes of GET /accounts/{id}/payments, GET /accounts/{id}/payment-form
// and the payment orders. Money is always integer kopecks (lkk::Money).
namespace lkk {

// One payment as the «Оплаты» page lists it.
struct PaymentRecord {
    enum class Status { Processing, Credited };
    QString id;
    QDate date;
    Money amount;
    Status status = Status::Processing;
    QString orderId; // empty: not made through this cabinet
};

// A provider's sub-account with its payments in the range, newest first (possibly none).
struct SubAccountPayments {
    qint64 providerId = 0;
    QString provider;
    QString subAccount;
    QList<PaymentRecord> payments;
};

// One amount field of the payment form (docs/manual.md §7).
struct PaymentFormItem {
    qint64 providerId = 0;
    QString provider;
    QString subAccount;
    QString title; // «Услуга по сбору ДС за ЖКУ ООО «ЗТК»»
    Money due;     // prefill: still to pay of the latest bill
};

struct PaymentFormData {
    QString address;
    QString email; // the profile's e-mail, the receipt default
    QString phone; // "+79131234567" or empty
    Money maxOrderTotal;
    QList<PaymentFormItem> items;
    QUrl rulesUrl;
};

// What POST /accounts/{id}/payment-orders sends.
struct PaymentOrderRequest {
    struct Item {
        QString subAccount;
        Money amount;
        friend bool operator==(const Item&, const Item&) = default;
    };
    QList<Item> items;
    QString receiptEmail; // empty = null
    QString receiptPhone; // empty = null
    bool consent = false;
    friend bool operator==(const PaymentOrderRequest&, const PaymentOrderRequest&) = default;
};

struct PaymentOrder {
    enum class Status { Pending, Processing, Paid, Declined, Expired, Cancelled };
    struct Item {
        QString subAccount;
        QString provider;
        Money amount;
    };
    QString id;
    qint64 accountId = 0;
    Status status = Status::Pending;
    Money total;
    QList<Item> items;
    QString receiptEmail;
    QString receiptPhone;
    QUrl paymentUrl;
    QDateTime createdAt;
    QDateTime expiresAt;
    QDateTime paidAt;      // invalid until paid
    QString declineReason; // declined only

    bool isFinal() const { return isFinal(status); }
    static bool isFinal(Status status) { return status != Status::Pending && status != Status::Processing; }
};

QString paymentStatusToWire(PaymentRecord::Status status);
std::optional<PaymentRecord::Status> paymentStatusFromWire(const QString& text);
QString orderStatusToWire(PaymentOrder::Status status);
std::optional<PaymentOrder::Status> orderStatusFromWire(const QString& text);

} // namespace lkk
