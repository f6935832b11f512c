#pragma once

#include "server/Result.h"
#include "server/http/Messages.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace lkk::server::payments {

// The body of POST /accounts/{id}/payment-orders, checked without the database: the JSON shape
// through JsonBody (size, media type, fields and their types), then each item (a sub-account and
// a plain integer amount in kopecks, 0 … maxOrderTotal), the consent and the receipt address.
// Whether the sub-accounts are the account's is the caller's check.
struct OrderRequest {
    struct Item {
        QString subAccount;
        qint64 amount = 0;
    };
    QList<Item> items;
    QString receiptEmail; // trimmed; empty = none
    QString receiptPhone; // +7XXXXXXXXXX or empty

    static Result<OrderRequest> parse(const QByteArray& contentType, const QByteArray& body, qint64 maxBodyBytes,
                                      qint64 maxOrderTotal, Language language);
};

} // namespace lkk::server::payments
