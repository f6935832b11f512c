#include "server/payments/OrderService.h"

#include "server/Clock.h"
#include "server/accounts/AccountsService.h"
#include "server/accounts/TomskTime.h"
#include "server/db/Database.h"
#include "server/http/JsonBody.h"
#include "server/payments/PaymentDue.h"
#include "server/payments/PaymentMessages.h"
#include "server/payments/PaymentsApi.h"
#include "shared/ErrorCodes.h"
#include "shared/InputRules.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QVariant>
#include <cmath>

namespace lkk::server::payments {

using namespace Qt::StringLiterals;
using Msg = PaymentMessages::Text;
using Status = OrderStatus;

namespace {

Failure invalid(Language lang, const QString& field, Msg text) {
    return Failure::of(400, errc::validationFailed, field, PaymentMessages::text(text, lang));
}

Failure wrongType(const QString& field) {
    return Failure::of(400, errc::wrongType, field);
}

// The raw text of each "amount" value in body order: 1.5, 1e3 and 100.0 are not integers even
// though QJsonDocument reads some of them as whole numbers.
QList<QByteArray> rawAmounts(const QByteArray& body) {
    QList<QByteArray> result;
    qsizetype i = 0;
    QByteArray lastString;
    bool afterKey = false;
    while (i < body.size()) {
        const char c = body.at(i);
        if (c == '"') {
            QByteArray s;
            ++i;
            while (i < body.size() && body.at(i) != '"') {
                if (body.at(i) == '\\')
                    s += body.at(i++);
                if (i < body.size())
                    s += body.at(i++);
            }
            ++i;
            lastString = s;
            afterKey = false;
            continue;
        }
        if (c == ':') {
            afterKey = lastString == "amount";
            ++i;
            continue;
        }
        if (afterKey && (c == '-' || (c >= '0' && c <= '9'))) {
            qsizetype j = i;
            while (j < body.size() && QByteArrayView("+-.eE0123456789").contains(body.at(j)))
                ++j;
            result << body.mid(i, j - i);
            i = j;
            afterKey = false;
            continue;
        }
        if (c != ' ' && c != '\t' && c != '\n' && c != '\r')
            afterKey = false;
        ++i;
    }
    return result;
}

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
    const qint64 id = *linked;
    QSqlQuery q(context.db);
    q.prepare(u"SELECT a.address_display, u.email, u.phone FROM billing_accounts a, users u "
              u"WHERE a.id = ? AND u.id = ?"_s);
    q.addBindValue(id);
    q.addBindValue(context.caller.userId);
    if (!q.exec() || !q.next())
        return Failure::databaseUnavailable();
    const auto subAccounts = PaymentDue::subAccounts(context.db, id, context.nowMs);
    if (!subAccounts)
        return Failure::databaseUnavailable();
    QJsonArray items;
    for (const SubAccount& s : *subAccounts)
        items.append(QJsonObject{{u"providerId"_s, s.providerId},
                                 {u"provider"_s, s.provider},
                                 {u"subAccount"_s, s.subAccount},
                                 {u"title"_s, QString(u"Услуга по сбору ДС за ЖКУ "_s + s.provider)},
                                 {u"due"_s, s.due()}});
    const QString base = m_options.publicUrl.toString(QUrl::RemovePath | QUrl::RemoveQuery);
    return ApiReply::json(QJsonObject{{u"address"_s, q.value(0).toString()},
                                      {u"email"_s, q.value(1).toString()},
                                      {u"phone"_s, q.value(2).toString()},
                                      {u"maxOrderTotal"_s, m_options.maxOrderTotal},
                                      {u"items"_s, items},
                                      {u"rulesUrl"_s, QString(base + u"/payment-rules"_s)}});
}

Result<ApiReply> OrderService::create(RequestContext& context) const {
    const Language lang = context.language;
    const auto linked = accounts::AccountsService::requireLinked(context, context.arg(0));
    if (!linked)
        return linked.failure();
    const qint64 accountId = *linked;
    const QByteArray& key = context.request.idempotencyKey;
    const QByteArray& body = context.request.body;
    static const QRegularExpression keyPattern(u"^[A-Za-z0-9-]{8,64}$"_s);
    const QString idempotencyKey = QString::fromLatin1(key);
    if (!keyPattern.match(idempotencyKey).hasMatch())
        return Failure::of(400, errc::idempotencyKeyRequired, u"Idempotency-Key"_s,
                           PaymentMessages::text(Msg::IdempotencyKey, lang));

    // Strict parsing by hand: JsonBody has no arrays. Size and media type first, like JsonBody.
    if (body.size() > context.maxBodyBytes)
        return Failure::of(413, errc::bodyTooLarge);
    if (!JsonBody::isJsonContentType(context.request.contentType))
        return Failure::of(415, errc::unsupportedMediaType);
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject())
        return Failure::of(400, errc::malformedJson);
    const QJsonObject o = doc.object();
    static const QStringList known{u"items"_s, u"receiptEmail"_s, u"receiptPhone"_s, u"consent"_s};
    for (auto it = o.begin(); it != o.end(); ++it) {
        if (!known.contains(it.key()))
            return Failure::of(400, errc::unknownField, it.key());
    }
    if (!o.value(u"items"_s).isArray())
        return o.contains(u"items"_s) ? wrongType(u"items"_s) : invalid(lang, u"items"_s, Msg::ItemsEmpty);
    for (const QString& name : {u"receiptEmail"_s, u"receiptPhone"_s}) {
        const QJsonValue v = o.value(name);
        if (!v.isUndefined() && !v.isNull() && !v.isString())
            return wrongType(name);
    }
    const QJsonValue consent = o.value(u"consent"_s);
    if (!consent.isUndefined() && !consent.isNull() && !consent.isBool())
        return wrongType(u"consent"_s);

