#include "server/payments/OrderService.h"

#include "server/Clock.h"
#include "server/Sha256Hex.h"
#include "server/accounts/AccountsService.h"
#include "server/accounts/TomskTime.h"
#include "server/db/Database.h"
#include "server/http/JsonWriter.h"
#include "server/payments/OrderRequest.h"
#include "server/payments/PaymentDue.h"
#include "server/payments/PaymentMessages.h"
#include "server/payments/PaymentsApi.h"
#include "shared/ErrorCodes.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QVariant>

namespace lkk::server::payments {

using namespace Qt::StringLiterals;
using Msg = PaymentMessages::Text;
using Status = OrderStatus;

namespace {

QString iso(qint64 ms) {
    return accounts::TomskTime::isoUtc(ms);
}

QJsonValue isoOrNull(const std::optional<qint64>& ms) {
    return ms ? QJsonValue(iso(*ms)) : QJsonValue();
}

QJsonValue textOrNull(const QString& text) {
    return text.isEmpty() ? QJsonValue() : QJsonValue(text);
}

} // namespace

OrderService::OrderService(Database& database, const OrderStore& store, PaymentOptions options)
    : m_database(database)
    , m_store(store)
    , m_options(std::move(options)) {}

QJsonObject OrderService::toJson(const Order& o) const {
    QJsonArray items;
    for (const OrderItem& item : o.items)
        items.append(QJsonObject{
            {u"subAccount"_s, item.subAccount}, {u"provider"_s, item.provider}, {u"amount"_s, item.amount}});
    QString paymentUrl;
    if (m_options.sandbox || m_options.gatewayUrl.isEmpty())
        paymentUrl = m_options.publicUrl.toString(QUrl::RemovePath | QUrl::RemoveQuery) + u"/sandbox/pay/"_s + o.id;
    else
        paymentUrl = m_options.gatewayUrl + o.id;
    return QJsonObject{{u"id"_s, o.id},
                       {u"accountId"_s, o.accountId},
                       {u"status"_s, orderStatusName(o.status)},
                       {u"total"_s, o.total},
                       {u"items"_s, items},
                       {u"receiptEmail"_s, textOrNull(o.receiptEmail)},
                       {u"receiptPhone"_s, textOrNull(o.receiptPhone)},
                       {u"paymentUrl"_s, paymentUrl},
                       {u"createdAt"_s, iso(o.createdAt)},
                       {u"expiresAt"_s, iso(o.expiresAt)},
                       {u"paidAt"_s, isoOrNull(o.paidAt)},
                       {u"declineReason"_s, textOrNull(o.declineReason)}};
}
Result<ApiReply> OrderService::form(RequestContext& context) const {
    const auto linked = accounts::AccountsService::requireLinked(context, context.arg(0));
    if (!linked)
        return linked.failure();
    const auto form = PaymentDue::form(context.db, *linked, context.caller.userId, context.nowMs);
    if (!form)
        return Failure::databaseUnavailable();
    // Written as JSON directly, members in the order QJsonObject keeps them (sorted by name).
    JsonWriter out;
    out.beginObject();
    out.key("address"_L1).value(form->address);
    out.key("email"_L1).value(form->email);
    out.key("items"_L1).beginArray();
    for (const SubAccount& s : form->subAccounts) {
        out.beginObject();
        out.key("due"_L1).value(s.due());
        out.key("provider"_L1).value(s.provider);
        out.key("providerId"_L1).value(s.providerId);
        out.key("subAccount"_L1).value(s.subAccount);
        out.key("title"_L1).value(QString(u"Услуга по сбору ДС за ЖКУ "_s + s.provider));
        out.endObject();
    }
    out.endArray();
    out.key("maxOrderTotal"_L1).value(m_options.maxOrderTotal);
    out.key("phone"_L1).value(form->phone);
    out.key("rulesUrl"_L1)
        .value(m_options.publicUrl.toString(QUrl::RemovePath | QUrl::RemoveQuery) + u"/payment-rules"_s);
    out.endObject();
    ApiReply reply;
    reply.body = out.take();
    return reply;
}

Result<ApiReply> OrderService::create(RequestContext& context) const {
    const Language lang = context.language;
    const auto linked = accounts::AccountsService::requireLinked(context, context.arg(0));
    if (!linked)
        return linked.failure();
    const qint64 accountId = *linked;
    const QByteArray& key = context.request.idempotencyKey;
    static const QRegularExpression keyPattern(u"^[A-Za-z0-9-]{8,64}$"_s);
    const QString idempotencyKey = QString::fromLatin1(key);
    if (!keyPattern.match(idempotencyKey).hasMatch())
        return Failure::of(400, errc::idempotencyKeyRequired, u"Idempotency-Key"_s,
                           PaymentMessages::text(Msg::IdempotencyKey, lang));

    const auto request = OrderRequest::parse(context.request.contentType, context.request.body, context.maxBodyBytes,
                                             m_options.maxOrderTotal, lang);
    if (!request)
        return request.failure();
    const QList<OrderRequest::Item>& wanted = request->items;
    const QString& email = request->receiptEmail;
    const QString& phoneText = request->receiptPhone;

    const auto subAccounts = PaymentDue::subAccounts(context.db, accountId, context.nowMs);
    if (!subAccounts)
        return Failure::databaseUnavailable();
    QList<OrderItem> items;
    qint64 total = 0;
    QStringList seen;
    for (qsizetype i = 0; i < wanted.size(); ++i) {
        const QString field = u"items[%1].subAccount"_s.arg(i);
        if (seen.contains(wanted.at(i).subAccount))
            return PaymentMessages::invalid(field, Msg::SubAccountRepeated, lang);
        seen << wanted.at(i).subAccount;
        const auto found = std::find_if(subAccounts->cbegin(), subAccounts->cend(),
                                        [&](const SubAccount& s) { return s.subAccount == wanted.at(i).subAccount; });
        if (found == subAccounts->cend())
            return PaymentMessages::invalid(field, Msg::SubAccountUnknown, lang);
        items << OrderItem{found->providerId, found->provider, found->subAccount, wanted.at(i).amount};
        total += wanted.at(i).amount; // each ≤ 5·10^7: no overflow for any body that fits in max-body-bytes
    }
    if (total <= 0)
        return PaymentMessages::invalid(u"items"_s, Msg::ItemsEmpty, lang);
    if (total > m_options.maxOrderTotal)
        return PaymentMessages::invalid(u"items"_s, Msg::TotalTooLarge, lang);

    // The canonical request: what "the same body" means for the Idempotency-Key.
    QJsonArray canonicalItems;
    for (const OrderItem& item : std::as_const(items))
        canonicalItems.append(QJsonObject{{u"subAccount"_s, item.subAccount}, {u"amount"_s, item.amount}});
    const QJsonObject canonical{{u"accountId"_s, accountId},
                                {u"items"_s, canonicalItems},
                                {u"receiptEmail"_s, email},
                                {u"receiptPhone"_s, phoneText}};
    const QString hash = sha256Hex(QJsonDocument(canonical).toJson(QJsonDocument::Compact));

    // The order already made with this key: nullopt when there is none yet.
    auto existing = [&]() -> Result<std::optional<ApiReply>> {
        QSqlQuery q(context.db);
        q.prepare(u"SELECT id, request_hash FROM payment_orders WHERE user_id = ? AND idempotency_key = ?"_s);
        q.addBindValue(context.caller.userId);
        q.addBindValue(idempotencyKey);
        if (!q.exec())
            return Failure::databaseUnavailable();
        if (!q.next())
            return std::optional<ApiReply>();
        if (q.value(1).toString() != hash)
            return Failure::of(409, errc::idempotencyConflict, u"Idempotency-Key"_s,
                               PaymentMessages::text(Msg::IdempotencyConflict, lang));
        const auto found = m_store.load(context.db, q.value(0).toString(), context.caller.userId);
        if (!found || !*found)
            return Failure::databaseUnavailable();
        Order order = **found;
        if (!m_store.settle(context.db, &order, context.nowMs))
            return Failure::databaseUnavailable();
        return std::optional<ApiReply>(ApiReply::json(toJson(order), 200));
    };
    if (const auto before = existing(); !before || *before)
        return before ? **before : Result<ApiReply>(before.failure());

    Order order;
    order.id = OrderStore::newId();
    order.userId = context.caller.userId;
    order.accountId = accountId;
    order.status = Status::Pending;
    order.total = total;
    order.receiptEmail = email;
    order.receiptPhone = phoneText;
    order.createdAt = context.nowMs;
    order.expiresAt = context.nowMs + m_options.orderTtlSec * 1000;
    order.items = items;
    if (!m_database.beginWrite(context.db))
        return Failure::databaseUnavailable();
    QSqlQuery q(context.db);
    q.prepare(u"INSERT INTO payment_orders (id, user_id, account_id, idempotency_key, request_hash, status, total, "
              u"receipt_email, receipt_phone, created_at, expires_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
    q.addBindValue(order.id);
    q.addBindValue(order.userId);
    q.addBindValue(accountId);
    q.addBindValue(idempotencyKey);
    q.addBindValue(hash);
    q.addBindValue(orderStatusName(Status::Pending));
    q.addBindValue(total);
    q.addBindValue(email.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(email));
    q.addBindValue(phoneText.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(phoneText));
    q.addBindValue(order.createdAt);
    q.addBindValue(order.expiresAt);
    bool ok = q.exec();
    for (qsizetype n = 0; ok && n < items.size(); ++n) {
        QSqlQuery i(context.db);
        i.prepare(u"INSERT INTO payment_order_items (order_id, ord, provider_id, sub_account, amount) "
                  u"VALUES (?, ?, ?, ?, ?)"_s);
        i.addBindValue(order.id);
        i.addBindValue(int(n));
        i.addBindValue(items.at(n).providerId);
        i.addBindValue(items.at(n).subAccount);
        i.addBindValue(items.at(n).amount);
        ok = i.exec();
    }
    if (!ok || !Database::commit(context.db)) {
        Database::rollback(context.db);
        // Most likely the same key raced in from a parallel request: answer with its order.
        const auto after = existing();
        if (!after)
            return after.failure();
        return *after ? Result<ApiReply>(**after) : Failure::databaseUnavailable();
    }
    qCInfo(lcPayments) << "order" << order.id << "created for account" << accountId << "total" << total;
    return ApiReply::json(toJson(order), 201);
}

Result<Order> OrderService::loadCallersOrder(RequestContext& context) const {
    const auto found = m_store.load(context.db, context.arg(0), context.caller.userId);
    if (!found)
        return found.failure();
    if (!*found)
        return Failure::of(404, errc::notFound, {}, PaymentMessages::text(Msg::OrderNotFound, context.language));
    Order order = **found;
    if (!m_store.settle(context.db, &order, context.nowMs))
        return Failure::databaseUnavailable();
    return order;
}

Result<ApiReply> OrderService::get(RequestContext& context) const {
    const auto order = loadCallersOrder(context);
    if (!order)
        return order.failure();
    return ApiReply::json(toJson(*order));
}

Result<ApiReply> OrderService::cancel(RequestContext& context) const {
    auto loaded = loadCallersOrder(context);
    if (!loaded)
        return loaded.failure();
    Order order = std::move(loaded).value();
    bool changed = false;
    if (order.status == Status::Pending &&
        !m_store.transition(context.db, order.id, Status::Pending, Status::Cancelled, &changed))
        return Failure::databaseUnavailable();
    if (changed && !m_store.reload(context.db, &order))
        return Failure::databaseUnavailable();
    if (!changed)
        return Failure::of(409, errc::orderNotCancellable, {},
                           PaymentMessages::text(Msg::NotCancellable, context.language),
                           QJsonObject{{u"status"_s, orderStatusName(order.status)}});
    qCInfo(lcPayments) << "order" << order.id << "cancelled by the customer";
    return ApiReply::json(toJson(order));
}
} // namespace lkk::server::payments
