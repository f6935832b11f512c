#include "server/payments/OrderStore.h"

#include "server/accounts/TomskTime.h"
#include "server/db/Database.h"
#include "server/payments/PaymentsApi.h"
#include "server/payments/ReceiptSender.h"

#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QVariant>

namespace lkk::server::payments {

using namespace Qt::StringLiterals;

namespace {

using Status = OrderStatus;

constexpr struct {
    OrderStatus status;
    QStringView name;
} kStatusNames[] = {{Status::Pending, u"pending"}, {Status::Processing, u"processing"},
                    {Status::Paid, u"paid"},       {Status::Declined, u"declined"},
                    {Status::Expired, u"expired"}, {Status::Cancelled, u"cancelled"}};

} // namespace

QString orderStatusName(OrderStatus status) {
    for (const auto& entry : kStatusNames) {
        if (entry.status == status)
            return entry.name.toString();
    }
    return {};
}

std::optional<OrderStatus> orderStatusFromName(const QString& name) {
    for (const auto& entry : kStatusNames) {
        if (entry.name == name)
            return entry.status;
    }
    return std::nullopt;
}

OrderStore::OrderStore(Database& database, PaymentOptions options, mail::Mailer& mailer)
    : m_database(database)
    , m_options(std::move(options))
    , m_mailer(mailer) {}

QString OrderStore::newId() {
    quint32 words[4];
    QRandomGenerator::system()->fillRange(words);
    return QString::fromLatin1(QByteArray(reinterpret_cast<const char*>(words), sizeof(words))
                                   .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

bool OrderStore::validId(const QString& id) {
    static const QRegularExpression pattern(u"^[A-Za-z0-9_-]{16,64}$"_s);
    return pattern.match(id).hasMatch();
}

Result<std::optional<Order>> OrderStore::load(QSqlDatabase& db, const QString& id, qint64 userId) const {
    const std::optional<Order> missing;
    if (!validId(id))
        return missing;
    QSqlQuery q(db);
    q.prepare(u"SELECT user_id, account_id, status, total, receipt_email, receipt_phone, created_at, expires_at, "
              u"processing_until, paid_at, decline_reason FROM payment_orders WHERE id = ?"_s);
    q.addBindValue(id);
    if (!q.exec())
        return Failure::databaseUnavailable();
    if (!q.next() || (userId > 0 && q.value(0).toLongLong() != userId))
        return missing;
    Order o;
    o.id = id;
    o.userId = q.value(0).toLongLong();
    o.accountId = q.value(1).toLongLong();
    const auto status = orderStatusFromName(q.value(2).toString());
    if (!status) // only the names above are ever written
        return Failure::databaseUnavailable();
    o.status = *status;
    o.total = q.value(3).toLongLong();
    o.receiptEmail = q.value(4).toString();
    o.receiptPhone = q.value(5).toString();
    o.createdAt = q.value(6).toLongLong();
    o.expiresAt = q.value(7).toLongLong();
    if (!q.value(8).isNull())
        o.processingUntil = q.value(8).toLongLong();
    if (!q.value(9).isNull())
        o.paidAt = q.value(9).toLongLong();
    o.declineReason = q.value(10).toString();
    QSqlQuery i(db);
    i.prepare(u"SELECT i.provider_id, p.name, i.sub_account, i.amount FROM payment_order_items i "
              u"JOIN billing_providers p ON p.id = i.provider_id WHERE i.order_id = ? ORDER BY i.ord"_s);
    i.addBindValue(id);
    if (!i.exec())
        return Failure::databaseUnavailable();
    while (i.next())
        o.items << OrderItem{i.value(0).toLongLong(), i.value(1).toString(), i.value(2).toString(),
                             i.value(3).toLongLong()};
    return std::optional<Order>(o);
}

bool OrderStore::reload(QSqlDatabase& db, Order* order) const {
    const auto fresh = load(db, order->id, 0);
    if (!fresh || !*fresh)
        return false;
    *order = **fresh;
    return true;
}

bool OrderStore::transition(QSqlDatabase& db, const QString& id, OrderStatus from, OrderStatus to, bool* changed,
                            const QString& extraSet, const QVariantList& extraValues) const {
    QSqlQuery q(db);
    q.prepare(u"UPDATE payment_orders SET status = ?"_s + extraSet + u" WHERE id = ? AND status = ?"_s);
    q.addBindValue(orderStatusName(to));
    for (const QVariant& v : extraValues)
        q.addBindValue(v);
    q.addBindValue(id);
    q.addBindValue(orderStatusName(from));
    if (!q.exec())
        return false;
    *changed = q.numRowsAffected() == 1;
    return true;
}

bool OrderStore::markPaid(QSqlDatabase& db, const Order& order, qint64 paidAt) const {
    if (!m_database.beginWrite(db))
        return false;
    bool changed = false;
    if (!transition(db, order.id, Status::Processing, Status::Paid, &changed, u", paid_at = ?"_s, {paidAt})) {
        Database::rollback(db);
        return false;
    }
    if (!changed) { // another request confirmed it first: it pays, not us
        Database::rollback(db);
        return true;
    }
    const QDate day = accounts::TomskTime::today(paidAt);
    for (qsizetype n = 0; n < order.items.size(); ++n) {
        const OrderItem& item = order.items.at(n);
        if (item.amount <= 0)
            continue;
        QSqlQuery q(db);
        q.prepare(
            u"INSERT INTO billing_payments (external_id, payment_date, account_id, provider_id, sub_account, "
            u"amount, status, period, order_id, paid_at_ms, credit_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
        q.addBindValue(QString(u"LKK-"_s + order.id + u'-' + QString::number(n + 1)));
        q.addBindValue(day.toString(u"yyyy-MM-dd"_s));
        q.addBindValue(order.accountId);
        q.addBindValue(item.providerId);
        q.addBindValue(item.subAccount);
        q.addBindValue(item.amount);
        q.addBindValue(u"processing"_s); // the payment's status (billing_payments), not the order's
        q.addBindValue(day.toString(u"yyyy-MM"_s));
        q.addBindValue(order.id);
        q.addBindValue(paidAt);
        q.addBindValue(paidAt + m_options.creditDelaySec * 1000);
        if (!q.exec()) {
            qCWarning(lcPayments) << "cannot record a payment of order" << order.id;
            Database::rollback(db);
            return false;
        }
    }
    if (!Database::commit(db))
        return false;
    qCInfo(lcPayments) << "order" << order.id << "paid:" << order.total << "kopecks";
    Order paid = order;
    paid.status = Status::Paid;
    paid.paidAt = paidAt;
    ReceiptSender::sendOnce(db, paid, &m_mailer, m_options.smsDir);
    return true;
}

bool OrderStore::settle(QSqlDatabase& db, Order* order, qint64 now) const {
    bool changed = false;
    if (order->status == Status::Processing && order->processingUntil && *order->processingUntil <= now) {
        if (*order->processingUntil <= order->expiresAt) {
            if (!markPaid(db, *order, *order->processingUntil))
                return false;
            changed = true;
        }
    }
    if (!changed && (order->status == Status::Pending || order->status == Status::Processing) &&
        now > order->expiresAt) {
        if (!transition(db, order->id, order->status, Status::Expired, &changed))
            return false;
        if (changed)
            qCInfo(lcPayments) << "order" << order->id << "expired";
        changed = true; // reload either way: someone else may have moved it
    }
    if (!changed)
        return true;
    return reload(db, order);
}

} // namespace lkk::server::payments