    const QJsonArray rawItems = o.value(u"items"_s).toArray();
    const QList<QByteArray> amountTexts = rawAmounts(body);
    struct Wanted {
        QString subAccount;
        qint64 amount;
    };
    QList<Wanted> wanted;
    for (qsizetype i = 0; i < rawItems.size(); ++i) {
        const QString prefix = u"items[%1]"_s.arg(i);
        if (!rawItems.at(i).isObject())
            return wrongType(prefix);
        const QJsonObject item = rawItems.at(i).toObject();
        for (auto it = item.begin(); it != item.end(); ++it) {
            if (it.key() != u"subAccount"_s && it.key() != u"amount"_s)
                return Failure::of(400, errc::unknownField, prefix + u'.' + it.key());
        }
        if (!item.contains(u"subAccount"_s))
            return invalid(lang, prefix + u".subAccount"_s, Msg::SubAccountUnknown);
        if (!item.value(u"subAccount"_s).isString())
            return wrongType(prefix + u".subAccount"_s);
        const QJsonValue amount = item.value(u"amount"_s);
        if (amount.isUndefined() || amount.isNull())
            return invalid(lang, prefix + u".amount"_s, Msg::ItemsEmpty);
        if (!amount.isDouble())
            return wrongType(prefix + u".amount"_s);
        const double d = amount.toDouble();
        const QByteArray text = amountTexts.value(i);
        const bool plainInteger = !text.isEmpty() && !text.contains('.') && !text.contains('e') && !text.contains('E');
        if (!std::isfinite(d) || std::floor(d) != d || !plainInteger)
            return wrongType(prefix + u".amount"_s);
        if (d < 0)
            return invalid(lang, prefix + u".amount"_s, Msg::AmountNegative);
        if (d > double(m_options.maxOrderTotal))
            return invalid(lang, prefix + u".amount"_s, Msg::AmountTooLarge);
        wanted << Wanted{item.value(u"subAccount"_s).toString(), qint64(d)};
    }
    if (consent != QJsonValue(true))
        return invalid(lang, u"consent"_s, Msg::ConsentRequired);
    const QString email = o.value(u"receiptEmail"_s).toString().trimmed();
    const QString phoneText = o.value(u"receiptPhone"_s).toString().trimmed();
    if (email.isEmpty() && phoneText.isEmpty())
        return invalid(lang, u"receiptEmail"_s, Msg::ReceiptRequired);
    if (!email.isEmpty() && rules::checkEmail(email))
        return invalid(lang, u"receiptEmail"_s, Msg::EmailInvalid);
    static const QRegularExpression e164(u"^\\+7[0-9]{10}$"_s);
    if (!phoneText.isEmpty() && !e164.match(phoneText).hasMatch())
        return invalid(lang, u"receiptPhone"_s, Msg::PhoneInvalid);

    const auto subAccounts = PaymentDue::subAccounts(context.db, accountId, context.nowMs);
    if (!subAccounts)
        return Failure::databaseUnavailable();
    QList<OrderItem> items;
    qint64 total = 0;
    QStringList seen;
    for (qsizetype i = 0; i < wanted.size(); ++i) {
        const QString field = u"items[%1].subAccount"_s.arg(i);
        if (seen.contains(wanted.at(i).subAccount))
            return invalid(lang, field, Msg::SubAccountRepeated);
        seen << wanted.at(i).subAccount;
        const auto found = std::find_if(subAccounts->cbegin(), subAccounts->cend(),
                                        [&](const SubAccount& s) { return s.subAccount == wanted.at(i).subAccount; });
        if (found == subAccounts->cend())
            return invalid(lang, field, Msg::SubAccountUnknown);
        items << OrderItem{found->providerId, found->provider, found->subAccount, wanted.at(i).amount};
        total += wanted.at(i).amount; // each ≤ 5·10^7: no overflow for any body that fits in max-body-bytes
    }
    if (total <= 0)
        return invalid(lang, u"items"_s, Msg::ItemsEmpty);
    if (total > m_options.maxOrderTotal)
        return invalid(lang, u"items"_s, Msg::TotalTooLarge);

    // The canonical request: what "the same body" means for the Idempotency-Key.
    QJsonArray canonicalItems;
    for (const OrderItem& item : std::as_const(items))
        canonicalItems.append(QJsonObject{{u"subAccount"_s, item.subAccount}, {u"amount"_s, item.amount}});
    const QJsonObject canonical{{u"accountId"_s, accountId},
                                {u"items"_s, canonicalItems},
                                {u"receiptEmail"_s, email},
                                {u"receiptPhone"_s, phoneText}};
    const QString hash = QString::fromLatin1(
        QCryptographicHash::hash(QJsonDocument(canonical).toJson(QJsonDocument::Compact), QCryptographicHash::Sha256)
            .toHex());

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
