#pragma once

#include <QByteArray>
#include <QString>

namespace lkk::server::payments {

// The HTML of the sandbox bank page (Russian, self-contained, no scripts) and of the payment rules.
class SandboxPage {
public:
    // The card form for an order of `total` kopecks; `error` shown above the fields when set.
    static QByteArray form(const QString& orderId, qint64 total, const QString& error = {});
    // A final page: «Оплата прошла успешно», «Оплата отклонена: …», …
    static QByteArray result(const QString& title, const QString& text);
    static QByteArray rules();
};

} // namespace lkk::server::payments
