#include "app/accounts/AccountsStore.h"

#include "app/api/ApiOperations.h"
#include "app/core/Logging.h"
#include "app/session/Session.h"
#include "shared/ErrorCodes.h"

#include <QHash>
#include <QPointer>
#include <QSet>

namespace lkk {

namespace {
struct MetersKey {
    qint64 account;
    QDate from;
    QDate to;
    friend bool operator==(const MetersKey&, const MetersKey&) = default;
};
size_t qHash(const MetersKey& k, size_t seed = 0) {
    return qHashMulti(seed, k.account, k.from.toJulianDay(), k.to.toJulianDay());
}
} // namespace

struct AccountsStore::Private {
    AccountsStore* q = nullptr;
    Session* session = nullptr;
    QList<AccountSummary> accounts;
    bool listLoaded = false;
    qint64 currentId = 0;
    QHash<qint64, Requisites> requisites;
    QHash<MetersKey, QList<MeterInfo>> meters;
    QHash<std::pair<qint64, qint64>, TariffHistory> tariffs;
    QHash<qint64, QList<CoHolder>> coHolders;
    QSet<std::pair<int, qint64>> loading;                 // (Topic, account id)
    QHash<qint64, std::pair<QDate, QDate>> pendingMeters; // account -> period asked while loading
    QHash<qint64, qint64> pendingTariffs;                 // account -> contract asked while loading
    // Parent of every running request: replacing it on clear() drops their answers.
    QPointer<QObject> context;

