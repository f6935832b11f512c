#include "app/payments/PaymentDraftStore.h"

#include "app/core/Sha256Hex.h"
#include "app/payments/PaymentsCodec.h"
#include "app/payments/PaymentsLogging.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QStandardPaths>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace lkk {

PaymentDraftStore::PaymentDraftStore(const QString& directory)
    : m_directory(directory.isEmpty()
                      ? QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + u"/payment-drafts"_s
                      : directory) {
    setScope({}, 0);
}

void PaymentDraftStore::setScope(const QString& server, qint64 userId) {
    const QByteArray id = server.toUtf8() + '\n' + QByteArray::number(userId);
    m_scope = sha256Hex(id).left(16);
}

QString PaymentDraftStore::filePath(qint64 accountId) const {
    return m_directory + u'/' + m_scope + u'-' + QString::number(accountId) + u".json"_s;
}

QString PaymentDraftStore::newIdempotencyKey() {
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

std::optional<PaymentDraft> PaymentDraftStore::load(qint64 accountId) const {
    QFile file(filePath(accountId));
    if (!file.open(QIODevice::ReadOnly))
        return std::nullopt;
    const QJsonObject o = QJsonDocument::fromJson(file.read(1 << 20)).object();
    const auto request = json::paymentOrderRequestFromJson(o.value("request"_L1).toObject());
    PaymentDraft draft;
    draft.accountId = o.value("accountId"_L1).toInteger();
    draft.idempotencyKey = o.value("idempotencyKey"_L1).toString();
    draft.orderId = o.value("orderId"_L1).toString();
    draft.savedAt = QDateTime::fromString(o.value("savedAt"_L1).toString(), Qt::ISODate);
    if (!request || draft.accountId != accountId) {
        qCWarning(lcPayments) << "ignoring an unreadable payment draft" << file.fileName();
        return std::nullopt;
    }
    draft.request = *request;
    return draft;
}

bool PaymentDraftStore::save(const PaymentDraft& draft) const {
    if (!QDir().mkpath(m_directory))
        return false;
    QSaveFile file(filePath(draft.accountId));
    // Owner only: the draft names the account, the amounts and the receipt address.
    if (!file.open(QIODevice::WriteOnly) || !file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner))
        return false;
    const QJsonObject o{{"accountId"_L1, draft.accountId},
                        {"idempotencyKey"_L1, draft.idempotencyKey},
                        {"orderId"_L1, draft.orderId},
                        {"savedAt"_L1, QDateTime::currentDateTimeUtc().toString(Qt::ISODate)},
                        {"request"_L1, json::paymentOrderRequestToJson(draft.request)}};
    file.write(QJsonDocument(o).toJson(QJsonDocument::Indented));
    const bool ok = file.commit();
    if (!ok)
        qCWarning(lcPayments) << "could not save the payment draft" << file.fileName() << file.errorString();
    return ok;
}

void PaymentDraftStore::remove(qint64 accountId) const {
    QFile::remove(filePath(accountId));
}

} // namespace lkk
