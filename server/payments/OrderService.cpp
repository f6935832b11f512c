#include "server/payments/OrderService.h"

#include "server/Clock.h"
#include "server/accounts/AccountsService.h"
#include "server/accounts/TomskTime.h"
#include "server/db/Database.h"
#include "server/http/HtmlPage.h"
#include "server/http/JsonBody.h"
#include "server/payments/PaymentDue.h"
#include "server/payments/PaymentMessages.h"
#include "server/payments/PaymentsApi.h"
#include "server/payments/ReceiptSender.h"
#include "server/payments/SandboxCard.h"
#include "server/payments/SandboxPage.h"
#include "shared/ErrorCodes.h"
#include "shared/InputRules.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QUrlQuery>
#include <QVariant>
#include <cmath>

namespace lkk::server::payments {

using namespace Qt::StringLiterals;
using Msg = PaymentMessages::Text;

namespace {

const QString kPending = u"pending"_s;
const QString kProcessing = u"processing"_s;
const QString kPaid = u"paid"_s;
const QString kDeclined = u"declined"_s;
const QString kExpired = u"expired"_s;
const QString kCancelled = u"cancelled"_s;

QString newOrderId() {
    quint32 words[4];
    QRandomGenerator::system()->fillRange(words);
    return QString::fromLatin1(QByteArray(reinterpret_cast<const char*>(words), sizeof(words))
                                   .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

bool validOrderId(const QString& id) {
    static const QRegularExpression pattern(u"^[A-Za-z0-9_-]{16,64}$"_s);
    return pattern.match(id).hasMatch();
}

ApiReply invalid(Language lang, const QString& field, Msg text) {
    return ApiReply::error(400, errc::validationFailed, lang, field, PaymentMessages::text(text, lang));
}

ApiReply wrongType(Language lang, const QString& field) {
    return ApiReply::error(400, errc::wrongType, lang, field);
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

OrderService::OrderService(Database& database, PaymentOptions options)
    : m_database(database)
    , m_options(std::move(options)) {
    m_publicUrl = m_options.publicUrl;
}

void OrderService::setPublicUrl(const QUrl& url) {
    const QMutexLocker lock(&m_urlLock);
    m_publicUrl = url;
}

QUrl OrderService::publicUrl() const {
    const QMutexLocker lock(&m_urlLock);
    return m_publicUrl;
}

QJsonObject OrderService::toJson(const Order& o) const {
    QJsonArray items;
    for (const Item& item : o.items)
        items.append(QJsonObject{
            {u"subAccount"_s, item.subAccount}, {u"provider"_s, item.provider}, {u"amount"_s, item.amount}});
    QString paymentUrl;
    if (m_options.sandbox || m_options.gatewayUrl.isEmpty())
        paymentUrl = publicUrl().toString(QUrl::RemovePath | QUrl::RemoveQuery) + u"/sandbox/pay/"_s + o.id;
    else
        paymentUrl = m_options.gatewayUrl + o.id;
    return QJsonObject{{u"id"_s, o.id},
                       {u"accountId"_s, o.accountId},
                       {u"status"_s, o.status},
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

OrderService::Load OrderService::load(QSqlDatabase& db, const QString& id, qint64 userId, Order* out) const {
    if (!validOrderId(id))
        return Load::Missing;
    QSqlQuery q(db);
    q.prepare(u"SELECT user_id, account_id, status, total, receipt_email, receipt_phone, created_at, expires_at, "
              u"processing_until, paid_at, decline_reason FROM payment_orders WHERE id = ?"_s);
    q.addBindValue(id);
    if (!q.exec())
        return Load::DatabaseError;
    if (!q.next() || (userId > 0 && q.value(0).toLongLong() != userId))
        return Load::Missing;
    Order o;
    o.id = id;
    o.userId = q.value(0).toLongLong();
    o.accountId = q.value(1).toLongLong();
    o.status = q.value(2).toString();
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
        return Load::DatabaseError;
    while (i.next())
        o.items << Item{i.value(0).toLongLong(), i.value(1).toString(), i.value(2).toString(), i.value(3).toLongLong()};
    *out = o;
    return Load::Found;
}

bool OrderService::transition(QSqlDatabase& db, const QString& id, const QString& from, const QString& to,
                              bool* changed, const QString& extraSet, const QVariantList& extraValues) const {
    QSqlQuery q(db);
    q.prepare(u"UPDATE payment_orders SET status = ?"_s + extraSet + u" WHERE id = ? AND status = ?"_s);
    q.addBindValue(to);
    for (const QVariant& v : extraValues)
        q.addBindValue(v);
    q.addBindValue(id);
    q.addBindValue(from);
    if (!q.exec())
        return false;
    *changed = q.numRowsAffected() == 1;
    return true;
}

bool OrderService::markPaid(QSqlDatabase& db, const Order& order, qint64 paidAt) const {
    if (!m_database.beginWrite(db))
        return false;
    bool changed = false;
    if (!transition(db, order.id, kProcessing, kPaid, &changed, u", paid_at = ?"_s, {paidAt})) {
        Database::rollback(db);
        return false;
    }
    if (!changed) { // another request confirmed it first: it pays, not us
        Database::rollback(db);
        return true;
    }
    const QDate day = accounts::TomskTime::today(paidAt);
    for (qsizetype n = 0; n < order.items.size(); ++n) {
        const Item& item = order.items.at(n);
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
        q.addBindValue(kProcessing);
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
    paid.status = kPaid;
    paid.paidAt = paidAt;
    sendReceipt(db, paid);
    return true;
}

void OrderService::sendReceipt(QSqlDatabase& db, const Order& order) const {
    QSqlQuery claim(db); // once, even if two paths reach here
    claim.prepare(u"UPDATE payment_orders SET receipt_sent = 1 WHERE id = ? AND receipt_sent = 0"_s);
    claim.addBindValue(order.id);
    if (!claim.exec() || claim.numRowsAffected() != 1)
        return;
    ReceiptSender::Receipt r;
    r.orderId = order.id;
    r.total = order.total;
    r.paidAtMs = order.paidAt.value_or(0);
    r.email = order.receiptEmail;
    r.phone = order.receiptPhone;
    for (const Item& item : order.items)
        r.lines << ReceiptSender::Line{item.provider, item.subAccount, item.amount};
    QSqlQuery a(db);
    a.prepare(u"SELECT number FROM billing_accounts WHERE id = ?"_s);
    a.addBindValue(order.accountId);
    if (a.exec() && a.next())
        r.accountNumber = a.value(0).toString();
    ReceiptSender::send(r, m_mailer.load(), m_options.smsDir);
}

bool OrderService::settle(QSqlDatabase& db, Order* order, qint64 now) const {
    bool changed = false;
    if (order->status == kProcessing && order->processingUntil && *order->processingUntil <= now) {
        if (*order->processingUntil <= order->expiresAt) {
            if (!markPaid(db, *order, *order->processingUntil))
                return false;
            changed = true;
        }
    }
    if (!changed && (order->status == kPending || order->status == kProcessing) && now > order->expiresAt) {
        if (!transition(db, order->id, order->status, kExpired, &changed))
            return false;
        if (changed)
            qCInfo(lcPayments) << "order" << order->id << "expired";
        changed = true; // reload either way: someone else may have moved it
    }
    if (!changed)
        return true;
    Order fresh;
    if (load(db, order->id, 0, &fresh) != Load::Found)
        return false;
    *order = fresh;
    return true;
}

ApiReply OrderService::form(accounts::Caller& caller, const QString& idText) const {
    using accounts::AccountsService;
    const Language lang = caller.language;
    const qint64 id = accounts::parsePathId(idText);
    if (auto refused = AccountsService::refuseUnlessLinked(caller, id))
        return *refused;
    QSqlQuery q(caller.db);
    q.prepare(u"SELECT a.address_display, u.email, u.phone FROM billing_accounts a, users u "
              u"WHERE a.id = ? AND u.id = ?"_s);
    q.addBindValue(id);
    q.addBindValue(caller.userId);
    if (!q.exec() || !q.next())
        return accounts::databaseDown(caller.db, lang);
    const auto subAccounts = PaymentDue::subAccounts(caller.db, id, caller.nowMs);
    if (!subAccounts)
        return accounts::databaseDown(caller.db, lang);
    QJsonArray items;
    for (const SubAccount& s : *subAccounts)
        items.append(QJsonObject{{u"providerId"_s, s.providerId},
                                 {u"provider"_s, s.provider},
                                 {u"subAccount"_s, s.subAccount},
                                 {u"title"_s, QString(u"Услуга по сбору ДС за ЖКУ "_s + s.provider)},
                                 {u"due"_s, s.due()}});
    const QString base = publicUrl().toString(QUrl::RemovePath | QUrl::RemoveQuery);
    ApiReply reply = ApiReply::json(QJsonObject{{u"address"_s, q.value(0).toString()},
                                                {u"email"_s, q.value(1).toString()},
                                                {u"phone"_s, q.value(2).toString()},
                                                {u"maxOrderTotal"_s, m_options.maxOrderTotal},
                                                {u"items"_s, items},
                                                {u"rulesUrl"_s, QString(base + u"/payment-rules"_s)}});
    reply.userId = caller.userId;
    return reply;
}

ApiReply OrderService::create(accounts::Caller& caller, const QString& idText, const QByteArray& key,
                              const QByteArray& contentType, const QByteArray& body, qint64 maxBodyBytes) const {
    using accounts::AccountsService;
    const Language lang = caller.language;
    const qint64 accountId = accounts::parsePathId(idText);
    if (auto refused = AccountsService::refuseUnlessLinked(caller, accountId))
        return *refused;
    static const QRegularExpression keyPattern(u"^[A-Za-z0-9-]{8,64}$"_s);
    const QString idempotencyKey = QString::fromLatin1(key);
    if (!keyPattern.match(idempotencyKey).hasMatch())
        return ApiReply::error(400, errc::idempotencyKeyRequired, lang, u"Idempotency-Key"_s,
                               PaymentMessages::text(Msg::IdempotencyKey, lang));

    // Strict parsing by hand: JsonBody has no arrays. Size and media type first, like JsonBody.
    if (body.size() > maxBodyBytes)
        return ApiReply::error(413, errc::bodyTooLarge, lang);
    if (!JsonBody::isJsonContentType(contentType))
        return ApiReply::error(415, errc::unsupportedMediaType, lang);
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject())
        return ApiReply::error(400, errc::malformedJson, lang);
    const QJsonObject o = doc.object();
    static const QStringList known{u"items"_s, u"receiptEmail"_s, u"receiptPhone"_s, u"consent"_s};
    for (auto it = o.begin(); it != o.end(); ++it) {
        if (!known.contains(it.key()))
            return ApiReply::error(400, errc::unknownField, lang, it.key());
    }
    if (!o.value(u"items"_s).isArray())
        return o.contains(u"items"_s) ? wrongType(lang, u"items"_s) : invalid(lang, u"items"_s, Msg::ItemsEmpty);
    for (const QString& name : {u"receiptEmail"_s, u"receiptPhone"_s}) {
        const QJsonValue v = o.value(name);
        if (!v.isUndefined() && !v.isNull() && !v.isString())
            return wrongType(lang, name);
    }
    const QJsonValue consent = o.value(u"consent"_s);
    if (!consent.isUndefined() && !consent.isNull() && !consent.isBool())
        return wrongType(lang, u"consent"_s);

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
            return wrongType(lang, prefix);
        const QJsonObject item = rawItems.at(i).toObject();
        for (auto it = item.begin(); it != item.end(); ++it) {
            if (it.key() != u"subAccount"_s && it.key() != u"amount"_s)
                return ApiReply::error(400, errc::unknownField, lang, prefix + u'.' + it.key());
        }
        if (!item.contains(u"subAccount"_s))
            return invalid(lang, prefix + u".subAccount"_s, Msg::SubAccountUnknown);
        if (!item.value(u"subAccount"_s).isString())
            return wrongType(lang, prefix + u".subAccount"_s);
        const QJsonValue amount = item.value(u"amount"_s);
        if (amount.isUndefined() || amount.isNull())
            return invalid(lang, prefix + u".amount"_s, Msg::ItemsEmpty);
        if (!amount.isDouble())
            return wrongType(lang, prefix + u".amount"_s);
        const double d = amount.toDouble();
        const QByteArray text = amountTexts.value(i);
        const bool plainInteger = !text.isEmpty() && !text.contains('.') && !text.contains('e') && !text.contains('E');
        if (!std::isfinite(d) || std::floor(d) != d || !plainInteger)
            return wrongType(lang, prefix + u".amount"_s);
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

    const auto subAccounts = PaymentDue::subAccounts(caller.db, accountId, caller.nowMs);
    if (!subAccounts)
        return accounts::databaseDown(caller.db, lang);
    QList<Item> items;
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
        items << Item{found->providerId, found->provider, found->subAccount, wanted.at(i).amount};
        total += wanted.at(i).amount; // each ≤ 5·10^7: no overflow for any body that fits in max-body-bytes
    }
    if (total <= 0)
        return invalid(lang, u"items"_s, Msg::ItemsEmpty);
    if (total > m_options.maxOrderTotal)
        return invalid(lang, u"items"_s, Msg::TotalTooLarge);

    // The canonical request: what "the same body" means for the Idempotency-Key.
    QJsonArray canonicalItems;
    for (const Item& item : std::as_const(items))
        canonicalItems.append(QJsonObject{{u"subAccount"_s, item.subAccount}, {u"amount"_s, item.amount}});
    const QJsonObject canonical{{u"accountId"_s, accountId},
                                {u"items"_s, canonicalItems},
                                {u"receiptEmail"_s, email},
                                {u"receiptPhone"_s, phoneText}};
    const QString hash = QString::fromLatin1(
        QCryptographicHash::hash(QJsonDocument(canonical).toJson(QJsonDocument::Compact), QCryptographicHash::Sha256)
            .toHex());

    auto existing = [&]() -> ApiReply {
        QSqlQuery q(caller.db);
        q.prepare(u"SELECT id, request_hash FROM payment_orders WHERE user_id = ? AND idempotency_key = ?"_s);
        q.addBindValue(caller.userId);
        q.addBindValue(idempotencyKey);
        if (!q.exec())
            return accounts::databaseDown(caller.db, lang);
        if (!q.next())
            return ApiReply::error(404, errc::notFound, lang); // the caller retries the insert
        if (q.value(1).toString() != hash)
            return ApiReply::error(409, errc::idempotencyConflict, lang, u"Idempotency-Key"_s,
                                   PaymentMessages::text(Msg::IdempotencyConflict, lang));
        Order order;
        if (load(caller.db, q.value(0).toString(), caller.userId, &order) != Load::Found ||
            !settle(caller.db, &order, caller.nowMs))
            return accounts::databaseDown(caller.db, lang);
        ApiReply reply = ApiReply::json(toJson(order), 200);
        reply.userId = caller.userId;
        return reply;
    };
    if (ApiReply before = existing(); before.status != 404)
        return before;

    Order order;
    order.id = newOrderId();
    order.userId = caller.userId;
    order.accountId = accountId;
    order.status = kPending;
    order.total = total;
    order.receiptEmail = email;
    order.receiptPhone = phoneText;
    order.createdAt = caller.nowMs;
    order.expiresAt = caller.nowMs + m_options.orderTtlSec * 1000;
    order.items = items;
    if (!m_database.beginWrite(caller.db))
        return accounts::databaseDown(caller.db, lang);
    QSqlQuery q(caller.db);
    q.prepare(u"INSERT INTO payment_orders (id, user_id, account_id, idempotency_key, request_hash, status, total, "
              u"receipt_email, receipt_phone, created_at, expires_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
    q.addBindValue(order.id);
    q.addBindValue(order.userId);
    q.addBindValue(accountId);
    q.addBindValue(idempotencyKey);
    q.addBindValue(hash);
    q.addBindValue(kPending);
    q.addBindValue(total);
    q.addBindValue(email.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(email));
    q.addBindValue(phoneText.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(phoneText));
    q.addBindValue(order.createdAt);
    q.addBindValue(order.expiresAt);
    bool ok = q.exec();
    for (qsizetype n = 0; ok && n < items.size(); ++n) {
        QSqlQuery i(caller.db);
        i.prepare(u"INSERT INTO payment_order_items (order_id, ord, provider_id, sub_account, amount) "
                  u"VALUES (?, ?, ?, ?, ?)"_s);
        i.addBindValue(order.id);
        i.addBindValue(int(n));
        i.addBindValue(items.at(n).providerId);
        i.addBindValue(items.at(n).subAccount);
        i.addBindValue(items.at(n).amount);
        ok = i.exec();
    }
    if (!ok || !Database::commit(caller.db)) {
        Database::rollback(caller.db);
        // Most likely the same key raced in from a parallel request: answer with its order.
        if (ApiReply after = existing(); after.status != 404)
            return after;
        return accounts::databaseDown(caller.db, lang);
    }
    qCInfo(lcPayments) << "order" << order.id << "created for account" << accountId << "total" << total;
    ApiReply reply = ApiReply::json(toJson(order), 201);
    reply.userId = caller.userId;
    return reply;
}

std::optional<ApiReply> OrderService::loadCallersOrder(accounts::Caller& caller, const QString& orderId,
                                                       Order* order) const {
    switch (load(caller.db, orderId, caller.userId, order)) {
    case Load::DatabaseError:
        return accounts::databaseDown(caller.db, caller.language);
    case Load::Missing:
        return ApiReply::error(404, errc::notFound, caller.language, {},
                               PaymentMessages::text(Msg::OrderNotFound, caller.language));
    case Load::Found:
        break;
    }
    if (!settle(caller.db, order, caller.nowMs))
        return accounts::databaseDown(caller.db, caller.language);
    return std::nullopt;
}

ApiReply OrderService::get(accounts::Caller& caller, const QString& orderId) const {
    Order order;
    if (auto refused = loadCallersOrder(caller, orderId, &order))
        return *refused;
    ApiReply reply = ApiReply::json(toJson(order));
    reply.userId = caller.userId;
    return reply;
}

ApiReply OrderService::cancel(accounts::Caller& caller, const QString& orderId) const {
    Order order;
    if (auto refused = loadCallersOrder(caller, orderId, &order))
        return *refused;
    bool changed = false;
    if (order.status == kPending && !transition(caller.db, order.id, kPending, kCancelled, &changed))
        return accounts::databaseDown(caller.db, caller.language);
    if (changed && load(caller.db, order.id, 0, &order) != Load::Found)
        return accounts::databaseDown(caller.db, caller.language);
    if (!changed)
        return ApiReply::error(409, errc::orderNotCancellable, caller.language, {},
                               PaymentMessages::text(Msg::NotCancellable, caller.language),
                               QJsonObject{{u"status"_s, order.status}});
    qCInfo(lcPayments) << "order" << order.id << "cancelled by the customer";
    ApiReply reply = ApiReply::json(toJson(order));
    reply.userId = caller.userId;
    return reply;
}

ApiReply OrderService::rules() const {
    return HtmlPage::reply(200, SandboxPage::rules());
}

ApiReply OrderService::sandboxPage(const QString& orderId) const {
    if (!m_options.sandbox)
        return ApiReply::error(404, errc::notFound, Language::Ru);
    QSqlDatabase db = m_database.connection();
    Order order;
    const Load found = db.isOpen() ? load(db, orderId, 0, &order) : Load::DatabaseError;
    if (found == Load::DatabaseError)
        return accounts::databaseDown(db, Language::Ru);
    if (found == Load::Missing)
        return HtmlPage::reply(404, SandboxPage::result(u"Платёж не найден"_s, u"Проверьте ссылку на оплату."_s));
    if (!settle(db, &order, nowMs()))
        return accounts::databaseDown(db, Language::Ru);
    if (order.status != kPending)
        return HtmlPage::reply(
            409, SandboxPage::result(u"Оплата недоступна"_s, u"Состояние платежа: "_s + order.status + u'.'));
    return HtmlPage::reply(200, SandboxPage::form(order.id, order.total));
}

ApiReply OrderService::sandboxSubmit(const QString& orderId, const QByteArray& contentType,
                                     const QByteArray& body) const {
    if (!m_options.sandbox)
        return ApiReply::error(404, errc::notFound, Language::Ru);
    if (!contentType.toLower().startsWith("application/x-www-form-urlencoded"))
        return ApiReply::error(415, errc::unsupportedMediaType, Language::Ru);
    QSqlDatabase db = m_database.connection();
    const qint64 now = nowMs();
    Order order;
    const Load found = db.isOpen() ? load(db, orderId, 0, &order) : Load::DatabaseError;
    if (found == Load::DatabaseError)
        return accounts::databaseDown(db, Language::Ru);
    if (found == Load::Missing)
        return HtmlPage::reply(404, SandboxPage::result(u"Платёж не найден"_s, u"Проверьте ссылку на оплату."_s));
    if (!settle(db, &order, now))
        return accounts::databaseDown(db, Language::Ru);
    auto notPending = [&]() {
        return HtmlPage::reply(
            409, SandboxPage::result(u"Оплата недоступна"_s, u"Состояние платежа: "_s + order.status + u'.'));
    };
    if (order.status != kPending)
        return notPending();

    QByteArray form = body;
    form.replace('+', ' ');
    const QUrlQuery fields(QString::fromUtf8(form));
    auto field = [&](const QString& name) {
        return fields.queryItemValue(name, QUrl::FullyDecoded);
    };
    if (field(u"action"_s) == u"cancel"_s) {
        bool changed = false;
        if (!transition(db, order.id, kPending, kCancelled, &changed))
            return accounts::databaseDown(db, Language::Ru);
        if (!changed)
            return notPending();
        qCInfo(lcPayments) << "order" << order.id << "cancelled on the bank page";
        return HtmlPage::reply(200, SandboxPage::result(u"Оплата отменена"_s, u"Платёж отменён, деньги не списаны."_s));
    }
    const SandboxCard::Check check =
        SandboxCard::check(field(u"card"_s), field(u"expiry"_s), field(u"cvc"_s), accounts::TomskTime::today(now));
    if (!check.error.isEmpty())
        return HtmlPage::reply(400, SandboxPage::form(order.id, order.total, check.error));

    const SandboxCard::Outcome outcome = SandboxCard::outcome(check.digits);
    bool changed = false;
    if (outcome == SandboxCard::Outcome::Declined || outcome == SandboxCard::Outcome::Unsupported) {
        const QString reason = SandboxCard::declineReason(outcome);
        if (!transition(db, order.id, kPending, kDeclined, &changed, u", decline_reason = ?"_s, {reason}))
            return accounts::databaseDown(db, Language::Ru);
        if (!changed)
            return notPending();
        qCInfo(lcPayments) << "order" << order.id << "declined by the sandbox bank";
        return HtmlPage::reply(200, SandboxPage::result(u"Оплата отклонена"_s, reason + u'.'));
    }
    // Claim the order: of concurrent submissions exactly one moves it out of pending.
    const qint64 until = outcome == SandboxCard::Outcome::Slow ? now + m_options.sandboxSlowSec * 1000 : now;
    if (!transition(db, order.id, kPending, kProcessing, &changed, u", processing_until = ?"_s, {until}))
        return accounts::databaseDown(db, Language::Ru);
    if (!changed) {
        load(db, order.id, 0, &order);
        return notPending();
    }
    if (load(db, order.id, 0, &order) != Load::Found || !settle(db, &order, now))
        return accounts::databaseDown(db, Language::Ru);
    if (order.status == kPaid)
        return HtmlPage::reply(200, SandboxPage::result(u"Оплата прошла успешно"_s,
                                                        u"Платёж принят банком. Кассовый чек будет направлен вам."_s));
    return HtmlPage::reply(202, SandboxPage::result(u"Платёж обрабатывается"_s,
                                                    u"Банк обрабатывает платёж, это может занять некоторое время."_s));
}

} // namespace lkk::server::payments