    QObject* requestContext() {
        if (!context)
            context = new QObject(q);
        return context;
    }
    bool begin(Topic topic, qint64 id) {
        const std::pair<int, qint64> key{static_cast<int>(topic), id};
        if (loading.contains(key))
            return false; // one request per topic and account at a time; the running one answers
        loading.insert(key);
        emit q->loadingChanged(topic, id, true);
        return true;
    }
    void end(Topic topic, qint64 id) {
        if (loading.remove({static_cast<int>(topic), id}))
            emit q->loadingChanged(topic, id, false);
    }
    int rowOf(qint64 id) const {
        for (int i = 0; i < accounts.size(); ++i) {
            if (accounts.at(i).id == id)
                return i;
        }
        return -1;
    }
    void dropCaches(qint64 id) {
        requisites.remove(id);
        meters.removeIf([id](auto it) { return it.key().account == id; });
        tariffs.removeIf([id](auto it) { return it.key().first == id; });
        coHolders.remove(id);
    }
    // The account is gone (unlinked here or elsewhere): out of the list, caches and selection.
    void forget(qint64 id) {
        const int row = rowOf(id);
        dropCaches(id);
        if (row < 0)
            return;
        accounts.removeAt(row);
        emit q->accountsChanged();
        if (currentId == id)
            q->select(accounts.isEmpty() ? 0 : accounts.constFirst().id);
    }
    // Whether a selection reads the account's summary (toPay…) again: not when the list has just
    // brought it.
    enum class Summary { Refresh, FromList };
    // The selection moves at once; then the account's requisites, and its summary unless it came
    // with the list, are refreshed in the background.
    void select(qint64 accountId, Summary summary) {
        if (accountId != 0 && rowOf(accountId) < 0)
            accountId = 0;
        if (accountId != currentId) {
            currentId = accountId;
            emit q->currentAccountChanged(accountId);
        }
        if (accountId == 0)
            return;
        if (summary == Summary::Refresh && begin(Topic::Account, accountId)) {
            session->authorized(GetAccountOperation{accountId}, requestContext(),
                                [this, accountId](Result<AccountSummary> result) {
                                    end(Topic::Account, accountId);
                                    if (!result) {
                                        fail(Topic::Account, accountId, result.error());
                                        return;
                                    }
                                    q->upsert(result.value());
                                });
        }
        q->loadRequisites(accountId);
    }
    void fail(Topic topic, qint64 id, const ApiError& error) {
        qCInfo(lcAccounts) << "request failed:" << topic << id << error.code << error.httpStatus;
        if (id != 0 && error.is(errc::accountNotFound))
            forget(id);
        emit q->failed(topic, id, error);
    }
};

AccountsStore::AccountsStore(Session* session, QObject* parent)
    : QObject(parent)
    , d(new Private) {
    d->q = this;
    d->session = session;
    connect(session, &Session::signedOut, this, &AccountsStore::clear);
    connect(session, &Session::expired, this, &AccountsStore::clear);
}

AccountsStore::~AccountsStore() {
    delete d;
}

const QList<AccountSummary>& AccountsStore::accounts() const {
    return d->accounts;
}

bool AccountsStore::isListLoaded() const {
    return d->listLoaded;
}

std::optional<AccountSummary> AccountsStore::account(qint64 id) const {
    const int row = d->rowOf(id);
    return row < 0 ? std::nullopt : std::optional(d->accounts.at(row));
}

qint64 AccountsStore::currentAccountId() const {
    return d->currentId;
}

std::optional<AccountSummary> AccountsStore::currentAccount() const {
    return account(d->currentId);
}

std::optional<Requisites> AccountsStore::requisites(qint64 accountId) const {
    const auto it = d->requisites.constFind(accountId);
    return it == d->requisites.cend() ? std::nullopt : std::optional(*it);
}

std::optional<QList<CoHolder>> AccountsStore::coHolders(qint64 accountId) const {
    const auto it = d->coHolders.constFind(accountId);
    return it == d->coHolders.cend() ? std::nullopt : std::optional(*it);
}

std::optional<QList<MeterInfo>> AccountsStore::meters(qint64 accountId, const QDate& from, const QDate& to) const {
    const auto it = d->meters.constFind(MetersKey{accountId, from, to});
    return it == d->meters.cend() ? std::nullopt : std::optional(*it);
}

std::optional<TariffHistory> AccountsStore::tariffHistory(qint64 accountId, qint64 contractId) const {
    const auto it = d->tariffs.constFind({accountId, contractId});
    return it == d->tariffs.cend() ? std::nullopt : std::optional(*it);
}

bool AccountsStore::isLoading(Topic topic, qint64 accountId) const {
    return d->loading.contains({static_cast<int>(topic), accountId});
}

void AccountsStore::refresh() {
    if (!d->begin(Topic::List, 0))
        return;
    d->session->authorized(ListAccountsOperation{}, d->requestContext(), [this](Result<QList<AccountSummary>> result) {
        d->end(Topic::List, 0);
        if (!result) {
            d->fail(Topic::List, 0, result.error());
            return;
        }
        d->accounts = std::move(result).value();
        d->listLoaded = true;
        // Caches of accounts no longer linked go with them.
        QSet<qint64> ids;
        for (const AccountSummary& a : std::as_const(d->accounts))
            ids.insert(a.id);
        d->requisites.removeIf([&ids](auto it) { return !ids.contains(it.key()); });
        d->meters.removeIf([&ids](auto it) { return !ids.contains(it.key().account); });
        d->tariffs.removeIf([&ids](auto it) { return !ids.contains(it.key().first); });
        emit accountsChanged();
        if (d->currentId == 0 || !ids.contains(d->currentId))
            d->select(d->accounts.isEmpty() ? 0 : d->accounts.constFirst().id, Private::Summary::FromList);
    });
}

void AccountsStore::select(qint64 accountId) {
    d->select(accountId, Private::Summary::Refresh);
}

void AccountsStore::loadRequisites(qint64 accountId) {
    if (!d->begin(Topic::Requisites, accountId))
        return;
    d->session->authorized(GetRequisitesOperation{accountId}, d->requestContext(),
                           [this, accountId](Result<Requisites> result) {
                               d->end(Topic::Requisites, accountId);
                               if (!result) {
                                   d->fail(Topic::Requisites, accountId, result.error());
                                   return;
                               }
                               d->requisites.insert(accountId, std::move(result).value());
                               emit requisitesChanged(accountId);
                           });
}

void AccountsStore::loadCoHolders(qint64 accountId) {
    if (!d->begin(Topic::CoHolders, accountId))
        return;
    d->session->authorized(ListCoHoldersOperation{accountId}, d->requestContext(),
                           [this, accountId](Result<QList<CoHolder>> result) {
                               d->end(Topic::CoHolders, accountId);
                               // 403: the caller is a co-holder; only the holder sees the others.
                               if (!result && !result.error().is(errc::forbidden)) {
                                   d->fail(Topic::CoHolders, accountId, result.error());
                                   return;
                               }
                               d->coHolders.insert(accountId, result ? std::move(result).value() : QList<CoHolder>());
                               emit coHoldersChanged(accountId);
                           });
}

void AccountsStore::removeCoHolder(qint64 accountId, qint64 linkId) {
    d->session->authorized(RemoveCoHolderOperation{accountId, linkId}, d->requestContext(),
                           [this, accountId](Result<NoContent> result) {
                               // not_found: removed meanwhile (another window), the same outcome.
                               if (!result && !result.error().is(errc::notFound))
                                   d->fail(Topic::CoHolders, accountId, result.error());
                               loadCoHolders(accountId);
                           });
}

void AccountsStore::loadMeters(qint64 accountId, const QDate& from, const QDate& to) {
    // One meters request per account at a time; a period asked meanwhile is fetched next (the
    // latest one asked wins: that is what the dialog shows).
    if (!d->begin(Topic::Meters, accountId)) {
        d->pendingMeters.insert(accountId, {from, to});
        return;
    }
    GetMetersOperation op;
    op.accountId = accountId;
    op.from = from;
    op.to = to;
    d->session->authorized(op, d->requestContext(), [this, accountId, from, to](Result<QList<MeterInfo>> result) {
        d->end(Topic::Meters, accountId);
        if (!result) {
            d->fail(Topic::Meters, accountId, result.error());
        } else {
            d->meters.insert(MetersKey{accountId, from, to}, std::move(result).value());
            emit metersChanged(accountId, from, to);
        }
        if (d->pendingMeters.contains(accountId)) {
            const auto [nextFrom, nextTo] = d->pendingMeters.take(accountId);
            loadMeters(accountId, nextFrom, nextTo);
        }
    });
}

void AccountsStore::loadTariffHistory(qint64 accountId, qint64 contractId) {
    // One history request per account at a time; another contract asked meanwhile comes next.
    if (!d->begin(Topic::TariffHistory, accountId)) {
        d->pendingTariffs.insert(accountId, contractId);
        return;
    }
    d->session->authorized(GetTariffHistoryOperation{accountId, contractId}, d->requestContext(),
                           [this, accountId, contractId](Result<TariffHistory> result) {
                               d->end(Topic::TariffHistory, accountId);
                               if (!result) {
                                   d->fail(Topic::TariffHistory, accountId, result.error());
                               } else {
                                   d->tariffs.insert({accountId, contractId}, std::move(result).value());
                                   emit tariffHistoryChanged(accountId, contractId);
                               }
                               if (d->pendingTariffs.contains(accountId))
                                   loadTariffHistory(accountId, d->pendingTariffs.take(accountId));
                           });
}

void AccountsStore::unlink(qint64 accountId) {
    if (!d->begin(Topic::Unlink, accountId))
        return;
    d->session->authorized(UnlinkAccountOperation{accountId}, d->requestContext(),
                           [this, accountId](Result<NoContent> result) {
                               d->end(Topic::Unlink, accountId);
                               if (!result && !result.error().is(errc::accountNotFound)) {
                                   emit failed(Topic::Unlink, accountId, result.error());
                                   return;
                               }
                               // Not found = already unlinked (another window): the same outcome.
                               d->forget(accountId);
                               emit unlinked(accountId);
                           });
}

void AccountsStore::upsert(const AccountSummary& account) {
    const int row = d->rowOf(account.id);
    if (row < 0) {
        d->accounts.append(account);
        emit accountsChanged();
        return;
    }
    d->accounts[row] = account;
    emit accountChanged(account.id);
}

void AccountsStore::clear() {
    delete d->context.data(); // in-flight answers are dropped with it
    const auto running = d->loading;
    d->loading.clear();
    d->pendingMeters.clear();
    d->pendingTariffs.clear();
    const bool hadSelection = d->currentId != 0;
    d->accounts.clear();
    d->listLoaded = false;
    d->currentId = 0;
    d->requisites.clear();
    d->meters.clear();
    d->tariffs.clear();
    d->coHolders.clear();
    for (const auto& [topic, id] : running)
        emit loadingChanged(static_cast<Topic>(topic), id, false);
    emit accountsChanged();
    if (hadSelection)
        emit currentAccountChanged(0);
    emit cleared();
}

} // namespace lkk
