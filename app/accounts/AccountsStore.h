#pragma once

#include "app/api/ApiError.h"
#include "app/api/Dtos.h"

#include <QDate>
#include <QObject>
#include <optional>

namespace lkk {

class Session;

// The signed-in user's linked accounts and, per account, the requisites, meters and tariff
// histories seen so far — in memory only. Every getter answers at once from this cache; the
// load*/refresh* calls fetch in the background and emit the matching *Changed signal when new
// data arrives. A failed fetch keeps what is cached and emits failed(). Everything is cleared
// (and in-flight answers dropped) when the session signs out or expires.
class AccountsStore : public QObject {
    Q_OBJECT
public:
    // What a loading flag or an error is about.
    enum class Topic { List, Account, Requisites, Meters, TariffHistory, Unlink, CoHolders };
    Q_ENUM(Topic)

    explicit AccountsStore(Session* session, QObject* parent = nullptr);
    ~AccountsStore() override;

    // --- the list ---
    const QList<AccountSummary>& accounts() const;
    bool isListLoaded() const; // the list came from the server at least once (empty state needs it)
    std::optional<AccountSummary> account(qint64 id) const;

    // --- the selection ---
    qint64 currentAccountId() const; // 0 = none
    std::optional<AccountSummary> currentAccount() const;

    // --- per-account caches (nullopt = never loaded) ---
    std::optional<Requisites> requisites(qint64 accountId) const;
    std::optional<QList<MeterInfo>> meters(qint64 accountId, const QDate& from, const QDate& to) const;
    std::optional<TariffHistory> tariffHistory(qint64 accountId, qint64 contractId) const;
    // The other customers linked to the account, for its holder; empty for a co-holder (the
    // server tells only the holder).
    std::optional<QList<CoHolder>> coHolders(qint64 accountId) const;

    bool isLoading(Topic topic, qint64 accountId = 0) const;

public slots:
    // GET /accounts; keeps the selection if it is still linked, else selects the first (or none):
    // its summary came with the list, so only its requisites are read.
    void refresh();
    // Emits currentAccountChanged at once (the cached requisites are there already, if any), then
    // refreshes that account's summary and requisites in the background. 0 clears the selection.
    void select(qint64 accountId);
    void loadRequisites(qint64 accountId);
    void loadMeters(qint64 accountId, const QDate& from, const QDate& to);
    void loadTariffHistory(qint64 accountId, qint64 contractId);
    void loadCoHolders(qint64 accountId);
    // DELETE /accounts/{id}/co-holders/{linkId}; then the list is read again.
    void removeCoHolder(qint64 accountId, qint64 linkId);
    // DELETE /accounts/{id}; on success the account leaves the list (unlinked()).
    void unlink(qint64 accountId);
    // A freshly linked (or re-read) account: added at the end or replaced in place.
    void upsert(const lkk::AccountSummary& account);
    void clear();

signals:
    void accountsChanged();
    void currentAccountChanged(qint64 accountId); // 0 = none
    void accountChanged(qint64 accountId);        // one summary replaced (toPay…)
    void requisitesChanged(qint64 accountId);
    void metersChanged(qint64 accountId, const QDate& from, const QDate& to);
    void tariffHistoryChanged(qint64 accountId, qint64 contractId);
    void coHoldersChanged(qint64 accountId);
    void loadingChanged(lkk::AccountsStore::Topic topic, qint64 accountId, bool loading);
    void failed(lkk::AccountsStore::Topic topic, qint64 accountId, const lkk::ApiError& error);
    void unlinked(qint64 accountId);
    void cleared();

private:
    struct Private;
    Private* d;
};

} // namespace lkk
