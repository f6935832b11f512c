#include "app/accounts/AccountListModel.h"

#include "app/accounts/AccountsStore.h"

using namespace Qt::StringLiterals;

namespace lkk {

AccountListModel::AccountListModel(QObject* parent)
    : QAbstractListModel(parent) {}

void AccountListModel::setStore(AccountsStore* store) {
    if (m_store)
        disconnect(m_store, nullptr, this, nullptr);
    m_store = store;
    if (store) {
        connect(store, &AccountsStore::accountsChanged, this, &AccountListModel::syncFromStore);
        connect(store, &AccountsStore::cleared, this, &AccountListModel::syncFromStore);
        connect(store, &AccountsStore::accountChanged, this, &AccountListModel::updateOne);
        connect(store, &AccountsStore::currentAccountChanged, this, &AccountListModel::setCurrentId);
    }
    syncFromStore();
}

void AccountListModel::syncFromStore() {
    if (!m_store)
        return;
    m_currentId = m_store->currentAccountId();
    setAccounts(m_store->accounts());
}

void AccountListModel::updateOne(qint64 accountId) {
    const int row = rowOf(accountId);
    const auto account = m_store ? m_store->account(accountId) : std::nullopt;
    if (row < 0 || !account) {
        syncFromStore();
        return;
    }
    m_accounts[row] = *account;
    emit dataChanged(index(row), index(row));
}

void AccountListModel::setAccounts(const QList<AccountSummary>& accounts) {
    // A reset: the list is short and a refresh may reorder, add and drop rows at once.
    beginResetModel();
    m_accounts = accounts;
    endResetModel();
}

void AccountListModel::setCurrentId(qint64 id) {
    if (id == m_currentId)
        return;
    const int oldRow = rowOf(m_currentId);
    m_currentId = id;
    const int newRow = rowOf(id);
    for (const int row : {oldRow, newRow}) {
        if (row >= 0)
            emit dataChanged(index(row), index(row), {CurrentRole});
    }
}

int AccountListModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(m_accounts.size());
}

QVariant AccountListModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const AccountSummary& a = m_accounts.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return a.address;
    case Qt::ToolTipRole:
        return a.unreadAppeals > 0
                   ? tr("Personal account %1").arg(a.number) + u'\n' + tr("New answers: %1").arg(a.unreadAppeals)
                   : tr("Personal account %1").arg(a.number);
    case IdRole:
        return a.id;
    case NumberRole:
        return a.number;
    case KindRole:
        return static_cast<int>(a.kind);
    case KindTextRole:
        return kindText(a.kind);
    case BadgeTextRole:
        return badgeText(a.toPay);
    case BalanceRole:
        return static_cast<int>(balanceOf(a.toPay));
    case ToPayRole:
        return a.toPay.kopecks();
    case AmountTextRole:
        return Money::fromKopecks(a.toPay.kopecks() < 0 ? -a.toPay.kopecks() : a.toPay.kopecks()).toText();
    case PeriodRole:
        return a.period;
    case CurrentRole:
        return a.id == m_currentId;
    case UnreadAppealsRole:
        return a.unreadAppeals;
    case UnreadTextRole:
        return a.unreadAppeals > 0 ? tr("New answers: %1").arg(a.unreadAppeals) : QString();
    default:
        return {};
    }
}

QHash<int, QByteArray> AccountListModel::roleNames() const {
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert({{IdRole, "accountId"},
                  {NumberRole, "number"},
                  {KindRole, "kind"},
                  {KindTextRole, "kindText"},
                  {BadgeTextRole, "badgeText"},
                  {BalanceRole, "balance"},
                  {ToPayRole, "toPay"},
                  {AmountTextRole, "amountText"},
                  {PeriodRole, "period"},
                  {UnreadAppealsRole, "unreadAppeals"},
                  {UnreadTextRole, "unreadText"},
                  {CurrentRole, "current"}});
    return names;
}

int AccountListModel::rowOf(qint64 accountId) const {
    for (int i = 0; i < m_accounts.size(); ++i) {
        if (m_accounts.at(i).id == accountId)
            return i;
    }
    return -1;
}

qint64 AccountListModel::idAt(int row) const {
    return row >= 0 && row < m_accounts.size() ? m_accounts.at(row).id : 0;
}

QString AccountListModel::kindText(AccountKind kind) {
    switch (kind) {
    case AccountKind::Epd:
        return tr("EPD");
    case AccountKind::Electricity:
        return tr("Electricity");
    }
    return {};
}

AccountListModel::Balance AccountListModel::balanceOf(Money toPay) {
    if (toPay.kopecks() > 0)
        return Balance::Debt;
    if (toPay.kopecks() < 0)
        return Balance::Overpaid;
    return Balance::Settled;
}

QString AccountListModel::badgeText(Money toPay) {
    switch (balanceOf(toPay)) {
    case Balance::Debt:
        return tr("To pay %1").arg(toPay.toText());
    case Balance::Overpaid:
        return tr("Overpaid %1").arg(Money::fromKopecks(-toPay.kopecks()).toText());
    case Balance::Settled:
        break;
    }
    return tr("No debt");
}

} // namespace lkk
