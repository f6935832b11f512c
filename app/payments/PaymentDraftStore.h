#pragma once

#include "app/payments/PaymentDtos.h"

#include <QDateTime>
#include <QString>
#include <optional>

namespace lkk {

// A payment being made: what was (or is about to be) sent, with the Idempotency-Key that goes
// with exactly this request, and the order id once the server has answered. Kept on disk until
// the order reaches a final state, so a lost answer or a restart resends with the SAME key (the
// server then answers with the one order already made) or resumes following the order.
struct PaymentDraft {
    qint64 accountId = 0;
    QString idempotencyKey;
    PaymentOrderRequest request;
    QString orderId; // empty until the server created the order
    QDateTime savedAt;
};

// Drafts as small JSON files (QSaveFile: never half-written) under
// AppDataLocation/payment-drafts, one per server + user + account, so two users or two servers on
// one machine never see each other's drafts. No secrets in them (amounts, receipt contacts, key).
class PaymentDraftStore {
public:
    // `directory` empty = AppDataLocation/payment-drafts.
    explicit PaymentDraftStore(const QString& directory = {});

    // Whose drafts: the server URL and the signed-in user's id.
    void setScope(const QString& server, qint64 userId);

    std::optional<PaymentDraft> load(qint64 accountId) const;
    bool save(const PaymentDraft& draft) const;
    void remove(qint64 accountId) const;
    QString filePath(qint64 accountId) const;

    // A fresh key for a new request: 36 characters of [0-9a-f-] (the server wants 8–64 [A-Za-z0-9-]).
    static QString newIdempotencyKey();

private:
    QString m_directory;
    QString m_scope;
};

} // namespace lkk
