#pragma once

#include <QString>
#include <QUrl>

namespace lkk::server::payments {

// The payments settings of ServerConfig (docs/operations.md) plus what ServerApp learns at start.
struct PaymentOptions {
    qint64 orderTtlSec = 900;        // payment-order-ttl: pending/processing orders expire after it
    qint64 creditDelaySec = 60;      // payment-credit-delay: a paid order's payments turn credited
    qint64 sandboxSlowSec = 10;      // sandbox-slow-seconds: the slow test card stays processing
    qint64 maxOrderTotal = 50000000; // kopecks: 500 000,00 руб. per order
    bool sandbox = false;            // demo/test: /sandbox/pay pages answer; production: 404
    QString gatewayUrl;              // payment-gateway-url (production): paymentUrl = this + order id
    QUrl publicUrl;                  // the server's own https://host:port (paymentUrl, rulesUrl)
    QString smsDir;                  // demo/test: SMS receipts are written here; empty = log only
};

} // namespace lkk::server::payments
